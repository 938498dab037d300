/**
 * The repair stage reads the same report the same way whatever the converter did to it: another
 * footnote syntax, decomposed letters and Windows line ends, page numbers at the page ends.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import type { Document } from '../src/schema/document.js';
import {
  asWindowsNfd,
  type FootnoteSyntax,
  withFootnoteSyntax,
  withPageNumbers,
} from '../src/tools/rewrite-report.js';

const path = 'corpus/thanh-uy-hai-phong_bao-cao_2023-q1.md';
const seed = readFileSync(path, 'utf8');

const read = async (text: string) => extract({ path, bytes: Buffer.from(text, 'utf8') });

/** What must not change: footnote numbers and texts, body texts and which footnotes they cite. */
const content = (document: Document) => ({
  footnotes: document.footnotes.map(({ number, text }) => ({ number, text })),
  blocks: document.blocks.map(({ kind, text, footnoteRefs }) => ({
    kind,
    text,
    cites: footnoteRefs.map((ref) => ref.number),
  })),
});

describe('the seed report, rewritten', () => {
  it.each<FootnoteSyntax>(['html', 'gfm', 'caret'])('with %s footnotes', async (syntax) => {
    const rewritten = withFootnoteSyntax(seed, syntax);
    expect(rewritten).not.toMatch(/[¹⁴]/u);
    const original = await read(seed);
    const document = await read(rewritten);
    expect(content(document)).toEqual(content(original));
    expect(document.stats.coverage).toBe(1);
    expect(document.diagnostics).toEqual(original.diagnostics);
  });

  it('in NFD with CRLF', async () => {
    const document = await read(asWindowsNfd(seed));
    expect(document.source.normalizations).toEqual(['crlf-to-lf', 'nfc']);
    expect(content(document)).toEqual(content(await read(seed)));
  });

  it('with page numbers at its page ends', async () => {
    const rewritten = withPageNumbers(seed);
    expect(rewritten.match(/^- \d+ -$/gm)).toHaveLength(8);
    const document = await read(rewritten);
    expect(content(document)).toEqual(content(await read(seed)));
    expect(document.stats.furnitureLines).toBe(8);
    expect(document.stats.coverage).toBe(1);
  });
});
