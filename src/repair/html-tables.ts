/**
 * repair: HTML tables in the markdown, as the same mdast tables a GFM table parses to, so that the
 * later stages (layout tables read for metadata, appendix tables typed, facts) see one model.
 * pandoc's `gfm` writes a table it cannot pipe (a cell of several lines, the header and signature
 * blocks) as HTML; MinerU writes every table as one line of HTML with `rowspan`/`colspan`.
 *
 * ```html
 * <table><tr><td rowspan="2">TT</td><td colspan="2">Quý I/2024</td></tr>
 * <tr><td>Kế hoạch</td><td>Thực hiện</td></tr></table>
 * ```
 * becomes rows `TT | Quý I/2024 | ` and ` | Kế hoạch | Thực hiện`: a merged cell keeps its text in
 * its first slot and leaves the slots it spans empty, as converters that expand merges write them
 * (the tables stage reads a blank upper header cell as the one before). In a cell, `<br>` and the
 * break between two `<p>` stay line breaks (`<br>` nodes, as in a GFM cell), `<sup>14</sup>` a
 * footnote reference, other markup its text. The HTML is read by hast-util-from-html; a block
 * holding text besides its tables is left as it is (read as text, nothing lost).
 */
import type { Element, ElementContent, RootContent as HastContent } from 'hast';
import type { Html, PhrasingContent, Root, RootContent, Table, TableCell, TableRow } from 'mdast';
import type { Position } from 'unist';
import type { VFile } from 'vfile';
import { parseHtml, rowsOf, tablesIn } from '../mdast/html.js';

export default function htmlTables() {
  return (tree: Root, _file: VFile): undefined => {
    if (!tree.children.some(isTableHtml)) return;
    tree.children = tree.children.flatMap((node): RootContent[] =>
      isTableHtml(node) ? (toTables(node) ?? [node]) : [node],
    );
  };
}

/** Only an html block that mentions a table is parsed. */
function isTableHtml(node: RootContent): node is Html {
  return node.type === 'html' && node.value.toLowerCase().includes('<table');
}

function toTables(node: Html): Table[] | undefined {
  const root = parseHtml(node.value);
  const tables = tablesIn(root);
  if (tables.length === 0) return undefined;
  // Text outside the tables (a caption line, a wrapper's words) would be lost: leave the block.
  const outside = root.children.some((child) => hasTextOutside(child));
  if (outside) return undefined;
  const line = node.position?.start.line ?? 1;
  return tables.map((table) => toTable(table, line, node.position));
}

function hasTextOutside(node: HastContent): boolean {
  if (node.type === 'text') return node.value.trim() !== '';
  if (node.type !== 'element' || node.tagName === 'table') return false;
  return node.children.some(hasTextOutside);
}

/** One HTML table as the mdast table a GFM table parses to (the HTML reader uses it too). */
export function toTable(table: Element, firstLine: number, fallback: Position | undefined): Table {
  const grid: (TableCell | undefined)[][] = [];
  const rows = rowsOf(table);
  rows.forEach((row, r) => {
    grid[r] ??= [];
    let column = 0;
    for (const cell of row.children) {
      if (cell.type !== 'element' || (cell.tagName !== 'td' && cell.tagName !== 'th')) continue;
      const slots = grid[r] as (TableCell | undefined)[];
      while (slots[column] !== undefined) column++;
      const colSpan = span(cell.properties.colSpan);
      const rowSpan = Math.min(span(cell.properties.rowSpan), rows.length - r);
      const position = shifted(cell.position, firstLine) ?? fallback;
      for (let dr = 0; dr < rowSpan; dr++) {
        grid[r + dr] ??= [];
        const target = grid[r + dr] as (TableCell | undefined)[];
        for (let dc = 0; dc < colSpan; dc++) {
          target[column + dc] =
            dr === 0 && dc === 0
              ? tableCell(phrasing(cell.children), position)
              : tableCell([], position);
        }
      }
      column += colSpan;
    }
  });
  const children: TableRow[] = grid.map((slots, r) => {
    const position = shifted(rows[r]?.position, firstLine) ?? fallback;
    // Rows keep the cells they have (a short row is reported as ragged, as in a GFM table); a slot
    // a merged cell left open is an empty cell.
    const cells: TableCell[] = Array.from(
      { length: slots.length },
      (_, c) => slots[c] ?? tableCell([], position),
    );
    const row: TableRow = { type: 'tableRow', children: cells };
    if (position) row.position = position;
    return row;
  });
  const node: Table = { type: 'table', align: [], children };
  const position = shifted(table.position, firstLine) ?? fallback;
  if (position) node.position = position;
  return node;
}

function span(value: unknown): number {
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isInteger(n) && n > 1 ? Math.min(n, 1000) : 1;
}

function tableCell(children: PhrasingContent[], position: Position | undefined): TableCell {
  const cell: TableCell = { type: 'tableCell', children };
  if (position) cell.position = position;
  return cell;
}

/** hast positions count lines from the html node's first line; mdast's from the document's. */
function shifted(position: Position | undefined, firstLine: number): Position | undefined {
  if (!position) return undefined;
  return {
    start: { line: position.start.line + firstLine - 1, column: position.start.column },
    end: { line: position.end.line + firstLine - 1, column: position.end.column },
  };
}

const lineBreak = (): Html => ({ type: 'html', value: '<br>' });
const BLOCKS = new Set(['p', 'div', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * A cell's content as phrasing: white space (ASCII, not a no-break space) collapsed as HTML renders it, `<br>` and block
 * boundaries as `<br>` nodes, `<sup>` digits as the `<sup>` html nodes the footnote rule reads.
 */
function phrasing(children: readonly ElementContent[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  const text = (value: string) => {
    const last = out.at(-1);
    if (last?.type === 'text') last.value += value;
    else out.push({ type: 'text', value });
  };
  const breakLine = () => {
    const last = out.at(-1);
    if (last === undefined || (last.type === 'html' && last.value === '<br>')) return;
    out.push(lineBreak());
  };
  const visit = (nodes: readonly ElementContent[]) => {
    for (const node of nodes) {
      if (node.type === 'text') text(node.value.replace(/[ \t\n\f\r]+/g, ' '));
      else if (node.type !== 'element') continue;
      else if (node.tagName === 'br') out.push(lineBreak());
      else if (node.tagName === 'sup') {
        out.push({ type: 'html', value: '<sup>' });
        visit(node.children);
        out.push({ type: 'html', value: '</sup>' });
      } else if (BLOCKS.has(node.tagName)) {
        breakLine();
        visit(node.children);
        breakLine();
      } else visit(node.children);
    }
  };
  visit(children);
  // Trim: no break or space at either end, none around a break.
  while (out.at(-1)?.type === 'html' && (out.at(-1) as Html).value === '<br>') out.pop();
  while (out[0]?.type === 'html' && (out[0] as Html).value === '<br>') out.shift();
  out.forEach((node, i) => {
    if (node.type !== 'text') return;
    const before = out[i - 1];
    const after = out[i + 1];
    if (i === 0 || (before?.type === 'html' && before.value === '<br>'))
      node.value = node.value.trimStart();
    if (i === out.length - 1 || (after?.type === 'html' && after.value === '<br>')) {
      node.value = node.value.trimEnd();
    }
  });
  return out.filter((node) => node.type !== 'text' || node.value !== '');
}
