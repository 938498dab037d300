/**
 * Heading candidates: which top-level nodes open a section, with their marker, title and ladder.
 * Remark sees almost none of these as headings: `I. KẾT QUẢ …` and `(1) Về …` are paragraphs,
 * `1. Về công tác …` is an ordered list of one item, `**Điều 1. Mục tiêu**` a bold paragraph.
 *
 * | node                                   | label      | numbering       | title                 |
 * | -------------------------------------- | ---------- | --------------- | --------------------- |
 * | `I. KẾT QUẢ LÃNH ĐẠO`                  | `I`        | roman           | `KẾT QUẢ LÃNH ĐẠO`    |
 * | `1. Về công tác xây dựng Đảng` (list)  | `1`        | decimal         | `Về công tác …`       |
 * | `## Chương I`                          | `Chương I` | chapter         | (the next line's)     |
 * | `Chương II` / `HÀNH VI VI PHẠM` (1 ¶)  | `Chương II`| chapter         | `HÀNH VI VI PHẠM`     |
 * | `Điều 3. Vi phạm … cho` / `cơ quan …`  | `Điều 3`   | article         | the two lines as one  |
 * | `A. ĐÁNH GIÁ KẾT QUẢ`                  | `A`        | capital         | `ĐÁNH GIÁ KẾT QUẢ`    |
 * | `II- HẠN CHẾ` (party style)            | `II`       | roman           | `HẠN CHẾ`             |
 * | `**Điều 5. Hiệu lực thi hành**`        | `Điều 5`   | article         | `Hiệu lực thi hành`   |
 * | `## Kết quả đạt được` / `KẾT QUẢ`      | null       | none            | the text              |
 * | `PHỤ LỤC` + caption line               | `PHỤ LỤC`  | appendix        | the caption           |
 *
 * A heading is short and has no final full stop: a numbered item that runs on as a sentence
 * (`1. Tăng cường … .`) is a block, not a section.
 */
import type { Heading, List, Paragraph, RootContent } from 'mdast';
import { sourcesOf } from '../mdast/data.js';
import { plainText } from '../mdast/plain-text.js';
import type { Numbering, Span } from '../schema/document.js';
import {
  appendixLabel,
  appendixWithCaption,
  isAttachmentNote,
  isEnactingFormula,
  isTableCaption,
} from '../vi/document-parts.js';
import { leadingNumberingMarker } from '../vi/numbering.js';
import { tableUnitLine, trailingFigures } from '../vi/table-headers.js';
import { startsLowercase } from '../vi/text.js';
import { itemMarker } from './blocks.js';

export interface HeadingCandidate {
  label: string | null;
  numbering: Numbering;
  /**
   * The rung of the ladder this heading stands on, learned per document from the order in which
   * rungs first appear: the numbering (`roman`, `letter` …), multilevel by depth (`multilevel:2`),
   * and for unnumbered headings how they are set apart (`heading:2`, `bold`, `caps`).
   */
  rung: string;
  title: string;
  sources: Span[];
  /** Content inside the heading's node that belongs to the section: an item's nested list. */
  rest: RootContent[];
  /** The markdown heading depth (`##` → 2) when the converter kept one: evidence of the ladder. */
  markdownDepth: number | undefined;
  /** Position in its ladder (`III` → 3), to see a number skipped; absent for unnumbered headings. */
  ordinal?: number;
}

/** Ladders led by a word, whose order is the law's: Phần > Chương > Mục > Điều. */
export const LEGAL_RANK: ReadonlyMap<string, number> = new Map([
  ['part', 1],
  ['chapter', 2],
  ['section', 3],
  ['article', 4],
]);

const MAX_TITLE = 200;

/** A line ending on `.`, `;` or `,` is (part of) a sentence: a heading ends on none of them. */
/** A title ending in this many figures is a table's row, not a heading's. */
const ROW_FIGURES = 3;

function runsOn(line: string): boolean {
  return /[.;,]$/.test(line);
}

export function headingOf(node: RootContent, source: string): HeadingCandidate | undefined {
  switch (node.type) {
    case 'heading':
      return fromText(plainText(node).text, node, `heading:${node.depth}`, true);
    case 'paragraph':
      return (
        appendixOf(node) ??
        titleOverLines(node) ??
        fromText(plainText(node).text, node, setApart(node), false)
      );
    case 'list':
      return fromOrderedItem(node, source);
    default:
      return undefined;
  }
}

/** The text of a heading that has no title of its own (`## Chương I`), to be followed by one. */
export function needsTitle(heading: HeadingCandidate): boolean {
  return heading.title === '' && heading.numbering !== 'none';
}

/**
 * A node that can be the title line of a heading without one: short, unnumbered, not a sentence.
 * Under an appendix's label, its table's caption is its title even where a converter wrapped it
 * (`Biểu số 01: Một số chỉ tiêu … quý` / `I năm 2024`, pandoc at 72 columns), as it reads where
 * the caption stands on one line (mammoth) or on the label's (pdf2md).
 */
export function titleLine(node: RootContent, appendix = false): string | undefined {
  if (node.type !== 'heading' && node.type !== 'paragraph') return undefined;
  const text = plainText(node).text.trim();
  if (appendix) {
    const lines = text.split('\n');
    const caption = lines.map((line) => line.trim()).join(' ');
    // (Or its caption set apart in bold or capitals after its label alone, `Biểu số 01` /
    // `**Tổng hợp kết quả … khiếu` / `nại …**`; not the note of what it is attached to, nor its
    // unit's line.)
    const wrapped =
      isTableCaption(caption) ||
      (node.type === 'paragraph' &&
        setApart(node) !== undefined &&
        !isAttachmentNote(caption) &&
        tableUnitLine(caption) === undefined);
    if (lines.length <= MAX_WRAPPED_CAPTION_LINES && wrapped) {
      return caption.length <= MAX_TITLE && !runsOn(caption) ? caption : undefined;
    }
  }
  if (text === '' || text.length > MAX_TITLE || text.includes('\n') || runsOn(text)) {
    return undefined;
  }
  return leadingNumberingMarker(text).ok ? undefined : text;
}

/** The most lines a wrapped table caption takes. */
const MAX_WRAPPED_CAPTION_LINES = 3;

function fromText(
  text: string,
  node: Heading | Paragraph,
  unnumberedRung: string | undefined,
  isHeading: boolean,
): HeadingCandidate | undefined {
  const line = text.trim();
  if (line === '' || line.includes('\n') || line.length > MAX_TITLE) return undefined;
  // A heading node (LibreOffice's HTML, a `#` line) may glue its title to the marker.
  const marker = leadingNumberingMarker(line, { glued: isHeading });
  if (marker.ok) {
    const title = line.slice(marker.value.end).trim();
    // A sentence after a marker is a numbered paragraph; a heading ends without a full stop. A
    // table's row left as text ends in its figures (`I Thu tiền sử dụng đất 420.000 520.000 …`).
    if (!isHeading && (runsOn(title) || trailingFigures(title) >= ROW_FIGURES)) return undefined;
    const { numbering, label, path, ordinal, latinOnly } = marker.value;
    // A decimal alone on its line, no dot after it and no title (`1.86`, `18.5`): a figure a
    // narrow cell set apart, not a heading.
    if (
      !isHeading &&
      title === '' &&
      numbering === 'multilevel' &&
      !marker.value.raw.endsWith('.')
    ) {
      return undefined;
    }
    const rung = numbering === 'multilevel' ? `multilevel:${path.length}` : numbering;
    return {
      label,
      numbering,
      rung,
      title,
      sources: sourcesOf(node),
      rest: [],
      markdownDepth: depthOf(node),
      ...(latinOnly ? {} : { ordinal }),
    };
  }
  // (Nor an appendix's note of what it is attached to, or its table's unit line, set apart as
  // they may be: `_(Kèm theo Báo cáo số …)_`, `_Đơn vị tính: triệu đồng_`.)
  if (
    unnumberedRung === undefined ||
    runsOn(line) ||
    isEnactingFormula(line) ||
    isAttachmentNote(line) ||
    tableUnitLine(line) !== undefined
  ) {
    return undefined;
  }
  return {
    label: null,
    numbering: 'none',
    rung: unnumberedRung,
    title: line,
    sources: sourcesOf(node),
    rest: [],
    markdownDepth: depthOf(node),
  };
}

function depthOf(node: Heading | Paragraph): number | undefined {
  return node.type === 'heading' ? node.depth : undefined;
}

/**
 * How an unnumbered paragraph is set apart as a heading, if it is: in bold or italics as a whole
 * (`**Kết quả đạt được**`), or in capitals (`ĐÁNH GIÁ CHUNG`). Otherwise it is body.
 */
function setApart(paragraph: Paragraph): string | undefined {
  const [only, ...others] = paragraph.children;
  if (others.length === 0 && (only?.type === 'strong' || only?.type === 'emphasis')) {
    return only.type === 'strong' ? 'bold' : 'italic';
  }
  const text = plainText(paragraph).text.trim();
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  // A heading in capitals is a few words; a sentence in capitals (with commas) is body.
  const words = text.split(/\s+/).length;
  const isCaps = letters >= 4 && !/\p{Ll}/u.test(text) && words >= 2 && words <= 12;
  return isCaps && !text.includes(',') ? 'caps' : undefined;
}

/**
 * A heading whose title runs over the lines of one paragraph, as converters leave them:
 * `Chương II` + `HÀNH VI VI PHẠM` (a word-led marker alone, its title below), `Điều 3. Vi phạm về
 * cung cấp thông tin cho` + `cơ quan có thẩm quyền` (a title wrapped: the next line in lower
 * case, or in capitals under a title in capitals). At most four lines, none of them numbered.
 */
function titleOverLines(paragraph: Paragraph): HeadingCandidate | undefined {
  const lines = plainText(paragraph)
    .text.split('\n')
    .map((line) => line.trim());
  const [first = '', ...rest] = lines;
  if (rest.length === 0 || rest.length > 3) return undefined;
  const marker = leadingNumberingMarker(first);
  if (!marker.ok) return undefined;
  const { numbering, label, ordinal, latinOnly } = marker.value;
  if (numbering === 'multilevel') return undefined;
  const opening = first.slice(marker.value.end).trim();
  const isCaps = (line: string) => !/\p{Ll}/u.test(line);
  const wordLed = LEGAL_RANK.has(numbering);
  const continues = (line: string, index: number) =>
    line !== '' &&
    !leadingNumberingMarker(line).ok &&
    (startsLowercase(line) ||
      (isCaps(line) && (opening === '' || isCaps(opening))) ||
      (wordLed && opening === '' && index === 0));
  if (!rest.every(continues)) return undefined;
  const title = [opening, ...rest].filter((line) => line !== '').join(' ');
  if (title === '' || title.length > MAX_TITLE || runsOn(title)) return undefined;
  if (opening !== '' && runsOn(opening)) return undefined;
  return {
    label,
    numbering,
    rung: numbering,
    title,
    sources: sourcesOf(paragraph),
    rest: [],
    markdownDepth: undefined,
    ...(latinOnly ? {} : { ordinal }),
  };
}

/** `1. Về công tác …` as remark reads it: an ordered list with one short item. */
function fromOrderedItem(list: List, source: string): HeadingCandidate | undefined {
  const [item, ...others] = list.children;
  if (!list.ordered || !item || others.length > 0) return undefined;
  const [first, ...rest] = item.children;
  if (first?.type !== 'paragraph') return undefined;
  const marker = itemMarker(item, source) ?? '';
  const heading = fromText(`${marker} ${plainText(first).text}`, first, undefined, false);
  if (!heading) return undefined;
  return { ...heading, rest: rest as RootContent[] };
}

/**
 * A paragraph or heading that opens an appendix: its label (`PHỤ LỤC`, `Biểu số 01`) on the first
 * line, its caption on the lines after. Sections, metadata and tables all ask this.
 */
export function appendixHeading(node: RootContent): { label: string; caption: string } | undefined {
  if (node.type !== 'paragraph' && node.type !== 'heading') return undefined;
  const [first = '', ...rest] = plainText(node).text.split('\n');
  const caption = rest
    .map((line) => line.trim())
    .join(' ')
    .trim();
  const label = appendixLabel(first);
  if (label !== undefined) return { label, caption };
  // A converter that joined the caption's line to the label's (pdf2md: `PHỤ LỤC Biểu số 02: …`).
  const joined = appendixWithCaption(first);
  if (!joined) return undefined;
  return { label: joined.label, caption: `${joined.caption} ${caption}`.trim() };
}

function appendixOf(paragraph: Paragraph): HeadingCandidate | undefined {
  const appendix = appendixHeading(paragraph);
  if (!appendix) return undefined;
  return {
    label: appendix.label,
    numbering: 'appendix',
    rung: 'appendix',
    title: appendix.caption,
    sources: sourcesOf(paragraph),
    rest: [],
    markdownDepth: undefined,
  };
}
