/**
 * A report laid out on pages the way a PDF-to-markdown conversion leaves it (DOMAIN.md §3): each
 * page's footnotes after its body, a body paragraph cut at a page end and going on after the
 * footnotes in lower case, now and then a footnote cut too and going on before the next page's
 * footnotes, and optionally a page number after each page.
 *
 * ```markdown
 * - Ban cán sự đảng … bằng các giải pháp cụ      ← page 1 ends mid-sentence
 *
 * ¹⁵ Nhân dịp Tết Nguyên đán, Quỹ … cho hộ       ← its footnotes; the last one is cut
 *
 * - 1 -                                          ← its page number (when asked for)
 *
 * thể để phát triển kinh tế - xã hội …           ← page 2 goes on with the sentence
 *
 * nghèo có hoàn cảnh khó khăn …                  ← footnote 15 goes on, before page 2's own
 *
 * ¹⁶ Dự án đầu tư xây dựng …
 * ```
 * Pages are cut only where the pipeline can undo the cut: a continuation starts with a lower-case
 * word (or, rarely, a figure) that is no numbering marker, a cut footnote goes on only on a page
 * that has a body paragraph and footnotes of its own. References are written as superscript digits.
 */
import { SUPERSCRIPT_DIGITS } from '../parse/markers.js';
import type { Rng } from './prng.js';
import { refNumber, refPattern } from './report-model.js';

export interface Piece {
  text: string;
  /** Head lines and headings are never cut, and a page does not end right after one. */
  kind: 'head' | 'heading' | 'block';
}

export type PageNumbers = 'none' | 'dashes' | 'trang';

export interface LayoutOptions {
  /** Footnote texts: `footnotes[n - 1]` is footnote n. */
  footnotes: readonly string[];
  pageNumbers: PageNumbers;
}

interface Page {
  pieces: string[];
  /** Footnotes first cited on this page, in order. */
  notes: number[];
}

/** Words a continuation may not start with: they open a numbered part or are page furniture. */
const MARKER_WORDS = new Set(['điều', 'mục', 'chương', 'phần', 'khoản', 'tiết', 'trang', 'page']);

/** The markdown of a report: body pieces on pages, then the tail (recipients, signature, appendix). */
export function layOut(
  pieces: readonly Piece[],
  tail: readonly string[],
  options: LayoutOptions,
  rng: Rng,
): string {
  const pages = paginate(pieces, tail, options.footnotes, rng);
  const out: string[] = [];
  /** The rest of a footnote cut at the previous page's end. */
  let carry: string | undefined;
  pages.forEach((page, index) => {
    out.push(...page.pieces);
    if (carry !== undefined) out.push(carry);
    carry = undefined;
    const next = pages[index + 1];
    const definitions = page.notes.map((n) => [n, options.footnotes[n - 1] ?? ''] as const);
    const last = definitions.at(-1);
    if (last && next && next.notes.length > 0 && rng.chance(0.3)) {
      const [n, text] = last;
      const at = cutPoint(text, Math.round(text.length * rng.between(0.35, 0.75)), false, 30);
      if (at !== undefined) {
        definitions[definitions.length - 1] = [n, text.slice(0, at)];
        carry = text.slice(at + 1);
      }
    }
    for (const [n, text] of definitions) out.push(`${superscript(n)} ${text}`);
    if (next && options.pageNumbers !== 'none')
      out.push(pageNumber(index + 1, options.pageNumbers));
  });
  out.push(...tail);
  return `${out.map(withSuperscripts).join('\n\n')}\n`;
}

/**
 * The pieces spread over pages of 2 200–4 200 characters (footnotes included). A piece that does
 * not fit is often cut where a lower-case word starts; otherwise the page ends before it.
 */
function paginate(
  pieces: readonly Piece[],
  tail: readonly string[],
  footnotes: readonly string[],
  rng: Rng,
): Page[] {
  const pages: Page[] = [];
  const cited = new Set<number>();
  let page: Page = { pieces: [], notes: [] };
  let used = 0;
  let budget = rng.int(2200, 4200);
  let lastKind: Piece['kind'] | undefined;

  const newNotes = (text: string) => {
    const notes: number[] = [];
    for (const [char] of text.matchAll(refPattern)) {
      const n = refNumber(char);
      if (!cited.has(n) && !notes.includes(n)) notes.push(n);
    }
    return notes;
  };
  const cost = (text: string) =>
    text.length + newNotes(text).reduce((sum, n) => sum + (footnotes[n - 1]?.length ?? 0), 0);
  const add = (text: string) => {
    used += cost(text);
    for (const n of newNotes(text)) {
      cited.add(n);
      page.notes.push(n);
    }
    page.pieces.push(text);
  };
  const close = () => {
    pages.push(page);
    page = { pieces: [], notes: [] };
    used = 0;
    budget = rng.int(2200, 4200);
  };

  for (const piece of pieces) {
    const fits = used + cost(piece.text) <= budget;
    if (page.pieces.length === 0 || fits || lastKind === 'head' || lastKind === 'heading') {
      add(piece.text);
    } else {
      const room = budget - used;
      const at =
        piece.kind === 'block' && room >= 150 && rng.chance(0.6)
          ? cutPoint(piece.text, room, rng.chance(0.1), 60)
          : undefined;
      if (at === undefined) {
        close();
        add(piece.text);
      } else {
        add(piece.text.slice(0, at));
        close();
        add(piece.text.slice(at + 1));
      }
    }
    lastKind = piece.kind;
  }
  // A reference in the tail (an appendix note) is defined with the last page's footnotes.
  for (const text of tail) for (const n of newNotes(text)) page.notes.push(n);
  if (page.pieces.length > 0) pages.push(page);
  return pages;
}

/**
 * Where to cut `text` (the index of a space), nearest to `target`: the first half ends on a letter
 * or digit (unfinished), the rest starts with a lower-case word of two letters or more that opens
 * no numbered part, or with a figure when `figure` is allowed. Never inside `**bold**`, and at
 * least `margin` characters on each side.
 */
export function cutPoint(
  text: string,
  target: number,
  figure: boolean,
  margin: number,
): number | undefined {
  let best: number | undefined;
  let bold = 0;
  for (let i = 0; i < text.length - margin; i++) {
    if (text.startsWith('**', i)) {
      bold++;
      i++;
      continue;
    }
    if (text.charAt(i) !== ' ' || i < margin || bold % 2 === 1) continue;
    if (!/[\p{L}\p{Nd}]/u.test(text.charAt(i - 1))) continue;
    if (!startsContinuation(text.slice(i + 1, i + 24), figure)) continue;
    if (best === undefined || Math.abs(i - target) < Math.abs(best - target)) best = i;
  }
  return best;
}

function startsContinuation(rest: string, figure: boolean): boolean {
  const word = /^\p{Ll}{2,}(?=[\s,;:.]|$)/u.exec(rest)?.[0];
  if (word !== undefined) return !MARKER_WORDS.has(word);
  if (!figure) return false;
  // `54/350 đảng viên`, `1.714 đảng viên`: a figure then a space, never `1.` or `2)`.
  const number = /^[\d.,/]{1,16}/.exec(rest)?.[0] ?? '';
  return /^\d/.test(number) && /\d$/.test(number) && rest.charAt(number.length) === ' ';
}

function pageNumber(n: number, style: PageNumbers): string {
  return style === 'trang' ? `Trang ${n}` : `- ${n} -`;
}

function superscript(n: number): string {
  return [...String(n)].map((digit) => SUPERSCRIPT_DIGITS.charAt(Number(digit))).join('');
}

/** Reference characters written as superscript digits: `đơn thư\u{F000E}` → `đơn thư¹⁴`. */
function withSuperscripts(text: string): string {
  return text.replace(refPattern, (char) => superscript(refNumber(char)));
}
