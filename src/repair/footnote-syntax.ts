/**
 * repair: every footnote syntax the converters write, rewritten into mdast's own
 * `footnoteDefinition` and `footnoteReference` nodes, so that later stages know one form.
 *
 * | syntax                  | definition (starts a top-level paragraph) | reference (in the text) |
 * | ----------------------- | ----------------------------------------- | ----------------------- |
 * | Unicode superscripts    | `¹⁴ Lưu 181 đơn thư …`                    | `… đơn thư¹⁴.`          |
 * | HTML                    | `<sup>14</sup> Lưu 181 đơn thư …`         | `… đơn thư<sup>14</sup>.` |
 * | GFM (remark-gfm parses) | `[^14]: Lưu 181 đơn thư …`                | `… đơn thư[^14].`       |
 * | caret                   | `^14^ Lưu 181 đơn thư …`                  | `… đơn thư^14^.`        |
 *
 * A superscript after a unit is the unit's power, not a reference: `120 m²`, `3 km²`, `5 m³` stay
 * text (in `12.000 m³¹` only the `¹` is a reference), and `m<sup>2</sup>` becomes the text `m²`. A `[^14]` with no definition anywhere is still a
 * reference (GFM leaves it as text): the footnote stage then reports it as undefined.
 */
import type {
  FootnoteDefinition,
  FootnoteReference,
  Nodes,
  Paragraph,
  Parents,
  PhrasingContent,
  Root,
  Text,
} from 'mdast';
import type { Point } from 'unist';
import type { VFile } from 'vfile';

const superscriptDigits = '⁰¹²³⁴⁵⁶⁷⁸⁹';
/** A definition marker at the very start of a paragraph: `¹⁴ `, `^14^ `. */
const definitionMarker = /^(?:([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,4})|\^(\d{1,4})\^)[ \t]*/;
/** A reference marker anywhere in text. The alternatives start with different characters. */
const referenceMarker = /[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\^(\d{1,4})\^|\[\^(\d{1,4})\]/g;
/** Text ending in a unit whose power a superscript gives: `m`, `km`, `cm`, `dm`, `mm`, `µm`. */
const unitBefore = /(?:^|[^\p{L}])[kcdmµ]?m$/u;
const supOpen = /^<sup>$/i;
const supClose = /^<\/sup>$/i;
const digitsOnly = /^\s*(\d{1,4})\s*$/;

export default function footnoteSyntax() {
  return (tree: Root, _file: VFile): undefined => {
    tree.children = tree.children.map((node) =>
      node.type === 'paragraph' ? (toDefinition(node) ?? node) : node,
    );
    rewriteReferences(tree);
  };
}

/** `¹⁴ Lưu …` → a footnoteDefinition 14 holding the paragraph without its marker. */
function toDefinition(paragraph: Paragraph): FootnoteDefinition | undefined {
  const [first, second, third, fourth] = paragraph.children;
  let number: string | undefined;
  let rest: PhrasingContent[] = [];

  if (first?.type === 'text') {
    const match = definitionMarker.exec(first.value);
    if (match) {
      number = match[1] ? fromSuperscript(match[1]) : match[2];
      const remainder = first.value.slice(match[0].length);
      rest = paragraph.children.slice(1);
      if (remainder !== '') rest.unshift({ ...first, value: remainder });
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

  const identifier = String(Number(number));
  const body: Paragraph = { type: 'paragraph', children: rest };
  if (paragraph.position) body.position = paragraph.position;
  const definition: FootnoteDefinition = {
    type: 'footnoteDefinition',
    identifier,
    label: identifier,
    children: [body],
  };
  if (paragraph.position) definition.position = paragraph.position;
  return definition;
}

function rewriteReferences(node: Nodes): void {
  if (!('children' in node)) return;
  const parent = node as Parents;
  const children: Nodes[] = [];
  const source = parent.children as Nodes[];
  for (let i = 0; i < source.length; i++) {
    const child = source[i] as Nodes;
    const sup = htmlSuperscript(source, i);
    if (sup) {
      const before = children.at(-1);
      if (before?.type === 'text' && unitBefore.test(before.value)) {
        before.value += toSuperscript(sup.digits);
      } else {
        children.push(reference(sup.digits, child.position?.start, source[i + 2]?.position?.end));
      }
      i += 2;
    } else if (child.type === 'text') {
      // One by one: 100 000 footnote marks in a text spread as arguments overflow the stack.
      for (const piece of splitText(child)) children.push(piece);
    } else {
      rewriteReferences(child);
      children.push(child);
    }
  }
  parent.children = children as typeof parent.children;
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

/** A text node with reference markers → text, reference, text … */
function splitText(text: Text): Array<Text | FootnoteReference> {
  const out: Array<Text | FootnoteReference> = [];
  const points = new PointCursor(text);
  let last = 0;
  referenceMarker.lastIndex = 0;
  for (
    let match = referenceMarker.exec(text.value);
    match;
    match = referenceMarker.exec(text.value)
  ) {
    const isSuperscript = match[1] === undefined && match[2] === undefined;
    let start = match.index;
    if (isSuperscript && unitBefore.test(text.value.slice(Math.max(0, start - 3), start))) {
      // `m²` is a square metre; in `m³¹` the ³ is the power and the ¹ a reference.
      start += 1;
      if (start === match.index + match[0].length) continue;
    }
    const marker = text.value.slice(start, match.index + match[0].length);
    const digits = isSuperscript ? fromSuperscript(marker) : (match[1] ?? match[2] ?? '');
    const end = match.index + match[0].length;
    if (start > last) out.push(piece(text, last, start, points));
    out.push(reference(digits, points.at(start), points.at(end)));
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

function fromSuperscript(digits: string): string {
  let out = '';
  for (const char of digits) out += String(superscriptDigits.indexOf(char));
  return out;
}

function toSuperscript(digits: string): string {
  let out = '';
  for (const char of digits) out += superscriptDigits[Number(char)] ?? char;
  return out;
}
