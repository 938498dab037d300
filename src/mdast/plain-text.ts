/**
 * Plain text of mdast content, as a data user wants to read it: inline markup and HTML tags removed
 * (`<i>Bao gồm:</i>` → `Bao gồm:`, `<br>` → a space), hard breaks as `\n`, image alt text kept.
 * GFM footnote references (`[^14]`) leave no marker in the text; they are returned as
 * `{ number, offset }` with the offset where the marker stood.
 */
import type { Nodes, Parents } from 'mdast';
import type { FootnoteRef } from '../schema/document.js';

export interface PlainText {
  text: string;
  footnoteRefs: FootnoteRef[];
}

/** `<br>`, `<br/>`, `<br />` in any case; a line break inside a cell or a line. */
const lineBreakTag = /<br\s*\/?>/gi;
/** A tag or comment. `[^>]*` cannot backtrack: it stops at the first `>`. */
const tag = /<\/?[A-Za-z!][^>]*>/g;

export function stripTags(html: string): string {
  return html.replace(lineBreakTag, ' ').replace(tag, '');
}

export function plainText(node: Nodes): PlainText {
  const out: PlainText = { text: '', footnoteRefs: [] };
  append(node, out);
  return out;
}

function append(node: Nodes, out: PlainText): void {
  switch (node.type) {
    case 'text':
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
