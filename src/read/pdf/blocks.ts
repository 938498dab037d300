/**
 * Body lines → blocks, in reading order over all pages: paragraphs, layout blocks and tables. A
 * line starts a new paragraph where the spacing grows, where it is indented past the line before,
 * where its size or boldness changes, or where the plain-text reader's rules say so (a marker
 * `I.`, `1.`, `a)`, `-`, `Nơi nhận:`; a capital after a short or finished line). Its shortness is
 * read from the page: a line that stops well before the right margin; where the page marks its
 * paragraphs (spacing or indents), a full line ending a sentence does not end one by itself. A
 * paragraph cut by a page end simply goes on: the footnotes and furniture between are elsewhere.
 * A table cut by a page end is made one, its header repeated on the next page dropped.
 */

import { startsRow } from '../../parse/plain-text/layout.js';
import { breaksAfterLine, bullet, markerOnly, startsBlock } from '../../parse/plain-text/reflow.js';
import { isFigureCell } from '../../vi/table-headers.js';
import { append } from './arrays.js';
import { type ColumnBlock, cellText, columnBlocks, type Row } from './columns.js';
import type { Rule } from './items.js';
import { type Line, lineRuns, plainOf } from './lines.js';
import type { Layout } from './zones.js';

export type Block = { kind: 'paragraph'; lines: Line[] } | ColumnBlock;

export function blocksOf(
  pages: ReadonlyArray<{ lines: Line[]; rules: readonly Rule[] }>,
  layout: Layout,
): Block[] {
  const blocks: Block[] = [];
  let paragraph: Line[] = [];
  const flush = () => {
    if (paragraph.length > 0) blocks.push({ kind: 'paragraph', lines: paragraph });
    paragraph = [];
  };
  for (const { lines, rules } of pages) {
    const columns = columnBlocks(lines, layout, rules);
    let i = 0;
    while (i < lines.length) {
      const found = columns.get(i);
      if (found) {
        flush();
        const previous = blocks.at(-1);
        if (!(previous && continues(previous, found.block))) blocks.push(found.block);
        i = found.end;
        continue;
      }
      const line = lines[i] as Line;
      const before = paragraph.at(-1);
      if (before && breaks(before, line, layout)) flush();
      paragraph.push(line);
      i++;
    }
  }
  flush();
  return blocks;
}

function breaks(before: Line, line: Line, layout: Layout): boolean {
  const text = plainOf(lineRuns(line));
  const previous = plainOf(lineRuns(before));
  if (Math.abs(before.size - line.size) > 0.5 || before.bold !== line.bold) return true;
  const samePage = before.page === line.page;
  if (samePage && line.y - before.y > layout.pitch * 1.35) return true;
  if (line.x0 - before.x0 > layout.size * 0.75 && /^["“(]?[\p{Lu}\d]/u.test(text)) return true;
  const short = before.x1 < layout.right - layout.size * 2.5;
  // A full line ending a sentence, then a capital, at the same spacing and margin: where the
  // page marks paragraphs, that is one paragraph going on (a sentence ended at the line's end).
  if (
    !short &&
    layout.marked &&
    !startsBlock(text) &&
    !bullet.test(text) &&
    !markerOnly.test(text)
  ) {
    return false;
  }
  return breaksAfterLine(previous, text, short, false);
}

/**
 * A table that goes on from the one before (the last block of the page before, as many columns):
 * its repeated header lines are dropped, the lines above its first row finish the last row, and
 * its rows join the table. Says whether it did.
 */
function continues(previous: Block, next: ColumnBlock): boolean {
  if (previous.kind !== 'table' || next.kind !== 'table') return false;
  if (previous.columns !== next.columns) return false;
  const lastPage = previous.lines.at(-1)?.page ?? 0;
  if (next.lines[0]?.page !== lastPage + 1) return false;
  const rows = [...next.rows];
  const head = previous.rows[0]?.header ? previous.rows[0] : undefined;
  const first = rows[0];
  if (first?.header) {
    rows.shift();
    // The header repeated, or its top tiers only (Word repeats the rows marked to repeat).
    const repeated = head?.lines ?? [];
    let same = 0;
    while (same < repeated.length && sameText(repeated[same] as Line, first.lines[same])) same++;
    if (same === 0 && repeated.length > 0) return false;
    // Lines of the header row past the repeated header: the cut row's end.
    const rest = new Set(first.lines.slice(same));
    const last = previous.rows.at(-1);
    if (rest.size > 0 && last && !last.header) {
      first.cells.forEach((cell, i) => {
        append(
          last.cells[i]?.parts,
          cell.parts.filter((part) => rest.has(part.line)),
        );
      });
      append(last.lines, rest);
    }
  }
  // A row cut by the page end: its rest stands first, without an order number of its own, and
  // without figures where the row has its own (`b) Nguồn cân đối ngân sách  30,315` is a row).
  const cut = rows[0];
  const last = previous.rows.at(-1);
  const figureOn = (row: Row, i: number) => isFigureCell(cellText(row.cells[i]));
  if (
    cut &&
    last &&
    !last.header &&
    !startsRow(cellText(cut.cells[0]), cellText(cut.cells[1])) &&
    !cut.cells.some((_, i) => i >= 2 && figureOn(cut, i) && figureOn(last, i))
  ) {
    rows.shift();
    cut.cells.forEach((cell, i) => {
      append(last.cells[i]?.parts, cell.parts);
    });
    append(last.lines, cut.lines);
  }
  append(previous.rows, rows as Row[]);
  append(previous.lines, next.lines);
  return true;
}

function sameText(a: Line, b: Line | undefined): boolean {
  return b !== undefined && plainOf(lineRuns(a)) === plainOf(lineRuns(b));
}
