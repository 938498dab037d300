/**
 * misread-table: a table read with its columns wrong, so that a cell holds what no table prints in
 * one cell: figures of several columns run together (`76.278 75.318`, the columns a layout text
 * printed one space apart not parted), a figure the wrap cut and the reader left unfinished
 * (`10.486,`), a sign apart from its figure (`- 1.533`), names with the next column's figures in
 * most rows (`Thu nội địa 6.181,0`). Each is a wrong number in a record, or
 * none where there is one; a reading with such cells is not `good`, however much text it kept.
 *
 * ok:
 * ```markdown
 * | TT | Chỉ tiêu | Thực hiện 2023 | Ước 2024 | So sánh (%) |
 * | -- | -------- | -------------- | -------- | ----------- |
 * | 1  | Sản lượng lúa | 541.903 | 545.126 | 100,59 |
 * ```
 *
 * not-ok (`misread-table` at line 1: `541.903 545.126` in a column of figures):
 * ```markdown
 * | TT | Chỉ tiêu | Thực hiện 2023 Ước 2024 | So sánh (%) |
 * | -- | -------- | ----------------------- | ----------- |
 * | 1  | Diện tích lúa | 76.278 | 98,74 |
 * | 2  | Sản lượng lúa | 541.903 545.126 | 100,59 |
 * | 3  | Tổng đàn lợn | 728,2 | 102,10 |
 * ```
 *
 * not-ok (`misread-table` at line 1: the names hold the plan's figures, the columns merged):
 * ```markdown
 * | STT | Dự toán năm Nội dung 2024 | Thực hiện 9 tháng | So với dự toán (%) |
 * | --- | ------------------------- | ----------------- | ------------------ |
 * | I   | Thu nội địa 6.181,0 | 3.727,5 | 60,3 |
 * | 1   | Thu từ doanh nghiệp nhà 320,0 nước trung ương | 241,6 | 75,5 |
 * | 2   | Thuế thu nhập cá nhân 260,0 | 214,5 | 82,5 |
 * | 3   | Lệ phí trước bạ 230,0 | 158,9 | 69,1 |
 * ```
 */
import { isFigureCell } from '../../vi/table-headers.js';
import { type Finding, growing, type QualityRule } from './rule.js';

/** A token of a figure as tables print it, or the wrap left it (`10.486,`), or a sign alone. */
const FIGURE_TOKEN = /^(?:[-–+(]?\d[\d.,]*%?\)?|[-–])$/u;

/**
 * A cell made only of figures' tokens that is not one figure (a range is one): several figures,
 * one ending in its decimal comma or a dot, or a sign apart from the figure after it.
 */
export function misreadCell(raw: string): boolean {
  const text = raw.trim();
  if (!/\d/u.test(text) || isFigureCell(text, true)) return false;
  const tokens = text.split(/\s+/u);
  if (!tokens.every((token) => FIGURE_TOKEN.test(token))) return false;
  const numbers = tokens.filter((token) => /\d/u.test(token));
  return (
    numbers.length >= 2 ||
    numbers.some((token) => /[.,]$/u.test(token)) ||
    tokens.some((token, index) => /^[-–]$/u.test(token) && /^\d/u.test(tokens[index + 1] ?? ''))
  );
}

/**
 * A name with a figure among its words as tables print figures, grouped or with decimals
 * (`Thu nội địa 6.181,0`, `Thu từ doanh nghiệp nhà 320,0 nước trung ương`), not a percent.
 */
export function nameWithFigure(raw: string): boolean {
  return /\p{L}/u.test(raw) && NAME_FIGURE.test(raw);
}

const NAME_FIGURE =
  /(?:^|\s)\d{1,3}(?:\.\d{3})*,\d{1,3}(?=\s|$)|(?:^|\s)\d{1,3}(?:\.\d{3})+(?=\s|$)/u;

/** Names with a figure in them enough, and half of the column's, to say the columns merged. */
const MIN_MERGED_NAMES = 3;

export const misreadTable: QualityRule = {
  ruleId: 'misread-table',
  check({ document }) {
    const findings: Finding[] = [];
    for (const table of document.tables) {
      // Only the columns of figures: a column of notes may list numbers (`Khóa 1, 2`).
      const figures = table.columns.map((_, index) => {
        const filled = table.rows
          .map((row) => row.cells[index])
          .filter((cell) => cell !== undefined && cell.kind !== 'empty');
        const numbers = filled.filter((cell) => cell?.kind === 'number' || cell?.kind === 'range');
        return filled.length > 0 && numbers.length * 2 >= filled.length;
      });
      const cells = table.rows.flatMap((row) =>
        row.cells.filter((cell, index) => figures[index] && misreadCell(cell.raw)),
      );
      // The names' column holding the next column's figures (`Thu nội địa 6.181,0`): in most of
      // its rows, the two columns were never parted.
      const labelAt = table.columns.findIndex((column) => column.role === 'label');
      const names = table.rows
        .map((row) => row.cells[labelAt])
        .filter((cell) => cell !== undefined && cell.raw.trim() !== '');
      const merged = names.filter((cell) => nameWithFigure(cell?.raw ?? ''));
      if (merged.length >= MIN_MERGED_NAMES && merged.length * 2 >= names.length) {
        for (const cell of merged) if (cell) cells.push(cell);
      }
      if (cells.length === 0) continue;
      findings.push({
        reason: `A table is read with its columns wrong: ${cells.length} cell${cells.length > 1 ? 's hold' : ' holds'} figures run together or cut (${cells
          .slice(0, 3)
          .map((cell) => `\`${cell.raw.trim()}\``)
          .join(', ')})`,
        line: table.sources[0]?.startLine,
        count: cells.length,
      });
    }
    return findings;
  },
  // One such cell is a wrong figure in a record: enough to keep the reading from `good`.
  penalty: (findings) =>
    growing(
      findings.reduce((sum, finding) => sum + (finding.count ?? 1), 0),
      0.2,
      0.05,
      0.5,
    ),
};
