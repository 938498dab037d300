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
 * Page numbers: `3`, `- 3 -`, `– 3 –`, `Trang 3`, `Trang 3/12`, `Page 3`. Running headers: the same
 * short line (at most 120 characters, no footnote references) standing alone three times or more,
 * at least twice where a page breaks.
 */
import type { Nodes, Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { plainText } from '../mdast/plain-text.js';
import type { Span } from '../schema/document.js';
import '../mdast/data.js';
import '../types/vfile-data.js';
import { continuationEvidence, isUnfinished, textOf, trailingParagraph } from './signals.js';

const pageNumber =
  /^(?:[-–—]\s*)?\d{1,4}(?:\s*[-–—])?$|^(?:trang|page)\s+\d{1,4}(?:\s*\/\s*\d{1,4})?$/i;
const MAX_HEADER_LENGTH = 120;
const MIN_HEADER_REPEATS = 3;
const MIN_PAGE_BREAKS = 2;

export default function pageFurniture() {
  return (tree: Root, file: VFile): undefined => {
    const nodes = tree.children;
    const lines = nodes.map(loneLine);
    const isPageNumber = lines.map((line) => line !== undefined && pageNumber.test(line));
    const headers = runningHeaders(nodes, lines, isPageNumber);

    const kept: RootContent[] = [];
    const furniture: Span[] = [];
    let pageBreak = false;
    nodes.forEach((node, index) => {
      const line = lines[index];
      if (node.position && (isPageNumber[index] || (line !== undefined && headers.has(line)))) {
        furniture.push({ startLine: node.position.start.line, endLine: node.position.end.line });
        pageBreak = true;
        return;
      }
      if (pageBreak) {
        node.data = { ...node.data, pageBreakBefore: true };
        pageBreak = false;
      }
      kept.push(node);
    });
    tree.children = kept;
    file.data.furniture = furniture;
  };
}

/**
 * Lines that repeat as running headers: three times or more, and at least twice where a page
 * breaks (after footnotes, beside a page number, or inside a cut sentence), so that a report's
 * own repeated sub-heading (`Kết quả đạt được`) is not taken for one.
 */
function runningHeaders(
  nodes: readonly RootContent[],
  lines: readonly (string | undefined)[],
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
    if (
      before?.type === 'footnoteDefinition' ||
      isPageNumber[index - 1] ||
      isPageNumber[index + 1]
    ) {
      return true;
    }
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
    return /^\d{1,4}\s*[-–—]$/.test(item) ? `- ${item}` : undefined;
  } else return undefined;
  text = text.trim();
  return text.length > 0 && text.length <= MAX_HEADER_LENGTH ? text : undefined;
}
