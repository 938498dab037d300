/**
 * Plain text of mdast content, as a data user wants to read it: inline markup and HTML tags removed
 * (`<i>Bao gồm:</i>` → `Bao gồm:`, `<br>` → a space), hard breaks as `\n`, image alt text kept.
 * GFM footnote references (`[^14]`) leave no marker in the text; they are returned as
 * `{ number, offset }` with the offset where the marker stood.
 */
import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import type { Nodes, Parents } from 'mdast';
import type { FootnoteRef } from '../schema/document.js';

export interface PlainText {
  text: string;
  footnoteRefs: FootnoteRef[];
}

/** `<br>`, `<br/>`, `<br />` in any case; a line break inside a cell or a line. */
const lineBreakTag = /<br\s*\/?>/gi;
/**
 * A tag or comment. `[^<>]*` stops at the next `<` as well as at `>`: a line of `<a<a<a…` with no
 * `>` would otherwise send every `<` to the end of the line, quadratic in its length.
 */
const tag = /<\/?[A-Za-z!][^<>]*>/g;
/** Tags that start or end a line of their own in a block of HTML. */
const blockTag =
  /<\/?(?:p|div|tr|li|ul|ol|table|thead|tbody|tfoot|caption|h[1-6]|blockquote|section|center)\b[^<>]*>/gi;
/** A table cell starts: the cells of a row are kept apart as ` | `, like a GFM table's. */
const cellTag = /<t[dh]\b[^<>]*>/gi;
const characterReference = /&(#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g;

/** Markup in a source line that holds no words: defined with the marker syntaxes. */
export { SOURCE_MARKUP } from '../parse/markers.js';

/** Inline HTML (`<i>Bao gồm:</i>`, `<br>`) as text: the tags go, a line break is a space. */
export function stripTags(html: string): string {
  return html.replace(lineBreakTag, ' ').replace(tag, '');
}

/**
 * A block of HTML as text: rows, paragraphs and line breaks on lines of their own, cells kept apart
 * as ` | `, character references decoded (`&nbsp;` → a no-break space), blank lines dropped.
 */
export function htmlBlockText(html: string): string {
  const text = html
    .replace(lineBreakTag, '\n')
    .replace(blockTag, '\n')
    .replace(cellTag, ' | ')
    .replace(tag, '')
    .replace(characterReference, decodeReference);
  return text
    .split('\n')
    .map((line) => line.replace(/^\s*\|\s*/, '').trim())
    .filter((line) => line !== '')
    .join('\n');
}

function decodeReference(whole: string, body: string): string {
  if (body.startsWith('#')) {
    const hex = body[1] === 'x' || body[1] === 'X';
    const point = Number.parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10);
    return point > 0 && point <= 0x10ffff && !(point >= 0xd800 && point <= 0xdfff)
      ? String.fromCodePoint(point)
      : whole;
  }
  return decodeNamedCharacterReference(body) || whole;
}

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
    case 'footnoteReference':
      if (/^\d{1,6}$/.test(node.identifier)) {
        out.footnoteRefs.push({ number: Number(node.identifier), offset: out.text.length });
      } else {
        // Not a numbered footnote: keep the marker as text rather than lose it.
        out.text += `[^${node.label ?? node.identifier}]`;
      }
      return;
    default:
      if ('children' in node) appendChildren(node, out);
      else if ('value' in node) out.text += node.value;
  }
}

function appendChildren(parent: Parents, out: PlainText): void {
  for (const child of parent.children) append(child, out);
}
