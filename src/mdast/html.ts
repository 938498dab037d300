/**
 * HTML that converters leave in markdown (`html` nodes), read with the unified family's HTML
 * parser (hast-util-from-html, the parse5 behind rehype-parse), never with regexes: a comment's
 * text (`<!-- PAGE_BREAK -->`, `<!-- image -->`), a `<table>` as rows of cells.
 */
import type { Element, ElementContent, Nodes as HastNodes, Root as HastRoot } from 'hast';
import { fromHtml } from 'hast-util-from-html';

/** The hast fragment of a piece of HTML. Errors are ignored: converters write loose HTML. */
export function parseHtml(html: string): HastRoot {
  return fromHtml(html, { fragment: true });
}

/**
 * The text of an html node that is one comment and nothing else (`<!-- image -->` → ` image `),
 * else undefined. Only a value that starts with `<!--` is parsed.
 */
export function commentText(html: string): string | undefined {
  const value = html.trim();
  if (!value.startsWith('<!--')) return undefined;
  const nodes = parseHtml(value).children.filter(
    (node) => node.type !== 'text' || node.value.trim() !== '',
  );
  const [only] = nodes;
  return nodes.length === 1 && only?.type === 'comment' ? only.value : undefined;
}

/** The `<table>` elements of a fragment, outermost first (a table inside a cell is the cell's). */
export function tablesIn(root: HastRoot): Element[] {
  const found: Element[] = [];
  const visit = (node: HastNodes) => {
    if (node.type === 'element' && node.tagName === 'table') {
      found.push(node);
      return;
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(root);
  return found;
}

/** Child elements with one of the tag names, looking through `thead`/`tbody`/`tfoot`. */
export function rowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  const visit = (children: readonly ElementContent[]) => {
    for (const child of children) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'tr') rows.push(child);
      else if (['thead', 'tbody', 'tfoot'].includes(child.tagName)) visit(child.children);
    }
  };
  visit(table.children);
  return rows;
}
