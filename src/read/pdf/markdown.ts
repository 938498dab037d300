/**
 * Blocks and notes → the markdown the markdown path reads best, one output line per line of the
 * page (a paragraph's lines as soft breaks), so that each line keeps its page and line:
 *
 * - a paragraph: its lines, markdown characters escaped, a line that would start a list, heading or
 *   quote escaped (`1\.`, `\-`): numbering stays text, as the structure stage reads it;
 *   a paragraph all in a bold font (a heading, the document type) as `**…**`;
 * - a superscript number that a note defines → `[^n]`; another stays a superscript figure (`m²`);
 * - a layout block or a table → a GFM pipe table (the first row, or the header, as its head);
 * - the notes, after the body: `[^n]: text`, a note's further lines indented under it, a note
 *   continued on the next page's zone joined to it.
 */

import { toSuperscript } from '../../parse/markers.js';
import type { Origin } from '../original.js';
import { maxOf } from './arrays.js';
import type { Block } from './blocks.js';
import { type Cell, cellText } from './columns.js';
import { type Line, lineRuns, type PdfRun, runsText } from './lines.js';
import { noteNumber } from './zones.js';

interface Note {
  number: number;
  lines: Array<{ line: Line; runs: PdfRun[] }>;
}

const MARKDOWN_CHARS = /[\\`*_[\]<>|&]/gu;
const escapeMarkdown = (text: string) => text.replace(MARKDOWN_CHARS, '\\$&');
/** What would start another block at the start of a line: a list, heading, quote or rule. */
const escapeStart = (line: string) =>
  line.replace(/^([-+#>=~])/u, '\\$1').replace(/^(\d{1,9})([.)])(?=\s|$)/u, '$1\\$2');

export function writeMarkdown(
  blocks: readonly Block[],
  zones: readonly Line[][],
): { text: string; origins: Array<Origin | undefined>; evidence: string[] } {
  const { notes, orphans, continued } = notesOf(zones);
  const defined = new Set(notes.map((note) => note.number));
  let marks = 0;
  let references = 0;
  const mark = (digits: string) => {
    marks++;
    if (/^\d{1,3}$/u.test(digits) && defined.has(Number(digits))) {
      references++;
      return `[^${Number(digits)}]`;
    }
    return /^\d+$/u.test(digits) ? toSuperscript(digits) : escapeMarkdown(digits);
  };
  const text = (runs: readonly PdfRun[]) => runsText(runs, mark, escapeMarkdown);

  const out: string[] = [];
  const origins: Array<Origin | undefined> = [];
  const emit = (value: string, line: Line | undefined) => {
    out.push(value);
    origins.push(line ? { page: line.page, line: line.index } : undefined);
  };
  const blank = () => {
    if (out.length > 0 && out.at(-1) !== '') emit('', undefined);
  };
  let tables = 0;
  let layouts = 0;
  let bold = 0;
  for (const block of [
    ...blocks,
    ...orphans.map((lines) => ({ kind: 'paragraph' as const, lines })),
  ]) {
    blank();
    if (block.kind === 'paragraph') {
      const strong = block.lines.every((line) => line.bold);
      if (strong) bold++;
      block.lines.forEach((line, index) => {
        let value = escapeStart(text(lineRuns(line)));
        if (strong && index === 0) value = `**${value}`;
        if (strong && index === block.lines.length - 1) value = `${value}**`;
        emit(value, line);
      });
      continue;
    }
    if (block.kind === 'table') tables++;
    else layouts++;
    const width = maxOf(block.rows.map((row) => row.cells.length));
    const row = (cells: readonly Cell[]) =>
      `| ${Array.from({ length: width }, (_, i) => cellText(cells[i], text) || ' ').join(' | ')} |`;
    block.rows.forEach((r, index) => {
      emit(row(r.cells), r.lines[0]);
      if (index === 0) emit(`|${' --- |'.repeat(width)}`, undefined);
    });
  }
  for (const note of notes) {
    blank();
    note.lines.forEach(({ line, runs }, index) => {
      const value = text(runs);
      emit(index === 0 ? `[^${note.number}]: ${value}` : `    ${value}`, line);
    });
  }
  const evidence: string[] = [];
  if (marks > 0) evidence.push(`superscript marks ×${marks}`);
  if (notes.length > 0)
    evidence.push(`footnotes ×${notes.length}`, `note references ×${references}`);
  if (continued > 0) evidence.push(`notes continued on the next page ×${continued}`);
  if (tables > 0) evidence.push(`tables ×${tables}`);
  if (layouts > 0) evidence.push(`layout blocks ×${layouts}`);
  if (bold > 0) evidence.push(`bold blocks ×${bold}`);
  return { text: `${out.join('\n')}\n`, origins, evidence };
}

/**
 * The notes of the footnote zones: a line starting with a number starts a note (numbers go up); a
 * zone's lines before its first number go on with the last note of the pages before.
 */
function notesOf(zones: readonly Line[][]): {
  notes: Note[];
  orphans: Line[][];
  continued: number;
} {
  const notes: Note[] = [];
  const orphans: Line[][] = [];
  let continued = 0;
  for (const zone of zones) {
    zone.forEach((line, index) => {
      const number = noteNumber(line);
      const last = notes.at(-1);
      if (number !== undefined && (!last || number > last.number)) {
        notes.push({ number, lines: [{ line, runs: withoutNumber(line) }] });
        return;
      }
      if (!last) {
        orphans.push([line]);
        return;
      }
      if (index === 0) continued++;
      last.lines.push({ line, runs: lineRuns(line) });
    });
  }
  return { notes, orphans, continued };
}

/** A note's first line without its number: the raised mark, or the figure and its space. */
function withoutNumber(line: Line): PdfRun[] {
  const runs = lineRuns(line);
  const at = runs.findIndex((run) => run.text.trim() !== '');
  const first = runs[at];
  if (!first) return runs;
  if (first.superscript || first.size < line.size * 0.85) return runs.slice(at + 1);
  const stripped = first.text.replace(/^\s*\d{1,3}[.)]?\s*/u, '');
  return [{ ...first, text: stripped }, ...runs.slice(at + 1)].filter((run) => run.text !== '');
}
