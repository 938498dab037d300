/**
 * A query result as text: a plain-text table for people (a header, a rule, one line per row,
 * columns padded to their widest cell, a row count), or CSV for programs (RFC 4180).
 */

/** A value as a cell's text: null is empty, objects and lists are their JSON. */
function text(value: unknown): string {
  return value === null || value === undefined
    ? ''
    : typeof value === 'string'
      ? value
      : JSON.stringify(value);
}

function cell(value: unknown, maxCell: number): string {
  // A table line holds one row: line breaks and tabs become spaces.
  const flat = text(value).replace(/\s+/g, ' ');
  return flat.length > maxCell ? `${flat.slice(0, maxCell - 1)}…` : flat;
}

export interface TableOptions {
  /** Cells longer than this are cut, with `…` (on a terminal); by default nothing is cut. */
  maxCell?: number;
}

export function formatTable(
  columns: readonly string[],
  rows: readonly Record<string, unknown>[],
  { maxCell = Number.POSITIVE_INFINITY }: TableOptions = {},
): string {
  const cells = rows.map((row) => columns.map((column) => cell(row[column], maxCell)));
  const widths = columns.map((column, index) =>
    cells.reduce((widest, line) => Math.max(widest, line[index]?.length ?? 0), column.length),
  );
  const numeric = columns.map((column) =>
    rows.every((row) => row[column] === null || typeof row[column] === 'number'),
  );
  const format = (line: readonly string[]) =>
    line
      .map((value, index) =>
        numeric[index] ? value.padStart(widths[index] ?? 0) : value.padEnd(widths[index] ?? 0),
      )
      .join(' | ')
      .trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('-|-');
  const body = cells.map(format);
  const count = `(${rows.length} ${rows.length === 1 ? 'row' : 'rows'})`;
  return `${[format(columns), rule, ...body, count].join('\n')}\n`;
}

/** A CSV field: quoted when it holds a comma, a quote or a line break, quotes doubled. */
function csvField(value: unknown): string {
  const field = text(value);
  return /[",\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field;
}

/** RFC 4180: a header line, then one record per row, CRLF line ends, every value whole. */
export function formatCsv(
  columns: readonly string[],
  rows: readonly Record<string, unknown>[],
): string {
  const lines = [columns, ...rows.map((row) => columns.map((column) => row[column]))];
  return lines.map((line) => `${line.map(csvField).join(',')}\r\n`).join('');
}
