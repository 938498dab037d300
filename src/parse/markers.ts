/**
 * The one table of marker syntaxes: how each converter writes a footnote's mark and its note, where
 * a page ended, and the anchors it leaves. The repair rules (footnote-syntax, page-furniture), the
 * coverage count (what in a source line is markup, not words), the dialect detection and the test
 * tools that rewrite a report into another converter's style all derive from these entries; a new
 * converter's syntax is a new entry here.
 *
 * | form          | written by                      | reference                    | note (starts a paragraph)          |
 * | ------------- | ------------------------------- | ---------------------------- | ---------------------------------- |
 * | `superscript` | the seed's converter, docling   | `… đơn thư¹⁴.`               | `¹⁴ Lưu 181 đơn thư …`             |
 * | `caret`       | pandoc's `markdown` superscript | `… đơn thư^14^.`             | `^14^ Lưu 181 đơn thư …`           |
 * | `latex`       | MinerU                          | `… đơn thư$^{14}$.`          | `$^{14}$ Lưu 181 đơn thư …`        |
 * | `pdf2md`      | pdf.js converters (pdf2md)      | `… đơn thư^14.`              | `(^14) Lưu 181 …` (several a line) |
 * | `gfm`         | pandoc (`gfm`, `markdown`)      | `… đơn thư[^14].`            | `[^14]: Lưu 181 đơn thư …`         |
 * | `html`        | marker, HTML-minded tools       | `… đơn thư<sup>14</sup>.`    | `<sup>14</sup> Lưu 181 đơn thư …`  |
 * | `mammoth`     | mammoth                         | `[\[14\]](#footnote-14)`     | `14. … [↑](#footnote-ref-14)`      |
 *
 * The first four are found in text nodes by `referencePattern` / `definitionPattern`. GFM is
 * parsed by micromark (a `[^14]` whose note is missing stays text and is found here too); `<sup>`
 * arrives as three nodes (`<sup>`, `14`, `</sup>`); mammoth's are links to `#footnote-<id>` and a
 * list of notes whose items end with a link back to `#footnote-ref-<id>`.
 *
 * A superscript-like mark after a unit is the unit's power, not a reference: `120 m²`, `m^2^`,
 * `m<sup>2</sup>`, `m$^{2}$` are square metres.
 */

export const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

export type FootnoteFormName =
  | 'superscript'
  | 'caret'
  | 'latex'
  | 'pdf2md'
  | 'gfm'
  | 'html'
  | 'mammoth';

export interface FootnoteForm {
  name: FootnoteFormName;
  /**
   * A reference as it stands in the source: a regex source with one capturing group, the number
   * (as superscript digits for `superscript`).
   */
  reference: string;
  /** A note's marker at the start of a paragraph (same group), with the spaces after it. */
  definition: string;
  /** How the parsed tree holds it: in text nodes, or as nodes the repair rule knows (`gfm` …). */
  tree: 'text' | 'gfm' | 'html' | 'links';
  /** Printed raised: after a unit (`m`, `km`) it is the unit's power. */
  raised: boolean;
  /** Several notes may share one paragraph (`(^1) … (^2) …`): each marker there starts a note. */
  notesShareParagraph: boolean;
  /**
   * Writes the form, for the tools that rewrite a report into a converter's style: a reference, a
   * note's marker, and what closes a note (mammoth's link back to the reference).
   */
  write: {
    reference: (n: number) => string;
    definition: (n: number) => string;
    definitionEnd?: (n: number) => string;
  };
}

const SUP = '[⁰¹²³⁴⁵⁶⁷⁸⁹]';

export const FOOTNOTE_FORMS: readonly FootnoteForm[] = [
  {
    name: 'superscript',
    reference: `(${SUP}{1,4})`,
    definition: `(${SUP}{1,4})[ \\t]*`,
    tree: 'text',
    raised: true,
    notesShareParagraph: false,
    write: { reference: toSuperscript, definition: (n) => `${toSuperscript(n)} ` },
  },
  {
    name: 'caret',
    reference: '\\^(\\d{1,4})\\^',
    definition: '\\^(\\d{1,4})\\^[ \\t]*',
    tree: 'text',
    raised: true,
    notesShareParagraph: false,
    write: { reference: (n) => `^${n}^`, definition: (n) => `^${n}^ ` },
  },
  {
    name: 'latex',
    reference: '\\$\\^\\{?(\\d{1,4})\\}?\\$',
    definition: '\\$\\^\\{?(\\d{1,4})\\}?\\$[ \\t]*',
    tree: 'text',
    raised: true,
    notesShareParagraph: false,
    write: { reference: (n) => `$^{${n}}$`, definition: (n) => `$^{${n}}$ ` },
  },
  {
    name: 'pdf2md',
    // Not after `[` (that is `gfm`), not followed by a digit or `^` (that is `caret`), nor by `)`
    // (that is a note's marker).
    reference: '(?<!\\[)\\^(\\d{1,4})(?![\\d^)])',
    definition: '\\(\\^(\\d{1,4})\\)[ \\t]*',
    tree: 'text',
    raised: true,
    notesShareParagraph: true,
    write: { reference: (n) => `^${n}`, definition: (n) => `(^${n}) ` },
  },
  {
    name: 'gfm',
    reference: '\\[\\^(\\d{1,4})\\]',
    definition: '\\[\\^(\\d{1,4})\\]:[ \\t]*',
    tree: 'gfm',
    raised: false,
    notesShareParagraph: false,
    write: { reference: (n) => `[^${n}]`, definition: (n) => `[^${n}]: ` },
  },
  {
    name: 'html',
    reference: '<sup>\\s*(\\d{1,4})\\s*</sup>',
    definition: '<sup>\\s*(\\d{1,4})\\s*</sup>[ \\t]*',
    tree: 'html',
    raised: true,
    notesShareParagraph: false,
    write: { reference: (n) => `<sup>${n}</sup>`, definition: (n) => `<sup>${n}</sup> ` },
  },
  {
    name: 'mammoth',
    reference:
      '<a id="footnote-ref-\\d{1,6}"></a>\\[\\\\\\[(\\d{1,4})\\\\\\]\\]\\(\\\\?#footnote\\\\?-\\d{1,6}\\)',
    definition: '(\\d{1,4})\\. <a id="footnote-\\d{1,6}"></a>[ \\t]*',
    tree: 'links',
    raised: false,
    notesShareParagraph: false,
    write: {
      reference: (n) => `<a id="footnote-ref-${n}"></a>[\\[${n}\\]](#footnote-${n})`,
      definition: (n) => `${n}. <a id="footnote-${n}"></a> `,
      definitionEnd: (n) => ` [↑](#footnote-ref-${n})`,
    },
  },
];

/** Mammoth's link targets: a reference points at `#footnote-<id>`, a note back at `#footnote-ref-<id>`. */
export const MAMMOTH_NOTE_TARGET = '#footnote-';
export const MAMMOTH_BACKLINK_TARGET = '#footnote-ref-';

const textForms = FOOTNOTE_FORMS.filter((form) => form.tree === 'text' || form.tree === 'gfm');

/**
 * References in text nodes, every text form at once: group `i + 1` holds the number of
 * `TEXT_REFERENCE_FORMS[i]`. The alternatives start with different characters or exclude each
 * other (`^14^` against `^14`), so the first that matches is the form.
 */
export const TEXT_REFERENCE_FORMS: readonly FootnoteForm[] = textForms;
export const referencePattern = new RegExp(textForms.map((f) => f.reference).join('|'), 'g');

/** A note's marker at the start of a paragraph's first text, every text form: the same groups. */
export const definitionPattern = new RegExp(
  `^(?:${textForms
    .filter((f) => f.tree === 'text')
    .map((f) => f.definition)
    .join('|')})`,
);
export const TEXT_DEFINITION_FORMS: readonly FootnoteForm[] = textForms.filter(
  (f) => f.tree === 'text',
);

/**
 * The forms as they stand in source text, for tools that read a report as text rather than as a
 * tree (the corpus generator's model of a report): every form but mammoth's, whose parts span a
 * link and a list. Groups as in `referencePattern`, over `SOURCE_FORMS`.
 */
export const SOURCE_FORMS: readonly FootnoteForm[] = FOOTNOTE_FORMS.filter(
  (f) => f.name !== 'mammoth',
);
export const sourceReferencePattern = new RegExp(
  SOURCE_FORMS.map((f) => f.reference).join('|'),
  'gi',
);
export const sourceDefinitionPattern = new RegExp(
  `^(?:${SOURCE_FORMS.map((f) => f.definition).join('|')})`,
  'i',
);

/** Each form's reference and note as found in source text (global; a note at a line's start). */
export const formReferences: ReadonlyMap<FootnoteFormName, RegExp> = new Map(
  FOOTNOTE_FORMS.map((f) => [f.name, new RegExp(f.reference, 'g')]),
);
export const formDefinitions: ReadonlyMap<FootnoteFormName, RegExp> = new Map(
  FOOTNOTE_FORMS.map((f) => [f.name, new RegExp(`^${f.definition}`, 'gm')]),
);
/**
 * For forms whose notes share a paragraph (`(^1) … (^2) …`): the note marker anywhere in a text,
 * to split the paragraph at.
 */
export const definitionAnywhere: ReadonlyMap<FootnoteFormName, RegExp> = new Map(
  FOOTNOTE_FORMS.filter((f) => f.notesShareParagraph).map((f) => [
    f.name,
    new RegExp(`(?<=^|\\s)${f.definition}`, 'g'),
  ]),
);

/** The form and the number of a match of `referencePattern` or `definitionPattern`. */
export function matchedForm(
  match: RegExpExecArray,
  forms: readonly FootnoteForm[],
): { form: FootnoteForm; number: number } | undefined {
  for (let i = 0; i < forms.length; i++) {
    const digits = match[i + 1];
    if (digits === undefined) continue;
    const form = forms[i] as FootnoteForm;
    return { form, number: Number(form.name === 'superscript' ? fromSuperscript(digits) : digits) };
  }
  return undefined;
}

/** Text ending in a unit whose power a raised number gives: `m`, `km`, `cm`, `dm`, `mm`, `µm`. */
export const unitBeforePower = /(?:^|[^\p{L}])[kcdmµ]?m$/u;

export function fromSuperscript(digits: string): string {
  let out = '';
  for (const char of digits) out += String(SUPERSCRIPT_DIGITS.indexOf(char));
  return out;
}

export function toSuperscript(value: number | string): string {
  let out = '';
  for (const char of String(value)) out += SUPERSCRIPT_DIGITS[Number(char)] ?? char;
  return out;
}

/**
 * Page separators converters write between pages. Each is a whole line of its own; the repair
 * stage counts it as page furniture and takes it as a page break for the joins.
 *
 * - marker (`--paginate_output`): `{3}------------------------------------------------`
 * - pdf2md (0.3): `<!-- PAGE_BREAK -->`; docling (`page_break_placeholder`): `<!-- page_break -->`
 * - a form feed, as pdftotext writes between pages
 */
export interface PageSeparator {
  name: string;
  writtenBy: string;
  /** The whole line (trimmed), as a regex source. */
  line: string;
  /** An HTML comment (its text is compared, the markup parsed as HTML) or plain text. */
  kind: 'text' | 'comment';
  write: (page: number) => string;
}

export const PAGE_SEPARATORS: readonly PageSeparator[] = [
  {
    name: 'marker-pagination',
    writtenBy: 'marker',
    line: '\\{\\d{1,4}\\}-{8,}',
    kind: 'text',
    write: (page) => `{${page}}${'-'.repeat(48)}`,
  },
  {
    name: 'page-break-comment',
    writtenBy: 'pdf2md, docling',
    line: 'page[ _-]?break',
    kind: 'comment',
    write: () => '<!-- PAGE_BREAK -->',
  },
  {
    name: 'form-feed',
    writtenBy: 'pdftotext',
    line: '\\f',
    kind: 'text',
    write: () => '\f',
  },
];

const textSeparator = new RegExp(
  `^(?:${PAGE_SEPARATORS.filter((s) => s.kind === 'text')
    .map((s) => s.line)
    .join('|')})$`,
);
const commentSeparator = new RegExp(
  `^\\s*(?:${PAGE_SEPARATORS.filter((s) => s.kind === 'comment')
    .map((s) => s.line)
    .join('|')})\\s*$`,
  'i',
);

/** Is this line of text (trimmed) a page separator? */
export function isPageSeparatorText(line: string): boolean {
  return textSeparator.test(line);
}

/** Is this HTML comment's text (between `<!--` and `-->`) a page separator? */
export function isPageSeparatorComment(comment: string): boolean {
  return commentSeparator.test(comment);
}

/** Each page separator as a whole line of source text (global, multiline). */
export const separatorLines: ReadonlyMap<string, RegExp> = new Map(
  PAGE_SEPARATORS.map((s) => [
    s.name,
    new RegExp(s.kind === 'comment' ? `^<!--\\s*(?:${s.line})\\s*-->$` : `^${s.line}$`, 'gim'),
  ]),
);

/**
 * Anchors converters put in the text, which hold no words: marker's before each heading
 * (`<span id="page-3-0"></span>`), mammoth's at each footnote mark (`<a id="footnote-ref-20"></a>`).
 * The plain text drops them with every tag; the dialect detection counts them.
 */
export const ANCHORS: ReadonlyArray<{ name: string; writtenBy: string; pattern: RegExp }> = [
  {
    name: 'page anchors',
    writtenBy: 'marker',
    pattern: /<span id="page-\d{1,4}-\d{1,4}"><\/span>/g,
  },
  {
    name: 'footnote anchors',
    writtenBy: 'mammoth',
    pattern: /<a id="footnote(?:-ref)?-\d{1,6}"><\/a>/g,
  },
];

/**
 * Markup in a source line that holds no words of the report: footnote marks of every form, page
 * separators, code fences, tags and comments, character references, link destinations, image links. The stats
 * leave it out of the word count; the review page out of the letters it aligns with a block's
 * text. Every part stops where another could start (`[^<>]`, `[^[\]\s]`, a link destination with
 * one level of parentheses), so a line of `<a<a<a…` or `](](…` cannot make it backtrack
 * (tests/regexes.test.ts).
 */
export const SOURCE_MARKUP = new RegExp(
  [
    // Every form's reference and note marker, but superscript digits, which are not word characters.
    ...new Set(
      FOOTNOTE_FORMS.filter((f) => f.name !== 'superscript').flatMap((f) => [
        f.definition.replace('[ \\t]*', ''),
        f.reference,
      ]),
    ),
    '<sup>[^<]*<\\/sup>',
    '\\[\\^[^[\\]\\s]{1,32}\\]:?',
    ...PAGE_SEPARATORS.filter((s) => s.kind === 'text').map((s) => s.line),
    // A code fence and its language (```` ```markdown ````): a transcription's wrapper.
    '(?:`{3,}|~{3,})[A-Za-z]{0,16}',
    '<\\/?[A-Za-z!][^<>]*>',
    '&#?[A-Za-z0-9]{1,32};',
    '\\]\\((?:[^()\\]\\s]|\\([^()\\]\\s]*\\))*(?:\\s+"[^"]*")?\\)',
  ].join('|'),
  'gi',
);
