#!/usr/bin/env node
/**
 * @opendocsg/pdf2md's markdown of one PDF, on standard output (pdf.js underneath: `##` for large
 * type, `^1` marks, a table's rows run together). Used by scripts/plain-text/generate.sh for the
 * reports written for held-out tests; CI never runs it.
 *
 *   node scripts/converters/pdf2md.mjs report.pdf > report.md
 */
import { readFileSync } from 'node:fs';
import pdf2md from '@opendocsg/pdf2md';

const [path] = process.argv.slice(2);
if (!path) {
  process.stderr.write('usage: node scripts/converters/pdf2md.mjs FILE.pdf\n');
  process.exit(2);
}
const text = await pdf2md(readFileSync(path));
process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
