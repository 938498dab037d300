#!/usr/bin/env node
/**
 * Converter fixtures made with the real tools (issue 19). Never run by CI or the tests: they read the
 * committed outputs. Needs Debian `pandoc` and `libreoffice-writer` (`soffice`), and the npm dev
 * dependencies `mammoth` and `@opendocsg/pdf2md`.
 *
 *   node scripts/converters/generate.mjs
 *
 * 1. Each report source `tests/originals/<name>.md` (pandoc markdown written for this: real
 *    footnotes, the header block and the Nơi nhận/signature block as two-column grid tables,
 *    numbered headings as bold paragraphs, an appendix table) becomes a Word file
 *    `tests/originals/<name>.docx` (`pandoc -o`), and that a PDF `tests/originals/<name>.pdf`
 *    (`soffice --headless --convert-to pdf`): the pages, footnotes at their bottom, are LibreOffice's.
 * 2. The Word file and the PDF go through the converters a data team meets; each output is kept as
 *    `tests/converters/<converter>/<name>.md`:
 *    - `pandoc-gfm`: `pandoc <docx> -t gfm` (footnotes `[^n]`, the layout tables as HTML);
 *    - `pandoc-markdown`: `pandoc <docx> -t markdown` (escapes, grid tables, 72-column wrap);
 *    - `mammoth`: mammoth's markdown (`footnote-ref-N` anchors, notes as a list at the end);
 *    - `pdf2md`: @opendocsg/pdf2md (pdf.js) on the PDF (`^1` marks, `(^1)` notes per page).
 *
 * The originals are committed too, so that other readers (plain text: pdftotext, OCR) start from the
 * same files.
 */
import { execFileSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pdf2md from '@opendocsg/pdf2md';
import mammoth from 'mammoth';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const originals = join(root, 'tests/originals');
const outputs = join(root, 'tests/converters');

function write(converter, name, text) {
  const folder = join(outputs, converter);
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, `${name}.md`), text.endsWith('\n') ? text : `${text}\n`);
}

const sources = readdirSync(originals)
  .filter((file) => file.endsWith('.md'))
  .sort();
for (const source of sources) {
  const name = basename(source, '.md');
  const docx = join(originals, `${name}.docx`);
  const pdf = join(originals, `${name}.pdf`);
  execFileSync('pandoc', ['-f', 'markdown', '-o', docx, join(originals, source)]);

  // soffice writes `<name>.pdf` into --outdir; a private profile keeps parallel runs apart.
  const work = mkdtempSync(join(tmpdir(), 'baocao-soffice-'));
  execFileSync('soffice', [
    `-env:UserInstallation=file://${work}/profile`,
    '--headless',
    '--convert-to',
    'pdf',
    '--outdir',
    work,
    docx,
  ]);
  renameSync(join(work, `${name}.pdf`), pdf);

  write('pandoc-gfm', name, execFileSync('pandoc', [docx, '-t', 'gfm'], { encoding: 'utf8' }));
  write(
    'pandoc-markdown',
    name,
    execFileSync('pandoc', [docx, '-t', 'markdown'], { encoding: 'utf8' }),
  );
  write('mammoth', name, (await mammoth.convertToMarkdown({ path: docx })).value);
  write('pdf2md', name, await pdf2md(readFileSync(pdf)));
  console.log(`${name}: docx, pdf, pandoc-gfm, pandoc-markdown, mammoth, pdf2md`);
}
