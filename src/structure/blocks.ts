/**
 * Blocks: the body read as paragraphs, list items and tables, in document order, each with its
 * plain text, list marker, nesting depth, cited footnotes and source lines. The sections stage
 * calls this for the content between headings; ids are given once the section tree is known.
 *
 * ```markdown
 * - Thành ủy và các cấp ủy <i>lãnh đạo</i>
 *   + Ban Thường vụ ban hành Kế hoạch số 12-KH/TU
 * ```
 * yields `item "Thành ủy và các cấp ủy lãnh đạo"` (marker `-`, depth 1) and
 * `item "Ban Thường vụ ban hành Kế hoạch số 12-KH/TU"` (marker `+`, depth 2).
 *
 * Indented code (a converter's indented line) and HTML blocks are read as paragraphs of their text;
 * block quotes are read through. Footnote definitions are not body: src/extract/footnotes.ts.
 */
import type { ListItem, Nodes, RootContent, Table } from 'mdast';
import { sourcesOf } from '../mdast/data.js';
import { htmlBlockText, type PlainText, plainText } from '../mdast/plain-text.js';
import type { Block, BlockKind, FootnoteRef, Span } from '../schema/document.js';

/** A block before the section tree gives it an id. */
export type BlockDraft = Omit<Block, 'id'>;

/**
 * The table node each `table` block was read from, so that the section tree can tell the node
 * which block and section it became (`node.data.block`), and the table stage the table.
 */
export const tableNodes = new WeakMap<BlockDraft, Table>();

interface Reading {
  source: string;
  blocks: BlockDraft[];
}

/** The blocks of top-level nodes; `source` is the document text, to read list markers from. */
export function readBlocks(nodes: readonly RootContent[], source: string, depth = 0): BlockDraft[] {
  const reading: Reading = { source, blocks: [] };
  readFlow(nodes, depth, reading);
  return reading.blocks;
}

function readFlow(nodes: readonly RootContent[], depth: number, reading: Reading): void {
  for (const node of nodes) {
    switch (node.type) {
      case 'heading':
      case 'paragraph': {
        const { text, footnoteRefs } = plainText(node);
        push(reading, node.type, text, footnoteRefs, [node], null, depth);
        break;
      }
      case 'table': {
        const { text, footnoteRefs } = tableText(node);
        push(reading, 'table', text, footnoteRefs, [node], null, depth);
        const block = reading.blocks.at(-1);
        if (block) tableNodes.set(block, node);
        break;
      }
      case 'code':
        push(reading, 'paragraph', node.value, [], [node], null, depth);
        break;
      case 'html': {
        const text = htmlBlockText(node.value);
        if (text !== '') push(reading, 'paragraph', text, [], [node], null, depth);
        break;
      }
      case 'list':
        for (const item of node.children) readItem(item, depth + 1, reading);
        break;
      case 'blockquote':
        readFlow(node.children, depth, reading);
        break;
      default:
      // footnoteDefinition: the footnote stage reads those.
      // thematicBreak, definition, yaml: no text to keep.
    }
  }
}

/**
 * A list item's leading paragraphs are the item; what follows them (a nested list, a later
 * paragraph) is read as flow at the item's depth, so reading order is kept.
 */
function readItem(item: ListItem, depth: number, reading: Reading): void {
  const lead: Nodes[] = [];
  for (const child of item.children) {
    // `-     Thu ngân sách` makes the item's text an indented code block: still its text.
    if (child.type !== 'paragraph' && child.type !== 'heading' && child.type !== 'code') break;
    lead.push(child);
  }
  const marker = itemMarker(item, reading.source);
  let text = '';
  const footnoteRefs: FootnoteRef[] = [];
  for (const node of lead) {
    const part = plainText(node);
    if (text !== '') text += '\n\n';
    for (const ref of part.footnoteRefs) {
      footnoteRefs.push({ ...ref, offset: ref.offset + text.length });
    }
    text += part.text;
  }
  push(reading, 'item', text, footnoteRefs, lead.length > 0 ? lead : [item], marker, depth);
  readFlow(item.children.slice(lead.length), depth, reading);
}

/**
 * The marker as written in the source (`-`, `+`, `1.`, `2)`): the first token from the item's
 * start (inside a block quote, what follows it on later lines is the quote's `>`).
 */
export function itemMarker(item: ListItem, source: string): string | null {
  const start = item.position?.start.offset;
  if (start === undefined) return null;
  const contentStart = item.children[0]?.position?.start.offset ?? item.position?.end.offset;
  return /^\S+/.exec(source.slice(start, contentStart))?.[0] ?? null;
}

/** A table as text: cells apart with ` | `, rows on lines; footnotes cited in cells kept. */
function tableText(table: Table): PlainText {
  const out: PlainText = { text: '', footnoteRefs: [] };
  table.children.forEach((row, r) => {
    if (r > 0) out.text += '\n';
    row.children.forEach((cell, c) => {
      if (c > 0) out.text += ' | ';
      const part = plainText(cell);
      const trimmed = part.text.trim();
      const shift = out.text.length - part.text.indexOf(trimmed);
      for (const ref of part.footnoteRefs)
        out.footnoteRefs.push({ ...ref, offset: Math.max(0, ref.offset + shift) });
      out.text += trimmed;
    });
  });
  return out;
}

function push(
  reading: Reading,
  kind: BlockKind,
  text: string,
  footnoteRefs: FootnoteRef[],
  nodes: readonly Nodes[],
  marker: string | null,
  depth: number,
): void {
  reading.blocks.push({
    kind,
    text,
    marker,
    depth,
    footnoteRefs,
    sources: spansOf(nodes),
  });
}

/** Source spans of nodes, adjacent or overlapping lines merged. */
export function spansOf(nodes: readonly Nodes[]): Span[] {
  const spans: Span[] = [];
  for (const { startLine, endLine } of nodes.flatMap(sourcesOf)) {
    const last = spans.at(-1);
    if (last && startLine >= last.startLine && startLine <= last.endLine + 1) {
      last.endLine = Math.max(last.endLine, endLine);
    } else spans.push({ startLine, endLine });
  }
  return spans;
}
