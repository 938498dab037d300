/**
 * A corpus of varied, realistic reports made from real ones, for tests and benchmarks of batch
 * runs: deterministic (the same sources, count and seed give the same bytes) and lazy (a generator
 * function: one document at a time, so 100 000 never sit in memory together).
 *
 *   for (const { name, text } of generateReports({ sources, count: 2000, seed: 1 })) …
 *     → { name: '0000/gen-000000.md',
 *         text: 'BÁO CÁO\n\nkết quả thực hiện nhiệm vụ quý II; nhiệm vụ, giải pháp trọng tâm quý III năm 2023\n\n…',
 *         footnotes: ['Dự án đầu tư xây dựng đường Đỗ Mười …', …] }
 *
 * Each document takes one source (read back into its logical parts by report-model.ts) and varies
 * it, drawing every choice from its own seeded stream (prng.ts), so document 7 is the same whatever
 * the count:
 * - sections: top-level (`I.`) and second-level (`1.`) sections dropped now and then, sometimes
 *   reordered, then renumbered; a bullet dropped here and there;
 * - figures (figures.ts): amounts, counts and percentages replaced by others in the same format;
 *   dates, years, document numbers and footnote markers kept; tables kept consistent;
 * - period and issuer: the quarters shifted throughout (`quý I` → `quý III`), the title's year
 *   moved now and then, and a header block (issuer, motto, number, place and date) added to half of
 *   the reports that have none;
 * - pages (paginate.ts): other page-break positions, paragraphs and footnotes cut at page ends,
 *   page numbers (`- 3 -`, `Trang 3`) in some reports;
 * - syntax (rewrite-report.ts): footnotes as superscripts, `<sup>n</sup>`, `[^n]` or `^n^`; a few
 *   files in NFD, with CRLF line ends, or with a byte-order mark.
 * Footnotes are renumbered in reading order, so each report's footnotes run 1, 2, 3 … The texts
 * the footnotes should read as come with each report (`footnotes`), for checking the pipeline.
 */

import { changeFigures, changeTableFigures } from './figures.js';
import { layOut, type PageNumbers, type Piece } from './paginate.js';
import { Rng, seedFor } from './prng.js';
import {
  parseReport,
  type ReportModel,
  refChar,
  refNumber,
  refPattern,
  type Section,
} from './report-model.js';
import { asWindowsNfd, type FootnoteSyntax, withFootnoteSyntax } from './rewrite-report.js';

export interface SourceReport {
  name: string;
  text: string;
}

export interface GenerateOptions {
  sources: readonly SourceReport[];
  count: number;
  seed: number;
}

export interface GeneratedReport {
  /** A relative path, 100 reports a folder: `0001/gen-000123.md`. */
  name: string;
  text: string;
  /** What footnote n (at index n − 1) says, as the pipeline should read it (NFC, one line). */
  footnotes: readonly string[];
}

/** The name of the report at `index`: zero-padded, in a folder per hundred. */
export function reportName(index: number): string {
  const id = String(index).padStart(6, '0');
  return `${id.slice(0, -2)}/gen-${id}.md`;
}

export function* generateReports(options: GenerateOptions): Generator<GeneratedReport> {
  const { count, seed } = options;
  if (!Number.isSafeInteger(count) || count < 0) {
    throw new RangeError(`count must be a whole number ≥ 0, not ${count}`);
  }
  if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be a whole number, not ${seed}`);
  if (options.sources.length === 0) throw new RangeError('no source reports to generate from');
  const models = options.sources.map((source) => prepare(parseReport(source.text)));
  for (let index = 0; index < count; index++) {
    yield generateReport(models, index, seed);
  }
}

interface Prepared {
  model: ReportModel;
  /** Issuer lines for a header, when the source has none and its issuer can be told. */
  issuer: Issuer | undefined;
}

interface Issuer {
  lines: string[];
  number: (n: number) => string;
  place: string;
}

function generateReport(models: readonly Prepared[], index: number, seed: number): GeneratedReport {
  const rng = new Rng(seedFor(seed, index));
  const { model, issuer } = rng.pick(models);

  const title = model.head.findIndex((_, i) => i > 0 && isTypeLine(model.head[i - 1] ?? ''));
  const titleText = model.head[title] ?? '';
  const quarters = [...titleText.matchAll(quarterPattern)].map((m) => romanValue(m[3] ?? ''));
  const shift = quarters.length > 0 && rng.chance(0.6) ? rng.int(0, 4 - Math.max(...quarters)) : 0;
  const yearShift = rng.chance(0.3) ? rng.pick([-2, -1, 1]) : 0;
  const period = (text: string) => shiftQuarters(text, shift);
  const prose = (text: string) => period(changeFigures(text, rng));

  // Body: sections chosen, renumbered, figures changed.
  const pieces: Piece[] = model.head.map((text, i) => ({
    kind: 'head',
    text: i === title ? shiftYear(period(text), yearShift) : text,
  }));
  const emit = (section: Section) => {
    pieces.push({ kind: 'heading', text: period(section.heading) });
    for (const block of section.blocks) pieces.push({ kind: 'block', text: prose(block) });
    for (const child of section.children) emit(child);
  };
  for (const section of chooseSections(model.sections, rng)) emit(section);
  const tail = model.tail.map((block) =>
    block.startsWith('|') ? period(changeTableFigures(block, rng)) : period(block),
  );

  // A header block for a report whose converter dropped it.
  const typeAt = pieces.findIndex((piece) => isTypeLine(piece.text));
  if (issuer && typeAt >= 0 && !model.head.some((line) => /^Số[:\s]/.test(line))) {
    if (rng.chance(0.5)) {
      const header = headerLines(issuer, shiftYear(period(titleText), yearShift), rng);
      pieces.splice(typeAt, 0, ...header.map((text) => ({ kind: 'head' as const, text })));
    }
  }

  // Footnotes renumbered 1, 2, 3 … in reading order; a reference to no footnote is dropped.
  const renumber = new Map<number, number>();
  const footnotes: string[] = [];
  const cite = (text: string) =>
    text.replace(refPattern, (char) => {
      const old = refNumber(char);
      const known = model.footnotes.get(old);
      if (known === undefined) return '';
      let n = renumber.get(old);
      if (n === undefined) {
        n = renumber.size + 1;
        renumber.set(old, n);
        footnotes.push(prose(known));
      }
      return refChar(n);
    });
  for (const piece of pieces) piece.text = cite(piece.text);
  const citedTail = tail.map(cite);

  const pageNumbers = rng.weighted<PageNumbers>([
    ['none', 6],
    ['dashes', 3],
    ['trang', 1],
  ]);
  let text = layOut(pieces, citedTail, { footnotes, pageNumbers }, rng);

  const syntax = rng.weighted<FootnoteSyntax | 'superscript'>([
    ['superscript', 4],
    ['html', 2],
    ['gfm', 2],
    ['caret', 2],
  ]);
  if (syntax !== 'superscript') text = withFootnoteSyntax(text, syntax);
  const encoding = rng.weighted([
    ['utf8', 14],
    ['crlf', 2],
    ['nfd', 2],
    ['windows-nfd', 1],
  ] as const);
  if (encoding === 'crlf') text = text.replaceAll('\n', '\r\n');
  else if (encoding === 'nfd') text = text.normalize('NFD');
  else if (encoding === 'windows-nfd') text = asWindowsNfd(text);
  if (rng.chance(0.05)) text = `\uFEFF${text}`;

  return { name: reportName(index), text, footnotes };
}

/**
 * Top-level sections: each dropped with a chance of 12 % (one at least is kept), sometimes
 * reordered; the same for their subsections; then all renumbered in their new order.
 */
function chooseSections(sections: readonly Section[], rng: Rng): Section[] {
  const some = <T>(items: readonly T[], drop: number, reorder: number): T[] => {
    let kept = items.filter(() => !rng.chance(drop));
    if (kept.length === 0 && items.length > 0) kept = [rng.pick(items)];
    return kept.length > 1 && rng.chance(reorder) ? rng.shuffle(kept) : kept;
  };
  return some(sections, 0.12, 0.2).map((section, i) => ({
    heading: renumbered(section.heading, i + 1),
    blocks: dropBullets(section.blocks, rng),
    children: some(section.children, 0.15, 0.35).map((child, j) => ({
      ...child,
      heading: renumbered(child.heading, j + 1),
      blocks: dropBullets(child.blocks, rng),
    })),
  }));
}

/** A bullet that follows another bullet is dropped with a chance of 8 %: a section never empties. */
function dropBullets(blocks: readonly string[], rng: Rng): string[] {
  return blocks.filter(
    (block, i) => !(block.startsWith('- ') && blocks[i - 1]?.startsWith('- ') && rng.chance(0.08)),
  );
}

const ROMANS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

/** `III. MỘT SỐ NHIỆM VỤ …` as the first section → `I. MỘT SỐ NHIỆM VỤ …`; `3. Về …` → `1. Về …`. */
function renumbered(heading: string, ordinal: number): string {
  if (/^[IVXL]{1,6}\./.test(heading)) {
    return heading.replace(/^[IVXL]{1,6}/, ROMANS[ordinal - 1] ?? String(ordinal));
  }
  return heading.replace(/^\d{1,2}/, String(ordinal));
}

const quarterPattern = /(quý|Quý|QUÝ)(\s)(IV|I{1,3})(?!\p{L})/gu;

function romanValue(roman: string): number {
  return ROMANS.indexOf(roman) + 1;
}

/** `quý I` → `quý III` when shifted by 2; a quarter that would pass IV stays. */
function shiftQuarters(text: string, shift: number): string {
  if (shift === 0) return text;
  return text.replace(quarterPattern, (match, word: string, space: string, roman: string) => {
    const value = romanValue(roman) + shift;
    return value <= 4 ? `${word}${space}${ROMANS[value - 1] ?? roman}` : match;
  });
}

/** The last `năm 2023` of a title moved by `shift` years. */
function shiftYear(title: string, shift: number): string {
  if (shift === 0) return title;
  const years = [...title.matchAll(/năm (\d{4})/g)];
  const last = years.at(-1);
  if (last?.index === undefined) return title;
  const at = last.index + 4;
  return `${title.slice(0, at)}${Number(last[1]) + shift}${title.slice(at + 4)}`;
}

const TYPES = ['BÁO CÁO', 'KẾ HOẠCH', 'TỜ TRÌNH', 'THÔNG BÁO', 'NGHỊ QUYẾT', 'CHƯƠNG TRÌNH'];

function isTypeLine(text: string): boolean {
  return TYPES.includes(text.trim());
}

/** Cities under the central government: their people's committee is `UBND THÀNH PHỐ …`. */
const CITIES = ['Hà Nội', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ', 'Thành phố Hồ Chí Minh'];
const PROVINCES = [
  'Quảng Ninh',
  'Lào Cai',
  'Nghệ An',
  'Thanh Hóa',
  'Bắc Ninh',
  'Hải Dương',
  'Thái Bình',
  'Nam Định',
  'Khánh Hòa',
  'Lâm Đồng',
  'Bình Dương',
  'Đồng Nai',
];

/**
 * Who issued the source, told from its text: the place named most often, and whether the city or
 * provincial party committee (`Thành ủy`, `Tỉnh ủy`) or the people's committee speaks.
 */
function prepare(model: ReportModel): Prepared {
  const all = [
    ...model.head,
    ...model.sections.flatMap(function flat(s: Section): string[] {
      return [s.heading, ...s.blocks, ...s.children.flatMap(flat)];
    }),
    ...model.tail,
  ].join('\n');
  const occurrences = (word: string) => all.split(word).length - 1;
  const place = [...CITIES, ...PROVINCES]
    .map((name) => [name, occurrences(name)] as const)
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1])[0]?.[0];
  if (place === undefined) return { model, issuer: undefined };
  const city = CITIES.includes(place);
  const upper = place.toUpperCase();
  const party = occurrences('Thành ủy') + occurrences('Tỉnh ủy');
  const state = occurrences('Ủy ban nhân dân') + occurrences('UBND');
  const issuer: Issuer =
    party >= state
      ? {
          lines: [`${city ? 'THÀNH ỦY' : 'TỈNH ỦY'} ${upper}`, 'ĐẢNG CỘNG SẢN VIỆT NAM'],
          number: (n) => `Số ${n}-BC/TU`,
          place,
        }
      : {
          lines: [
            `UBND ${city ? 'THÀNH PHỐ' : 'TỈNH'} ${upper}`,
            'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
            'Độc lập - Tự do - Hạnh phúc',
          ],
          number: (n) => `Số: ${n}/BC-UBND`,
          place,
        };
  return { model, issuer };
}

/**
 * Issuer, motto, number, and place and date: dated in the month after the period the title
 * reports on (`quý III … năm 2024` → October 2024).
 */
function headerLines(issuer: Issuer, title: string, rng: Rng): string[] {
  const quarter = Math.min(
    ...[...title.matchAll(quarterPattern)].map((m) => romanValue(m[3] ?? '')),
  );
  const year = Number([...title.matchAll(/năm (\d{4})/g)].at(-1)?.[1] ?? 2023);
  let month = Number.isFinite(quarter) ? quarter * 3 + 1 : /6 tháng/.test(title) ? 7 : 12;
  let issued = year;
  if (month > 12) {
    month = 1;
    issued++;
  }
  const day = rng.int(1, 28);
  const dd = rng.chance(0.5) ? String(day).padStart(2, '0') : String(day);
  const number = issuer.number(rng.int(5, 480));
  return [...issuer.lines, number, `${issuer.place}, ngày ${dd} tháng ${month} năm ${issued}`];
}
