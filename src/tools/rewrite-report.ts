/**
 * Rewrites a report the way other converters would have written it, to check that the pipeline
 * reads the same content from each: another footnote syntax, NFD with CRLF, page numbers at the
 * page ends. Works on the seed's conventions (superscript footnotes, blank-line paragraphs).
 * Used by tests/repair.test.ts and by the corpus generator (generate-corpus.ts).
 *
 *   withFootnoteSyntax('… Trung ương².\n\n² Ban hành …', 'html')
 *     → '… Trung ương<sup>2</sup>.\n\n<sup>2</sup> Ban hành …'   (`m²`, `km²` stay units)
 *   withPageNumbers(text)  → `- 1 -`, `- 2 -` … after each run of footnote definitions
 *   asWindowsNfd('Hải\n') → 'Ha\u0309i\r\n'
 */
import {
  FOOTNOTE_FORMS,
  type FootnoteFormName,
  fromSuperscript,
  unitBeforePower,
} from '../parse/markers.js';

const run = /[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g;
const definitionStart = /^([⁰¹²³⁴⁵⁶⁷⁸⁹]+) /;

/** The forms a seed's superscripts can be rewritten into, from the one table of marker syntaxes. */
export type FootnoteSyntax = Exclude<FootnoteFormName, 'superscript'>;

const forms = new Map(FOOTNOTE_FORMS.map((form) => [form.name, form.write]));
const digits = (marker: string) => Number(fromSuperscript(marker));

export function withFootnoteSyntax(text: string, syntax: FootnoteSyntax): string {
  const form = forms.get(syntax);
  if (!form) throw new Error(`no footnote form ${syntax}`);
  return text
    .split('\n')
    .map((line) => {
      const definition = definitionStart.exec(line);
      const head = definition ? form.definition(digits(definition[1] ?? '')) : '';
      const rest = definition ? line.slice(definition[0].length) : line;
      // Units keep their power: m², km², m³.
      return (
        head +
        rest.replace(run, (marker, offset: number) =>
          unitBeforePower.test(rest.slice(0, offset)) ? marker : form.reference(digits(marker)),
        )
      );
    })
    .join('\n');
}

/** A `- N -` page number after every run of footnote definitions (where each page ended). */
export function withPageNumbers(text: string): string {
  const paragraphs = text.split('\n\n');
  const out: string[] = [];
  let page = 1;
  paragraphs.forEach((paragraph, index) => {
    out.push(paragraph);
    const next = paragraphs[index + 1] ?? '';
    if (definitionStart.test(paragraph) && !definitionStart.test(next)) out.push(`- ${page++} -`);
  });
  return out.join('\n\n');
}

export function asWindowsNfd(text: string): string {
  return text.normalize('NFD').replaceAll('\n', '\r\n');
}
