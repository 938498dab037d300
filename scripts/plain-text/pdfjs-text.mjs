/**
 * A pdf.js text dump, as web tools and markitdown-like converters make one: each page's text items
 * in content order, a line break where pdf.js marks the end of a line (`hasEOL`), a form feed
 * between pages. Usage: node scripts/plain-text/pdfjs-text.mjs in.pdf > out.txt
 */
import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const [path] = process.argv.slice(2);
if (!path) {
  console.error('usage: pdfjs-text.mjs file.pdf');
  process.exit(2);
}
const pdf = await getDocument({ data: new Uint8Array(readFileSync(path)), verbosity: 0 }).promise;
const pages = [];
for (let number = 1; number <= pdf.numPages; number++) {
  const page = await pdf.getPage(number);
  const content = await page.getTextContent();
  let text = '';
  for (const item of content.items) {
    if (!('str' in item)) continue;
    text += item.str;
    if (item.hasEOL) text += '\n';
  }
  pages.push(text.endsWith('\n') ? text : `${text}\n`);
}
process.stdout.write(pages.join('\f'));
