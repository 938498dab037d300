/**
 * A table pdftotext printed a block per cell, row after row (its default mode, where a table's
 * cells stand apart: each becomes a block of its own, a blank line between): the headers' blocks,
 * then each row's order number, name, unit and figures, a block each —
 *
 * ```text
 * STT / Huyện, thành phố / Doanh nghiệp thành lập mới / … / So sánh (%)   the headers
 * Tổng số / 1.020 / 1.086 / 106,5 / …                                      a row
 * 1 / Thành phố Vĩnh Yên / 312 / 341 / 109,3 / …                           the next
 * ```
 *
 * — or in two halves, where the figures' columns stand apart from the names': the order, name and
 * unit of every row first, then the figures' headers, then each row's figures (`STT` / `Chỉ tiêu`
 * / `ĐVT` / `I` / `Đầu tư …` / `1` / `Dự án cấp mới` / `Dự án` / … / `9 tháng năm 2023` / … /
 * `42` / `37` / `-11,9` …).
 *
 * Read only where every count agrees: each row has as many figures as the figures' headers have
 * columns (their tiers read as `headerTiers` reads them), a unit where the table
 * has a unit column, and every figure block holds one figure, so the order is pdftotext's order of
 * cells. A row short of figures ends the table there; anything else stays text.
 */
import {
  columnRole,
  headerTiers,
  isTotalLabel,
  isUnitCell,
  namesFigureColumn,
} from '../../vi/table-headers.js';
import type { Cell } from './layout.js';
import type { Line } from './lines.js';
import {
  type Block,
  block,
  cellOf,
  type FoundTable,
  indexHeader,
  isFigure,
  joined,
  type TableBefore,
} from './table-lines.js';

/** A cell's block holds a few short lines; a longer one is prose. */
const MAX_CELL_LINES = 6;
const MAX_CELL_LINE = 60;

/** An order number, a roman one, a group's capital or a sub-row's letter, alone: `1`, `II`, `a)`. */
const orderToken = /^(?:\d{1,3}|[IVX]{1,5}|[A-RU-ZĐ]|[a-zđ]\))$/u;

/** The block from `from` (see `block`) where it is short enough to be a cell's. */
function blockAt(lines: readonly Line[], from: number): Block | undefined {
  const found = block(lines, from);
  const cell =
    found !== undefined &&
    found.lines.length <= MAX_CELL_LINES &&
    found.lines.every((line) => line.text.length <= MAX_CELL_LINE);
  return cell ? found : undefined;
}

const textOf = (block: Block) => joined(block.lines);
const isOrder = (block: Block) =>
  block.lines.length === 1 && orderToken.test(block.lines[0]?.text ?? '');
const isFigureBlock = (block: Block) => block.lines.every((line) => isFigure(line.text));
const isUnitBlock = (block: Block) => !isFigureBlock(block) && isUnitCell(textOf(block));
/** A row's name: words, starting with a capital or a bullet, no figure alone. */
const isName = (block: Block) =>
  !isFigureBlock(block) && !isOrder(block) && /^(?:\p{Lu}|[-+–] )/u.test(textOf(block));
/** The next row's order number, its name after it (`6` / `Huyện Lập Thạch`), not a figure. */
const marksRow = (lines: readonly Line[], block: Block) => {
  const name = blockAt(lines, block.end);
  return isOrder(block) && name !== undefined && isName(name);
};

interface Row {
  mark?: Block;
  name: Block;
  unit?: Block;
  figures: Line[];
}

export function cellBlocksTable(
  lines: readonly Line[],
  from: number,
  before?: TableBefore,
): FoundTable | undefined {
  // The order column's header (`STT`, or `T` / `T`), the names' and maybe the units'.
  const order = blockAt(lines, from);
  if (!order?.lines.every((line) => indexHeader.test(line.text))) return undefined;
  const label = blockAt(lines, order.end);
  if (!label || isOrder(label) || isFigureBlock(label)) return undefined;
  const labelRole = columnRole(textOf(label));
  if (labelRole !== 'label' && labelRole !== 'other') return undefined;
  let at = label.end;
  const unitHead = blockAt(lines, at);
  const hasUnit = unitHead !== undefined && columnRole(textOf(unitHead)) === 'unit';
  if (hasUnit && unitHead) at = unitHead.end;
  const next = blockAt(lines, at);
  if (!next) return undefined;
  const lead = { order, label, unit: hasUnit ? unitHead : undefined };
  return (
    (before && upperTierRepeated(lines, lead, at, before)) ??
    (isOrder(next)
      ? (headersAbove(lines, from, lead, at) ?? halves(lines, lead, at))
      : rowByRow(lines, lead, at))
  );
}

/** The most header blocks above the order column's that `headersAbove` takes. */
const MAX_HEADERS_ABOVE = 12;
/** A line of a header cell above the order column's is short. */
const MAX_HEADER_LINE = 30;

/**
 * The figures' headers printed above the order column's header (pdftotext put the right-hand
 * headers first: `Số trường` / `Số lớp (nhóm lớp)` / … / `TT` / `Loại hình, cấp học`), then every
 * row's cells, row after row. Each block above must name what a figure column holds (a role, a
 * period, a unit, a count); the table starts at the first of them.
 */
function headersAbove(
  lines: readonly Line[],
  from: number,
  lead: Lead,
  at: number,
): FoundTable | undefined {
  const headers: Block[] = [];
  let end = from;
  while (headers.length < MAX_HEADERS_ABOVE) {
    while (end > 0 && lines[end - 1]?.text === '') end--;
    let start = end;
    while (start > 0 && lines[start - 1]?.text !== '') start--;
    if (start === end) break;
    const cell = blockAt(lines, start);
    // A header cell's lines are short; a caption's (`Bảng 1. Quy mô … năm học 2024 - 2025`) not.
    const short = cell?.lines.every((line) => line.text.length <= MAX_HEADER_LINE);
    if (cell && cell.end === end && short && namesFigureColumn(textOf(cell))) {
      headers.unshift(cell);
      end = start;
      continue;
    }
    // The first header run on from the caption, no blank line between (`… Huyện ủy)` / `Số hội`
    // / `nghị,` / `lớp`): its lines from the last capitalised one, where they name a figure column.
    const whole = block(lines, start);
    const tail = whole?.end === end ? headerTail(whole) : undefined;
    if (tail) headers.unshift(tail);
    break;
  }
  const head = figureHeaders(headers);
  if (!head) return undefined;
  const read = rowsFrom(lines, at, head.columns, lead);
  const found = table(lead, head.rows, read.rows, read.end);
  return found && { ...found, start: lines.indexOf(headers[0]?.lines[0] as Line) };
}

/** A block's last lines from the last that starts with a capital, short, naming a figure column. */
function headerTail(found: Block): Block | undefined {
  for (let k = found.lines.length - 1; k > 0; k--) {
    const tail = found.lines.slice(k);
    if (tail.some((line) => line.text.length > MAX_HEADER_LINE)) return undefined;
    if (!/^\p{Lu}/u.test(tail[0]?.text ?? '')) continue;
    return namesFigureColumn(joined(tail)) ? { lines: tail, end: found.end } : undefined;
  }
  return undefined;
}

/**
 * A page that repeats only the upper tier of the table before's headers (a merged cell's row:
 * `Doanh nghiệp thành lập mới` / `Doanh nghiệp giải thể 9 tháng 2024`, not the tiers under it),
 * each header a block, then rows: read with the table before's header rows, only as its
 * continuation (`tiersBefore`).
 */
function upperTierRepeated(
  lines: readonly Line[],
  lead: Lead,
  from: number,
  before: TableBefore,
): FoundTable | undefined {
  const [upper = [], ...lower] = before.headers;
  if (lower.length === 0) return undefined;
  const squeeze = (text: string) => text.replace(/\s+/gu, '');
  const leadCount = lead.unit ? 3 : 2;
  const texts = upper.slice(leadCount);
  const shown = [lead.order, lead.label, ...(lead.unit ? [lead.unit] : [])].map(textOf);
  if (!shown.every((text, k) => squeeze(text) === squeeze(upper[k] ?? ''))) return undefined;
  const cells: Cell[] = [];
  let at = from;
  for (const text of texts) {
    if (squeeze(text) === '') {
      cells.push({ parts: [] });
      continue;
    }
    const block = blockAt(lines, at);
    if (!block || squeeze(textOf(block)) !== squeeze(text)) return undefined;
    cells.push(cellOf(block.lines));
    at = block.end;
  }
  const { rows, end } = rowsFrom(lines, at, texts.length, lead);
  if (rows.length === 0) return undefined;
  const blank = (): Cell => ({ parts: [] });
  const header = [cells, ...lower.map((tier) => tier.slice(leadCount).map(blank))];
  const found = table(lead, header, rows, end, 1);
  return found && { ...found, tiersBefore: true };
}

interface Lead {
  order: Block;
  label: Block;
  unit: Block | undefined;
}

/** The whole table row after row: the figures' headers, then each row's cells. */
function rowByRow(lines: readonly Line[], lead: Lead, from: number): FoundTable | undefined {
  // The figures' headers: the blocks before the first row, which starts with its order number or
  // is a name with its unit or figures after it.
  const headers: Block[] = [];
  let at = from;
  for (let block = blockAt(lines, at); block; block = blockAt(lines, at)) {
    const after = blockAt(lines, block.end);
    const startsRow =
      isOrder(block) ||
      (isName(block) &&
        after !== undefined &&
        (isUnitBlock(after) || (isFigureBlock(after) && !marksRow(lines, after))));
    if (startsRow || isFigureBlock(block)) break;
    headers.push(block);
    at = block.end;
  }
  const head = figureHeaders(headers);
  if (!head) return undefined;
  const { rows, end } = rowsFrom(lines, at, head.columns, lead);
  return table(lead, head.rows, rows, end);
}

/** The rows from `from`, row after row, to the first block that starts none. */
function rowsFrom(
  lines: readonly Line[],
  from: number,
  columns: number,
  lead: Lead,
): { rows: Row[]; end: number } {
  const rows: Row[] = [];
  let end = from;
  for (;;) {
    const row = rowAt(lines, end, columns, lead.unit !== undefined) ?? totalAt(lines, end, columns);
    if (!row) break;
    rows.push(row.row);
    end = row.end;
  }
  return { rows, end };
}

/**
 * A total's row printed with its figures before its words (`89` / `1.164` / `34.308` / `29,5` /
 * `Tổng cộng`), as pdftotext may print a table's last row: `columns` figures, then the words.
 */
function totalAt(
  lines: readonly Line[],
  from: number,
  columns: number,
): { row: Row; end: number } | undefined {
  const figures: Line[] = [];
  let at = from;
  for (let block = blockAt(lines, at); block && isFigureBlock(block); block = blockAt(lines, at)) {
    if (figures.length + block.lines.length > columns) return undefined;
    for (const line of block.lines) figures.push(line);
    at = block.end;
  }
  const name = blockAt(lines, at);
  if (figures.length !== columns || !name || !isTotalLabel(textOf(name))) return undefined;
  return { row: { name, figures }, end: name.end };
}

/** A row's cells from `from`: its order number, name, unit and figures; a group's has none. */
function rowAt(
  lines: readonly Line[],
  from: number,
  columns: number,
  hasUnit: boolean,
): { row: Row; end: number } | undefined {
  let first = blockAt(lines, from);
  if (!first) return undefined;
  const mark = isOrder(first) ? first : undefined;
  if (mark) first = blockAt(lines, mark.end);
  if (!first || !isName(first)) return undefined;
  let at = first.end;
  const unitBlock = hasUnit ? blockAt(lines, at) : undefined;
  const unit = unitBlock && isUnitBlock(unitBlock) ? unitBlock : undefined;
  if (unit) at = unit.end;
  const figures: Line[] = [];
  for (let block = blockAt(lines, at); block && isFigureBlock(block); block = blockAt(lines, at)) {
    if (figures.length + block.lines.length > columns) break;
    for (const line of block.lines) figures.push(line);
    at = block.end;
  }
  if (figures.length === 0 && unit === undefined) {
    // A group's row (`I` / `Nông, lâm nghiệp`) heads the rows after it: one must follow.
    const after = blockAt(lines, at);
    if (!mark || !after || !isOrder(after)) return undefined;
    return { row: { mark, name: first, figures }, end: at };
  }
  if (figures.length !== columns || (hasUnit && unit === undefined)) return undefined;
  // A figure more than the columns: the headers were not the columns (a page that repeats only
  // some of them), and every row would be read wrong; unless they are a total's, printed before
  // its words (`89` / `1.164` / … / `Tổng cộng`).
  const more = blockAt(lines, at);
  if (more && isFigureBlock(more) && !marksRow(lines, more) && !totalAt(lines, at, columns))
    return undefined;
  return { row: { ...(mark && { mark }), name: first, ...(unit && { unit }), figures }, end: at };
}

/**
 * The table in two halves: each row's order number, name and unit; then the figures' headers;
 * then the figures, row after row, as many as the rows with a unit (with no unit column, the rows
 * that are no group's) × the columns.
 */
function halves(lines: readonly Line[], lead: Lead, from: number): FoundTable | undefined {
  const rows: Row[] = [];
  let at = from;
  for (let mark = blockAt(lines, at); mark && isOrder(mark); mark = blockAt(lines, at)) {
    const name = blockAt(lines, mark.end);
    if (!name || !isName(name)) return undefined;
    at = name.end;
    const unitBlock = lead.unit ? blockAt(lines, at) : undefined;
    const unit = unitBlock && isUnitBlock(unitBlock) ? unitBlock : undefined;
    if (unit) at = unit.end;
    rows.push({ mark, name, ...(unit && { unit }), figures: [] });
  }
  const headers: Block[] = [];
  for (let block = blockAt(lines, at); block && !isFigureBlock(block); block = blockAt(lines, at)) {
    headers.push(block);
    at = block.end;
  }
  const head = figureHeaders(headers);
  if (!head) return undefined;
  const figures: Line[] = [];
  let end = at;
  for (let block = blockAt(lines, at); block && isFigureBlock(block); block = blockAt(lines, at)) {
    for (const line of block.lines) figures.push(line);
    end = block.end;
    at = block.end;
  }
  // The rows with figures: those with a unit; with no unit column, all but the groups' (a roman
  // or capital number), where that makes the count.
  const group = (row: Row) => /^(?:[IVX]+|[A-RU-ZĐ])$/u.test(row.mark?.lines[0]?.text ?? '');
  const withFigures = lead.unit
    ? rows.filter((row) => row.unit)
    : rows.filter((row) => !group(row));
  if (withFigures.length === 0 || figures.length !== withFigures.length * head.columns)
    return undefined;
  if (lead.unit && rows.some((row) => !row.unit && !group(row))) return undefined;
  withFigures.forEach((row, r) => {
    row.figures = figures.slice(r * head.columns, (r + 1) * head.columns);
  });
  return table(lead, head.rows, rows, end);
}

/** The figures' headers as header rows (their tiers where they have some) and their columns. */
function figureHeaders(headers: readonly Block[]): { rows: Cell[][]; columns: number } | undefined {
  if (headers.length === 0) return undefined;
  const cells = headers.map((block) => cellOf(block.lines));
  const texts = headers.map(textOf);
  const blank = (): Cell => ({ parts: [] });
  const rows = headerTiers(cells, texts, blank) ?? [cells];
  return { rows, columns: rows[0]?.length ?? 0 };
}

function table(
  lead: Lead,
  header: readonly Cell[][],
  rows: readonly Row[],
  end: number,
  least = 2,
): FoundTable | undefined {
  if (rows.filter((row) => row.figures.length > 0).length < least) return undefined;
  const columns = header[0]?.length ?? 0;
  const blank = (): Cell => ({ parts: [] });
  const leadCells = [lead.order, lead.label, ...(lead.unit ? [lead.unit] : [])];
  const found: FoundTable['rows'] = header.map((tier, k) => ({
    cells: [...leadCells.map((block) => (k === 0 ? cellOf(block.lines) : blank())), ...tier],
    header: true,
  }));
  for (const row of rows) {
    found.push({
      cells: [
        row.mark ? cellOf(row.mark.lines) : blank(),
        cellOf(row.name.lines),
        ...(lead.unit ? [row.unit ? cellOf(row.unit.lines) : blank()] : []),
        ...(row.figures.length > 0
          ? row.figures.map((line) => cellOf([line]))
          : Array.from({ length: columns }, blank)),
      ],
      header: false,
    });
  }
  return { rows: found, end };
}
