/**
 * Plain text from PDF extraction read as a report (issue 20). The fixtures are real tools' output
 * (scripts/plain-text/generate.sh): the same reports as pdftotext, pdftotext -layout, a pdf.js dump
 * and tesseract OCR text, and pdftotext text with the page markers pipelines add. Each reading is
 * measured against the report's clean markdown: the share of its checks (tests/support/gold-checks.ts)
 * the text keeps, with a floor per kind of text; no footnote may be invented from a figure.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import { plainLayout } from '../src/parse/plain-text/index.js';
import type { Document } from '../src/schema/document.js';
import { keptShare } from './support/gold-checks.js';

const fixtures = new URL('./fixtures/', import.meta.url);

/** Each report and its clean markdown: the pandoc source where it is GFM, else pandoc's GFM output. */
const REPORTS: Record<string, string> = {
  'ubnd-lao-cai_bao-cao_2024-q1': 'tests/originals/ubnd-lao-cai_bao-cao_2024-q1.md',
  'ubnd-quang-tri_bao-cao_2024-q1': 'tests/converters/pandoc-gfm/ubnd-quang-tri_bao-cao_2024-q1.md',
  'huyen-uy-cam-lo_bao-cao_2024-h1': 'tests/converters/pandoc-gfm/huyen-uy-cam-lo_bao-cao_2024-h1.md',
};

/** The least share of the clean markdown's checks each kind of text keeps, as measured (issue: 0.85, OCR 0.6). */
const FLOORS: Record<string, number> = {
  pdftotext: 0.85,
  layout: 0.85,
  pdfjs: 0.85,
  ocr: 0.6,
  marker: 0.85,
};

async function read(path: string): Promise<Document> {
  return extract({ path, bytes: readFileSync(path) });
}

const cases = readdirSync(fixtures)
  .filter((name) => name.startsWith('plain-'))
  .sort()
  .map((name) => {
    const flavour = name.split('-')[1] as string;
    const report =
      flavour === 'marker'
        ? 'ubnd-lao-cai_bao-cao_2024-q1'
        : name.slice(`plain-${flavour}-`.length);
    return { name, flavour, report };
  });

describe('plain text from PDF extraction', () => {
  it('has a fixture of each kind for each report', () => {
    for (const report of Object.keys(REPORTS)) {
      for (const flavour of ['pdftotext', 'layout', 'pdfjs', 'ocr']) {
        expect(existsSync(new URL(`plain-${flavour}-${report}/input.txt`, fixtures))).toBe(true);
      }
    }
  });

  it.each(cases)('$name keeps its share of the clean markdown checks', async (c) => {
    const gold = await read(REPORTS[c.report] as string);
    const text = await read(`tests/fixtures/${c.name}/input.txt`);
    const { share, missed } = keptShare(gold, text);
    console.log(`${c.name}: ${(share * 100).toFixed(1)}% kept; missed ${missed.length}`);
    expect(share).toBeGreaterThanOrEqual(FLOORS[c.flavour] as number);
  });

  it.each(cases)('$name invents no footnote from a figure', async (c) => {
    const gold = await read(REPORTS[c.report] as string);
    const text = await read(`tests/fixtures/${c.name}/input.txt`);
    const goldCitations = new Map(gold.footnotes.map((f) => [f.number, f.citedBy.length]));
    for (const footnote of text.footnotes) {
      // Every note read is one of the report's, cited no more often than the report cites it.
      expect(goldCitations.has(footnote.number)).toBe(true);
      expect(footnote.citedBy.length).toBeLessThanOrEqual(goldCitations.get(footnote.number) ?? 0);
    }
  });

  it.each(cases)('$name is told as plain text of its kind', (c) => {
    const layout = plainLayout(readFileSync(`tests/fixtures/${c.name}/input.txt`, 'utf8'));
    expect(layout?.kind).toBe(c.flavour === 'marker' ? 'pdftotext' : c.flavour);
  });
});
