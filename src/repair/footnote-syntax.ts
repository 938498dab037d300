/**
 * repair: every footnote syntax the converters write (the table in src/parse/markers.ts: Unicode
 * superscripts, `^14^`, MinerU's `$^{14}$`, pdf2md's `^14` and `(^14)`, GFM `[^14]`, `<sup>14</sup>`,
 * mammoth's links and list of notes), rewritten into mdast's own `footnoteDefinition` and
 * `footnoteReference` nodes, so that later stages know one form. Notes stay where the converter put
 * them (a page's footnote zone, or the end), so the continuation and join rules read them as before.
 *
 * A raised number after a unit is the unit's power, not a reference: `120 m²`, `3 km²`, `5 m³`,
 * `m^2^`, `m$^{2}$` stay text (in `12.000 m³¹` only the `¹` is a reference), and `m<sup>2</sup>`
 * becomes the text `m²`. A `[^14]` with no definition anywhere is still a reference (GFM leaves it
 * as text): the footnote stage then reports it as undefined.
 */
import type {
  FootnoteDefinition,
  FootnoteReference,
  Link,
  List,
  ListItem,
  Nodes,
  Paragraph,
  Parents,
  PhrasingContent,
  Root,
  RootContent,
  Text,
} from 'mdast';
import type { Point } from 'unist';
import type { VFile } from 'vfile';
import { plainText } from '../mdast/plain-text.js';
import {
  definitionAnywhere,
  definitionPattern,
  type FootnoteForm,
  fromSuperscript,
  MAMMOTH_BACKLINK_TARGET,
  MAMMOTH_NOTE_TARGET,
  matchedForm,
  referencePattern,
  TEXT_DEFINITION_FORMS,
  TEXT_REFERENCE_FORMS,
  toSuperscript,
  unitBeforePower,
} from '../parse/markers.js';

const supOpen = /^<sup>$/i;
const supClose = /^<\/sup>$/i;
const digitsOnly = /^\s*(\d{1,4})\s*$/;
/** Mammoth's reference text: `[1]`. */
const bracketedNumber = /^\[(\d{1,4})\]$/;

export default function footnoteSyntax() {
  return (tree: Root, _file: VFile): undefined => {
    tree.children = tree.children.flatMap((node): RootContent[] =>
      node.type === 'paragraph' ? (toDefinitions(node) ?? [node]) : [node],
    );
    const mammoth = new Map<string, string>();
    rewriteReferences(tree, mammoth);
    if (mammoth.size > 0)
      tree.children = tree.children.flatMap((node) => mammothNotes(node, mammoth));
  };
}

/**
 * `¹⁴ Lưu …` → a footnoteDefinition 14 holding the paragraph without its marker. A paragraph of
 * pdf2md notes (`(^1) … (^2) …`) is one definition per marker.
 */
function toDefinitions(paragraph: Paragraph): FootnoteDefinition[] | undefined {
  const [first, second, third, fourth] = paragraph.children;
  let number: string | undefined;
  let form: FootnoteForm | undefined;
  let rest: PhrasingContent[] = [];

  if (first?.type === 'text') {
    const match = definitionPattern.exec(first.value);
    const found = match ? matchedForm(match, TEXT_DEFINITION_FORMS) : undefined;
    if (match && found) {
      number = String(found.number);
      form = found.form;
      const remainder = first.value.slice(match[0].length);
      rest = paragraph.children.slice(1);
      if (remainder !== '') rest.unshift(sliceText(first, match[0].length, first.value.length));
    }
  } else if (
    first?.type === 'html' &&
    supOpen.test(first.value) &&
    second?.type === 'text' &&
    third?.type === 'html' &&
    supClose.test(third.value)
  ) {
    number = digitsOnly.exec(second.value)?.[1];
    rest = paragraph.children.slice(3);
    if (fourth?.type === 'text') rest[0] = { ...fourth, value: fourth.value.trimStart() };
  }
  // A marker and nothing else is a stray number, not a footnote.
  if (number === undefined || !rest.some(hasText)) return undefined;

  const splitter = form && definitionAnywhere.get(form.name);
  const parts = splitter ? splitNotes(rest, splitter) : [{ number, children: rest }];
  if (parts[0]) parts[0].number = number;
  return parts
    .filter((part) => part.children.some(hasText))
    .map((part) => definition(part.number, part.children, paragraph, part.start));
}

function definition(
  number: string,
  children: PhrasingContent[],
  from: Paragraph,
  start?: Point,
): FootnoteDefinition {
  const identifier = String(Number(number));
  const body: Paragraph = { type: 'paragraph', children };
  // The note starts at its marker: the paragraph's start, or where a later marker stood in it.
  const begin = start ?? from.position?.start;
  const end = children.at(-1)?.position?.end ?? from.position?.end;
  if (begin && end) body.position = { start: begin, end };
  const node: FootnoteDefinition = {
    type: 'footnoteDefinition',
    identifier,
    label: identifier,
    children: [body],
  };
  if (body.position) node.position = body.position;
  return node;
}

/** `… năm 2024. (^2) Trong đó …`: the phrasing cut where each later note marker stands. */
function splitNotes(
  children: PhrasingContent[],
  marker: RegExp,
): Array<{ number: string; children: PhrasingContent[]; start?: Point }> {
  const parts: Array<{ number: string; children: PhrasingContent[]; start?: Point }> = [
    { number: '', children: [] },
  ];
  for (const child of children) {
    if (child.type !== 'text') {
      parts.at(-1)?.children.push(child);
      continue;
    }
    let last = 0;
    marker.lastIndex = 0;
    for (let match = marker.exec(child.value); match; match = marker.exec(child.value)) {
      if (match.index > last)
        parts.at(-1)?.children.push(trimmedEnd(sliceText(child, last, match.index)));
      const start = new PointCursor(child).at(match.index);
      parts.push({ number: match[1] ?? '', children: [], ...(start ? { start } : {}) });
      last = match.index + match[0].length;
    }
    if (last === 0) parts.at(-1)?.children.push(child);
    else if (last < child.value.length)
      parts.at(-1)?.children.push(sliceText(child, last, child.value.length));
  }
  return parts;
}

function trimmedEnd(text: Text): Text {
  return { ...text, value: text.value.trimEnd() };
}

/** Part of a text node, with its position when the node's value is its source. */
function sliceText(text: Text, start: number, end: number): Text {
  return piece(text, start, end, new PointCursor(text));
}

function rewriteReferences(node: Nodes, mammoth: Map<string, string>): void {
  if (!('children' in node)) return;
  const parent = node as Parents;
  const children: Nodes[] = [];
  const source = parent.children as Nodes[];
  for (let i = 0; i < source.length; i++) {
    const child = source[i] as Nodes;
    const sup = htmlSuperscript(source, i);
    if (sup) {
      const before = children.at(-1);
      if (before?.type === 'text' && unitBeforePower.test(before.value)) {
        before.value += toSuperscript(sup.digits);
      } else {
        children.push(reference(sup.digits, child.position?.start, source[i + 2]?.position?.end));
      }
      i += 2;
    } else if (child.type === 'text') {
      // One by one: 100 000 footnote marks in a text spread as arguments overflow the stack.
      for (const piece of splitText(child)) children.push(piece);
    } else if (child.type === 'link' && mammothReference(child, mammoth)) {
      children.push(mammothReference(child, mammoth) as FootnoteReference);
    } else {
      rewriteReferences(child, mammoth);
      children.push(child);
    }
  }
  parent.children = children as typeof parent.children;
}

/** Mammoth's `[\[1\]](#footnote-20)`: reference 1, and note id 20 remembered as 1. */
function mammothReference(link: Link, ids: Map<string, string>): FootnoteReference | undefined {
  if (!link.url.startsWith(MAMMOTH_NOTE_TARGET) || link.url.startsWith(MAMMOTH_BACKLINK_TARGET)) {
    return undefined;
  }
  const digits = bracketedNumber.exec(plainText(link).text.trim())?.[1];
  if (digits === undefined) return undefined;
  ids.set(link.url.slice(MAMMOTH_NOTE_TARGET.length), digits);
  return reference(digits, link.position?.start, link.position?.end);
}

/**
 * Mammoth's notes: an ordered list at the end whose items end with a link back to their reference
 * (`1. <a id="footnote-20"></a> Nghị quyết … [↑](#footnote-ref-20)`). Each such item becomes the
 * definition of the number its reference showed; the anchor and the back link go.
 */
function mammothNotes(node: RootContent, ids: ReadonlyMap<string, string>): RootContent[] {
  if (node.type !== 'list') return [node];
  const out: RootContent[] = [];
  let rest: ListItem[] = [];
  const flush = () => {
    if (rest.length > 0) out.push({ ...node, children: rest } as List);
    rest = [];
  };
  node.children.forEach((item, index) => {
    const id = backlinkId(item);
    if (id === undefined) {
      rest.push(item);
      return;
    }
    flush();
    const number = ids.get(id) ?? String((node.start ?? 1) + index);
    const paragraphs = item.children.filter(
      (child): child is Paragraph => child.type === 'paragraph',
    );
    for (const paragraph of paragraphs) {
      paragraph.children = paragraph.children.filter(
        (child) =>
          child.type !== 'html' &&
          !(child.type === 'link' && child.url.startsWith(MAMMOTH_BACKLINK_TARGET)),
      );
      trimEdges(paragraph);
    }
    const first = paragraphs[0];
    if (!first) return;
    const note = definition(number, first.children, first);
    for (const paragraph of paragraphs.slice(1)) note.children.push(paragraph);
    if (item.position) note.position = item.position;
    out.push(note);
  });
  flush();
  return out;
}

/** The note id of a list item that ends with a link back to its reference. */
function backlinkId(item: ListItem): string | undefined {
  for (const child of item.children) {
    if (child.type !== 'paragraph') continue;
    const last = child.children.findLast((c) => c.type !== 'text' || c.value.trim() !== '');
    if (last?.type === 'link' && last.url.startsWith(MAMMOTH_BACKLINK_TARGET)) {
      return last.url.slice(MAMMOTH_BACKLINK_TARGET.length);
    }
  }
  return undefined;
}

function trimEdges(paragraph: Paragraph): void {
  const first = paragraph.children[0];
  if (first?.type === 'text') first.value = first.value.trimStart();
  const last = paragraph.children.at(-1);
  if (last?.type === 'text') last.value = last.value.trimEnd();
}

/** `<sup>`, `14`, `</sup>` as three sibling nodes starting at `index`. */
function htmlSuperscript(nodes: readonly Nodes[], index: number): { digits: string } | undefined {
  const [open, inner, close] = nodes.slice(index, index + 3);
  if (open?.type !== 'html' || !supOpen.test(open.value)) return undefined;
  if (inner?.type !== 'text' || close?.type !== 'html' || !supClose.test(close.value)) {
    return undefined;
  }
  const digits = digitsOnly.exec(inner.value)?.[1];
  return digits === undefined ? undefined : { digits };
}

/** A text node with reference markers of any text form → text, reference, text … */
function splitText(text: Text): Array<Text | FootnoteReference> {
  const out: Array<Text | FootnoteReference> = [];
  const points = new PointCursor(text);
  let last = 0;
  referencePattern.lastIndex = 0;
  for (
    let match = referencePattern.exec(text.value);
    match;
    match = referencePattern.exec(text.value)
  ) {
    const found = matchedForm(match, TEXT_REFERENCE_FORMS);
    if (!found) continue;
    let start = match.index;
    const end = match.index + match[0].length;
    let number = found.number;
    if (
      found.form.raised &&
      unitBeforePower.test(text.value.slice(Math.max(0, start - 3), start))
    ) {
      // `m²` is a square metre; in `m³¹` the ³ is the power and the ¹ a reference.
      if (found.form.name !== 'superscript' || match[0].length === 1) continue;
      start += 1;
      number = Number(fromSuperscript(match[0].slice(1)));
    }
    if (start > last) out.push(piece(text, last, start, points));
    out.push(reference(String(number), points.at(start), points.at(end)));
    last = end;
  }
  if (last === 0) return [text];
  if (last < text.value.length) out.push(piece(text, last, text.value.length, points));
  return out;
}

function piece(text: Text, start: number, end: number, points: PointCursor): Text {
  const node: Text = { type: 'text', value: text.value.slice(start, end) };
  const from = points.at(start);
  const to = points.at(end);
  if (from && to) node.position = { start: from, end: to };
  return node;
}

/**
 * Points inside a text node, for indexes asked in increasing order (so a long text is walked once).
 * Exact when the node's value is its source (no escapes or character references), which holds for
 * the plain prose these markers sit in.
 */
class PointCursor {
  private index = 0;
  private line: number;
  private column: number;

  constructor(private readonly text: Text) {
    this.line = text.position?.start.line ?? 1;
    this.column = text.position?.start.column ?? 1;
  }

  at(index: number): Point | undefined {
    const start = this.text.position?.start;
    if (!start) return undefined;
    for (; this.index < index; this.index++) {
      if (this.text.value.charCodeAt(this.index) === 10) {
        this.line++;
        this.column = 1;
      } else this.column++;
    }
    const point: Point = { line: this.line, column: this.column };
    if (start.offset !== undefined) point.offset = start.offset + index;
    return point;
  }
}

function reference(digits: string, start?: Point, end?: Point): FootnoteReference {
  const identifier = String(Number(digits));
  const node: FootnoteReference = { type: 'footnoteReference', identifier, label: identifier };
  if (start && end) node.position = { start, end };
  return node;
}

function hasText(node: PhrasingContent): boolean {
  if (node.type === 'text') return node.value.trim() !== '';
  return 'children' in node ? node.children.some(hasText) : node.type !== 'html';
}
