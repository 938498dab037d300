/**
 * repair: HTML a browser never shows is no text of the report. The body of a `<script>`, `<style>`,
 * `<template>` or `<noscript>` that a converter or a web page left in the markdown must never reach
 * a title, a block or a figure.
 *
 * remark gives inline HTML one tag per node, so `Báo cáo <script>alert(1)</script>` is an opening
 * tag, a text node and a closing tag: the nodes from the opening tag to its closing tag (or to the
 * end of the paragraph, as a browser reads an unclosed script) are removed. A block of HTML keeps
 * its node; its text (src/mdast/plain-text.ts, rendered as a browser does) already leaves them out.
 *
 * Either way the source ranges are recorded on `file.data.hiddenMarkup`, so that the word count of
 * the coverage figure treats them as markup, as it treats tags: not lost, not read.
 */
import type { Html, Nodes, Parents, Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { parseHtml } from '../mdast/html.js';
import type { SourceRange } from '../types/vfile-data.js';

/** Elements whose content a browser does not render (hast-util-to-text leaves them out too). */
const HIDDEN_NAMES = ['script', 'style', 'template', 'noscript'];
const HIDDEN: ReadonlySet<string> = new Set(HIDDEN_NAMES);
/** Parents whose html children are blocks of HTML; in any other parent an html node is one tag. */
const FLOW = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition']);

export default function hiddenHtml() {
  return (tree: Root, file: VFile): undefined => {
    const source = String(file.value);
    if (!source.includes('<')) return undefined;
    const lines = source.split('\n');
    const ranges: SourceRange[] = [];
    const visit = (node: Nodes) => {
      if (!('children' in node)) return;
      const flow = FLOW.has(node.type);
      if (!flow) removeInlineHidden(node, lines, ranges);
      for (const child of node.children) {
        if (flow && child.type === 'html') blockHiddenRanges(child, lines, ranges);
        else visit(child);
      }
    };
    visit(tree);
    if (ranges.length > 0) file.data.hiddenMarkup = ranges;
  };
}

/** The hidden element a single inline tag opens (`<script type="x">` → `script`), if any. */
function opensHidden(node: RootContent): string | undefined {
  if (node.type !== 'html') return undefined;
  // Most inline tags are `<sup>`, `<br>`, `<i>`: only one that names a hidden element is parsed.
  const value = node.value.toLowerCase();
  if (!HIDDEN_NAMES.some((name) => value.includes(name))) return undefined;
  const [first] = parseHtml(node.value).children;
  return first?.type === 'element' && HIDDEN.has(first.tagName) ? first.tagName : undefined;
}

/** Whether an inline tag is the end tag of `name` (`</script>`, `</SCRIPT >`). */
function closes(node: RootContent, name: string): boolean {
  if (node.type !== 'html') return false;
  const value = node.value.toLowerCase();
  return value.startsWith(`</${name}`) && value.slice(name.length + 2).trim() === '>';
}

function removeInlineHidden(parent: Parents, lines: string[], ranges: SourceRange[]): void {
  const { children } = parent;
  if (!children.some((child) => child.type === 'html')) return;
  const kept: RootContent[] = [];
  for (let index = 0; index < children.length; index++) {
    const child = children[index] as RootContent;
    const name = opensHidden(child);
    if (name === undefined) {
      kept.push(child);
      continue;
    }
    let end = index + 1;
    while (end < children.length && !closes(children[end] as RootContent, name)) end++;
    const last = children[Math.min(end, children.length - 1)] as RootContent;
    const start = child.position?.start;
    const stop = last.position?.end;
    if (start && stop) {
      addRanges(ranges, lines, start.line, start.column - 1, stop.line, stop.column - 1);
    }
    index = end;
    // `mục <script>…</script> một` reads `mục một`, with one space, as a browser shows it.
    const before = kept.at(-1);
    const after = children[index + 1];
    if (before?.type === 'text' && after?.type === 'text' && /\s$/.test(before.value)) {
      after.value = after.value.trimStart();
    }
  }
  if (kept.length !== children.length) parent.children = kept as typeof parent.children;
}

/**
 * The source ranges of the hidden elements inside a block of HTML. The node's value is its source
 * lines without the prefix of a container (a list item's indent, a quote's `>`): the prefix is the
 * difference of the two lengths.
 */
function blockHiddenRanges(node: Html, lines: string[], ranges: SourceRange[]): void {
  const firstLine = node.position?.start.line;
  if (firstLine === undefined) return;
  const valueLines = node.value.split('\n');
  const column = (line: number, relativeColumn: number) => {
    const sourceLine = lines[firstLine + line - 2] ?? '';
    const valueLine = valueLines[line - 1] ?? '';
    return Math.max(0, sourceLine.length - valueLine.length) + relativeColumn - 1;
  };
  const visit = (hast: ReturnType<typeof parseHtml>['children'][number]) => {
    if (hast.type !== 'element') return;
    const { position } = hast;
    if (HIDDEN.has(hast.tagName) && position) {
      const { start, end } = position;
      addRanges(
        ranges,
        lines,
        firstLine + start.line - 1,
        column(start.line, start.column),
        firstLine + end.line - 1,
        column(end.line, end.column),
      );
      return;
    }
    for (const child of hast.children) visit(child);
  };
  if (node.value.includes('<')) for (const child of parseHtml(node.value).children) visit(child);
}

/** A range over lines, as one range per line (columns 0-based, end exclusive). */
function addRanges(
  ranges: SourceRange[],
  lines: string[],
  startLine: number,
  startColumn: number,
  endLine: number,
  endColumn: number,
): void {
  for (let line = startLine; line <= endLine; line++) {
    const length = (lines[line - 1] ?? '').length;
    ranges.push({
      line,
      start: line === startLine ? startColumn : 0,
      end: line === endLine ? Math.min(endColumn, length) : length,
    });
  }
}
