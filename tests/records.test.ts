import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toRecords } from '../src/emit/records.js';
import { figureColumns } from '../src/extract/facts.js';
import { extract } from '../src/extract.js';
import type { Document } from '../src/schema/document.js';
import { RECORD_TYPES } from '../src/schema/records.js';
import { eachBlock } from '../src/structure/walk.js';

/** A run's context: the records carry its extractor fingerprint. */
const context = { fingerprint: '0123456789abcdef' };

const seedPath = 'corpus/thanh-uy-hai-phong_bao-cao_2023-q1.md';
const seed = await extract({ path: seedPath, bytes: readFileSync(seedPath) });

/** Every golden fixture's document: the shapes the pipeline is known to produce. */
const fixtures: Array<[string, Document]> = readdirSync('tests/fixtures').map((name) => [
  name,
  JSON.parse(readFileSync(join('tests/fixtures', name, 'document.json'), 'utf8')),
]);

const countBlocks = (document: Document) =>
  [...eachBlock(document.blocks, document.sections)].length;

describe('toRecords', () => {
  it.each([['seed', seed], ...fixtures])(
    '%s: every record is valid against its schema',
    (_, document) => {
      const records = toRecords(document, context);
      for (const { name, schema } of RECORD_TYPES) {
        for (const row of records[name]) {
          const result = schema.safeParse(row);
          expect(
            result.error?.issues ?? [],
            `${name} ${JSON.stringify(row).slice(0, 200)}`,
          ).toEqual([]);
          // Strict: a record carries exactly its schema's columns, none missing, none extra.
          expect(Object.keys(row).sort()).toEqual(Object.keys(schema.shape).sort());
        }
      }
    },
  );

  it.each([['seed', seed], ...fixtures])(
    '%s: one row per part of the document, keys unique',
    (_, document) => {
      const records = toRecords(document, context);
      expect(records.documents).toHaveLength(1);
      expect(records.blocks).toHaveLength(countBlocks(document));
      expect(records.footnotes).toHaveLength(document.footnotes.length);
      expect(records.tables).toHaveLength(document.tables.length);
      expect(records.table_rows).toHaveLength(
        document.tables.reduce((n, t) => n + t.rows.length, 0),
      );
      expect(records.facts).toHaveLength(document.facts.length);
      expect(records.diagnostics).toHaveLength(document.diagnostics.length);
      for (const { name, primaryKey } of RECORD_TYPES) {
        const keys = records[name].map((row) =>
          JSON.stringify(primaryKey.map((column) => (row as Record<string, unknown>)[column])),
        );
        expect(new Set(keys).size, name).toBe(keys.length);
        for (const row of records[name]) expect(row.doc_id).toBe(document.docId);
      }
    },
  );

  it('links every footnote citation of the seed to its footnote, and every child to its parent', () => {
    const records = toRecords(seed, context);
    expect(records.footnote_citations).toHaveLength(27);
    expect(records.footnote_citations.every((row) => row.footnote_id !== null)).toBe(true);
    const sections = new Set(records.sections.map((row) => row.section_id));
    for (const row of records.blocks)
      if (row.section_id) expect(sections.has(row.section_id)).toBe(true);
    for (const row of records.sections)
      if (row.parent_id) expect(sections.has(row.parent_id)).toBe(true);
    const rows = new Set(records.table_rows.map((row) => row.row_id));
    for (const row of records.table_cells) expect(rows.has(row.row_id)).toBe(true);
    const blocks = new Set([
      ...records.blocks.map((row) => row.block_id),
      ...records.footnotes.map((row) => row.footnote_id),
    ]);
    const facts = new Set(records.facts.map((row) => row.fact_id));
    for (const row of records.facts) {
      // A table fact points at its row, a prose fact at its block or footnote; links go both ways.
      if (row.origin === 'table') expect(row.row_id && rows.has(row.row_id)).toBe(true);
      else expect(row.block_id && blocks.has(row.block_id)).toBe(true);
      for (const other of row.corroborated_by) expect(facts.has(other)).toBe(true);
    }
    for (const row of [...records.quantities, ...records.citations]) {
      expect(blocks.has(row.source_id)).toBe(true);
    }
    const cited = new Set(records.cited_documents.map((row) => row.cited_key));
    for (const row of records.citations) expect(cited.has(row.cited_key)).toBe(true);
    // The appendix table stands in the appendix section, at its block.
    expect(records.tables[0]).toMatchObject({
      block_id: expect.stringContaining('PHỤ LỤC:b'),
      section_id: expect.stringContaining('PHỤ LỤC'),
    });
  });

  it('counts the seed: 11 sections, 54 blocks, 27 footnotes, 16 rows, 112 cells, 48 + 36 facts, 36 citations of 31 documents', () => {
    const records = toRecords(seed, context);
    const counts = Object.fromEntries(RECORD_TYPES.map(({ name }) => [name, records[name].length]));
    expect(counts).toEqual({
      documents: 1,
      sections: 11,
      blocks: 54,
      footnotes: 27,
      footnote_citations: 27,
      tables: 1,
      table_rows: 16,
      table_cells: 112,
      facts: 84,
      quantities: 184,
      citations: 36,
      cited_documents: 31,
      diagnostics: 1,
    });
    expect(records.facts.filter((row) => row.origin === 'prose')).toHaveLength(36);
    expect(records.cited_documents.reduce((sum, row) => sum + row.citations, 0)).toBe(36);
    expect(records.documents[0]).toMatchObject({
      document_type: 'BÁO CÁO',
      period_year: 2023,
      period_quarter: 1,
      signer_name: 'Đỗ Mạnh Hiến',
      blocks: 54,
      facts: 84,
      citations: 36,
    });
  });

  it('gives base values in base units as exact decimal strings', () => {
    const records = toRecords(seed, context);
    const money = records.facts.filter(
      (row) => row.origin === 'table' && row.currency === 'VND' && row.value !== null,
    );
    expect(money.length).toBeGreaterThan(0);
    for (const row of money) {
      // `Tỷ đồng`: the figure × 10⁹, digits moved, not multiplied in floating point.
      expect(row.base_unit).toBe('đồng');
      expect(row.base_value).toBe(
        `${String(row.value)
          .replace('.', '')
          .replace(/^0+(?=\d)/, '')}`.padEnd(String(Math.trunc(row.value ?? 0)).length + 9, '0'),
      );
    }
    // A quantity of the prose, the same way: the scale word applied to the digits.
    expect(records.quantities.find((row) => row.raw === '6,59 tỷ USD')).toMatchObject({
      value: 6.59,
      scale: 'tỷ',
      unit: 'USD',
      currency: 'USD',
      base_value: '6590000000',
    });
    const range = records.facts.find((row) => row.min !== null);
    expect(range).toMatchObject({
      min: 12.7,
      max: 13,
      base_min: '12.7',
      base_max: '13',
      value: null,
    });
  });

  it('keeps a base value beyond a double exact, and gives none beyond DECIMAL(38,10)', () => {
    const [first] = seed.facts;
    if (first === undefined) throw new Error('the seed has facts');
    // Facts as extraction makes them (src/extract/facts.ts): the base values are the Document's.
    const fact = (id: string, value: number) => {
      const { min: _min, max: _max, ...rest } = first;
      return {
        ...rest,
        factId: `${seed.docId}:${id}`,
        unit: 'Nghìn tỷ đồng',
        ...figureColumns({ value }, 'Nghìn tỷ đồng', String(value)),
      };
    };
    const big: Document = { ...seed, facts: [fact('x1', 12345678.901), fact('x2', 1e30)] };
    expect(big.facts[1]?.baseValue).toBe(`1${'0'.repeat(42)}`);
    const [exact, tooBig] = toRecords(big, context).facts;
    expect(exact).toMatchObject({
      base_value: '12345678901000000000',
      base_unit: 'đồng',
      currency: 'VND',
    });
    // No double holds it: only the string is exact.
    expect(BigInt(Number(exact?.base_value))).not.toBe(12345678901000000000n);
    // The Document keeps it whole; a warehouse column would round it, so the record says nothing.
    expect(tooBig?.base_value).toBeNull();
  });

  it('copies what the Document holds: no language work in the projections', () => {
    const source = readFileSync('src/emit/records.ts', 'utf8');
    expect(source).not.toMatch(/from '\.\.\/vi\//);
    for (const [name, document] of [['seed', seed] as const, ...fixtures]) {
      const records = toRecords(document, context);
      for (const [index, table] of document.tables.entries()) {
        expect(records.tables[index]?.block_id, name).toBe(table.blockId);
        expect(records.tables[index]?.section_id, name).toBe(table.sectionId);
      }
      for (const [index, citation] of document.citations.entries())
        expect(records.citations[index]?.cited_key, name).toBe(citation.key);
    }
  });
});
