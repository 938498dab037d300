/**
 * A report in the seed's markdown rewritten as a PDF text extractor leaves it (pdftotext's default
 * mode): lines wrapped at a fixed width with no blank line between paragraphs, markup gone, each
 * page ended by its footnotes (`1 Kế hoạch của …`, wrapped), its number and a form feed, footnote
 * marks as digits glued to the word before (`Trung ương1.`), a table printed one cell per line.
 * The seed's pages end where a run of footnote definitions stands, as the PDF's did.
 *
 * The quality grade must not call such a file `good` until a reader reads it all (tests/quality.test.ts).
 */
const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const toDigits = (marks: string) => [...marks].map((mark) => SUPERSCRIPTS.indexOf(mark)).join('');

/** Markdown's own marks off: tags, emphasis, list and heading marks kept as the PDF printed them. */
function bare(text: string): string {
  return text
    .replace(/<\/?[a-z]+>/gi, '')
    .replace(/\*\*|__/g, '')
    .replace(/(?<![mk])([⁰¹²³⁴⁵⁶⁷⁸⁹]+)/g, (_, marks: string) => toDigits(marks));
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}

export function flattenReport(markdown: string, width = 80): string {
  const out: string[] = [];
  let notes: string[] = [];
  let page = 1;
  const endPage = () => {
    out.push(...notes, String(page), '\f');
    notes = [];
    page++;
  };
  for (const block of markdown.split(/\n{2,}/)) {
    const text = block.trim();
    if (text === '') continue;
    const note = /^([⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s*([\s\S]*)$/.exec(text);
    if (note) {
      notes.push(...wrap(`${toDigits(note[1] ?? '')} ${bare(note[2] ?? '')}`, width));
      continue;
    }
    if (notes.length > 0) endPage();
    if (text.startsWith('|')) {
      for (const row of text.split('\n')) {
        if (/^\|[-\s|:]+\|$/.test(row)) continue;
        for (const cell of row.split('|').slice(1, -1)) {
          const value = bare(cell).trim();
          if (value !== '') out.push(value);
        }
      }
      continue;
    }
    out.push(...wrap(bare(text), width));
  }
  if (notes.length > 0) endPage();
  // A form feed starts the next page's first line, as pdftotext writes it.
  return `${out.join('\n').replace(/\f\n/g, '\f')}\n`;
}
