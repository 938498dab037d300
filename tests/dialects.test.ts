/**
 * The seed rewritten in each converter's style (tests/support/dialects.ts) reads the same: the same
 * footnotes (text and citations), sections, body text and table cells as the seed itself, and the
 * dialect is recognised.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import { checksOf, kept, share } from './support/checks.js';
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

/**
 * The share of the seed's checks each dialect keeps, printed as a table. `BAOCAO_EXTRACT` names
 * another build's extract module to measure it the same way (the figures before this work:
 * `BAOCAO_EXTRACT=/path/to/main/dist/extract.js npx vitest run tests/dialects.test.ts -t share`).
 */
it("keeps at least 95 % of the seed's checks in every dialect (share printed)", async () => {
  const other = process.env.BAOCAO_EXTRACT;
  const run: typeof extract = other ? (await import(other)).extract : extract;
  const base = checksOf(await run({ path, bytes: Buffer.from(seed) }));
  const rows: Record<string, Record<string, string>> = {};
  for (const dialect of DIALECT_NAMES) {
    const document = await run({
      path: `${dialect}.md`,
      bytes: Buffer.from(toDialect(seed, dialect)),
    });
    const result = kept(base, checksOf(document));
    rows[dialect] = {
      share: share(result).toFixed(3),
      ...Object.fromEntries(Object.entries(result).map(([k, v]) => [k, `${v.kept}/${v.of}`])),
    };
  }
  console.table(rows);
  for (const row of Object.values(rows)) expect(Number(row.share)).toBeGreaterThanOrEqual(0.95);
});
