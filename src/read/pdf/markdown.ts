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
import { append, maxOf } from './arrays.js';
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
  let body = blocks;
  let endnotes = 0;
  if (notes.length === 0) {
    const found = endnotesOf(blocks);
    if (found) {
      body = found.body;
      append(notes, found.notes);
      endnotes = found.notes.length;
    }
  }
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
    ...body,
    ...orphans.map((lines) => ({ kind: 'paragraph' as const, lines })),
  ]) {
    blank();
    if (block.kind === 'paragraph') {
      const strong = block.lines.every((line) => line.bold);
      if (strong) bold++;
      const lines = joinHyphens(block.lines.map((line) => ({ line, value: text(lineRuns(line)) })));
      lines.forEach(({ line, value: raw }, index) => {
        let value = escapeStart(raw);
        if (strong && index === 0) value = `**${value}`;
        if (strong && index === lines.length - 1) value = `${value}**`;
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
      // A header's lower tier as the first body row, where pandoc writes it too.
      if (r.lower) emit(row(r.lower), r.lower.flatMap((cell) => cell.parts)[0]?.line);
    });
  }
  for (const note of notes) {
    blank();
    const lines = joinHyphens(note.lines.map(({ line, runs }) => ({ line, value: text(runs) })));
    lines.forEach(({ line, value }, index) => {
      emit(index === 0 ? `[^${note.number}]: ${value}` : `    ${value}`, line);
    });
  }
  const evidence: string[] = [];
  if (marks > 0) evidence.push(`superscript marks ×${marks}`);
  if (notes.length > 0)
    evidence.push(`footnotes ×${notes.length}`, `note references ×${references}`);
  if (continued > 0) evidence.push(`notes continued on the next page ×${continued}`);
  if (endnotes > 0) evidence.push(`endnotes ×${endnotes}`);
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

/**
 * A line that breaks after a hyphen inside a word or code (`2815/QĐ-` over `UBND`) goes on with
 * the next line, no space between; a line break would be read as one. Vietnamese words are never
 * hyphenated at a wrap, and a spaced dash (`kinh tế - xã hội`) keeps its space.
 */
function joinHyphens(
  lines: ReadonlyArray<{ line: Line; value: string }>,
): Array<{ line: Line; value: string }> {
  const out: Array<{ line: Line; value: string }> = [];
  for (const entry of lines) {
    const last = out.at(-1);
    if (last && /[\p{L}\p{N}]-$/u.test(last.value) && /^[\p{L}\p{N}]/u.test(entry.value)) {
      last.value += entry.value;
    } else out.push({ ...entry });
  }
  return out;
}

/**
 * Endnotes: where no page has a footnote zone, the paragraphs ending the document that number
 * themselves 1, 2, 3 … in turn, every number raised as a mark in the text before them. A note's
 * backlink glyph (`↩`, HTML exports) goes.
 */
function endnotesOf(blocks: readonly Block[]): { body: Block[]; notes: Note[] } | undefined {
  let start = -1;
  for (let i = blocks.length - 1; i >= 0; i--) {
    const block = blocks[i] as Block;
    if (block.kind !== 'paragraph') break;
    const first = block.lines[0];
    if (first && noteNumber(first) === 1) start = i;
  }
  if (start < 0) return undefined;
  const marked = new Set<number>();
  for (const block of blocks.slice(0, start)) {
    for (const line of block.lines) {
      for (const run of lineRuns(line)) {
        if (run.superscript && /^\d{1,3}$/u.test(run.text.trim())) marked.add(Number(run.text));
      }
    }
  }
  const notes: Note[] = [];
  for (const block of blocks.slice(start)) {
    block.lines.forEach((line, index) => {
      const number = index === 0 ? noteNumber(line) : undefined;
      const last = notes.at(-1);
      if (number === (last?.number ?? 0) + 1) {
        notes.push({ number: number as number, lines: [{ line, runs: withoutNumber(line) }] });
      } else last?.lines.push({ line, runs: lineRuns(line) });
    });
  }
  if (!notes.every((note) => marked.has(note.number))) return undefined;
  for (const note of notes) {
    const last = note.lines.at(-1);
    if (!last) continue;
    last.runs = last.runs
      .map((run) => ({ ...run, text: withoutBacklink(run.text) }))
      .filter((run) => run.text !== '');
  }
  return { body: blocks.slice(0, start), notes };
}

/** A note's text without the backlink glyph an HTML export ends it with (`↩`, `↩︎`). */
function withoutBacklink(text: string): string {
  let out = text.trimEnd();
  if (out.endsWith('\ufe0e')) out = out.slice(0, -1);
  return out.endsWith('\u21a9') ? out.slice(0, -1).trimEnd() : text;
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
