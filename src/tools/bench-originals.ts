/**
 * The bench row of the Word reader (issue 25): a Word original through the whole extraction (the
 * reader, then the pipeline) against its clean markdown through the markdown path, per document,
 * on the committed originals (tests/originals/, made by pandoc and by LibreOffice). Run by
 * `npm run bench`; the timer is the bench's own.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../extract.js';

export type Timer = (run: () => unknown, runs: number, warmup: number) => Promise<number>;

const ORIGINALS = 'tests/originals';
const REPORTS = [
  'ubnd-lao-cai_bao-cao_2024-q1',
  'ubnd-quang-tri_bao-cao_2024-q1',
  'huyen-uy-cam-lo_bao-cao_2024-h1',
];

export async function wordOriginalRows(
  timeIt: Timer,
  runs: number,
): Promise<Array<[figure: string, value: string, note: string]>> {
  const rows: Array<[string, string, string]> = [];
  for (const name of REPORTS) {
    const markdownPath = join(ORIGINALS, `${name}.md`);
    const markdown = readFileSync(markdownPath);
    const markdownMs = await timeIt(
      () => extract({ path: markdownPath, bytes: markdown }),
      runs,
      5,
    );
    for (const [maker, path] of [
      ['pandoc', join(ORIGINALS, `${name}.docx`)],
      ['LibreOffice', join(ORIGINALS, 'docx-libreoffice', `${name}.docx`)],
    ] as const) {
      const bytes = readFileSync(path);
      const wordMs = await timeIt(() => extract({ path, bytes }), runs, 5);
      rows.push([
        `Word original ÷ its markdown, ${name} (${maker}, ${(bytes.length / 1024).toFixed(0)} KB)`,
        `${(wordMs / markdownMs).toFixed(2)}×`,
        `(${wordMs.toFixed(1)} ms vs ${markdownMs.toFixed(1)} ms)`,
      ]);
    }
  }
  return rows;
}
