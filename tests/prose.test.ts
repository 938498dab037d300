/**
 * The prose of the seed report against labelled truth made by hand (tests/fixtures-labelled/):
 * the facts of its economic paragraph (precision and recall, printed, at least 0.95 each), the
 * documents it cites, and the links between its prose facts and its appendix table.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { citationKey } from '../src/extract/citations.js';
import { extract } from '../src/extract.js';
import type { Block, Document, Fact } from '../src/schema/document.js';
import { eachBlock } from '../src/structure/walk.js';
import { indicatorKey } from '../src/vi/indicators.js';

interface LabelledFact {
  figure: string;
  indicator: string;
  measure: Fact['measure'];
  direction: Fact['direction'];
  value?: number;
  min?: number;
  max?: number;
}

interface LabelledCitation {
  code: string;
  kind: string;
  date: string | null;
}

const labelled = <T>(name: string): T =>
  JSON.parse(readFileSync(new URL(`./fixtures-labelled/${name}`, import.meta.url), 'utf8')) as T;

const SEED_PATH = 'corpus/thanh-uy-hai-phong_bao-cao_2023-q1.md';
let seed: Document;
let economic: Block;

beforeAll(async () => {
  seed = await extract({
    path: SEED_PATH,
    bytes: readFileSync(new URL(`../${SEED_PATH}`, import.meta.url)),
  });
  const found = [...eachBlock(seed.blocks, seed.sections)].find((block) =>
    block.text.startsWith('Tình hình kinh tế - xã hội thành phố 3 tháng đầu năm'),
  );
  if (found === undefined) throw new Error('the economic paragraph is not a block of the seed');
  economic = found;
});

function sameFigure(fact: Fact, label: LabelledFact): boolean {
  return (
    fact.raw === label.figure &&
    fact.measure === label.measure &&
    fact.direction === label.direction &&
    fact.value === label.value &&
    fact.min === label.min &&
    fact.max === label.max &&
    indicatorKey(fact.indicator) === indicatorKey(label.indicator)
  );
}

describe('prose facts of the seed', () => {
  it('the economic paragraph: precision and recall against the labelled figures ≥ 0.95', () => {
    const labels = labelled<LabelledFact[]>('seed-economic-paragraph.json');
    const found = seed.facts.filter((fact) => fact.blockId === economic.id);
    const correct = found.filter((fact) => labels.some((label) => sameFigure(fact, label)));
    const recalled = labels.filter((label) => found.some((fact) => sameFigure(fact, label)));
    const precision = found.length === 0 ? 0 : correct.length / found.length;
    const recall = recalled.length / labels.length;
    console.log(
      `economic paragraph: ${found.length} facts, ${labels.length} labelled; precision ${precision.toFixed(3)} (${correct.length}/${found.length}), recall ${recall.toFixed(3)} (${recalled.length}/${labels.length})`,
    );
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });

  it('every prose fact slices back to its figure and has the period of the report or a year', () => {
    const texts = new Map<string, string>();
    for (const block of eachBlock(seed.blocks, seed.sections)) texts.set(block.id, block.text);
    for (const footnote of seed.footnotes) texts.set(footnote.id, footnote.text);
    const prose = seed.facts.filter((fact) => fact.origin === 'prose');
    expect(prose.length).toBeGreaterThan(25);
    for (const fact of prose) {
      const text = texts.get(fact.blockId ?? '');
      expect(text?.slice(fact.start ?? -1, fact.end ?? -1)).toBe(fact.raw);
      expect(fact.tableId).toBeNull();
      expect(fact.period?.year).toBe(2023);
    }
  });

  it('cross-links prose and table for the indicators the paragraph and the appendix share', () => {
    const table = new Map(seed.facts.map((fact) => [fact.factId, fact]));
    const linked = new Map<string, Set<string>>();
    for (const fact of seed.facts) {
      if (fact.origin !== 'prose') continue;
      for (const id of fact.corroboratedBy) {
        const other = table.get(id);
        expect(other?.origin).toBe('table');
        expect(other?.corroboratedBy).toContain(fact.factId);
        const key = indicatorKey(fact.indicator);
        linked.set(key, (linked.get(key) ?? new Set()).add(fact.measure));
      }
    }
    for (const key of [
      'grdp',
      'budget-revenue',
      'domestic-revenue',
      'total-investment',
      'exports',
      'port-throughput',
      'fdi',
      'tourists',
    ]) {
      expect(linked.get(key), key).toBeDefined();
    }
    // Values, changes and shares of the plan all link where the table has them.
    expect([...(linked.get('budget-revenue') ?? [])].sort()).toEqual([
      'actual',
      'share_of_plan',
      'yoy_change',
    ]);
    expect(seed.diagnostics.filter((d) => d.ruleId === 'prose-fact-contradicts-table')).toEqual([]);
  });
});

describe('citations of the seed', () => {
  it('finds every labelled document code, with its kind and the date the text gives', () => {
    const labels = labelled<LabelledCitation[]>('seed-citations.json');
    const byKey = new Map(seed.citedDocuments.map((document) => [document.key, document]));
    console.log(
      `seed: ${seed.citations.length} citations of ${seed.citedDocuments.length} distinct documents; ${labels.length} labelled`,
    );
    for (const label of labels) {
      const document = byKey.get(citationKey(label.code));
      expect(document, label.code).toBeDefined();
      expect(document?.kind, label.code).toBe(label.kind);
      if (label.date !== null) expect(document?.date, label.code).toBe(label.date);
    }
    const labelledKeys = new Set(labels.map((label) => citationKey(label.code)));
    expect(
      seed.citedDocuments.map((document) => document.key).filter((key) => !labelledKeys.has(key)),
    ).toEqual([]);
  });

  it('counts each document once with every citation of it', () => {
    const ids = new Set(seed.citations.map((citation) => citation.id));
    let total = 0;
    for (const document of seed.citedDocuments) {
      expect(document.count).toBe(document.citationIds.length);
      for (const id of document.citationIds) expect(ids.has(id)).toBe(true);
      total += document.count;
    }
    expect(total).toBe(seed.citations.length);
    const twice = seed.citedDocuments.find((document) => document.key === '30-NQ/TW');
    expect(twice?.count).toBe(2);
  });
});

describe('cross-checks', () => {
  const report = (table: string) =>
    extract({
      path: 'inline.md',
      bytes: Buffer.from(
        `BÁO CÁO\n\nTình hình quý I năm 2024\n\n- Thu ngân sách nhà nước đạt 100 tỷ đồng, tăng 10% so với cùng kỳ.\n\n${table}\n`,
      ),
    });

  it('compares a prose percentage with no column of changes in the indicator’s own unit', async () => {
    const document = await report(
      [
        '| TT | Chỉ tiêu | Đơn vị tính | Ước TH quý I/2024 | Tăng, giảm so với cùng kỳ (tỷ đồng) |',
        '|---|---|---|---|---|',
        '| 1 | Thu ngân sách nhà nước | Tỷ đồng | 100 | 9,09 |',
      ].join('\n'),
    );
    const prose = document.facts.filter((fact) => fact.origin === 'prose');
    expect(prose.map((fact) => [fact.measure, fact.corroboratedBy.length])).toEqual([
      ['actual', 1],
      ['yoy_change', 0],
    ]);
    expect(document.diagnostics.map((d) => d.ruleId)).not.toContain('prose-fact-contradicts-table');
  });

  it('reports a prose figure the table contradicts, with the line of the sentence', async () => {
    const document = await report(
      [
        '| TT | Chỉ tiêu | Đơn vị tính | Ước TH quý I/2024 | So với cùng kỳ (%) |',
        '|---|---|---|---|---|',
        '| 1 | Thu ngân sách nhà nước | Tỷ đồng | 100 | 112,0 |',
      ].join('\n'),
    );
    const contradictions = document.diagnostics.filter(
      (d) => d.ruleId === 'prose-fact-contradicts-table',
    );
    expect(contradictions).toHaveLength(1);
    expect(contradictions[0]).toMatchObject({ line: 5, severity: 'warning' });
    expect(contradictions[0]?.message).toContain('10%');
  });
});
