/**
 * extract: every GFM table as typed data (`file.data.tables`).
 *
 * ```markdown
 * PHỤ LỤC
 * Một số chỉ tiêu kinh tế - xã hội quý I năm 2023          ← title
 *
 * | TT | Chỉ tiêu                  | Đơn vị tính | Kế hoạch năm 2023 | U' TH Quý I/ 2023 |
 * |----|---------------------------|-------------|-------------------|-------------------|
 * | 3  | Tổng thu ngân sách, trong đó: | Tỷ đồng | 116.442,134       | 24.042,91         |
 * |    | - Thu nội địa             | Tỷ đồng     | 42.500            | 8.132,00          |
 * ```
 * Columns get a role and a period from their header (`plan` 2023; `estimate` 2023 Q1); cells are
 * typed through src/vi (`116.442,134` → 116442.134, `12,7 - 13` → a range, `-` → empty); a row
 * without an order number belongs to the numbered row above when it is bulleted, follows a label
 * row (`Bao gồm:`), or shares its unit. A second header row (no figures, no label) is merged into
 * the column names; a table whose rows go on after a page break (the same header again, or rows
 * that look like data where the header should be) is one table. Rows with more or fewer cells
 * than the header are kept and reported (`table-ragged-row`).
 */
import type { Paragraph, Root, RootContent, Table as TableNode, TableRow } from 'mdast';
import type { VFile } from 'vfile';
import { sourcesOf } from '../mdast/data.js';
import { plainText } from '../mdast/plain-text.js';
import {
  type Cell,
  type Column,
  type ColumnRole,
  ColumnRoleSchema,
  type Period,
  type Row,
  type Table,
} from '../schema/document.js';
import '../types/vfile-data.js';
import { appendixHeading } from '../structure/headings.js';
import { figureRule, parseNumber } from '../vi/number.js';
import { orderCellRung } from '../vi/numbering.js';
import { sameSpanIn } from '../vi/period.js';
import { parseQuantity } from '../vi/quantity.js';
import {
  COLUMN_INDEX,
  columnNames,
  columnPeriods,
  columnRole,
  headerUnit,
  isLabelOnly,
  isTotalLabel,
  NOTES_HEADER,
  rowGroup,
  rowLabel,
  tableUnitLine,
} from '../vi/table-headers.js';

/** Roles whose cells are figures (what a fact measures); the others hold text. */
export const VALUE_ROLES: ReadonlySet<ColumnRole> = new Set(
  ColumnRoleSchema.exclude(['order', 'label', 'unit']).options,
);
const EMPTY = new Set(['', '-', '–', '—', '…', '...', 'x', 'X', '-/-']);

export default function tables() {
  return (tree: Root, file: VFile): undefined => {
    const docId = file.data.docId ?? '';
    const records: Table[] = [];
    for (const group of continuedGroups(tree.children)) {
      const id = `${docId}:t${records.length + 1}`;
      const { title, unit } = captionBefore(tree.children, group.index);
      records.push(buildTable(id, group, title, unit, file));
    }
    file.data.tables = records;
  };
}

interface Group {
  /** Index in the root's children of the first part. */
  index: number;
  parts: TableNode[];
}

/**
 * Tables in order; a table continued after a page break (only footnotes between, its continuation
 * caption taken out as furniture) is one group.
 */
function continuedGroups(nodes: readonly RootContent[]): Group[] {
  const groups: Group[] = [];
  let last: { group: Group; at: number } | undefined;
  nodes.forEach((node, index) => {
    if (node.type !== 'table') return;
    const between = last ? nodes.slice(last.at + 1, index) : [];
    const previous = last?.group.parts.at(-1);
    if (
      last &&
      previous &&
      between.every((n) => n.type === 'footnoteDefinition') &&
      (continues(previous, node) || captionedContinuation(previous, node))
    ) {
      last.group.parts.push(node);
      last.at = index;
      return;
    }
    const group = { index, parts: [node] };
    groups.push(group);
    last = { group, at: index };
  });
  return groups;
}

/** The same header again, or a first row that is data where a header should be. */
function continues(previous: TableNode, next: TableNode): boolean {
  const header = texts(previous.children[0]);
  const nextHeader = texts(next.children[0]);
  if (header.length !== nextHeader.length) return false;
  if (header.join('|') === nextHeader.join('|')) return true;
  return nextHeader.some((text) => isFigure(text)) && !header.some((text) => isFigure(text));
}

/**
 * A part printed under a continuation caption (`Biểu số 01 (tiếp theo)`, which the repair stage
 * took out as page furniture): the caption says what the header may not, so as many columns is
 * enough. The header rows it repeats are still dropped (buildTable).
 */
function captionedContinuation(previous: TableNode, next: TableNode): boolean {
  return (
    next.data?.continuesTable === true &&
    texts(previous.children[0]).length === texts(next.children[0]).length
  );
}

function texts(row: TableRow | undefined): string[] {
  return row?.children.map((cell) => cellText(cell)) ?? [];
}

/** A cell's (or a paragraph's) text, on one line. */
function cellText(node: TableRow['children'][number] | Paragraph): string {
  return plainText(node).text.replace(/\s+/g, ' ').trim();
}

function isFigure(text: string): boolean {
  const parsed = parseQuantity(text);
  return parsed.ok && parsed.value.kind !== 'fraction';
}

/**
 * The caption just before a table: an appendix's caption lines, or a short paragraph of its own (a
 * line, or a caption a converter wrapped: pandoc wraps at 72 columns, bold included).
 */
const MAX_TITLE_LINES = 3;

/**
 * The caption before a table and the unit a line between them gives its figures (`Đơn vị tính:
 * triệu đồng`, under the caption): the unit line is no title.
 */
function captionBefore(
  nodes: readonly RootContent[],
  index: number,
): { title: string | null; unit: string | null } {
  const before = nodes[index - 1];
  const text = before?.type === 'paragraph' ? cellText(before) : '';
  const unit = tableUnitLine(text);
  if (unit === undefined) {
    return { title: titleBefore(nodes, index), unit: null };
  }
  return { title: titleBefore(nodes, index - 1), unit };
}

function titleBefore(nodes: readonly RootContent[], index: number): string | null {
  const before = nodes[index - 1];
  if (before?.type !== 'paragraph' && before?.type !== 'heading') return null;
  const appendix = appendixHeading(before);
  if (appendix) return appendix.caption || appendix.label;
  const lines = plainText(before)
    .text.split('\n')
    .map((line) => line.trim());
  const text = lines.join(' ');
  // A sentence that leads into the table (`… như sau:`) is body, not its title.
  return lines.length <= MAX_TITLE_LINES && text.length <= 200 && !/[.;:]$/.test(text)
    ? text
    : null;
}

function buildTable(
  id: string,
  parts: Group,
  title: string | null,
  tableUnit: string | null,
  file: VFile,
): Table {
  const [first, ...continuations] = parts.parts;
  const firstRows = first?.children ?? [];
  const headerRows: TableRow[] = firstRows.slice(0, 1);
  let body = firstRows.slice(1);
  // A second header row: no figure and no label of its own (`| | | Kế hoạch | Thực hiện |`).
  const top = texts(headerRows[0]);
  while (body[0] && isHeaderContinuation(body[0], top)) {
    headerRows.push(body[0]);
    body = body.slice(1);
  }
  // A part after a page break repeats the header rows (all of them), or goes straight on.
  const headerTexts = new Set(headerRows.map((row) => texts(row).join('|')));
  for (const part of continuations) {
    let rest = part.children;
    while (
      rest[0] &&
      (headerTexts.has(texts(rest[0]).join('|')) || isHeaderContinuation(rest[0], top))
    ) {
      rest = rest.slice(1);
    }
    body = [...body, ...rest];
  }

  const columns = readColumns(headerRows, file.data.metadata?.period ?? null);
  // Figure columns of one name say nothing of which is which: said, so the grade counts it.
  const named = new Set<string>();
  for (const column of columns) {
    if (!VALUE_ROLES.has(column.role)) continue;
    if (named.has(column.name)) {
      file.message(
        `Table columns share the header "${column.name}": their figures cannot be told apart (a header in more tiers than were read)`,
        { place: first?.position?.start, ruleId: 'table-columns-alike', source: 'baocao' },
      );
    }
    named.add(column.name);
  }
  const roles = columns.map((column) => column.role);
  const orderAt = roles.indexOf('order');
  const labelAt = labelColumn(
    roles,
    body,
    columns.map((column) => column.name),
  );
  // A column headed by the names' words and the unit's run together (`Chỉ tiêu ĐVT`) names the rows.
  const unitAt = roles.indexOf('unit') === labelAt ? -1 : roles.indexOf('unit');

  const rows: Row[] = [];
  const ladder: string[] = [];
  /** Open rows, outermost first, with the position of their rung on the order ladder. */
  const open: { row: Row; position: number }[] = [];
  /** A label row (`Bao gồm:`) or a label ending `trong đó:` says how the rows under a row relate. */
  let grouping: { ownerId: string; group: NonNullable<Row['group']> } | undefined;
  for (const node of body) {
    if (node.children.length !== columns.length) {
      file.message(
        `Table row has ${node.children.length} cells, its header ${columns.length}; kept as written`,
        { place: node.position?.start, ruleId: 'table-ragged-row', source: 'baocao' },
      );
    }
    const raws = node.children.map(cellText);
    const cells = columns.map((column, i) => typeCell(raws[i] ?? '', column.role));
    for (const extra of raws.slice(columns.length)) cells.push(typeCell(extra, 'other'));
    cells.forEach((cell, i) => {
      // A figure kept as text because it reads two ways, is cut short or is too large: said.
      const problem = cell.kind === 'text' && VALUE_ROLES.has(roles[i] ?? 'other');
      const found = problem ? figureProblem(cell.raw) : undefined;
      if (found)
        file.message(`Table cell ${found.reason}; kept as text`, {
          place: node.position?.start,
          ruleId: found.ruleId,
          source: 'baocao',
        });
    });
    const { text: label, bullet, mark } = rowLabel(labelAt >= 0 ? (raws[labelAt] ?? '') : '');
    const order = orderAt >= 0 && raws[orderAt] ? (raws[orderAt] ?? null) : mark;
    // With no unit column, a row's unit is its label's in brackets (`Thu ngân sách (triệu
    // đồng)`), else the table's (`Đơn vị tính: triệu đồng` above it).
    const unit =
      unitAt >= 0
        ? raws[unitAt] || null
        : (headerUnit(label) ?? (label !== '' && !isLabelOnly(label) ? tableUnit : null));
    const hasFigures = cells.some(
      (cell, i) =>
        VALUE_ROLES.has(roles[i] ?? 'other') && (cell.kind === 'number' || cell.kind === 'range'),
    );
    const row: Row = {
      id: `${id}:r${rows.length + 1}`,
      order,
      label,
      kind: !hasFigures && isLabelOnly(label) ? 'label' : 'data',
      unit,
      parentId: null,
      group: null,
      cells,
      sources: sourcesOf(node),
    };
    rows.push(row);

    const rung = orderRung(order, bullet);
    if (row.kind === 'label') {
      // `Bao gồm:` belongs to the row it breaks down, and groups the rows that follow.
      const owner = open.at(-1)?.row;
      if (owner) {
        row.parentId = owner.id;
        const group = rowGroup(label);
        grouping = group ? { ownerId: owner.id, group } : undefined;
      }
      continue;
    }
    if (rung === undefined && (isTotalLabel(label) || grouping === undefined)) {
      // No number, no bullet, no breakdown under way: a top row (a total, or one that lost its
      // number). Rows are never nested by their unit alone.
      open.length = 0;
      open.push({ row, position: 1 });
      grouping = undefined;
    } else {
      if (rung !== undefined && !ladder.includes(rung)) ladder.push(rung);
      // Unnumbered rows of a breakdown stand just below the row broken down.
      const position =
        rung === undefined
          ? (open.find((o) => o.row.id === grouping?.ownerId)?.position ?? 1) + 1
          : ladder.indexOf(rung) + 1;
      while ((open.at(-1)?.position ?? 0) >= position) open.pop();
      const parent = open.at(-1)?.row;
      if (parent) row.parentId = parent.id;
      if (grouping && !open.some((o) => o.row.id === grouping?.ownerId)) grouping = undefined;
      if (grouping && row.parentId === grouping.ownerId) row.group = grouping.group;
      open.push({ row, position });
    }
    const ownGroup = rowGroup(label);
    if (ownGroup) grouping = { ownerId: row.id, group: ownGroup };
  }

  // The structure stage said which block (and section) the table's first part became.
  const block = parts.parts[0]?.data?.block;
  return {
    id,
    title,
    blockId: block?.id ?? null,
    sectionId: block?.sectionId ?? null,
    columns,
    rows,
    sources: parts.parts.flatMap(sourcesOf),
  };
}

/**
 * The rung of a row on the table's own ladder: its order cell's marker (`I`, `1`, `1.1`, `a`, a
 * bullet; src/vi/numbering.ts), or a bullet before the label. Learned by first appearance, like
 * the section ladder.
 */
function orderRung(order: string | null, bullet: string | null): string | undefined {
  if (order === null) return bullet === null ? undefined : 'bullet';
  return orderCellRung(order);
}

/**
 * The column that names the rows: the one headed `Chỉ tiêu`/`Nội dung`, or those words and the
 * unit's run together (`Chỉ tiêu ĐVT`, a reader that could not part the two columns), else the
 * first column that holds text rather than figures (never the order column, never the notes').
 */
function labelColumn(
  roles: readonly ColumnRole[],
  body: readonly TableRow[],
  names: readonly string[],
): number {
  const named = roles.indexOf('label');
  if (named >= 0) return named;
  const withUnit = names.findIndex(
    (name, i) =>
      roles[i] === 'unit' &&
      columnRole(name.trim().replace(/(?<=^|\s)(?:đơn vị tính|đơn vị|đvt)$/iu, '')) === 'label',
  );
  if (withUnit >= 0) return withUnit;
  return roles.findIndex((role, i) => {
    if (role !== 'other' || names[i] === NOTES_HEADER) return false;
    const values = body.map((row) => (row.children[i] ? cellText(row.children[i]) : ''));
    const textual = values.filter((v) => v !== '' && !EMPTY.has(v) && !isFigure(v)).length;
    return textual > values.filter((v) => isFigure(v)).length;
  });
}

function isHeaderContinuation(row: TableRow, header: readonly string[]): boolean {
  const raws = texts(row);
  if (raws.length !== header.length || raws.every((text) => text === '')) return false;
  // A row of column numbers (`(1) | (2) | (3)`, `A | B | 1`) is read as part of the header too.
  if (raws.every((text) => text === '' || COLUMN_INDEX.test(text))) return true;
  if (raws.some((text) => isFigure(text))) return false;
  if ((raws[0] ?? '') === '' && (raws[1] ?? '') === '') return true;
  // A converter that writes a cell merged over two header rows in both (docling: `| TT | Nội dung
  // | … | Kế hoạch | Thực hiện |` under `| TT | Nội dung | … | Năm 2023 | Năm 2023 |`).
  const repeated = (i: number) => raws[i] === '' || raws[i] === header[i];
  return repeated(0) && repeated(1) && raws.some((text, i) => text !== '' && text !== header[i]);
}

/** The columns from their header rows (`columnNames`, `columnPeriods` in src/vi/). */
function readColumns(headerRows: readonly TableRow[], reporting: Period | null): Column[] {
  const names = columnNames(headerRows.map(texts));
  const periods = columnPeriods(names);
  const columns = names.map((name, k) => {
    const role = columnRole(name);
    const unit = headerUnit(name) ?? (role === 'yoy' || role === 'share_of_plan' ? '%' : null);
    return { name, role, period: periods[k] ?? null, unit };
  });
  // `Cùng kỳ năm 2023` (the same period of 2023) in a report on part of a year: that part of 2023.
  for (const column of columns) {
    const same = /(?<![\p{L}])cùng kỳ(?![\p{L}])/iu.test(column.name);
    if (!same || !reporting || column.period?.kind !== 'year' || column.period.year === undefined)
      continue;
    column.period = sameSpanIn(reporting, column.period.year) ?? column.period;
  }
  return columns;
}

/** Why the figure a cell starts with cannot be read, when that is why it is text. */
function figureProblem(raw: string): { ruleId: string; reason: string } | undefined {
  const run = /^[(\-\u2212+]?\s*([0-9.,]*[0-9][0-9.,]*)/.exec(raw.trim())?.[1];
  if (run === undefined) return undefined;
  const digits = run.replace(/[.,]/g, '').length;
  if (digits > 300 && parseQuantity(raw).ok === false) {
    return {
      ruleId: 'number-too-large',
      reason: `${run.slice(0, 20)}… is too large to be a figure`,
    };
  }
  const parsed = parseNumber(run);
  if (parsed.ok || /too large to read exactly/.test(parsed.reason)) return undefined;
  return { ruleId: figureRule(parsed.reason), reason: parsed.reason };
}

function typeCell(raw: string, role: ColumnRole): Cell {
  if (EMPTY.has(raw)) return { raw, kind: 'empty' };
  if (!VALUE_ROLES.has(role)) return { raw, kind: 'text' };
  const parsed = parseQuantity(raw);
  if (!parsed.ok || parsed.value.scale !== undefined) return { raw, kind: 'text' };
  const quantity = parsed.value;
  if (quantity.kind === 'number') return { raw, kind: 'number', value: quantity.value };
  if (quantity.kind === 'range')
    return { raw, kind: 'range', min: quantity.min, max: quantity.max };
  return { raw, kind: 'text' };
}
