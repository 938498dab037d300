/**
 * Which converter's style a report's markdown is in (`source.dialect`), with the evidence: the
 * signs counted in the source text. A data team rarely knows which tool made each file of its
 * archive; the dialect says how to read the file's quirks, and lets a dashboard count files by
 * converter and see which read worst.
 *
 * The detection is one table of (dialect, signs) entries, tried in order: the first dialect with a
 * sign in the text wins, and every sign of it found is listed as evidence (`footnote anchors ×12`).
 * Signs are the marker syntaxes of src/parse/markers.ts (the one table of them) and a few layout
 * habits. Adding a converter is adding an entry. Nothing found: `unknown`, no evidence. Plain
 * text (pdftotext, pdf.js text, OCR) is not markdown: the plain-text reader, whose own test chose
 * it (src/parse/plain-text/detect.ts), records `plain` with that test's evidence.
 */
import type { Dialect, DialectName } from '../schema/document.js';
import { ANCHORS, formDefinitions, formReferences, separatorLines } from './markers.js';

/**
 * The dialects whose text came from a PDF's layout (its text layer or a page image): a space
 * between two figures there may be the gap between two table cells, never a thousands separator
 * (`24 298`: 24 schools, 298 classes).
 */
export const PDF_LAYOUT_DIALECTS: ReadonlySet<DialectName> = new Set([
  'plain',
  'pdf2md',
  'marker',
  'mineru',
  'pdf',
]);

export interface Sign {
  /** What was seen, as the evidence says it. */
  label: string;
  /** How many times the sign stands in the text. */
  count: (text: string) => number;
  /** Fewer than this is not evidence (a stray `$^2$` is not MinerU). */
  min?: number;
}

export interface DialectEntry {
  dialect: DialectName;
  signs: readonly Sign[];
}

const matches =
  (pattern: RegExp | undefined) =>
  (text: string): number => {
    if (!pattern) return 0;
    pattern.lastIndex = 0;
    let n = 0;
    while (pattern.exec(text)) n++;
    return n;
  };
const sign = (label: string, pattern: RegExp | undefined, min = 1): Sign => ({
  label,
  count: matches(pattern),
  min,
});
const anchor = (writtenBy: string) => ANCHORS.find((a) => a.writtenBy === writtenBy)?.pattern;

/** The table: the most specific dialects first. */
export const DIALECTS: readonly DialectEntry[] = [
  {
    dialect: 'mammoth',
    signs: [
      sign('footnote anchors', anchor('mammoth')),
      // mammoth escapes nearly every punctuation mark and writes bold as __…__.
      sign('escaped full stops', /\\\./g, 20),
      sign('__bold__ lines', /^__[^_\n]+__\s*$/gm, 3),
    ],
  },
  {
    dialect: 'marker',
    signs: [
      sign('page separators {N}----', separatorLines.get('marker-pagination')),
      sign('page anchors', anchor('marker')),
    ],
  },
  {
    dialect: 'mineru',
    signs: [
      sign('LaTeX footnote marks $^{N}$', formReferences.get('latex'), 2),
      sign('one-line HTML tables', /^<table>.*<\/table>\s*$/gim),
      sign('image links to images/', /!\[[^[\]\n]{0,200}\]\(images\//g),
    ],
  },
  {
    dialect: 'docling',
    signs: [
      sign('<!-- image --> placeholders', /^<!-- image -->$/gm),
      sign('items "- a)"', /^- [a-zđ]\) /gm, 2),
    ],
  },
  {
    dialect: 'pdf2md',
    signs: [
      sign('footnote notes (^N)', formDefinitions.get('pdf2md')),
      sign('footnote marks ^N', formReferences.get('pdf2md'), 2),
      sign('<!-- PAGE_BREAK --> separators', separatorLines.get('page-break-comment')),
    ],
  },
  {
    dialect: 'pandoc',
    signs: [
      sign('GFM footnote notes [^N]:', formDefinitions.get('gfm')),
      sign('grid table rules', /^\+(?:-{3,}\+)+$/gm),
      sign('multiline table rules', /^ {2}-{20,}$/gm),
    ],
  },
  {
    dialect: 'transcription',
    signs: [
      sign('HTML wrappers (<p align>, <div>)', /^<(?:p|div)\b[^<>\n]*>/gim),
      sign('code fences', /^```[a-z]*$/gm),
    ],
  },
];

export function detectDialect(text: string, table: readonly DialectEntry[] = DIALECTS): Dialect {
  for (const entry of table) {
    const evidence: string[] = [];
    for (const { label, count, min = 1 } of entry.signs) {
      const n = count(text);
      if (n >= min) evidence.push(`${label} ×${n}`);
    }
    if (evidence.length > 0) return { name: entry.dialect, evidence };
  }
  return { name: 'unknown', evidence: [] };
}
