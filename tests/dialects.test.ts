/**
 * The seed rewritten in each converter's style (tests/support/dialects.ts) reads the same: the same
 * footnotes (text and citations), sections, body text and table cells as the seed itself, and the
 * dialect is recognised.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import { checksOf, kept } from './support/checks.js';
import { DIALECT_NAMES, toDialect } from './support/dialects.js';

const path = 'corpus/thanh-uy-hai-phong_bao-cao_2023-q1.md';
const seed = readFileSync(path, 'utf8');
const reference = checksOf(await extract({ path, bytes: Buffer.from(seed) }));

/**
 * Tools that cannot be installed here: the rewrite, after their documented output, is also kept as
 * their fixture folder (tests/converters/<tool>/), regenerated with `npm run fixtures:update`.
 */
const UNINSTALLABLE = new Set(['docling', 'marker', 'mineru', 'transcription']);

describe.each(DIALECT_NAMES)('the seed as %s writes it', (dialect) => {
  const text = toDialect(seed, dialect);

  it.runIf(UNINSTALLABLE.has(dialect))('is the committed fixture', () => {
    const folder = `tests/converters/${dialect}`;
    const file = `${folder}/${path.split('/').at(-1)}`;
    if (process.env.UPDATE_FIXTURES) {
      mkdirSync(folder, { recursive: true });
      writeFileSync(file, text);
    }
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  it('is recognised', async () => {
    const document = await extract({ path: `${dialect}.md`, bytes: Buffer.from(text) });
    expect(document.source.dialect.name).toBe(dialect);
    expect(document.source.dialect.evidence.length).toBeGreaterThan(0);
  });

  it('gives the same footnotes, citations, sections, body text and table cells', async () => {
    const document = await extract({ path: `${dialect}.md`, bytes: Buffer.from(text) });
    const result = kept(reference, checksOf(document));
    for (const value of Object.values(result)) expect(value.missing).toEqual([]);
    expect(reference.footnotes).toHaveLength(27);
    expect(reference.cells.length).toBeGreaterThan(100);
    expect(document.stats.coverage).toBe(1);
  });
});
