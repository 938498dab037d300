/**
 * A query result as a plain-text table for a terminal: a header, a rule, one line per row,
 * columns padded to their widest cell (cells cut at 60 characters), and a row count.
 */
const MAX_CELL = 60;

function cell(value: unknown): string {
  const text =
    value === null || value === undefined
      ? ''
      : typeof value === 'string'
        ? value
        : JSON.stringify(value);
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > MAX_CELL ? `${flat.slice(0, MAX_CELL - 1)}…` : flat;
}

export function formatTable(
  columns: readonly string[],
  rows: readonly Record<string, unknown>[],
): string {
  const cells = rows.map((row) => columns.map((column) => cell(row[column])));
  const widths = columns.map((column, index) =>
    cells.reduce((widest, line) => Math.max(widest, line[index]?.length ?? 0), column.length),
  );
  const numeric = columns.map((column) =>
    rows.every((row) => row[column] === null || typeof row[column] === 'number'),
  );
  const format = (line: readonly string[]) =>
    line
      .map((text, index) =>
        numeric[index] ? text.padStart(widths[index] ?? 0) : text.padEnd(widths[index] ?? 0),
      )
      .join(' | ')
      .trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('-|-');
  const body = cells.map(format);
  const count = `(${rows.length} ${rows.length === 1 ? 'row' : 'rows'})`;
  return `${[format(columns), rule, ...body, count].join('\n')}\n`;
}
