#!/usr/bin/env node
/**
 * mammoth's markdown of one Word file, on standard output: what a data team gets from
 * `mammoth.convertToMarkdown` (cells of a table each a paragraph, `footnote-ref-N` anchors).
 * Used by scripts/plain-text/generate.sh for the reports written for the held-out tests; CI never
 * runs it.
 *
 *   node scripts/converters/mammoth.mjs report.docx > report.md
 */
import mammoth from 'mammoth';

const [path] = process.argv.slice(2);
if (!path) {
  process.stderr.write('usage: node scripts/converters/mammoth.mjs FILE.docx\n');
  process.exit(2);
}
const { value } = await mammoth.convertToMarkdown({ path });
process.stdout.write(value.endsWith('\n') ? value : `${value}\n`);
