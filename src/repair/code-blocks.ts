/**
 * repair: code blocks that are report text. A report holds no code: what remark reads as code is
 * a converter's accident, and its text was being read raw, escapes and markup included.
 *
 * - An indented line (a vision model's or LLM's transcription indents a first line, an OCR keeps a
 *   paragraph's indent) is an indented code block to remark.
 * - A stray fence (```` ```markdown ```` around the whole answer, or around a part) makes a fenced
 *   code block of everything inside.
 *
 * The block's text is parsed again as markdown, with the same syntax, and its nodes take the block's
 * place, positioned on the source lines they came from; so every later stage reads headings,
 * paragraphs, lists, footnotes and tables there as anywhere else. A fence with another language
 * (`python`, `json` …) is left alone: it is then really quoted code, read as a paragraph of text.
 */
import type { Code, Root, RootContent } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Node, Point } from 'unist';
import type { VFile } from 'vfile';
import reportSyntax from '../parse/syntax.js';

const TEXT_LANGUAGES = new Set(['markdown', 'md', 'text', 'txt', 'plain', 'plaintext']);
const parser = unified().use(remarkParse).use(reportSyntax).freeze();

export default function codeBlocks() {
  return (tree: Root, file: VFile): undefined => {
    if (!tree.children.some((node) => node.type === 'code')) return;
    const source = String(file.value);
    tree.children = tree.children.flatMap((node) =>
      node.type === 'code' ? (asReportText(node, source) ?? [node]) : [node],
    );
  };
}

function asReportText(code: Code, source: string): RootContent[] | undefined {
  const start = code.position?.start;
  if (!start || start.offset === undefined) return undefined;
  const fenced = /^[ \t]*(?:```|~~~)/.test(source.slice(start.offset, start.offset + 8));
  if (fenced && code.lang && !TEXT_LANGUAGES.has(code.lang.toLowerCase())) return undefined;
  // The text begins on the fence's next line, or on the block's own first line.
  const firstLine = fenced ? start.line + 1 : start.line;
  const firstOffset = fenced ? source.indexOf('\n', start.offset) + 1 : start.offset;
  const tree = parser.parse(code.value);
  // Where each line of the block's text stands in the source, and the indent it lost.
  const lines = code.value.split('\n');
  const starts: number[] = [];
  const indents: number[] = [];
  let at = firstOffset;
  for (const line of lines) {
    const end = source.indexOf('\n', at);
    const length = (end < 0 ? source.length : end) - at;
    starts.push(at);
    indents.push(Math.max(0, length - line.length));
    at = end < 0 ? source.length : end + 1;
  }
  const shift = (point: Point | undefined) => {
    if (!point) return;
    const index = point.line - 1;
    const indent = indents[index] ?? 0;
    point.offset = (starts[index] ?? firstOffset) + indent + point.column - 1;
    point.column += indent;
    point.line += firstLine - 1;
  };
  const visit = (node: Node) => {
    shift(node.position?.start);
    shift(node.position?.end);
    if ('children' in node && Array.isArray(node.children)) node.children.forEach(visit);
  };
  tree.children.forEach(visit);
  // A block indented inside the fence is report text too.
  return tree.children.flatMap((node) =>
    node.type === 'code' ? (asReportText(node, source) ?? [node]) : [node],
  );
}
