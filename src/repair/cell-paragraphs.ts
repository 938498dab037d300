/**
 * repair: a table mammoth wrote a cell to a paragraph, made a table again. mammoth's markdown has
 * no tables: each cell's text is a paragraph of its own, row after row, and an empty cell is no
 * paragraph at all:
 *
 * ```markdown
 * TT
 *
 * Chỉ tiêu
 *
 * Đơn vị tính
 *
 * Kế hoạch năm 2024
 *
 * Ước TH quý I/2024
 *
 * 1
 *
 * Tổng thu ngân sách nhà nước trên địa bàn
 *
 * Tỷ đồng
 *
 * 4\.305
 *
 * 1\.024,5
 *
 * \- Thu nội địa          ← the order cell was empty
 *
 * Tỷ đồng
 * …
 * ```
 *
 * becomes the table `TT | Chỉ tiêu | Đơn vị tính | Kế hoạch năm 2024 | Ước TH quý I/2024` with a
 * row for each. The header is the run of paragraphs from the order column's or the indicator's
 * header, each naming its column (src/vi/table-headers.ts); a row is its order label if any, its
 * name, its unit where the table has a unit column, and as many figures as the figure columns. A
 * row with no figure at all only heads the rows under it (`Bao gồm:`, `I. Nông nghiệp`). Since an
 * empty cell leaves nothing, a row with some figures but fewer than the columns cannot say which
 * are empty: the table ends before it and its paragraphs stay text (and `unread-table` says so).
 *
 * Only files in the `mammoth` dialect: elsewhere short paragraphs one after another are text.
 */
import type { Paragraph, Root, RootContent, Table, TableCell, TableRow } from 'mdast';
import type { VFile } from 'vfile';
import { plainText } from '../mdast/plain-text.js';
import type { ColumnRole } from '../schema/document.js';
import { columnRole, isFigureCell, isUnitCell, twoTiers } from '../vi/table-headers.js';

export default function cellParagraphs() {
  return (tree: Root, file: VFile): undefined => {
    if (file.data.source?.dialect.name !== 'mammoth') return;
    const out: RootContent[] = [];
    for (let at = 0; at < tree.children.length; ) {
      const found = cellTable(tree.children, at);
      if (found) {
        out.push(found.table);
        at = found.end;
      } else {
        out.push(tree.children[at] as RootContent);
        at++;
      }
    }
    tree.children = out;
  };
}

/** An order label alone in its cell: `1`, `12`, `II`, a group's `A`, `a)`, `-`, `+`. */
const ORDER_LABEL = /^(?:\d{1,3}\.?|[IVXLC]{1,6}\.?|[A-RU-ZĐ]\.?|[a-zđ]\)|[-–+*•])$/u;

/** The most words a unit written alone takes (`Nghìn lượt khách`, `Bác sĩ/vạn dân`). */
const UNIT_WORDS = 4;

function cellTable(
  nodes: readonly RootContent[],
  from: number,
): { table: Table; end: number } | undefined {
  const text = (k: number): string | undefined => {
    const node = nodes[k];
    return node?.type === 'paragraph'
      ? plainText(node).text.replace(/\s+/g, ' ').trim()
      : undefined;
  };
  const first = text(from);
  if (first === undefined) return undefined;
  const firstRole = columnRole(first);
  if (firstRole !== 'order' && firstRole !== 'label') return undefined;
  // The header: each paragraph names its column; where the table has an order column, the
  // headers run to its first label, and may name no role (`So sánh (%)`, `Năm học 2022 - 2023`).
  const roles: ColumnRole[] = [];
  let at = from;
  for (let t = text(at); t !== undefined; t = text(++at)) {
    if (isFigureCell(t) || (roles.length > 0 && ORDER_LABEL.test(t))) break;
    const role = roles.at(-1) === 'label' && /^đơn vị$/iu.test(t) ? 'unit' : columnRole(t);
    if (role === 'other' && firstRole !== 'order') break;
    // A first row without an order label (`Tổng số thu …`, then its unit or figures) ends the
    // header; an order label after the last header (`1`) is no figure.
    const after = text(at + 1) ?? '';
    const figureAfter = isFigureCell(after) && !ORDER_LABEL.test(after);
    if (
      role === 'other' &&
      (figureAfter || (isUnitCell(after) && isFigureCell(text(at + 2) ?? '')))
    ) {
      break;
    }
    if (roles.length > 0 && (role === 'order' || (role === 'label' && roles.includes('label')))) {
      return undefined;
    }
    roles.push(role);
  }
  const order = roles[0] === 'order';
  const labelAt = roles.indexOf('label');
  const unitAt = roles.indexOf('unit');
  if (labelAt !== (order ? 1 : 0) || (unitAt >= 0 && unitAt !== labelAt + 1)) return undefined;
  const header = nodes.slice(from, at) as Paragraph[];
  // A header in two tiers (`Năm 2022`, `Năm 2023` over `Thực hiện`, `Kế hoạch`, `Thực hiện`):
  // the two header rows of a merged cell, its upper cells blank where a period spans more.
  const lead = labelAt + 1 + (unitAt >= 0 ? 1 : 0);
  const figureHeaders: Array<Paragraph | undefined> = header.slice(lead);
  const tiers = twoTiers(
    figureHeaders,
    header.slice(lead).map((node) => plainText(node).text.replace(/\s+/g, ' ').trim()),
    () => undefined,
  );
  const headerRows: Array<Array<Paragraph | undefined>> = tiers
    ? [
        [...header.slice(0, lead), ...tiers.upper],
        [...header.slice(0, lead).map(() => undefined), ...tiers.lower],
      ]
    : [header];
  const figures = (headerRows[0]?.length ?? 0) - lead;
  if (figures < 1) return undefined;
  const rows: Array<Array<Paragraph | undefined>> = [];
  let end = at;
  for (;;) {
    let k = end;
    const label = order && ORDER_LABEL.test(text(k) ?? '') ? k++ : undefined;
    const name = text(k);
    if (name === undefined || isFigureCell(name) || ORDER_LABEL.test(name)) break;
    const nameAt = k++;
    // The unit: a known one, or a short name alone with the figures after it.
    const unitText = text(k);
    const unit =
      unitAt >= 0 &&
      unitText !== undefined &&
      !isFigureCell(unitText) &&
      (isUnitCell(unitText) ||
        (unitText.split(' ').length <= UNIT_WORDS && isFigureCell(text(k + 1) ?? '')))
        ? k++
        : undefined;
    let cells: number[] = [];
    while (cells.length < figures && isFigureCell(text(k) ?? '')) cells.push(k++);
    // Too few figures, the first an order label with a name after it (`I`, `Nông nghiệp`, `1`,
    // `Diện tích …`): this row has none, and the label starts the next row.
    const head = cells[0];
    if (
      order &&
      head !== undefined &&
      cells.length < figures &&
      ORDER_LABEL.test(text(head) ?? '') &&
      !isFigureCell(text(head + 1) ?? '-')
    ) {
      k = head;
      cells = [];
    }
    if (cells.length === 0 && unit === undefined) {
      // A row that heads the rows under it, when a row follows.
      const next = text(k);
      if (next === undefined || (!ORDER_LABEL.test(next) && !startsRow(text, k, unitAt >= 0))) {
        break;
      }
    } else if (cells.length !== figures) break;
    const paragraph = (index: number | undefined) =>
      index === undefined ? undefined : (nodes[index] as Paragraph);
    const row = [paragraph(label), paragraph(nameAt)];
    if (unitAt >= 0) row.push(paragraph(unit));
    for (let c = 0; c < figures; c++) row.push(paragraph(cells[c]));
    rows.push(row);
    end = k;
  }
  if (rows.filter((row) => row.slice(labelAt + 1).some(Boolean)).length < 2) return undefined;
  const table: Table = {
    type: 'table',
    align: (headerRows[0] ?? []).map(() => null),
    children: [...headerRows, ...rows.map((row) => (order ? row : row.slice(1)))].map(tableRow),
  };
  const start = header[0]?.position?.start;
  const last = nodes[end - 1]?.position?.end;
  if (start && last) table.position = { start, end: last };
  return { table, end };
}

/** A name, then its unit or figures: a row without an order label (`- Thu nội địa`, `Cộng`). */
function startsRow(text: (k: number) => string | undefined, k: number, unit: boolean): boolean {
  const next = text(k + 1) ?? '';
  return isFigureCell(next) || (unit && isUnitCell(next));
}

function tableRow(cells: ReadonlyArray<Paragraph | undefined>): TableRow {
  const row: TableRow = { type: 'tableRow', children: cells.map(tableCell) };
  const positions = cells.flatMap((cell) => (cell?.position ? [cell.position] : []));
  const first = positions[0];
  const last = positions.at(-1);
  if (first && last) row.position = { start: first.start, end: last.end };
  return row;
}

function tableCell(paragraph: Paragraph | undefined): TableCell {
  const cell: TableCell = { type: 'tableCell', children: paragraph ? paragraph.children : [] };
  if (paragraph?.position) cell.position = paragraph.position;
  return cell;
}
