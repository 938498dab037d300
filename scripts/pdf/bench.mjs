#!/usr/bin/env node
/**
 * The PDF reader's speed against pdftotext on the same files (issue 25): pages per second of each
 * and the ratio of their times per page (the aim: at most 3×). Not a bench row because CI has no
 * pdftotext; needs poppler-utils and a build (`npm run build`).
 *
 *   node scripts/pdf/bench.mjs [file.pdf …]     (default: the PDFs in tests/originals)
 *
 * The reader runs in-process, warm (pdf.js loaded once, as in a batch); pdftotext runs as the
 * process a pipeline starts per file. Each time is the median of several runs.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const { readPdf } = await import(join(root, 'dist/read/pdf/index.js'));
const files =
  process.argv.length > 2
    ? process.argv.slice(2)
    : [
        ...readdirSync(join(root, 'tests/originals'))
          .filter((name) => name.endsWith('.pdf'))
          .map((name) => join(root, 'tests/originals', name)),
        join(root, 'tests/originals/pdf/chromium-ubnd-quang-tri_bao-cao_2024-q1.pdf'),
      ];
const RUNS = 15;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function time(run) {
  await run();
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return median(times);
}

const pagesOf = (file) =>
  Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);

let readerTotal = 0;
let pdftotextTotal = 0;
let pageTotal = 0;
for (const file of files) {
  const bytes = readFileSync(file);
  const pages = pagesOf(file);
  const reader = await time(() => readPdf(bytes, file));
  const pdftotext = await time(() => execFileSync('pdftotext', [file, '-'], { stdio: 'pipe' }));
  readerTotal += reader;
  pdftotextTotal += pdftotext;
  pageTotal += pages;
  console.log(
    `${file.slice(root.length + 1)}: ${pages} pages; reader ${((pages / reader) * 1000).toFixed(0)} pages/s, pdftotext ${((pages / pdftotext) * 1000).toFixed(0)} pages/s: ${(reader / pdftotext).toFixed(2)}× its time`,
  );
}
console.log(
  `all: ${pageTotal} pages; reader ${((pageTotal / readerTotal) * 1000).toFixed(0)} pages/s, pdftotext ${((pageTotal / pdftotextTotal) * 1000).toFixed(0)} pages/s: ${(readerTotal / pdftotextTotal).toFixed(2)}× its time`,
);
