/**
 * The originals' readers (issue 25) on files made by the real tools (tests/originals/, made by
 * scripts/converters/generate.mjs and scripts/originals/generate.mjs): each Word and HTML original
 * reads as well as the report's clean markdown, measured by the gold checks
 * (tests/support/gold-checks.ts): the share of the markdown's checks the original keeps must be at
 * least the share the markdown keeps of the original's (a reading that passes as many checks).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import type { Document } from '../src/schema/document.js';
import { goldChecks, keptShare } from './support/gold-checks.js';

const read = (path: string): Promise<Document> => extract({ path, bytes: readFileSync(path) });

/** Each report, its clean markdown (the pandoc source), and the originals made from it. */
const REPORTS = [
  'ubnd-lao-cai_bao-cao_2024-q1',
  'ubnd-quang-tri_bao-cao_2024-q1',
  'huyen-uy-cam-lo_bao-cao_2024-h1',
];
const ORIGINALS = (name: string) => [`tests/originals/${name}.docx`];

describe.each(REPORTS)('%s', (name) => {
  it.each(ORIGINALS(name))('%s passes as many gold checks as the clean markdown', async (path) => {
    const gold = await read(`tests/originals/${name}.md`);
    const original = await read(path);
    const { share, missed } = keptShare(gold, original);
    const extra = keptShare(original, gold);
    console.log(
      `${path}: ${goldChecks(gold).length} checks of the markdown, kept ${share.toFixed(3)}; the original's ${goldChecks(original).length}, the markdown keeps ${extra.share.toFixed(3)}`,
      missed,
      extra.missed,
    );
    expect(original.stats.coverage).toBe(1);
    expect(missed).toEqual([]);
  });
});
