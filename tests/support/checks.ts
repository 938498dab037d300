/**
 * The checks a reading of a report must pass to read the same as a reference reading (the seed's
 * own): every footnote's text, every citation (the text of the block that cites each footnote),
 * every section (label and title), every body block's text and every table cell. Texts are
 * compared with white space collapsed: a converter that wraps lines at 72 columns says the same.
 */
import type { Document } from '../../src/schema/document.js';
import { eachBlock, eachSection } from '../../src/structure/walk.js';

export interface Checks {
  footnotes: string[];
  citations: string[];
  sections: string[];
  body: string[];
  cells: string[];
}

const normal = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

export function checksOf(document: Document): Checks {
  const blocks = [...eachBlock(document.blocks, document.sections)];
  const blockText = new Map(blocks.map((block) => [block.id, normal(block.text)]));
  return {
    footnotes: document.footnotes.map((f) => `${f.number}: ${normal(f.text)}`),
    citations: document.footnotes.flatMap((f) =>
      f.citedBy.map((id) => `${f.number} ← ${blockText.get(id) ?? id}`),
    ),
    sections: [...eachSection(document.sections)].map(
      (s) => `${normal(s.label)} ${normal(s.title)}`,
    ),
    body: blocks.filter((b) => b.kind !== 'table').map((b) => normal(b.text)),
    cells: document.tables.flatMap((t) =>
      t.rows.flatMap((r) =>
        r.cells.map(
          (c, i) => `${t.title ?? ''} ${r.order ?? ''} ${r.label}#${i}: ${normal(c.raw)}`,
        ),
      ),
    ),
  };
}

/** For each kind of check, the expected items the other reading has too (as a multiset). */
export function kept(
  expected: Checks,
  actual: Checks,
): Record<keyof Checks, { kept: number; of: number; missing: string[] }> {
  const out = {} as Record<keyof Checks, { kept: number; of: number; missing: string[] }>;
  for (const key of Object.keys(expected) as (keyof Checks)[]) {
    const left = new Map<string, number>();
    for (const item of actual[key]) left.set(item, (left.get(item) ?? 0) + 1);
    const missing: string[] = [];
    for (const item of expected[key]) {
      const n = left.get(item) ?? 0;
      if (n > 0) left.set(item, n - 1);
      else missing.push(item);
    }
    out[key] = { kept: expected[key].length - missing.length, of: expected[key].length, missing };
  }
  return out;
}

/** The share of all checks kept. */
export function share(result: ReturnType<typeof kept>): number {
  const values = Object.values(result);
  const of = values.reduce((sum, v) => sum + v.of, 0);
  return of === 0 ? 1 : values.reduce((sum, v) => sum + v.kept, 0) / of;
}
