/**
 * repair: pandoc's own table syntaxes, as the same mdast tables a GFM table parses to. pandoc's
 * `markdown` writer (Word → markdown) writes a table whose cells fit on one line as a simple
 * table, one whose cells wrap as a multiline table, and one with line breaks or several paragraphs
 * in a cell (the header block, the Nơi nhận/signature block) as a grid table. remark knows none of
 * them and read their lines as paragraphs: the appendix's figures, the number and date were text.
 *
 * ```markdown
 *   -------------------------------------------        ← multiline: a rule of dashes,
 *   TT   Chỉ tiêu   Đơn vị    Kế hoạch                    the header (may wrap),
 *                   tính      2024
 *   ---- ---------- --------- ----------------        ← the columns' extents,
 *   1    Tốc độ     \%        7,0 - 7,5                  rows apart by blank lines,
 *        tăng
 *   -------------------------------------------        ← a closing rule
 *
 * +--------------------------+--------------------+   ← grid: cells between + and |,
 * | **ỦY BAN NHÂN DÂN**\     | **CỘNG HÒA …**\    |     rows apart by rules,
 * | Số: 58/BC-UBND           | *Quảng Trị, ngày*  |     `+===+` under a header
 * +--------------------------+--------------------+
 * ```
 * Each cell's text is parsed as markdown (escapes, emphasis, footnote marks) with the same syntax;
 * a wrapped line goes on with a space, a hard break (`\` at a line's end) or a new paragraph in a
 * cell is a `<br>` node, as in the cells of a GFM or HTML table. The table takes the place of the
 * nodes that held its lines; a table whose lines share a node with other text is left as it was.
 * Scanning is by character position on the source lines, not by regexes over the table.
 */
import type { Html, PhrasingContent, Root, RootContent, Table, TableCell, TableRow } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { VFile } from 'vfile';
import reportSyntax from '../parse/syntax.js';

const parser = unified().use(remarkParse).use(reportSyntax).freeze();

/** `  -------` a rule of dashes, `+---+---+` or `+===+===+` a grid rule. */
const dashRule = /^ {0,3}-{3,}\s*$/;
const gridRule = /^ {0,3}\+(?:[-=:]+\+)+\s*$/;
/** `  ---- ------- ---` the columns' extents of a simple or multiline table. */
const columnRule = /^ {0,3}-+(?: +-+)+\s*$/;

interface Found {
  /** First and last source line (1-based) of the table. */
  start: number;
  end: number;
  rows: { cells: string[]; start: number; end: number }[];
}

export default function pandocTables() {
  return (tree: Root, file: VFile): undefined => {
    const source = String(file.value);
    if (!source.includes('---')) return;
    const lines = source.split('\n');
    const found = findTables(lines);
    if (found.length === 0) return;
    let children = tree.children;
    for (const table of found) children = replaceNodes(children, table);
    tree.children = children;
  };
}

function findTables(lines: readonly string[]): Found[] {
  const out: Found[] = [];
  const unclosed: Unclosed = { headed: Infinity, headerless: Infinity };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    let table: Found | undefined;
    if (gridRule.test(line)) table = gridTable(lines, i);
    else if (dashRule.test(line)) table = multilineTable(lines, i, unclosed);
    else if (columnRule.test(line)) {
      // After a line of text: that is a simple table's header; else a table without a header.
      table =
        i > 0 && (lines[i - 1] ?? '').trim() !== ''
          ? simpleTable(lines, i - 1)
          : multilineTable(lines, i - 1, unclosed);
    }
    if (table && table.rows.length > 0) {
      out.push(table);
      i = table.end - 1;
    }
  }
  return out;
}

/** Column extents from a rule: the start of each run of dashes, and where the next starts. */
function extents(rule: string): [number, number][] {
  const spans: [number, number][] = [];
  let at = 0;
  while (at < rule.length) {
    if (rule[at] !== '-') {
      at++;
      continue;
    }
    const start = at;
    while (rule[at] === '-') at++;
    spans.push([start, at]);
  }
  // Text may run past its dashes up to the next column.
  return spans.map(([start], i) => [start, spans[i + 1]?.[0] ?? Number.MAX_SAFE_INTEGER]);
}

function slice(line: string, [from, to]: [number, number]): string {
  return line.slice(from, to).trim();
}

/**
 * A cell's lines as markdown: a blank line inside a grid cell parts its paragraphs (`ĐẢNG BỘ TỈNH
 * …`, then `Số 28-BC/ĐĐ`), which the head reads as lines of their own; blank lines at its ends go.
 */
function joinCell(parts: readonly string[]): string {
  const lines: string[] = [];
  for (const part of parts) {
    if (part === '' && (lines.length === 0 || lines.at(-1) === '')) continue;
    lines.push(part);
  }
  while (lines.at(-1) === '') lines.pop();
  return lines.join('\n');
}

/** The header's lines at most: a longer run of text under a rule is not a table's header. */
const MAX_HEADER_LINES = 12;

/**
 * From which line on no closing rule was found, for tables with and without a header: a later
 * table cannot close either, so it is not looked for again (linear on a file of many rules).
 */
interface Unclosed {
  headed: number;
  headerless: number;
}

/** A multiline table (or a simple one with rules above and below), from its opening rule at `top`. */
function multilineTable(
  lines: readonly string[],
  top: number,
  unclosed: Unclosed,
): Found | undefined {
  // The header's lines, then the columns' rule; or, headerless, the columns' rule first (then
  // `top` is the line before it, and the table closes with the same rule).
  const headerless = columnRule.test(lines[top + 1] ?? '');
  let at = top + 1;
  const header: string[] = [];
  while (
    at < lines.length &&
    header.length < MAX_HEADER_LINES &&
    !columnRule.test(lines[at] ?? '') &&
    !dashRule.test(lines[at] ?? '') &&
    (lines[at] ?? '').trim() !== ''
  ) {
    header.push(lines[at] ?? '');
    at++;
  }
  if (!columnRule.test(lines[at] ?? '')) return undefined;
  if (at >= (headerless ? unclosed.headerless : unclosed.headed)) return undefined;
  const columns = extents(lines[at] ?? '');
  const rows: Found['rows'] = [];
  if (header.length > 0) {
    rows.push({
      cells: columns.map((column) => joinCell(header.map((line) => slice(line, column)))),
      start: top + 2,
      end: at,
    });
  }
  at++;
  let current: string[] = [];
  let currentStart = at + 1;
  const flush = (end: number) => {
    if (current.length === 0) return;
    rows.push({
      cells: columns.map((column) => joinCell(current.map((line) => slice(line, column)))),
      start: currentStart,
      end,
    });
    current = [];
  };
  for (; at < lines.length; at++) {
    const line = lines[at] ?? '';
    if (dashRule.test(line) || (headerless && columnRule.test(line))) {
      flush(at);
      return { start: top + 2 - (headerless ? 0 : 1), end: at + 1, rows };
    }
    if (line.trim() === '') flush(at);
    else {
      if (current.length === 0) currentStart = at + 1;
      current.push(line);
    }
  }
  if (headerless) unclosed.headerless = Math.min(unclosed.headerless, top + 1);
  unclosed.headed = Math.min(unclosed.headed, top + 1);
  return undefined;
}

/** A simple table: a header line, the columns' rule, one line per row until a blank line. */
function simpleTable(lines: readonly string[], headerAt: number): Found | undefined {
  const columns = extents(lines[headerAt + 1] ?? '');
  const rows: Found['rows'] = [
    {
      cells: columns.map((c) => slice(lines[headerAt] ?? '', c)),
      start: headerAt + 1,
      end: headerAt + 1,
    },
  ];
  let at = headerAt + 2;
  for (
    ;
    at < lines.length && (lines[at] ?? '').trim() !== '' && !columnRule.test(lines[at] ?? '');
    at++
  ) {
    rows.push({ cells: columns.map((c) => slice(lines[at] ?? '', c)), start: at + 1, end: at + 1 });
  }
  if (columnRule.test(lines[at] ?? '')) at++;
  return rows.length > 1 ? { start: headerAt + 1, end: at, rows } : undefined;
}

/** A grid table from its first rule at `top`: cell borders where the rule has `+`. */
function gridTable(lines: readonly string[], top: number): Found | undefined {
  const rule = lines[top] ?? '';
  const borders: number[] = [];
  for (let i = 0; i < rule.length; i++) if (rule[i] === '+') borders.push(i);
  const columns: [number, number][] = borders
    .slice(0, -1)
    .map((from, i) => [from + 1, borders[i + 1] ?? from + 1]);
  const rows: Found['rows'] = [];
  let current: string[] = [];
  let currentStart = top + 2;
  for (let at = top + 1; at < lines.length; at++) {
    const line = lines[at] ?? '';
    if (gridRule.test(line)) {
      if (current.length > 0) {
        rows.push({
          cells: columns.map((column) => joinCell(current.map((l) => slice(l, column)))),
          start: currentStart,
          end: at,
        });
      }
      current = [];
      currentStart = at + 2;
      continue;
    }
    if (!line.trimStart().startsWith('|'))
      return rows.length > 0 ? { start: top + 1, end: at, rows } : undefined;
    // A row whose borders do not stand where the rule's do is not this table's.
    if (borders.some((b, i) => i > 0 && line[b] !== '|' && line[b] !== '+')) return undefined;
    current.push(line);
  }
  return rows.length > 0 ? { start: top + 1, end: lines.length, rows } : undefined;
}

/** The nodes on the table's lines, replaced by the table; untouched if one reaches outside. */
function replaceNodes(children: RootContent[], found: Found): RootContent[] {
  const inside = (node: RootContent) =>
    node.position !== undefined &&
    node.position.start.line >= found.start &&
    node.position.end.line <= found.end;
  const overlaps = (node: RootContent) =>
    node.position !== undefined &&
    node.position.end.line >= found.start &&
    node.position.start.line <= found.end;
  if (children.some((node) => overlaps(node) && !inside(node))) return children;
  const first = children.findIndex(inside);
  if (first < 0) return children;
  const table = toTable(found);
  return [...children.slice(0, first), table, ...children.slice(first).filter((n) => !inside(n))];
}

function toTable(found: Found): Table {
  const position = (start: number, end: number) => ({
    start: { line: start, column: 1 },
    end: { line: end, column: 1 },
  });
  const children: TableRow[] = found.rows.map((row) => ({
    type: 'tableRow',
    children: row.cells.map(
      (text): TableCell => ({
        type: 'tableCell',
        children: cellContent(text),
        position: position(row.start, row.end),
      }),
    ),
    position: position(row.start, row.end),
  }));
  return { type: 'table', align: [], children, position: position(found.start, found.end) };
}

const lineBreak = (): Html => ({ type: 'html', value: '<br>' });

/**
 * A cell's markdown as phrasing: paragraphs, list items and hard breaks as `<br>`, wrapped lines
 * with a space; a list item keeps its dash (`- Lưu VT`), as the recipients of a Nơi nhận cell.
 */
function cellContent(text: string): PhrasingContent[] {
  if (text === '') return [];
  const out: PhrasingContent[] = [];
  const visit = (node: RootContent, prefix: string) => {
    if (node.type === 'paragraph') {
      if (out.length > 0) out.push(lineBreak());
      if (prefix !== '') out.push({ type: 'text', value: prefix });
      for (const child of node.children) for (const part of withBreaks(child)) out.push(part);
      dropTrailingBackslash(out);
    } else if (node.type === 'list') {
      for (const item of node.children) {
        item.children.forEach((child, i) => {
          visit(child, i === 0 ? '- ' : '');
        });
      }
    } else if ('children' in node) {
      for (const child of node.children as RootContent[]) visit(child, prefix);
    } else if ('value' in node) {
      if (out.length > 0) out.push(lineBreak());
      out.push({ type: 'text', value: node.value });
    }
  };
  for (const block of parser.parse(text).children) visit(block, '');
  return out;
}

/**
 * A `\` that ends a paragraph (the line's hard break before a list or the cell's end) breaks
 * nothing: markdown keeps it as text. It goes, also at the end of emphasis (`***Nơi nhận:***\`).
 */
function dropTrailingBackslash(out: PhrasingContent[]): void {
  let last: PhrasingContent | undefined = out.at(-1);
  while (last && last.type !== 'text' && 'children' in last) last = last.children.at(-1);
  if (last?.type === 'text') last.value = last.value.replace(/\\\s*$/, '');
}

function withBreaks(node: PhrasingContent): PhrasingContent[] {
  if (node.type === 'break') return [lineBreak()];
  if (node.type === 'text') return [{ type: 'text', value: node.value.replace(/\n/g, ' ') }];
  if ('children' in node) {
    // Breaks inside emphasis (`**ỦY BAN**\` then the next line) come out to the cell's level.
    const parts: PhrasingContent[] = [];
    let run: PhrasingContent[] = [];
    const close = () => {
      if (run.length > 0) parts.push({ ...node, children: run } as PhrasingContent);
      run = [];
    };
    for (const child of node.children as PhrasingContent[]) {
      for (const part of withBreaks(child)) {
        if (part.type === 'html' && part.value === '<br>') {
          close();
          parts.push(part);
        } else run.push(part);
      }
    }
    close();
    return parts;
  }
  return [node];
}
