/**
 * Plain text of mdast content, as a data user wants to read it: inline markup and HTML tags removed
 * (`<i>Bao gồm:</i>` → `Bao gồm:`, `<br>` → a space), hard breaks as `\n`, image alt text kept.
 * GFM footnote references (`[^14]`, `[^ghi-chu]`) leave no marker in the text; they are returned as
 * `{ number, label, offset }` with the offset where the marker stood.
 */
import { toText } from 'hast-util-to-text';
import type { Nodes, Parents } from 'mdast';
import type { FootnoteRef } from '../schema/document.js';
import { parseHtml } from './html.js';

export interface PlainText {
  text: string;
  footnoteRefs: FootnoteRef[];
}

/** Markup in a source line that holds no words: defined with the marker syntaxes. */
export { SOURCE_MARKUP } from '../parse/markers.js';

/**
 * The text of a piece of HTML as a browser renders it (hast-util-to-text's innerText): tags gone,
 * character references decoded, `<br>` and block elements as line breaks, and what a browser never
 * shows (`<script>`, `<style>`, `<template>`, comments) left out.
 */
function renderedText(html: string): string {
  return toText(parseHtml(html));
}

/**
 * Inline HTML comes one tag per node (`<i>`, `</i>`, `<br>`): a few distinct values, each parsed
 * once. Bounded, so hostile input with a million distinct tags cannot grow it without end.
 */
const inlineTexts = new Map<string, string>();
const INLINE_CACHE_SIZE = 1024;

/** Inline HTML (`<i>Bao gồm:</i>`, `<br>`) as text: the tags go, a line break is a space. */
export function stripTags(html: string): string {
  let text = inlineTexts.get(html);
  if (text === undefined) {
    text = renderedText(html).replaceAll('\n', ' ');
    if (inlineTexts.size >= INLINE_CACHE_SIZE) inlineTexts.clear();
    inlineTexts.set(html, text);
  }
  return text;
}

/**
 * A block of HTML as text: rows, paragraphs and line breaks on lines of their own, cells kept apart
 * as ` | ` (the way a GFM table's are), blank lines dropped.
 */
export function htmlBlockText(html: string): string {
  return renderedText(html)
    .split('\n')
    .map((line) => line.split('\t').map(trimmed).filter(nonEmpty).join(' | ').trim())
    .filter(nonEmpty)
    .join('\n');
}

const trimmed = (text: string) => text.trim();
const nonEmpty = (text: string) => text !== '';

/**
 * Runs of two or more `*`: emphasis remark could not pair (`**1. **Thông qua`). Underscores stay:
 * `__proto__` or a name in a cell is text, and mammoth's `__bold__` pairs.
 */
const strayEmphasis = /\*{2,}/g;
/** A lone `*` at an edge of the text beside a space: the other half of a broken pair. */
const strayEdgeMark = /^\*(?=\s)|(?<=\s)\*$/g;
/** A heading marker at the start of a line inside a text (`## Mục 1` in a merged line or cell). */
const strayHeadingMarker = /^#{1,6}[ \t]+/gm;

/**
 * Markdown that a converter left as text, since remark read it as literal characters: emphasis
 * markers it could not pair (a bold heading wrapped or cut, `**Về bổ sung … năm 2025 *`) and
 * heading markers inside a line. They hold no words; a title or a block's text never shows them.
 */
export function withoutStrayMarkup(text: string): string {
  let out = text;
  if (out.includes('*')) {
    out = out.replace(strayEmphasis, '').replace(strayEdgeMark, '');
  }
  if (out.includes('#')) out = out.replace(strayHeadingMarker, '');
  return out;
}

export function plainText(node: Nodes): PlainText {
  const out: PlainText = { text: '', footnoteRefs: [] };
  append(node, out);
  return out;
}

function append(node: Nodes, out: PlainText): void {
  switch (node.type) {
    case 'text':
      out.text += withoutStrayMarkup(node.value);
      return;
    case 'inlineCode':
      out.text += node.value;
      return;
    case 'html':
      out.text += stripTags(node.value);
      return;
    case 'break':
      out.text += '\n';
      return;
    case 'image':
    case 'imageReference':
      out.text += node.alt ?? '';
      return;
    case 'footnoteReference': {
      // Named as the footnote stage names its definition: by the normalized identifier.
      const label = node.identifier;
      const number = /^\d{1,6}$/.test(label) ? Number(label) : null;
      out.footnoteRefs.push({ number, label, offset: out.text.length });
      return;
    }
    default:
      if ('children' in node) appendChildren(node, out);
      else if ('value' in node) out.text += node.value;
  }
}

function appendChildren(parent: Parents, out: PlainText): void {
  for (const child of parent.children) append(child, out);
}
