/**
 * The HTML reader: a report published as a web page (a legal or news portal's, or a Word or
 * LibreOffice file saved as HTML), read through the unified family: hast-util-from-html parses it,
 * hast-util-to-mdast turns it into mdast, and the markdown is written by mdast-util-to-markdown.
 *
 * - Scripts, styles, navigation, forms and embedded frames are never read, nor a page's running
 *   header and footer (LibreOffice's `<div title="header">`); when the page marks its content
 *   (`<main>`, one `<article>`), only that is read.
 * - Tables stay tables: `rowspan`/`colspan` expanded as src/repair/html-tables.ts expands them
 *   (the same function), a cell's lines parted by `<br>`.
 * - Footnotes: a link whose text is a number (`1`, `[1]`) to an element of the page is a note
 *   reference, and the list item or block it points to the note (pandoc's `footnote-ref` and
 *   `footnotes` section, LibreOffice's `sdfootnoteanc`/`sdfootnote1`, Word's `_ftnref1`/`_ftn1`);
 *   the note's back link and mark are not its text. They become `[^n]` and their definitions.
 *   Other raised figures stay `<sup>…</sup>`, which the markdown path reads (a note, or `m²`).
 *
 * Origins: the block (`paragraph`), counting the page's block elements (paragraphs, headings, list
 * items, table rows, …) in reading order, 1-based: where each line's text starts.
 */
import type { Element, ElementContent, Root as HastRoot, Parents } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toMdast } from 'hast-util-to-mdast';
import type {
  FootnoteDefinition,
  List,
  Nodes as MdastNodes,
  PhrasingContent,
  RootContent,
  Table,
} from 'mdast';
import { toTable } from '../../repair/html-tables.js';
import { formatCounter } from '../docx/numbering.js';
import type { Origin, OriginalReader } from '../original.js';
import { type PlacedBlock, writeMarkdown } from '../write-markdown.js';

/** Elements whose content is not the report's text. */
const NEVER_READ = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'nav',
  'iframe',
  'object',
  'embed',
  'svg',
  'canvas',
  'form',
  'button',
  'select',
  'textarea',
  'head',
]);
/** Elements that start a block of the page, for origins. */
const BLOCKS = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'tr',
  'blockquote',
  'pre',
  'dt',
  'dd',
  'div',
  'caption',
]);
/** The mark of a note, brackets taken off: `1`, `14`, `iv`. */
const NOTE_MARK = /^(?:\d{1,3}|[ivxlc]{1,6}|[IVXLC]{1,6})$/;
/** Opens and closes a note reference in text, until the mdast tree is built: private-use marks. */
const REF_OPEN = '\uE000';
const REF_CLOSE = '\uE001';

export const readHtml: OriginalReader = async (bytes, _path, signal) => {
  const tree = parsePage(bytes);
  signal?.throwIfAborted();
  let setAside = 0;
  prune(tree, () => {
    setAside += 1;
  });
  const content = contentRoot(tree);
  const notes = takeNotes(content);
  letteredLists(content);
  const starts = blockStarts(content);
  const originAt = (offset: number | undefined): Origin | undefined => {
    if (offset === undefined) return undefined;
    // The last block that starts at or before the offset: binary search over sorted starts.
    let low = 0;
    let high = starts.length - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if ((starts[middle] as number) <= offset) {
        found = middle;
        low = middle + 1;
      } else high = middle - 1;
    }
    return found < 0 ? undefined : { paragraph: found + 1 };
  };
  const toMarkdownTree = (root: HastRoot | Element) =>
    toMdast(root, {
      handlers: {
        table: (_state, node) => toTable(node, 1, node.position),
      },
    });
  const mdast = toMarkdownTree(content.type === 'root' ? content : { ...content });
  const blocks: PlacedBlock[] = [];
  for (const node of 'children' in mdast ? (mdast.children as RootContent[]) : []) {
    placeBlocks(node, originAt, blocks);
  }
  for (const note of notes) {
    // A note's inline content (LibreOffice's `<p class="sdfootnote">`) is a paragraph of its own.
    const blockLevel = note.content.some(
      (node) => node.type === 'element' && ['p', 'div', 'ul', 'ol', 'table'].includes(node.tagName),
    );
    const root: HastRoot = {
      type: 'root',
      children: blockLevel
        ? note.content
        : [{ type: 'element', tagName: 'p', properties: {}, children: note.content }],
    };
    const converted = toMarkdownTree(root);
    const children = ('children' in converted ? converted.children : []) as RootContent[];
    const paragraphs = children.filter((child) => child.type === 'paragraph');
    const definition: FootnoteDefinition = {
      type: 'footnoteDefinition',
      identifier: String(note.number),
      label: String(note.number),
      children:
        paragraphs.length > 0
          ? paragraphs.map((p) => ({ ...p, children: refs(p.children) }))
          : [{ type: 'paragraph', children: [] }],
    };
    blocks.push({ node: definition, origin: originAt(note.offset) });
  }
  const tables = blocks.filter((block) => block.node.type === 'table').length;
  const evidence = [
    `blocks ${starts.length}`,
    ...(notes.length > 0 ? [`footnotes ×${notes.length}`] : []),
    ...(tables > 0 ? [`tables ×${tables}`] : []),
    ...(setAside > 0
      ? [`scripts, styles, navigation and page furniture ×${setAside} set aside`]
      : []),
  ];
  return writeMarkdown(blocks, evidence);
};

export default readHtml;

/**
 * The page in the encoding it declares (`<meta charset>`, or `http-equiv` content type): UTF-8 unless
 * it says otherwise (a Word page saved as `windows-1258`), read first as UTF-8 to find the tag.
 */
function parsePage(bytes: Uint8Array): HastRoot {
  const utf8 = new TextDecoder('utf-8');
  const tree = fromHtml(utf8.decode(bytes));
  const label = declaredCharset(tree);
  if (label === undefined) return tree;
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(label);
  } catch {
    return tree; // a label no decoder knows: the UTF-8 reading stands
  }
  return decoder.encoding === 'utf-8' ? tree : fromHtml(decoder.decode(bytes));
}

function declaredCharset(tree: HastRoot): string | undefined {
  let found: string | undefined;
  const visit = (node: Parents) => {
    for (const child of node.children) {
      if (found !== undefined || child.type !== 'element') continue;
      if (child.tagName === 'meta') {
        const { charSet, httpEquiv, content } = child.properties;
        if (typeof charSet === 'string') found = charSet.trim();
        else if (
          String(httpEquiv).toLowerCase() === 'content-type' &&
          typeof content === 'string'
        ) {
          const parameter = content
            .split(';')
            .map((part) => part.trim().split('='))
            .find(([key]) => key?.trim().toLowerCase() === 'charset');
          found = parameter?.[1]?.trim();
        }
      }
      visit(child);
    }
  };
  visit(tree);
  return found;
}

/** Takes out what is never read, counting it. */
function prune(node: Parents, count: () => void): void {
  node.children = node.children.filter((child) => {
    if (child.type === 'comment' || child.type === 'doctype') return false;
    if (child.type !== 'element') return true;
    if (
      NEVER_READ.has(child.tagName) ||
      child.properties.hidden !== undefined ||
      isPageFurniture(child)
    ) {
      if (child.tagName !== 'head') count();
      return false;
    }
    prune(child, count);
    return true;
  }) as typeof node.children;
}

/** LibreOffice writes a page's running header and footer as `<div title="header">`/`"footer"`. */
function isPageFurniture(element: Element): boolean {
  const title = element.properties.title;
  return element.tagName === 'div' && (title === 'header' || title === 'footer');
}

/** `<main>`, or the one `<article>`, when the page marks its content; else the whole page. */
function contentRoot(tree: HastRoot): HastRoot | Element {
  const found: Record<string, Element[]> = { main: [], article: [] };
  const visit = (node: Parents) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      found[child.tagName]?.push(child);
      visit(child);
    }
  };
  visit(tree);
  const [main] = found.main ?? [];
  if (main && (found.main ?? []).length === 1) return main;
  const [article] = found.article ?? [];
  if (article && (found.article ?? []).length === 1) return article;
  return tree;
}

/**
 * A list numbered with letters or Roman numerals (`<ol type="a">`, what LibreOffice and Word write
 * for `a)` and `I.` numbering) as paragraphs that start with their label, as the report prints
 * them: markdown lists are numbered with digits only. Letters take `)`, Roman numerals `.`, the
 * Vietnamese convention (Nghị định 30/2020/NĐ-CP), since HTML does not keep the delimiter.
 */
function letteredLists(node: HastRoot | Element): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    letteredLists(child);
    const type = child.properties.type;
    if (child.tagName !== 'ol' || typeof type !== 'string' || !/^[aAiI]$/.test(type)) continue;
    let counter = Number(child.properties.start ?? 1) || 1;
    child.tagName = 'div';
    child.properties = {};
    for (const item of child.children) {
      if (item.type !== 'element' || item.tagName !== 'li') continue;
      const value = Number(item.properties.value ?? counter) || counter;
      counter = value + 1;
      const label = `${formatCounter(value, LIST_FORMATS[type] ?? 'decimal')}${/[aA]/.test(type) ? ')' : '.'} `;
      const first = item.children.find(
        (c) => c.type === 'element' || (c.type === 'text' && c.value.trim() !== ''),
      );
      const holder = first?.type === 'element' && first.tagName === 'p' ? first : item;
      holder.children.unshift({ type: 'text', value: label });
      item.tagName = holder === item ? 'p' : 'div';
      item.properties = {};
    }
  }
}

const LIST_FORMATS: Record<string, string> = {
  a: 'lowerLetter',
  A: 'upperLetter',
  i: 'lowerRoman',
  I: 'upperRoman',
};

interface Note {
  number: number;
  content: ElementContent[];
  /** Where the reference stands in the page, for the definition's origin. */
  offset: number | undefined;
}

/**
 * Finds the note references and their notes, replaces each reference by a mark the mdast step
 * turns into `[^n]`, and takes the notes out of the page, in the order of their references.
 */
function takeNotes(root: HastRoot | Element): Note[] {
  const byAnchor = new Map<string, { element: Element; ancestors: Element[] }>();
  const links: Array<{ element: Element; ancestors: Element[] }> = [];
  const visit = (node: HastRoot | Element, ancestors: Element[]) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      const here = { element: child, ancestors };
      const id = child.properties.id;
      const name = child.properties.name;
      if (typeof id === 'string' && !byAnchor.has(id)) byAnchor.set(id, here);
      if (typeof name === 'string' && !byAnchor.has(name)) byAnchor.set(name, here);
      if (child.tagName === 'a' && typeof child.properties.href === 'string') links.push(here);
      visit(child, [...ancestors, child]);
    }
  };
  visit(root, []);
  const notes: Note[] = [];
  const containers = new Set<Element>();
  const numberOf = new Map<Element, number>();
  for (const link of links) {
    const href = String(link.element.properties.href);
    if (!href.startsWith('#')) continue;
    const mark = textOf(link.element)
      .trim()
      .replace(/^\[(.*)\]$/, '$1')
      .replace(/^\((.*)\)$/, '$1');
    // A note's mark: a number, or a Roman numeral (LibreOffice numbers endnotes `i`, `ii`).
    if (!NOTE_MARK.test(mark)) continue;
    const target = byAnchor.get(decodeURIComponent(href.slice(1)));
    if (!target) continue;
    const container = noteContainer(target);
    // A link inside a note (its back link) is not a reference.
    if (!container || link.ancestors.some((a) => containers.has(a) || a === container)) continue;
    if (link.ancestors.includes(container)) continue;
    let number = numberOf.get(container);
    if (number === undefined) {
      number = notes.length + 1;
      numberOf.set(container, number);
      containers.add(container);
      notes.push({
        number,
        content: noteContent(container, link.element),
        offset: link.element.position?.start.offset,
      });
    }
    const reference = link.element;
    reference.tagName = 'span';
    reference.properties = {};
    reference.children = [{ type: 'text', value: `${REF_OPEN}${number}${REF_CLOSE}` }];
  }
  // The notes leave the page: they are written as definitions at the end.
  const remove = (node: HastRoot | Element) => {
    node.children = node.children.filter((child) => {
      if (child.type === 'element' && containers.has(child)) return false;
      if (child.type === 'element') remove(child);
      return true;
    });
  };
  remove(root);
  return notes;
}

/** The element holding a note: the list item or block the reference points into. */
function noteContainer(target: { element: Element; ancestors: Element[] }): Element | undefined {
  const chain = [...target.ancestors, target.element].reverse();
  const item = chain.find((e) => e.tagName === 'li');
  if (item) return item;
  if (target.element.tagName !== 'a') return target.element;
  return chain.find((e) => e.tagName === 'div' || e.tagName === 'aside' || e.tagName === 'p');
}

/** A note's content without its own mark (`<a name="sdfootnote1sym">1</a>`) and back links. */
function noteContent(container: Element, reference: Element): ElementContent[] {
  const referenceAnchors = new Set(
    [reference.properties.id, reference.properties.name].filter(
      (v): v is string => typeof v === 'string',
    ),
  );
  const strip = (nodes: ElementContent[]): ElementContent[] =>
    nodes.flatMap((node): ElementContent[] => {
      if (node.type !== 'element') return [node];
      if (node.tagName === 'a') {
        const href = typeof node.properties.href === 'string' ? node.properties.href : '';
        const back =
          href.startsWith('#') && referenceAnchors.has(decodeURIComponent(href.slice(1)));
        const mark = NOTE_MARK.test(
          textOf(node)
            .trim()
            .replace(/^\[(.*)\]$/, '$1')
            .replace(/^\((.*)\)$/, '$1'),
        );
        const role = String(node.properties.role ?? '');
        if (back || role === 'doc-backlink' || (mark && href.startsWith('#'))) return [];
      }
      return [{ ...node, children: strip(node.children) }];
    });
  return strip(container.children);
}

function textOf(node: ElementContent | Element): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}

/** The start offsets of the page's blocks, in order. */
function blockStarts(root: HastRoot | Element): number[] {
  const starts: number[] = [];
  const visit = (node: HastRoot | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      const offset = child.position?.start.offset;
      if (BLOCKS.has(child.tagName) && offset !== undefined) starts.push(offset);
      visit(child);
    }
  };
  visit(root);
  return starts.sort((a, b) => a - b);
}

/** Top-level mdast blocks with their origins; a list's items each a block of their own. */
function placeBlocks(
  node: RootContent,
  originAt: (offset: number | undefined) => Origin | undefined,
  out: PlacedBlock[],
): void {
  const withRefs = refsIn(node);
  if (withRefs.type === 'list') {
    const list = withRefs as List;
    let start = list.start ?? 1;
    for (const item of list.children) {
      const single: List = { ...list, spread: false, children: [{ ...item, spread: false }] };
      if (list.ordered) single.start = start++;
      out.push({ node: single, origin: originAt(item.position?.start.offset) });
    }
    return;
  }
  if (withRefs.type === 'table') {
    const table = withRefs as Table;
    out.push({
      node: table,
      origin: originAt(table.position?.start.offset),
      rowOrigins: table.children.map((row) =>
        originAt(row.position?.start.offset ?? row.children[0]?.position?.start.offset),
      ),
    });
    return;
  }
  out.push({ node: withRefs, origin: originAt(node.position?.start.offset) });
}

/** The reference marks in a tree's text made `footnoteReference` nodes; `break`s in cells `<br>`. */
function refsIn<T extends MdastNodes>(node: T): T {
  if (!('children' in node)) return node;
  const children = (node.children as MdastNodes[]).map((child) => refsIn(child));
  const isCell = node.type === 'tableCell';
  const out = refs(
    (isCell
      ? children.map((c) => (c.type === 'break' ? { type: 'html', value: '<br>' } : c))
      : children) as PhrasingContent[],
  );
  return { ...node, children: out } as T;
}

function refs(children: PhrasingContent[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const child of children) {
    if (child.type !== 'text' || !child.value.includes(REF_OPEN)) {
      out.push(child);
      continue;
    }
    const parts = child.value.split(REF_OPEN);
    parts.forEach((part, index) => {
      if (index === 0) {
        if (part !== '') out.push({ type: 'text', value: part });
        return;
      }
      const close = part.indexOf(REF_CLOSE);
      const number = part.slice(0, close);
      out.push({ type: 'footnoteReference', identifier: number, label: number });
      const rest = part.slice(close + 1);
      if (rest !== '') out.push({ type: 'text', value: rest });
    });
  }
  return out;
}
