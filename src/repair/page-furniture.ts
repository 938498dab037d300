/**
 * repair: page furniture out of the body. The PDF conversion leaves each page's number and running
 * header between paragraphs; they are not body text, and they stand where a page broke.
 *
 * ```markdown
 * … bằng các giải pháp cụ
 *
 * - 3 -
 *
 * thể để phát triển …
 * ```
 * The `- 3 -` paragraph is removed, counted (`file.data.furniture`), and the paragraph after it is
 * marked `data.pageBreakBefore`, which the paragraph-joining rule takes as evidence of a page break.
 *
 * Page numbers: `3`, `- 3 -`, `– 3 –`, `Trang 3`, `Trang 3/12`, `Page 3`. A converter's page
 * separator (src/parse/markers.ts: marker's `{3}-----…`, `<!-- PAGE_BREAK -->`) is furniture and a
 * page break in the same way. Running headers: the same
 * short line (at most 120 characters, no footnote references) standing alone three times or more,
 * at least twice where a page breaks; an occurrence before the first page ends is kept, since
 * there it is the report's own title. A table's continuation caption (`Biểu số 01 (tiếp theo)`)
 * between the two parts of a table is furniture too (see continuationCaptions).
 */
import type { List, ListItem, Nodes, Root, RootContent, Table } from 'mdast';
import type { VFile } from 'vfile';
import { commentText } from '../mdast/html.js';
import { plainText } from '../mdast/plain-text.js';
import { isPageSeparatorComment, isPageSeparatorText } from '../parse/markers.js';
import type { Span } from '../schema/document.js';
import '../mdast/data.js';
import '../types/vfile-data.js';
import { appendixLabel, isContinuationCaption, isPageNumberLine } from '../vi/document-parts.js';
import { continuationEvidence, isUnfinished, textOf, trailingParagraph } from './signals.js';

/** What remark makes of `- 3 -`: a bullet item with the text `3 -`. */
const pageNumberItem = /^\d{1,4}\s*[-–—]$/;
const MAX_HEADER_LENGTH = 120;
const MIN_HEADER_REPEATS = 3;
const MIN_PAGE_BREAKS = 2;

export default function pageFurniture() {
  return (tree: Root, file: VFile): undefined => {
    // Plain text: the reader knew the pages and took their numbers and headers out already; a lone
    // figure left between its paragraphs is a table cell printed apart, not a page number.
    if (file.data.plainText) return;
    // mammoth reads Word files only, which have no pages: a lone figure there is a table's cell it
    // wrote as a paragraph of its own, never a page number to take out. (pandoc's style is also
    // other converters' and hand-made markdown's, which may hold a PDF's page numbers.)
    if (file.data.source?.dialect.name === 'mammoth') return;
    const nodes = tree.children;
    const lines = nodes.map(loneLine);
    const isPageNumber = nodes.map((node, index) => {
      const line = lines[index];
      return line !== undefined
        ? isPageNumberLine(line) || isPageSeparatorText(line)
        : isSeparatorComment(node);
    });
    // Where a page ended: a page number, a list that took one in as an item, footnotes.
    const endsPage = nodes.map(
      (node, index) =>
        isPageNumber[index] ||
        node.type === 'footnoteDefinition' ||
        (node.type === 'list' && node.children.some((item) => isPageNumberItem(item))),
    );
    const headers = runningHeaders(nodes, lines, endsPage, isPageNumber);
    // Before the first page ends, a line that later runs as the header is the report's own title.
    const firstPageEnd = endsPage.indexOf(true);

    const kept: RootContent[] = [];
    const furniture: Span[] = [];
    const take = (node: Nodes) => {
      if (node.position) {
        furniture.push({ startLine: node.position.start.line, endLine: node.position.end.line });
      }
    };
    let pageBreak = false;
    nodes.forEach((node, index) => {
      const line = lines[index];
      const isHeader = line !== undefined && headers.has(line) && index > firstPageEnd;
      if (isPageNumber[index] || isHeader) {
        take(node);
        pageBreak = true;
        return;
      }
      if (pageBreak) {
        node.data = { ...node.data, pageBreakBefore: true };
        pageBreak = false;
      }
      if (node.type === 'list') pageBreak = dropPageNumberItems(node, take);
      kept.push(node);
    });
    tree.children = continuationCaptions(kept, take);
    file.data.furniture = furniture;
  };
}

/**
 * A table that goes on over a page break under a caption that says so (`(tiếp theo)`, `Biểu số 01
 * (tiếp theo)`, `(Tiếp)`; with the label on a line of its own above it, `Biểu số 01` / `(tiếp
 * theo)`; with the first part's title repeated under it): the caption is the page's furniture,
 * taken out and counted like a page number, and the table after it is marked `continuesTable`,
 * so that the table stage makes one table of the two parts. Only between two tables of as many
 * columns, with nothing but footnotes (the page's end) around the caption: anywhere else the line
 * is left where it is.
 */
function continuationCaptions(
  nodes: readonly RootContent[],
  take: (node: Nodes) => void,
): RootContent[] {
  const dropped = new Set<RootContent>();
  /** The table at `from`, past footnotes in the direction of `step`; -1 when none stands there. */
  const tableAt = (from: number, step: 1 | -1): number => {
    let at = from;
    while (nodes[at]?.type === 'footnoteDefinition') at += step;
    return nodes[at]?.type === 'table' ? at : -1;
  };
  nodes.forEach((node, index) => {
    // Only where a table stands before (past footnotes, and the label's line): the text is read
    // only there.
    const tableBefore = tableAt(index - 1, -1) >= 0 || tableAt(index - 2, -1) >= 0;
    if (!tableBefore) return;
    const text = captionText(node);
    if (text === undefined || !isContinuationCaption(text)) return;
    // The label above the caption, on its own line: `Biểu số 01` / `(tiếp theo)`.
    const label = nodes[index - 1];
    const labelText = label === undefined ? undefined : captionText(label);
    const labelled = labelText !== undefined && appendixLabel(labelText) !== undefined;
    const beforeAt = tableAt(labelled ? index - 2 : index - 1, -1);
    if (beforeAt < 0) return;
    // The first part's title (the line above it, or the last line of its appendix heading)
    // repeated under the caption.
    const titled = nodes[beforeAt - 1];
    const title = titled === undefined ? undefined : captionLines(titled);
    const next = nodes[index + 1];
    const nextText = next === undefined ? undefined : captionText(next);
    const repeated =
      nextText !== undefined &&
      title !== undefined &&
      (nextText === title.join(' ') || nextText === title.at(-1));
    const afterAt = tableAt(index + (repeated ? 2 : 1), 1);
    const before = nodes[beforeAt] as Table;
    const after = nodes[afterAt];
    if (after?.type !== 'table' || widthOf(before) !== widthOf(after)) return;
    const parts = [labelled ? label : undefined, node, repeated ? next : undefined];
    for (const part of parts) {
      if (part === undefined) continue;
      take(part);
      dropped.add(part);
    }
    after.data = { ...after.data, continuesTable: true, pageBreakBefore: true };
  });
  return dropped.size === 0 ? [...nodes] : nodes.filter((node) => !dropped.has(node));
}

/** The lines of a paragraph or heading, each trimmed and its spaces folded; else undefined. */
function captionLines(node: RootContent): string[] | undefined {
  if (node.type !== 'paragraph' && node.type !== 'heading') return undefined;
  const lines = plainText(node)
    .text.split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '');
  return lines.length > 0 ? lines : undefined;
}

/** A paragraph's or heading's text, its lines run together; else undefined. */
function captionText(node: RootContent): string | undefined {
  return captionLines(node)?.join(' ');
}

function widthOf(table: Table): number {
  return table.children[0]?.children.length ?? 0;
}

/**
 * A `- 3 -` line right after a bullet joins that bullet's list as an item "3 -". Such items are
 * taken out; the result says whether the list now ends where a page ended.
 */
function dropPageNumberItems(list: List, take: (node: Nodes) => void): boolean {
  let endsWithPageBreak = false;
  list.children = list.children.filter((item) => {
    const drop = isPageNumberItem(item);
    if (drop) take(item);
    endsWithPageBreak = drop;
    return !drop;
  });
  return endsWithPageBreak;
}

/** `<!-- PAGE_BREAK -->` standing alone: a converter's page separator. */
function isSeparatorComment(node: Nodes): boolean {
  if (node.type !== 'html') return false;
  const comment = commentText(node.value);
  return comment !== undefined && isPageSeparatorComment(comment);
}

function isPageNumberItem(item: ListItem): boolean {
  return pageNumberItem.test(plainText(item).text.trim());
}

/**
 * Lines that repeat as running headers: three times or more, and at least twice where a page
 * breaks (after footnotes, beside a page number, or inside a cut sentence), so that a report's
 * own repeated sub-heading (`Kết quả đạt được`) is not taken for one.
 */
function runningHeaders(
  nodes: readonly RootContent[],
  lines: readonly (string | undefined)[],
  endsPage: readonly boolean[],
  isPageNumber: readonly boolean[],
): Set<string> {
  const occurrences = new Map<string, number[]>();
  lines.forEach((line, index) => {
    if (line === undefined || isPageNumber[index]) return;
    const list = occurrences.get(line);
    if (list) list.push(index);
    else occurrences.set(line, [index]);
  });
  const atPageBreak = (index: number) => {
    const before = nodes[index - 1];
    const after = nodes[index + 1];
    if (endsPage[index - 1] || isPageNumber[index + 1]) return true;
    const cut = before && trailingParagraph(before);
    return (
      cut !== undefined &&
      isUnfinished(textOf(cut)) &&
      after !== undefined &&
      continuationEvidence(after) !== undefined
    );
  };
  const headers = new Set<string>();
  for (const [line, indexes] of occurrences) {
    if (indexes.length < MIN_HEADER_REPEATS) continue;
    if (indexes.filter(atPageBreak).length >= MIN_PAGE_BREAKS) headers.add(line);
  }
  return headers;
}

/**
 * The text of a node that is one short line standing alone: a paragraph, or the one-item list
 * that remark makes of `- 3 -`. Anything longer, or with footnote references, is body.
 */
function loneLine(node: Nodes): string | undefined {
  if (!node.position || node.position.start.line !== node.position.end.line) return undefined;
  let text: string;
  if (node.type === 'paragraph' || node.type === 'heading') {
    const plain = plainText(node);
    if (plain.footnoteRefs.length > 0) return undefined;
    text = plain.text;
  } else if (node.type === 'list' && node.children.length === 1 && node.children[0]) {
    // `- 3 -` is a bullet item "3 -" to remark; only a page number can look like that.
    const item = plainText(node.children[0]).text.trim();
    return pageNumberItem.test(item) ? `- ${item}` : undefined;
  } else return undefined;
  text = text.trim();
  return text.length > 0 && text.length <= MAX_HEADER_LENGTH ? text : undefined;
}
