/**
 * A real report read back into its logical parts, for the corpus generator to recombine: the head
 * (type line, title, header lines), the numbered sections, the tail (recipients, signature,
 * appendices) and the footnotes, with the PDF page breaks undone (DOMAIN.md §3): footnote zones
 * lifted out of the body, paragraphs and footnotes cut at a page end made whole again, page
 * numbers dropped.
 *
 * ```markdown
 * I. KẾT QUẢ …                          → sections[0].heading
 * 1. Về công tác …                      → sections[0].children[0].heading
 * - Ban cán sự đảng … các giải pháp cụ  → one block: `- Ban cán sự đảng … các giải pháp cụ
 * ¹⁵ Nhân dịp Tết …                        thể để phát triển …`
 * thể để phát triển …                   → footnotes.get(15) = 'Nhân dịp Tết …'
 * ```
 * A footnote reference is kept in the text as one private-use character (`refChar(15)`), so that
 * figures can be rewritten and footnotes renumbered without mistaking a marker for a number. The
 * rules follow what a page break leaves (a cut sentence goes on in lower case, a cut footnote goes
 * on before the next page's footnotes); this is a best effort on the conventions of real reports,
 * not the pipeline's repair stage, which the generated corpus is there to test.
 */
import {
  matchedForm,
  SOURCE_FORMS,
  sourceDefinitionPattern,
  sourceReferencePattern,
  unitBeforePower,
} from '../parse/markers.js';

/** Footnote n is written `refChar(n)` in model text: a character of plane 15 (private use). */
const REF_BASE = 0xf0000;
export const refChar = (n: number): string => String.fromCodePoint(REF_BASE + n);
export const refPattern = /[\u{F0000}-\u{FFFFD}]/gu;
export const refNumber = (char: string): number => (char.codePointAt(0) ?? REF_BASE) - REF_BASE;

export interface Section {
  /** The numbering line: `I. KẾT QUẢ …`, `1. Về công tác …`. */
  heading: string;
  /** Blocks before the first child section. */
  blocks: string[];
  children: Section[];
}

export interface ReportModel {
  /** Blocks before the first section: header lines, type line, title. */
  head: string[];
  sections: Section[];
  /** Blocks after the body: recipients, signature, appendices and their tables. */
  tail: string[];
  /** Footnote texts by their number in the source, each one paragraph. */
  footnotes: Map<number, string>;
}

const pageNumber =
  /^(?:[-–—]\s?)?\d{1,4}(?:\s?[-–—])?$|^(?:trang|page)\s\d{1,4}(?:\s?\/\s?\d{1,4})?$/i;

const romanHeading = /^[IVXL]{1,6}\.\s/;
const decimalHeading = /^\d{1,2}\.\s+\p{Lu}/u;
/** Where the tail starts: the recipients, a signature mark, an appendix. */
const tailStart = /^(?:Nơi nhận|PHỤ LỤC|Phụ lục|T\/M|TM\.|KT\.|Q\.\s|Biểu số)/u;
const bulletStart = /^[-+•*]\s/;
/** A numbering marker a continuation can never start with: `1.`, `(1)`, `a)`, `1)`. */
const markerStart = /^(?:\d{1,3}[.)]|\(\d{1,3}\)|\(\p{Ll}\)|\p{Ll}\)|[IVXL]{1,6}\.)/u;
/** Is there a reference character (a surrogate pair) at `index`? */
const isRefAt = (text: string, index: number): boolean => {
  const point = text.codePointAt(index) ?? 0;
  return point >= REF_BASE && point <= 0xffffd;
};
const SENTENCE_ENDS = new Set(['.', '!', '?', '…']);
const CLOSERS = new Set(['"', "'", '”', '’', '»', ')', ']', '*', '_']);
const OPENERS = new Set(['"', "'", '“', '‘', '«', '(', '[']);
/** A footnote that stops on one of these certainly goes on somewhere. */
const hangingMark = /[,;:\-–—]\s*$/;

type Item = { kind: 'def'; n: number; text: string } | { kind: 'body'; text: string };

export function parseReport(source: string): ReportModel {
  const text = source
    .replace(/^\uFEFF/, '')
    .replaceAll('\r\n', '\n')
    .normalize('NFC');
  const items: Item[] = [];
  for (const raw of text.replace(/^[ \t]+$/gm, '').split(/\n\n+/)) {
    // The look-behinds start a match only where a run starts (linear on a long run of blanks).
    const block = raw.replace(/(?<![ \t])[ \t]+$/gm, '').replace(/^\n+|(?<!\n)\n+$/g, '');
    if (block === '' || pageNumber.test(block.trim())) continue;
    const definition = sourceDefinitionPattern.exec(block);
    const found = definition ? matchedForm(definition, SOURCE_FORMS) : undefined;
    if (definition && found) {
      const n = found.number;
      items.push({ kind: 'def', n, text: withRefChars(block.slice(definition[0].length)) });
    } else items.push({ kind: 'body', text: withRefChars(block) });
  }
  const { body, footnotes } = unpaginate(items);
  return { ...structure(body), footnotes };
}

/** References as private-use characters: `đơn thư¹⁴.` → `đơn thư\u{F000E}.` (units keep `²`). */
function withRefChars(text: string): string {
  return text.replace(sourceReferencePattern, (marker: string, ...rest: unknown[]) => {
    const at = rest[SOURCE_FORMS.length] as number;
    const match = Object.assign([marker, ...rest.slice(0, SOURCE_FORMS.length)], {
      index: at,
    }) as unknown as RegExpExecArray;
    const found = matchedForm(match, SOURCE_FORMS);
    if (!found) return marker;
    if (found.form.raised && unitBeforePower.test(text.slice(Math.max(0, at - 4), at))) {
      return marker;
    }
    return refChar(found.number);
  });
}

/**
 * Footnote zones out of the body; cut footnotes and cut paragraphs made whole (DOMAIN.md §3.1–3.3).
 * A footnote's later paragraphs are joined into one with a space.
 */
function unpaginate(items: readonly Item[]): { body: string[]; footnotes: Map<number, string> } {
  const footnotes = new Map<number, string>();
  const moved = new Set<number>();
  const zones: { start: number; end: number }[] = [];
  items.forEach((item, index) => {
    if (item.kind !== 'def') return;
    const last = zones.at(-1);
    if (last && last.end === index) last.end = index + 1;
    else zones.push({ start: index, end: index + 1 });
    if (!footnotes.has(item.n)) footnotes.set(item.n, item.text);
  });

  zones.forEach((zone, z) => {
    const definition = items[zone.end - 1];
    const next = zones[z + 1];
    if (definition?.kind !== 'def' || !next) return;
    let text = footnotes.get(definition.n) ?? '';
    if (!isUnfinished(text)) return;
    const page = items.slice(zone.end, next.start).map((item) => item.text);
    const before = lastBodyBefore(items, zone.start, moved);
    const bodyPending = before !== undefined && isUnfinished(lastLine(before));
    for (const offset of continuation(page, bodyPending, hangingMark.test(text))) {
      text = `${text} ${page[offset] ?? ''}`;
      moved.add(zone.end + offset);
    }
    footnotes.set(definition.n, text);
  });

  // Paragraphs cut at a page end: the rest starts in lower case or with a figure.
  const body: string[] = [];
  items.forEach((item, index) => {
    if (item.kind !== 'body' || moved.has(index)) return;
    const open = body.at(-1);
    if (open !== undefined && isOpen(open) && isContinuation(item.text)) {
      body[body.length - 1] = `${open} ${item.text}`;
    } else body.push(item.text);
  });
  return { body, footnotes };
}

function lastBodyBefore(
  items: readonly Item[],
  before: number,
  moved: ReadonlySet<number>,
): string | undefined {
  for (let i = before - 1; i >= 0; i--) {
    const item = items[i];
    if (!item || item.kind === 'def') return undefined;
    if (!moved.has(i)) return item.text;
  }
  return undefined;
}

/**
 * Which paragraphs of the page after a zone go on with the zone's last (unfinished) footnote: the
 * run of plain paragraphs just before the next zone, from its last one in lower case; or a lower
 * case paragraph after a finished one mid-page. The page's first paragraph belongs to the body when
 * the body before the zone was cut too, unless the footnote hangs on a comma or the like.
 */
function continuation(page: readonly string[], bodyPending: boolean, hanging: boolean): number[] {
  let tailStart = page.length;
  let tail = page.length;
  while (tailStart > 0 && isPlain(page[tailStart - 1] ?? '')) {
    tailStart--;
    if (tail === page.length && startsLowercase(page[tailStart] ?? '')) tail = tailStart;
  }
  if (tail === 0 && bodyPending && !hanging) tail = page.length;

  const out: number[] = [];
  let footnotePending = true;
  let bodyOpen = bodyPending;
  for (let i = 0; i < tail; i++) {
    const text = page[i] ?? '';
    if (footnotePending && !bodyOpen && isPlain(text) && startsLowercase(text)) {
      out.push(i);
      footnotePending = isUnfinished(text);
      continue;
    }
    bodyOpen = isOpen(text);
  }
  if (footnotePending) for (let i = tail; i < page.length; i++) out.push(i);
  return out;
}

/** The sections and the head and tail around them. */
function structure(body: readonly string[]): Omit<ReportModel, 'footnotes'> {
  const top = body.some((block) => romanHeading.test(block)) ? romanHeading : decimalHeading;
  const sub = top === romanHeading ? decimalHeading : undefined;
  const head: string[] = [];
  const tail: string[] = [];
  const sections: Section[] = [];
  for (const block of body) {
    const current = sections.at(-1);
    if (tail.length > 0 || (current && tailStart.test(block))) tail.push(block);
    else if (top.test(block) && isHeadingLike(block)) {
      sections.push({ heading: block, blocks: [], children: [] });
    } else if (!current) head.push(block);
    else if (sub?.test(block) && isHeadingLike(block)) {
      current.children.push({ heading: block, blocks: [], children: [] });
    } else (current.children.at(-1) ?? current).blocks.push(block);
  }
  return { head, sections, tail };
}

/** A numbering line that titles a section: one short line with no full stop at its end. */
function isHeadingLike(block: string): boolean {
  return !block.includes('\n') && block.length <= 200 && !endsSentence(block);
}

/** A paragraph a continuation may be joined to: its last line is unfinished (not a table row). */
function isOpen(text: string): boolean {
  const line = lastLine(text);
  return !line.startsWith('|') && isUnfinished(line);
}

/** The rest of a cut sentence: plain, in lower case or starting with a figure (`54/350 …`). */
function isContinuation(text: string): boolean {
  if (!isPlain(text)) return false;
  return startsLowercase(text) || (/^\d/.test(text) && !markerStart.test(text));
}

/** A plain paragraph: no bullet, numbering marker, table or footnote reference. */
export function isPlain(text: string): boolean {
  return (
    !bulletStart.test(text) &&
    !markerStart.test(text) &&
    !text.startsWith('|') &&
    !text.includes('\n') &&
    text.search(refPattern) < 0
  );
}

function lastLine(text: string): string {
  return text.slice(text.lastIndexOf('\n') + 1);
}

export function startsLowercase(text: string): boolean {
  let i = 0;
  while (i < text.length && (text.charAt(i) === ' ' || OPENERS.has(text.charAt(i)))) i++;
  return /^\p{Ll}/u.test(text.slice(i, i + 1));
}

/** Ends on `.`, `!`, `?` or `…`, past closing quotes, brackets and footnote references. */
export function endsSentence(text: string): boolean {
  let end = text.length;
  for (;;) {
    const before = end;
    while (end > 0 && /\s/.test(text.charAt(end - 1))) end--;
    while (end > 1 && isRefAt(text, end - 2)) end -= 2;
    while (end > 0 && CLOSERS.has(text.charAt(end - 1))) end--;
    if (end === before) break;
  }
  return end > 0 && SENTENCE_ENDS.has(text.charAt(end - 1));
}

/** Text that stops without a sentence end: `… bằng các giải pháp cụ`, `… Chỉ thị số 18-CT/TW,`. */
export function isUnfinished(text: string): boolean {
  return /\p{Ll}/u.test(text) && !endsSentence(text);
}
