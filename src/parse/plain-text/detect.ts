/**
 * Is a text plain layout text (what a PDF text extractor or OCR made of a report) rather than
 * markdown, and of which kind? Told from evidence anyone can check in the file, returned with it:
 *
 * | evidence                          | says                                               |
 * | --------------------------------- | -------------------------------------------------- |
 * | form feeds between pages          | a text extractor (pdftotext, pdfminer, tesseract)  |
 * | page marker lines (`--- Trang 3 ---`) | a pipeline's page-by-page text                 |
 * | lines wrapped mid-sentence, no blank line between | hard-wrapped text, not markdown    |
 * | markdown syntax (`#`, `|…|` rows, `[^1]:`, `**`, `<sup>`) | markdown: not plain text   |
 *
 * The kind: `layout` (pdftotext -layout: columns apart by wide gaps, indentation kept), `ocr`
 * (tesseract: note numbers misread as marks glued to words, `hướng”.`, more often than read as
 * digits; or paragraphs apart by blank lines), `pdfjs` (a line per text run, no blank
 * lines, footnotes as `1 Text`), `pdftotext` (the default: blocks apart by blank lines, footnote
 * numbers on lines of their own).
 *
 * `plainLayout('Số: 87/BC-UBND\nTình hình kinh tế … quý II\nnăm 2024\n\f…')` → `{ kind: 'pdftotext', … }`;
 * `plainLayout('# BÁO CÁO\n\nTình hình …')` → `undefined`.
 */
import { endsSentence, startsLowercase } from '../../vi/text.js';
import { isPageMarker } from './lines.js';
import { markerOnly } from './reflow.js';

export type PlainLayoutKind = 'pdftotext' | 'layout' | 'pdfjs' | 'ocr';

export interface PlainLayout {
  kind: PlainLayoutKind;
  /** What was seen, in words, with counts: the reason for the choice. */
  evidence: string[];
}

const markdownLine =
  /^(?:#{1,6}\s|\|.*\|\s*$|\[\^[^\]]+\]:|>\s|```)|\*\*\S|<sup>|<\/?(?:table|tr|td|br|p|div)\b/i;
/** A gap inside a line: layout text keeps columns apart with runs of spaces. */
const wideGap = /\S {3,}\S/;
/** A superscript note number read by OCR as a mark glued to the word: `hướng”.`, `kỳ!;`. */
const misreadMark = /\p{L}\p{M}*[”"'!?*][.;,:]/gu;
/** The same, a mark no quotation closes with: `Tỉnh ủy!.`, `kỳ?;`, `năm°.`. */
const bareMark = /\p{L}\p{M}*[!?*°][.;,:]/gu;
/** A note number glued to the word, as text extractors write it: `hướng2.`, `kỳ4;`. */
const gluedNumber = /\p{Ll}\p{M}*\d{1,2}[.;,:]/gu;
/**
 * A line that is only a footnote number or a list's label (`1.`, `•`, `a)`): pdftotext writes a
 * superscript and a Word list's labels apart from their text; OCR reads a label with its line.
 */
const loneNumber = /^\d{1,3}$/;

export function plainLayout(text: string): PlainLayout | undefined {
  const lines = text.split('\n');
  const formFeeds = countOf(text, '\f');
  let markers = 0;
  let markdown = 0;
  let nonBlank = 0;
  let blank = 0;
  let wraps = 0;
  let gaps = 0;
  let indented = 0;
  let lone = 0;
  let previous = '';
  for (const row of lines) {
    // trimEnd, not /\s+$/: a long run of spaces inside a line would make the regex quadratic.
    const raw = row.replace(/\f/g, '').trimEnd();
    const line = raw.trim();
    if (line === '') {
      blank++;
      previous = '';
      continue;
    }
    nonBlank++;
    if (isPageMarker(line, true)) markers++;
    if (markdownLine.test(line)) markdown++;
    if (wideGap.test(line)) gaps++;
    if (/^ {2,}\S/.test(raw)) indented++;
    if (loneNumber.test(line) || markerOnly.test(line)) lone++;
    // A sentence that goes on on the next line, with no blank line between: a hard wrap.
    if (previous !== '' && !endsSentence(previous) && startsLowercase(line)) wraps++;
    previous = line;
  }
  if (nonBlank === 0) return undefined;
  const evidence: string[] = [];
  if (formFeeds > 0) evidence.push(`${formFeeds} form feeds`);
  if (markers > 0) evidence.push(`${markers} page marker lines`);
  const wrapShare = wraps / nonBlank;
  if (wraps > 0) evidence.push(`${wraps} of ${nonBlank} lines continue a wrapped sentence`);
  // Markdown syntax on more than a few lines: a markdown converter's output, whatever its wraps.
  if (markdown > Math.max(2, nonBlank * 0.02)) return undefined;
  const plain = formFeeds > 0 || markers > 0 || (wraps >= 3 && wrapShare >= 0.1);
  if (!plain) return undefined;

  const misread = text.match(misreadMark)?.length ?? 0;
  // A single mark only when no quote could be it (`chủ đề "Dân vận khéo".` closes a quote).
  const rawMark = text.match(bareMark)?.length ?? 0;
  const glued = text.match(gluedNumber)?.length ?? 0;
  const gapShare = gaps / nonBlank;
  const blankShare = blank / (blank + nonBlank);
  let kind: PlainLayoutKind;
  if (gapShare >= 0.05 || indented / nonBlank >= 0.1) {
    kind = 'layout';
    evidence.push(`${gaps} lines with columns apart by wide gaps, ${indented} indented`);
  } else if ((misread >= 2 || (rawMark === 1 && glued === 0)) && misread > glued) {
    // A text extractor glues a note's number to its word; OCR never does, and misreads some.
    kind = 'ocr';
    evidence.push(
      `${misread} note marks misread as punctuation, ${glued} note numbers glued to words`,
    );
  } else if (blankShare < 0.02) {
    // pdf.js and pdfminer dumps write a line per text run and no blank line; pdftotext sets its
    // blocks apart by blank lines (a fifth of its lines or more).
    kind = 'pdfjs';
    evidence.push(`${Math.round(blankShare * 100)}% blank lines: a line per text run`);
  } else if (lone >= 2 && lone / nonBlank >= 0.01) {
    kind = 'pdftotext';
    evidence.push(`${lone} lone footnote-number or list-label lines`);
  } else if (blankShare >= 0.15) {
    kind = 'ocr';
    evidence.push(`${Math.round(blankShare * 100)}% blank lines between wrapped paragraphs`);
  } else {
    kind = 'pdfjs';
    evidence.push(`${Math.round(blankShare * 100)}% blank lines: a line per text run`);
  }
  return { kind, evidence };
}

function countOf(text: string, char: string): number {
  let count = 0;
  for (let at = text.indexOf(char); at >= 0; at = text.indexOf(char, at + 1)) count++;
  return count;
}
