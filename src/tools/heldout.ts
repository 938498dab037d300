/**
 * `npm run heldout -- DIR`: how much of each held-out report every reading keeps. DIR holds a folder
 * per report, as scripts/heldout/render.sh makes them: `gold.md`, the report's clean markdown, beside
 * its readings by the converters and extractors a data team meets (mammoth's and pdf2md's markdown,
 * pdftotext's default and `-layout` text, a pdf.js dump, OCR) and the Word and PDF originals.
 * Each reading is measured by the gold checks (gold-checks.ts): the share of the clean markdown's
 * checks it passes, against the least share its issue asks (markdown 95 %, plain text 85 %, OCR
 * 60 %), with its quality grade, which must tell a poor reading without the gold.
 *
 * Options: `--missed` lists each reading's missed checks; `--json` prints the figures as JSON.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { extract } from '../extract.js';
import type { Document } from '../schema/document.js';
import { keptShare } from './gold-checks.js';

/** Each reading's file in a report's folder, and the least share its issue asks (#19, #20, #25). */
const READINGS = [
  { file: 'mammoth.md', floor: 0.95 },
  { file: 'pdf2md.md', floor: 0.95 },
  { file: 'pdftotext.txt', floor: 0.85 },
  { file: 'layout.txt', floor: 0.85 },
  { file: 'pdfjs.txt', floor: 0.85 },
  { file: 'ocr.txt', floor: 0.6 },
  { file: 'report.docx', floor: 0.95 },
  { file: 'report.pdf', floor: 0.85 },
] as const;

interface HeldOutFigure {
  report: string;
  reading: string;
  share: number;
  floor: number;
  grade: Document['quality']['grade'];
  missed: string[];
}

const read = (path: string) => extract({ path, bytes: readFileSync(path) });

/** The figures of every reading of every report in `dir`, in name order. */
async function measureHeldOut(dir: string): Promise<HeldOutFigure[]> {
  const figures: HeldOutFigure[] = [];
  const reports = readdirSync(dir)
    .filter((name) => existsSync(join(dir, name, 'gold.md')))
    .sort();
  for (const report of reports) {
    const gold = await read(join(dir, report, 'gold.md'));
    for (const { file, floor } of READINGS) {
      const path = join(dir, report, file);
      if (!existsSync(path)) continue;
      const reading = await read(path);
      const { share, missed } = keptShare(gold, reading);
      figures.push({ report, reading: file, share, floor, grade: reading.quality.grade, missed });
    }
  }
  return figures;
}

const percent = (share: number) => `${(share * 100).toFixed(1)}`;

/** A table, a report a row and a reading a column; `*` marks a share under its floor. */
function formatHeldOut(figures: readonly HeldOutFigure[]): string {
  const readings = READINGS.map((r) => r.file).filter((file) =>
    figures.some((f) => f.reading === file),
  );
  const reports = [...new Set(figures.map((f) => f.report))];
  const width = Math.max(6, ...reports.map((r) => r.length));
  const lines = [[''.padEnd(width), ...readings.map((r) => r.padStart(14))].join(' ')];
  for (const report of reports) {
    const cells = readings.map((file) => {
      const figure = figures.find((f) => f.report === report && f.reading === file);
      if (!figure) return '–'.padStart(14);
      const mark = figure.share < figure.floor ? '*' : ' ';
      return `${percent(figure.share)}${mark} ${figure.grade}`.padStart(14);
    });
    lines.push([report.padEnd(width), ...cells].join(' '));
  }
  const under = figures.filter((f) => f.share < f.floor).length;
  lines.push(`${figures.length} readings, ${under} under their floor (*)`);
  return `${lines.join('\n')}\n`;
}

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { missed: { type: 'boolean' }, json: { type: 'boolean' } },
  });
  const [dir] = positionals;
  if (!dir) {
    process.stderr.write('usage: npm run heldout -- DIR [--missed] [--json]\n');
    process.exit(2);
  }
  const figures = await measureHeldOut(dir);
  if (values.json) {
    process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
    return;
  }
  process.stdout.write(formatHeldOut(figures));
  if (values.missed) {
    for (const f of figures) {
      if (f.missed.length === 0) continue;
      process.stdout.write(`\n${f.report} ${f.reading} (${percent(f.share)} %):\n`);
      for (const check of f.missed) process.stdout.write(`  ${check}\n`);
    }
  }
}

await main();
