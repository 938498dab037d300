/**
 * The seed (corpus/*.md: Unicode superscript footnotes in page zones, GFM tables, headings as
 * plain numbered lines) rewritten the way each converter writes a report, to check that the
 * pipeline reads the same footnotes, sections, body and table cells from every one of them
 * (tests/dialects.test.ts). Marks and notes come from the one table of marker syntaxes
 * (src/parse/markers.ts); the rest follows what each tool writes (tests/converters/ holds real
 * outputs of pandoc, mammoth and pdf2md; for docling, marker and MinerU, which cannot be installed
 * here, their documented output):
 *
 * - `pandoc`: `[^n]` marks and `[^n]:` notes; paragraphs and bold headings wrapped at 72 columns,
 *   a wrapped line that would start a list or heading escaped (`\-`, `16\.`).
 * - `mammoth`: `<a id="footnote-ref-n"></a>[\[n\]](#footnote-n)` marks, notes as a numbered list
 *   ending in `[↑](#footnote-ref-n)`; `__bold__` headings; punctuation escaped.
 * - `pdf2md`: `^n` marks, a page's notes in one paragraph `(^1) … (^2) …`; bold headings;
 *   `<!-- PAGE_BREAK -->` between pages.
 * - `docling`: every heading `## `; `<!-- image -->` under the title; superscripts as printed.
 * - `marker`: `<sup>n</sup>` marks and notes; `#`–`###` headings with `<span id="page-P-K"></span>`
 *   anchors; `{P}------------------------------------------------` between pages; `<br>` in cells.
 * - `mineru`: `# ` before every heading; `$^{n}$` marks and notes; tables as one line of HTML;
 *   `![](images/….jpg)` under the title.
 * - `transcription`: the whole answer in a ```` ```markdown ```` fence, the first line indented,
 *   `<br>` in a table cell.
 *
 * Where a page ended is where a run of notes stands in the seed (DOMAIN.md §3).
 */

import {
  FOOTNOTE_FORMS,
  type FootnoteFormName,
  fromSuperscript,
  PAGE_SEPARATORS,
  unitBeforePower,
} from '../../src/parse/markers.js';
import {
  DialectNameSchema,
  type DialectName as SchemaDialectName,
} from '../../src/schema/document.js';

/**
 * The markdown converters the seed is rewritten as: every dialect of the schema but plain text,
 * `unknown` and the originals' readers (their inputs are Word, PDF and HTML files, not markdown).
 */
const NOT_MARKDOWN = ['plain', 'unknown', 'docx', 'pdf', 'html'] as const;
export type DialectName = Exclude<SchemaDialectName, (typeof NOT_MARKDOWN)[number]>;
export const DIALECT_NAMES = DialectNameSchema.options.filter(
  (name): name is DialectName => !(NOT_MARKDOWN as readonly string[]).includes(name),
);

const definitionStart = /^([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,4}) /;
const superscriptRun = /[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,4}/g;
/** Headings of the seed's kinds: `I. KẾT QUẢ`, `1. Về …`, `(1) Về …`, `PHỤ LỤC`, `BÁO CÁO`. */
const headingLine = /^(?:[IVX]{1,4}\. |\d{1,2}\. |\(\d{1,2}\) |PHỤ LỤC$|BÁO CÁO$)/;

interface Block {
  kind: 'note' | 'table' | 'heading' | 'text';
  text: string;
  /** A note's number. */
  n?: number;
  /** A heading's level (1 for `I.`, 2 for `1.`, 3 for `(1)`). */
  level?: number;
}

function blocksOf(seed: string): Block[] {
  return seed
    .split(/\n{2,}/)
    .map((text) => text.replace(/^\n+|\n+$/g, ''))
    .filter((text) => text.trim() !== '')
    .map((text): Block => {
      const note = definitionStart.exec(text);
      if (note) return { kind: 'note', text: text.slice(note[0].length), n: noteNumber(note[1]) };
      if (text.startsWith('|')) return { kind: 'table', text };
      if (
        !text.includes('\n') &&
        headingLine.test(text) &&
        text.length < 120 &&
        !/\.$/.test(text)
      ) {
        const level = /^[IVX]/.test(text) ? 1 : /^\d/.test(text) ? 2 : 3;
        return { kind: 'heading', text, level };
      }
      return { kind: 'text', text };
    });
}

function noteNumber(marker: string | undefined): number {
  return Number(fromSuperscript(marker ?? ''));
}

/** Superscript marks (not a unit's power) in the form's syntax. */
function withMarks(text: string, form: FootnoteFormName): string {
  const write = FOOTNOTE_FORMS.find((f) => f.name === form)?.write;
  if (!write) return text;
  return text.replace(superscriptRun, (marker: string, offset: number) =>
    unitBeforePower.test(text.slice(0, offset)) ? marker : write.reference(noteNumber(marker)),
  );
}

function note(block: Block, form: FootnoteFormName): string {
  const write = FOOTNOTE_FORMS.find((f) => f.name === form)?.write;
  const n = block.n ?? 0;
  if (!write) return block.text;
  return `${write.definition(n)}${withMarks(block.text, form)}${write.definitionEnd?.(n) ?? ''}`;
}

/** Blocks in order, a page separator after each run of notes (where a page ended). */
function withPages(blocks: readonly Block[], separator: (page: number) => string): string[] {
  const out: string[] = [];
  let page = 1;
  blocks.forEach((block, i) => {
    out.push(block.text);
    if (block.kind === 'note' && blocks[i + 1]?.kind !== 'note') out.push(separator(page++));
  });
  return out;
}

/** pandoc's 72-column wrap; a line that would open a list or a heading is escaped. */
function wrap(text: string, width = 72): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  lines.push(line);
  return lines
    .map((l, i) =>
      i === 0 ? l : l.replace(/^([-+*#>])(?= |$)/, '\\$1').replace(/^(\d+)\./, '$1\\.'),
    )
    .join('\n');
}

/** mammoth escapes nearly every punctuation mark. */
function mammothEscapes(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      // A list's own marker stays one.
      const marker = /^(?:[-+] |\d{1,3}\. )/.exec(line)?.[0] ?? '';
      return marker + line.slice(marker.length).replace(/([.\-()!#+])/g, '\\$1');
    })
    .join('\n');
}

/** A GFM table as one line of HTML, as MinerU writes it. */
function htmlTable(table: string): string {
  const rows = table
    .split('\n')
    .filter((row) => !/^\|[\s|:-]+\|$/.test(row))
    .map((row) => row.replace(/^\||\|$/g, '').split('|'));
  const cells = (row: string[], tag: string) =>
    row.map((cell) => `<${tag}>${cell.trim()}</${tag}>`).join('');
  return `<table>${rows.map((row, i) => `<tr>${cells(row, i === 0 ? 'th' : 'td')}</tr>`).join('')}</table>`;
}

/** `<br>` inside the first header cell of two words or more, as marker and transcriptions write. */
function brInHeader(table: string): string {
  const [header, ...rest] = table.split('\n');
  const cells = (header ?? '').split('|');
  const at = cells.findIndex((cell) => cell.trim().split(' ').length >= 3);
  if (at >= 0) {
    const words = (cells[at] ?? '').trim().split(' ');
    cells[at] = ` ${words.slice(0, 2).join(' ')}<br>${words.slice(2).join(' ')} `;
  }
  return [cells.join('|'), ...rest].join('\n');
}

const separator = (name: string) =>
  PAGE_SEPARATORS.find((s) => s.name === name)?.write ?? (() => '');

export function toDialect(seed: string, dialect: DialectName): string {
  const blocks = blocksOf(seed);
  const text = (block: Block, form: FootnoteFormName) =>
    block.kind === 'note' ? note(block, form) : withMarks(block.text, form);
  switch (dialect) {
    case 'pandoc':
      return `${blocks
        .map((block) => {
          if (block.kind === 'table') return block.text;
          if (block.kind === 'heading') return wrap(`**${block.text}**`);
          if (block.kind === 'note') return `[^${block.n}]: ${wrap(withMarks(block.text, 'gfm'))}`;
          if (block.text.includes('\n')) return withMarks(block.text, 'gfm');
          return wrap(withMarks(block.text, 'gfm'));
        })
        .join('\n\n')}\n`;
    case 'mammoth':
      return `${blocks
        .map((block) => {
          if (block.kind === 'table') return block.text;
          if (block.kind === 'heading') return `__${block.text.replace(/([.\-()!#+])/g, '\\$1')}__`;
          if (block.kind === 'note') {
            const write = FOOTNOTE_FORMS.find((f) => f.name === 'mammoth')?.write;
            const n = block.n ?? 0;
            return `${write?.definition(n)}${mammothMarks(mammothEscapes(block.text))}${write?.definitionEnd?.(n)}`;
          }
          return mammothMarks(mammothEscapes(block.text));
        })
        .join('\n\n')}\n`;
    case 'pdf2md': {
      // A page's notes share one paragraph.
      const merged: Block[] = [];
      for (const block of blocks) {
        const last = merged.at(-1);
        const written = { ...block, text: text(block, 'pdf2md') };
        if (block.kind === 'note' && last?.kind === 'note') last.text += ` ${written.text}`;
        else merged.push(written);
      }
      return `${withPages(
        merged.map((b) => (b.kind === 'heading' ? { ...b, text: `**${b.text}**` } : b)),
        separator('page-break-comment'),
      ).join('\n\n')}\n`;
    }
    case 'docling':
      return `${blocks
        .flatMap((block, i) => {
          const written =
            block.kind === 'heading' ? `## ${block.text}` : text(block, 'superscript');
          return i === 1 ? [written, '<!-- image -->'] : [written];
        })
        .join('\n\n')}\n`;
    case 'marker': {
      let anchor = 0;
      const written = blocks.map((block) => {
        if (block.kind === 'table') return { ...block, text: brInHeader(block.text) };
        if (block.kind === 'heading') {
          const hashes = '#'.repeat(block.level ?? 1);
          return { ...block, text: `${hashes} <span id="page-1-${anchor++}"></span>${block.text}` };
        }
        return { ...block, text: text(block, 'html') };
      });
      return `${withPages(written, separator('marker-pagination')).join('\n\n')}\n`;
    }
    case 'mineru':
      return `${blocks
        .flatMap((block, i) => {
          const written =
            block.kind === 'heading'
              ? `# ${block.text}`
              : block.kind === 'table'
                ? htmlTable(block.text)
                : text(block, 'latex');
          return i === 1 ? [written, '![](images/3f2a9c0d1e.jpg)'] : [written];
        })
        .join('\n\n')}\n`;
    case 'transcription': {
      const body = blocks.map((block, i) => {
        if (block.kind === 'table') return brInHeader(block.text);
        return i === 0 ? `    ${block.text}` : text(block, 'superscript');
      });
      return `\`\`\`markdown\n${body.join('\n\n')}\n\`\`\`\n`;
    }
  }
}

/** mammoth marks: the note id of Word (here the number) in the link, the number shown. */
function mammothMarks(text: string): string {
  return withMarks(text, 'mammoth');
}
