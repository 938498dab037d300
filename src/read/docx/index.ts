/**
 * The Word (.docx) reader: the OOXML package read directly (fflate unzips it, saxes parses each
 * part), written as the markdown the markdown path reads best.
 *
 * - Paragraphs and their runs, bold and italic as `**`/`*`; a line break inside a paragraph stays
 *   one; deleted text (tracked changes) and field instructions are not text.
 * - Automatic numbering (`numbering.xml`, on the paragraph or through its style) written as its
 *   label (`I.`, `1.`, `a)`): text converters often lose it, and the structure stage reads
 *   headings from it. A bulleted paragraph becomes a list item.
 * - Footnotes: each `w:footnoteReference` becomes `[^n]`, numbered in reading order as Word shows
 *   them, with its text from `footnotes.xml` as the definition at the end.
 * - Tables as GFM tables: `gridSpan` and `vMerge` expanded (the text in the first slot, the slots
 *   it spans empty, as html-tables.ts writes them), a cell's paragraphs parted by `<br>`; the
 *   borderless layout tables of the head and foot are tables too, which the structure stage reads
 *   as metadata (src/structure/layout-table.ts).
 * - Header and footer parts are page furniture: never read into the body. A text box's paragraphs
 *   follow the paragraph that anchors it; endnotes are notes like footnotes.
 *
 * Origins: the paragraph, counting every `w:p` of the body in reading order (table cells' too),
 * 1-based; a table row's line has its first paragraph's; a footnote's definition the paragraph
 * that cites it (the note stands at the foot of that paragraph's page).
 */
import { strFromU8, unzipSync } from 'fflate';
import type {
  BlockContent,
  FootnoteDefinition,
  Html,
  Paragraph,
  PhrasingContent,
  RootContent,
  Table,
  TableCell,
  TableRow,
} from 'mdast';
import type { Origin, OriginalReader } from '../original.js';
import { type PlacedBlock, writeMarkdown } from '../write-markdown.js';
import { attributeVal, child, elements, parseXml, type XmlElement } from '../xml.js';
import { Numbering } from './numbering.js';

const RELS_OFFICE_DOCUMENT = /\/officeDocument$/;

export const readDocx: OriginalReader = async (bytes, path, signal) => {
  const parts = unzipSync(bytes, {
    filter: (file) => file.name.endsWith('.xml') || file.name.endsWith('.rels'),
  });
  const text = (name: string) => {
    const part = parts[name];
    return part ? strFromU8(part) : undefined;
  };
  const main = mainPart(text('_rels/.rels'));
  const documentXml = text(main);
  if (documentXml === undefined) throw new Error(`no ${main} in the package (not a Word file?)`);
  const folder = main.includes('/') ? main.slice(0, main.lastIndexOf('/') + 1) : '';
  const related = relationships(text(`${folder}_rels/${main.slice(folder.length)}.rels`));
  const part = (type: string) => {
    const target = related.get(type);
    return target === undefined ? undefined : text(resolveTarget(folder, target));
  };
  signal?.throwIfAborted();
  const reader = new DocxReader(
    new Numbering(optionalXml(part('numbering'))),
    new Styles(optionalXml(part('styles'))),
    noteTexts(optionalXml(part('footnotes')), optionalXml(part('endnotes'))),
  );
  const body = child(parseXml(documentXml), 'body');
  if (!body) throw new Error(`${path}: ${main} has no body`);
  reader.readBlocks(body, reader.blocks);
  const headerFooter = Object.keys(parts).filter((name) =>
    /^word\/(header|footer)\d*\.xml$/.test(name),
  );
  const evidence = [
    `paragraphs ${reader.paragraphs}`,
    ...(reader.numbered > 0 ? [`numbered paragraphs ×${reader.numbered}`] : []),
    ...(reader.notes.length > 0 ? [`footnotes ×${reader.notes.length}`] : []),
    ...(reader.tables > 0 ? [`tables ×${reader.tables}`] : []),
    ...(reader.textBoxes > 0 ? [`text boxes ×${reader.textBoxes}`] : []),
    ...(headerFooter.length > 0
      ? [`header and footer parts ×${headerFooter.length} set aside`]
      : []),
  ];
  return writeMarkdown([...reader.blocks, ...reader.footnoteBlocks()], evidence);
};

export default readDocx;

function optionalXml(text: string | undefined): XmlElement | undefined {
  return text === undefined ? undefined : parseXml(text);
}

/** The main part's name from the package relationships; Word's own name when there are none. */
function mainPart(rels: string | undefined): string {
  if (rels !== undefined) {
    for (const relationship of elements(parseXml(rels), 'Relationship')) {
      if (RELS_OFFICE_DOCUMENT.test(relationship.attributes.Type ?? '')) {
        return (relationship.attributes.Target ?? '').replace(/^\//, '');
      }
    }
  }
  return 'word/document.xml';
}

/** The main part's relationships by the last word of their type: `footnotes`, `header` … */
function relationships(rels: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  if (rels === undefined) return out;
  for (const relationship of elements(parseXml(rels), 'Relationship')) {
    const type = (relationship.attributes.Type ?? '').split('/').pop() ?? '';
    if (relationship.attributes.TargetMode === 'External') continue;
    if (!out.has(type)) out.set(type, relationship.attributes.Target ?? '');
  }
  return out;
}

function resolveTarget(folder: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = `${folder}${target}`.split('/');
  const out: string[] = [];
  for (const part of parts) {
    if (part === '..') out.pop();
    else if (part !== '.' && part !== '') out.push(part);
  }
  return out.join('/');
}

/** Styles: the numbering and run formatting a paragraph or run takes from its style. */
class Styles {
  private readonly byId = new Map<string, XmlElement>();
  constructor(root: XmlElement | undefined) {
    if (!root) return;
    for (const style of elements(root, 'style'))
      this.byId.set(style.attributes.styleId ?? '', style);
  }

  /** The numbering a paragraph style gives (following `basedOn`), if any. */
  numbering(styleId: string | undefined): { numId: string; ilvl: number } | undefined {
    for (const style of this.chain(styleId)) {
      const numPr = child(child(style, 'pPr'), 'numPr');
      if (numPr) {
        const numId = attributeVal(numPr, 'numId');
        if (numId === undefined) continue;
        return { numId, ilvl: Number(attributeVal(numPr, 'ilvl') ?? 0) };
      }
    }
    return undefined;
  }

  /** Whether a style (a paragraph's or a run's) makes its text bold or italic. */
  toggle(styleId: string | undefined, property: 'b' | 'i'): boolean | undefined {
    for (const style of this.chain(styleId)) {
      const value = onOff(child(style, 'rPr'), property);
      if (value !== undefined) return value;
    }
    return undefined;
  }

  private *chain(styleId: string | undefined): Generator<XmlElement> {
    const seen = new Set<string>();
    let id = styleId;
    while (id !== undefined && !seen.has(id)) {
      seen.add(id);
      const style = this.byId.get(id);
      if (!style) return;
      yield style;
      id = attributeVal(style, 'basedOn');
    }
  }
}

/** `<w:b/>`, `<w:b w:val="true"/>` → true; `w:val="0"`/`false` → false; absent → undefined. */
function onOff(rPr: XmlElement | undefined, property: string): boolean | undefined {
  const element = child(rPr, property);
  if (!element) return undefined;
  const value = element.attributes.val;
  return !(value === '0' || value === 'false' || value === 'off');
}

/**
 * Each note's paragraphs by its kind and id (`footnote:3`, `endnote:1`); Word's separators are not
 * notes. Endnotes are read as notes too: the report cites them the same way.
 */
function noteTexts(
  footnotes: XmlElement | undefined,
  endnotes: XmlElement | undefined,
): Map<string, XmlElement[]> {
  const out = new Map<string, XmlElement[]>();
  for (const [kind, root] of [
    ['footnote', footnotes],
    ['endnote', endnotes],
  ] as const) {
    if (!root) continue;
    for (const note of elements(root, kind)) {
      const type = note.attributes.type;
      if (type === 'separator' || type === 'continuationSeparator' || type === 'continuationNotice')
        continue;
      out.set(`${kind}:${note.attributes.id ?? ''}`, paragraphsIn(note));
    }
  }
  return out;
}

function paragraphsIn(node: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (const element of elements(node)) {
    if (element.name === 'p') out.push(element);
    else for (const inner of paragraphsIn(element)) out.push(inner);
  }
  return out;
}

interface Note {
  number: number;
  id: string;
  origin: Origin;
}

class DocxReader {
  readonly blocks: PlacedBlock[] = [];
  readonly notes: Note[] = [];
  paragraphs = 0;
  numbered = 0;
  tables = 0;
  textBoxes = 0;
  private readonly noteNumbers = new Map<string, number>();
  /** Text boxes met in the paragraph being read, read after it. */
  private boxes: XmlElement[] = [];

  constructor(
    private readonly numbering: Numbering,
    private readonly styles: Styles,
    private readonly footnotes: Map<string, XmlElement[]>,
  ) {}

  /** The block-level content of the body, a cell or a content control, in reading order. */
  readBlocks(container: XmlElement, out: PlacedBlock[]): void {
    for (const element of elements(container)) {
      if (element.name === 'p') {
        const block = this.paragraph(element);
        if (block) out.push(block);
        const boxes = this.boxes;
        this.boxes = [];
        for (const box of boxes) {
          this.textBoxes += 1;
          this.readBlocks(box, out);
        }
      } else if (element.name === 'tbl') {
        out.push(this.table(element));
      } else if (element.name === 'sdt') {
        const content = child(element, 'sdtContent');
        if (content) this.readBlocks(content, out);
      } else if (element.name === 'customXml' || element.name === 'ins') {
        this.readBlocks(element, out);
      }
    }
  }

  private paragraph(p: XmlElement): PlacedBlock | undefined {
    this.paragraphs += 1;
    const origin = { paragraph: this.paragraphs };
    const pPr = child(p, 'pPr');
    const style = attributeVal(pPr, 'pStyle');
    const inline = this.inline(p, style, origin);
    const numPr = child(pPr, 'numPr');
    const numbering =
      numPr !== undefined
        ? {
            numId: attributeVal(numPr, 'numId') ?? '0',
            ilvl: Number(attributeVal(numPr, 'ilvl') ?? 0),
          }
        : this.styles.numbering(style);
    const hasText = inline.some((node) => plainOf(node).trim() !== '');
    if (!hasText) return undefined;
    const label = numbering ? this.numbering.next(numbering.numId, numbering.ilvl) : undefined;
    if (label) this.numbered += 1;
    if (label?.bullet) {
      return {
        node: {
          type: 'list',
          ordered: false,
          spread: false,
          children: [
            {
              type: 'listItem',
              spread: false,
              children: [{ type: 'paragraph', children: inline }],
            },
          ],
        },
        origin,
      };
    }
    if (label && label.label !== '') {
      const text: PhrasingContent = { type: 'text', value: `${label.label} ` };
      // The number takes the paragraph's formatting: inside the bold when the whole line is bold.
      const [only] = inline;
      if (inline.length === 1 && only && (only.type === 'strong' || only.type === 'emphasis')) {
        only.children.unshift(text);
      } else inline.unshift(text);
    }
    return { node: { type: 'paragraph', children: inline }, origin };
  }

  /** A paragraph's runs as phrasing content, adjacent runs of one formatting merged. */
  private inline(
    p: XmlElement,
    paragraphStyle: string | undefined,
    origin: Origin,
  ): PhrasingContent[] {
    const pieces: Array<{ text: string; bold: boolean; italic: boolean } | PhrasingContent> = [];
    const styleBold = this.styles.toggle(paragraphStyle, 'b') ?? false;
    const styleItalic = this.styles.toggle(paragraphStyle, 'i') ?? false;
    const visit = (node: XmlElement) => {
      for (const element of elements(node)) {
        switch (element.name) {
          case 'r':
            this.run(element, styleBold, styleItalic, pieces, origin);
            break;
          case 'hyperlink':
          case 'ins':
          case 'smartTag':
          case 'fldSimple':
          case 'customXml':
          case 'bdo':
          case 'dir':
            visit(element);
            break;
          case 'sdt': {
            const content = child(element, 'sdtContent');
            if (content) visit(content);
            break;
          }
          default:
            // `pPr`, `del` (deleted text), bookmarks, proofing marks: no text of the report.
            break;
        }
      }
    };
    visit(p);
    return phrasing(pieces);
  }

  private run(
    r: XmlElement,
    styleBold: boolean,
    styleItalic: boolean,
    pieces: Array<{ text: string; bold: boolean; italic: boolean } | PhrasingContent>,
    origin: Origin,
  ): void {
    const rPr = child(r, 'rPr');
    const runStyle = attributeVal(rPr, 'rStyle');
    const bold = onOff(rPr, 'b') ?? this.styles.toggle(runStyle, 'b') ?? styleBold;
    const italic = onOff(rPr, 'i') ?? this.styles.toggle(runStyle, 'i') ?? styleItalic;
    const superscript = attributeVal(rPr, 'vertAlign') === 'superscript';
    for (const element of elements(r)) {
      let text = '';
      switch (element.name) {
        case 't':
          text = element.children.filter((c): c is string => typeof c === 'string').join('');
          break;
        case 'tab':
        case 'ptab':
          text = ' ';
          break;
        case 'br':
        case 'cr':
          // A page or column break is layout; a line break stays a line break.
          text =
            element.attributes.type === 'page' || element.attributes.type === 'column' ? ' ' : '\n';
          break;
        case 'noBreakHyphen':
          text = '-';
          break;
        case 'footnoteReference':
        case 'endnoteReference': {
          const number = String(this.note(element, origin));
          pieces.push({ type: 'footnoteReference', identifier: number, label: number });
          continue;
        }
        case 'drawing':
        case 'pict':
        case 'AlternateContent':
          // A text box's paragraphs are read after the paragraph that anchors it.
          for (const box of textBoxes(element)) this.boxes.push(box);
          continue;
        default:
          // `rPr`, `delText`, `instrText` (field codes), `footnoteRef`, images: not text.
          continue;
      }
      if (superscript && text.trim() !== '') {
        // A raised figure that is not a note reference (`m²`): the markdown path reads `<sup>`.
        pieces.push({ type: 'html', value: `<sup>${escapeHtml(text)}</sup>` });
        continue;
      }
      pieces.push({ text, bold, italic });
    }
  }

  private note(reference: XmlElement, origin: Origin): number {
    const kind = reference.name === 'endnoteReference' ? 'endnote' : 'footnote';
    const id = `${kind}:${reference.attributes.id ?? ''}`;
    const known = this.noteNumbers.get(id);
    if (known !== undefined) return known;
    const number = this.notes.length + 1;
    this.noteNumbers.set(id, number);
    this.notes.push({ number, id, origin });
    return number;
  }

  /** The footnote definitions, in the order of their numbers. */
  footnoteBlocks(): PlacedBlock[] {
    return this.notes.map((note) => {
      const paragraphs = (this.footnotes.get(note.id) ?? []).map((p) =>
        phrasingTrim(this.inline(p, attributeVal(child(p, 'pPr'), 'pStyle'), note.origin)),
      );
      const children: BlockContent[] = paragraphs
        .filter((content) => content.length > 0)
        .map((content) => ({ type: 'paragraph', children: content }) as Paragraph);
      const definition: FootnoteDefinition = {
        type: 'footnoteDefinition',
        identifier: String(note.number),
        label: String(note.number),
        children: children.length > 0 ? children : [{ type: 'paragraph', children: [] }],
      };
      return { node: definition, origin: note.origin };
    });
  }

  private table(tbl: XmlElement): PlacedBlock {
    this.tables += 1;
    const grid: Array<Array<{ content: PhrasingContent[]; merged: boolean } | undefined>> = [];
    const rowOrigins: Array<Origin | undefined> = [];
    /** The cell that started a vertical merge, by grid column. */
    for (const tr of elements(tbl, 'tr')) {
      const trPr = child(tr, 'trPr');
      let column = Number(attributeVal(trPr, 'gridBefore') ?? 0);
      const row: Array<{ content: PhrasingContent[]; merged: boolean } | undefined> = [];
      let rowOrigin: Origin | undefined;
      for (const tc of cellsOf(tr)) {
        const tcPr = child(tc, 'tcPr');
        const span = Math.max(1, Number(attributeVal(tcPr, 'gridSpan') ?? 1));
        const vMerge = child(tcPr, 'vMerge');
        const continued = vMerge !== undefined && vMerge.attributes.val !== 'restart';
        const before = this.paragraphs;
        const content = this.cellContent(tc);
        rowOrigin ??= before < this.paragraphs ? { paragraph: before + 1 } : undefined;
        row[column] = { content: continued ? [] : content, merged: continued };
        for (let k = 1; k < span; k++) row[column + k] = { content: [], merged: true };
        column += span;
      }
      grid.push(row);
      rowOrigins.push(rowOrigin);
    }
    const width = grid.reduce((widest, row) => Math.max(widest, row.length), 1);
    const rows: TableRow[] = grid.map((row) => ({
      type: 'tableRow',
      children: Array.from(
        { length: width },
        (_, i): TableCell => ({ type: 'tableCell', children: row[i]?.content ?? [] }),
      ),
    }));
    const node: Table = { type: 'table', align: Array(width).fill(null), children: rows };
    return { node, origin: rowOrigins.find((o) => o !== undefined), rowOrigins };
  }

  /** A cell's paragraphs as one line of phrasing content, parted by `<br>` (nested tables too). */
  private cellContent(tc: XmlElement): PhrasingContent[] {
    const blocks: PlacedBlock[] = [];
    this.readBlocks(tc, blocks);
    const out: PhrasingContent[] = [];
    const push = (content: PhrasingContent[]) => {
      if (content.length === 0) return;
      if (out.length > 0) out.push({ type: 'html', value: '<br>' } satisfies Html);
      for (const node of content) out.push(node);
    };
    const flatten = (node: RootContent) => {
      if (node.type === 'paragraph') push(lineBreaksAsBr(phrasingTrim(node.children)));
      else if (node.type === 'list')
        for (const item of node.children) for (const c of item.children) flatten(c);
      else if (node.type === 'table')
        for (const row of node.children) for (const cell of row.children) push(cell.children);
    };
    for (const block of blocks) flatten(block.node);
    return out;
  }
}

/**
 * The contents (`w:txbxContent`) of the text boxes in a drawing; of alternate content (`mc:Choice`
 * and its `mc:Fallback`, the same box twice) the first that has any.
 */
function textBoxes(node: XmlElement): XmlElement[] {
  if (node.name === 'txbxContent') return [node];
  if (node.name === 'AlternateContent') {
    for (const choice of elements(node)) {
      const found = textBoxes(choice);
      if (found.length > 0) return found;
    }
    return [];
  }
  const out: XmlElement[] = [];
  for (const element of elements(node)) for (const box of textBoxes(element)) out.push(box);
  return out;
}

/** A row's cells, inside content controls too. */
function cellsOf(tr: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (const element of elements(tr)) {
    if (element.name === 'tc') out.push(element);
    else if (element.name === 'sdt') {
      const content = child(element, 'sdtContent');
      if (content) for (const cell of cellsOf(content)) out.push(cell);
    } else if (element.name === 'customXml') for (const cell of cellsOf(element)) out.push(cell);
  }
  return out;
}

/** Runs of text merged by formatting into text, `strong` and `emphasis` nodes; spaces kept outside marks. */
function phrasing(
  pieces: ReadonlyArray<{ text: string; bold: boolean; italic: boolean } | PhrasingContent>,
): PhrasingContent[] {
  const merged: Array<{ text: string; bold: boolean; italic: boolean } | PhrasingContent> = [];
  for (const piece of pieces) {
    const last = merged[merged.length - 1];
    if ('text' in piece && last && 'text' in last && typeof last.text === 'string') {
      const run = last as { text: string; bold: boolean; italic: boolean };
      // White space takes any formatting: `**a** **b**` is one bold run.
      if (piece.text.trim() === '' || (run.bold === piece.bold && run.italic === piece.italic)) {
        run.text += piece.text;
        continue;
      }
      if (run.text.trim() === '') {
        merged[merged.length - 1] = { ...piece, text: run.text + piece.text };
        continue;
      }
    }
    merged.push('text' in piece && !('type' in piece) ? { ...piece } : piece);
  }
  const out: PhrasingContent[] = [];
  for (const piece of merged) {
    if ('type' in piece) {
      out.push(piece);
      continue;
    }
    const { text, bold, italic } = piece;
    const core = text.trim();
    if (core === '' || (!bold && !italic)) {
      if (text !== '') out.push({ type: 'text', value: text });
      continue;
    }
    const lead = text.slice(0, text.length - text.trimStart().length);
    const tail = text.slice(text.trimEnd().length);
    if (lead) out.push({ type: 'text', value: lead });
    let node: PhrasingContent = { type: 'text', value: core };
    if (italic) node = { type: 'emphasis', children: [node] };
    if (bold) node = { type: 'strong', children: [node] };
    out.push(node);
    if (tail) out.push({ type: 'text', value: tail });
  }
  return phrasingTrim(out);
}

/** Leading and trailing white space of a line dropped (a paragraph's indent is layout). */
function phrasingTrim(content: PhrasingContent[]): PhrasingContent[] {
  const out = [...content];
  while (out.length > 0 && out[0]?.type === 'text' && out[0].value.trim() === '') out.shift();
  while (
    out.length > 0 &&
    out[out.length - 1]?.type === 'text' &&
    (out[out.length - 1] as { value: string }).value.trim() === ''
  )
    out.pop();
  const first = out[0];
  if (first?.type === 'text') out[0] = { ...first, value: first.value.trimStart() };
  const last = out[out.length - 1];
  if (last?.type === 'text') out[out.length - 1] = { ...last, value: last.value.trimEnd() };
  return out;
}

/** In a table cell a line break is `<br>` (a GFM cell is one line), inside bold or italic too. */
function lineBreaksAsBr(content: PhrasingContent[]): PhrasingContent[] {
  const br = (): Html => ({ type: 'html', value: '<br>' });
  const out: PhrasingContent[] = [];
  for (const node of content) {
    if (node.type === 'text') {
      node.value.split('\n').forEach((part, index) => {
        if (index > 0) out.push(br());
        if (part !== '') out.push({ type: 'text', value: part });
      });
    } else if (node.type === 'strong' || node.type === 'emphasis') {
      // `**a<br>b**` is no markdown: each line keeps the mark on its own, `**a**<br>**b**`.
      let segment: PhrasingContent[] = [];
      const close = () => {
        if (segment.length > 0) out.push({ ...node, children: segment } as PhrasingContent);
        segment = [];
      };
      for (const inner of lineBreaksAsBr(node.children)) {
        if (inner.type === 'html' && inner.value === '<br>') {
          close();
          out.push(inner);
        } else segment.push(inner);
      }
      close();
    } else out.push(node);
  }
  return out;
}

function plainOf(node: PhrasingContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'footnoteReference') return node.label ?? '';
  // Only the reader's own `<sup>…</sup>` and `<br>`: text, or a break.
  if (node.type === 'html') return node.value === '<br>' ? '' : node.value;
  if ('children' in node) return node.children.map((c) => plainOf(c as PhrasingContent)).join('');
  return '';
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
