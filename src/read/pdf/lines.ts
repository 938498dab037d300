/**
 * Text runs → lines. Runs stand on one line when their heights overlap by most of the smaller one:
 * a Vietnamese diacritic or a font change can move a run's baseline a little, and a footnote mark
 * is raised and smaller but still stands inside its line's height. Such a raised small run is
 * marked as a superscript. Within a line, runs far apart (a gap of about a letter's height or more)
 * are in different segments: the columns of a header block or a table.
 */
import type { Run } from './items.js';

export interface PdfRun extends Run {
  /** Raised above the line's baseline and smaller than its text: a footnote mark. */
  superscript: boolean;
}

export interface Segment {
  runs: PdfRun[];
  x0: number;
  x1: number;
}

export interface Line {
  page: number;
  /** 1-based rank on its page, top to bottom: the line of the provenance. */
  index: number;
  /** Baseline of the line's main text, from the page top. */
  y: number;
  /** The size of most of its characters. */
  size: number;
  x0: number;
  x1: number;
  /** Every letter is bold. */
  bold: boolean;
  segments: Segment[];
}

/** A superscript is at most this share of its line's size, and raised by at least this share. */
const SUPERSCRIPT_SIZE = 0.85;
const SUPERSCRIPT_RAISE = 0.15;
/** Runs further apart than this share of the size are in different segments (columns). */
const SEGMENT_GAP = 0.9;

interface Band {
  top: number;
  bottom: number;
  runs: Run[];
}

export function linesOf(runs: readonly Run[], page: number): Line[] {
  const visible = runs.filter((run) => run.text.trim() !== '' || run.width > 0);
  const sorted = [...visible].sort((a, b) => top(a) - top(b) || a.x - b.x);
  const bands: Band[] = [];
  for (const run of sorted) {
    if (run.text.trim() === '') continue;
    const band = bands.findLast((candidate) => overlaps(candidate, run));
    if (band) {
      band.runs.push(run);
      band.top = Math.min(band.top, top(run));
      band.bottom = Math.max(band.bottom, bottom(run));
    } else bands.push({ top: top(run), bottom: bottom(run), runs: [run] });
  }
  // White space runs (pdf.js writes the gaps between cells as runs of spaces) only part words.
  for (const run of sorted) {
    if (run.text.trim() !== '') continue;
    const band = bands.findLast((candidate) => overlaps(candidate, run));
    band?.runs.push(run);
  }
  return bands
    .sort((a, b) => a.bottom - b.bottom)
    .map((band, index) => lineOf(band.runs, page, index + 1));
}

const top = (run: Run) => run.y - run.size * 0.8;
const bottom = (run: Run) => run.y + run.size * 0.2;

function overlaps(band: Band, run: Run): boolean {
  const shared = Math.min(band.bottom, bottom(run)) - Math.max(band.top, top(run));
  const smaller = Math.min(band.bottom - band.top, run.size);
  return shared > smaller * 0.5;
}

function lineOf(runs: Run[], page: number, index: number): Line {
  const letters = runs.filter((run) => run.text.trim() !== '');
  // The main size and baseline: those of the most characters.
  const weight = new Map<number, number>();
  for (const run of letters) {
    const size = Math.round(run.size * 2) / 2;
    weight.set(size, (weight.get(size) ?? 0) + run.text.length);
  }
  const size = [...weight].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? 0;
  const main = letters.filter((run) => Math.abs(run.size - size) <= 0.5);
  const y = median(main.map((run) => run.y));
  const marked: PdfRun[] = runs
    .map((run) => ({
      ...run,
      superscript:
        run.text.trim() !== '' &&
        run.size <= size * SUPERSCRIPT_SIZE &&
        y - run.y >= size * SUPERSCRIPT_RAISE,
    }))
    .sort((a, b) => a.x - b.x);
  const segments: Segment[] = [];
  for (const run of marked) {
    const last = segments.at(-1);
    const blank = run.text.trim() === '';
    if (last && run.x - last.x1 < size * SEGMENT_GAP) {
      last.runs.push(run);
      if (!blank) last.x1 = Math.max(last.x1, run.x + run.width);
    } else if (!blank) segments.push({ runs: [run], x0: run.x, x1: run.x + run.width });
  }
  const bold = letters.length > 0 && letters.every((run) => run.bold || !/\p{L}/u.test(run.text));
  return {
    page,
    index,
    y,
    size,
    x0: segments[0]?.x0 ?? 0,
    x1: segments.at(-1)?.x1 ?? 0,
    bold: bold && letters.some((run) => run.bold),
    segments,
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/**
 * The text of runs: a space where two runs stand apart and neither brings one, superscripts given
 * to `mark` (which writes them as a footnote reference or a superscript figure).
 */
export function runsText(
  runs: readonly PdfRun[],
  mark: (digits: string) => string,
  escapeText: (text: string) => string = (text) => text,
): string {
  let out = '';
  let end: number | undefined;
  for (const run of runs) {
    if (run.text.trim() === '') {
      if (out !== '' && !out.endsWith(' ')) out += ' ';
      end = run.x + run.width;
      continue;
    }
    const gap = end === undefined ? 0 : run.x - end;
    if (out !== '' && !/\s$/u.test(out) && !/^\s/u.test(run.text) && gap > run.size * 0.2) {
      // A mark glued to the word before it stays glued: `năm 2024¹,`.
      if (!run.superscript) out += ' ';
    }
    out += run.superscript ? mark(run.text.trim()) : escapeText(run.text);
    end = run.x + run.width;
  }
  return out.replace(/\s+/gu, ' ').trim();
}

/** A segment's or line's plain text, superscripts left out (for the language rules). */
export function plainOf(runs: readonly PdfRun[]): string {
  return runsText(
    runs.filter((run) => !run.superscript),
    () => '',
  );
}

export function lineRuns(line: Line): PdfRun[] {
  return line.segments.flatMap((segment) => segment.runs);
}
