/**
 * extract: prose facts checked against table facts. A prose fact and a table fact of the same
 * indicator (the same text once normalized, or the same entry of the alias list in
 * src/vi/indicators.ts: `GRDP` ↔ `Tổng sản phẩm trên địa bàn`), comparable measures and the same
 * period that give the same figure (each ± the rounding of its last printed digit) list each
 * other in `corroboratedBy`.
 *
 *   text:  `Thu ngân sách nhà nước đạt 24.042,91 tỷ đồng, giảm 9,46% so với cùng kỳ`
 *   table: | Tổng thu ngân sách trên địa bàn | Tỷ đồng | … | 24.042,91 | 90,54 | …
 *   → the actual 24.042,91 tỷ đồng ↔ the estimate 24.042,91 Tỷ đồng (a report's `đạt` is the
 *     table's `Ước TH`); the change -9.46 % ↔ the index 90,54 (100 - 9.46)
 *
 * A comparison column whose header names no period takes the period of its row's figure (or of
 * the table's figures, when they share one).
 *
 * Comparable measures: actual or estimate ↔ actual or estimate; yoy_change or yoy ↔ yoy (a
 * table's yoy is an index, or for a rate the change itself: either reading may agree); share_of_plan
 * ↔ share_of_plan; plan ↔ plan (a target written as a change, `Kế hoạch năm tăng 15%`, may be
 * `15` or the index `115` in the table). Values are compared in base units (`tỷ đồng` and `Tỷ
 * đồng`, `nghìn lượt` and `1.000 lượt`); units that cannot be compared decide nothing.
 *
 * Reported: `prose-fact-contradicts-table`, a prose fact no table fact of its indicator, measure
 * and period agrees with, while one gives another figure.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { Fact, Measure, Period } from '../schema/document.js';
import '../types/vfile-data.js';
import { agrees, halfUnit, indicatorKey, unitScale } from '../vi/indicators.js';
import { lineAt, proseSources } from './prose-sources.js';

export default function crossChecks() {
  return (_tree: Root, file: VFile): undefined => {
    const facts = file.data.facts ?? [];
    // A comparison column whose header names no period (`So với cùng kỳ (%)`) compares the
    // figure of its row: it takes that figure's period.
    const rowPeriods = new Map<string, Period>();
    const tablePeriods = new Map<string, Map<string, Period>>();
    for (const fact of facts) {
      if (fact.origin !== 'table' || fact.rowId === null || fact.period === null) continue;
      if (fact.measure !== 'actual' && fact.measure !== 'estimate') continue;
      if (!rowPeriods.has(fact.rowId)) rowPeriods.set(fact.rowId, fact.period);
      const periods = tablePeriods.get(fact.tableId ?? '') ?? new Map<string, Period>();
      periods.set(JSON.stringify(fact.period), fact.period);
      tablePeriods.set(fact.tableId ?? '', periods);
    }
    /** The period of a table's figures, when they all have the same one. */
    const tablePeriod = (tableId: string | null): Period | null => {
      const periods = tablePeriods.get(tableId ?? '');
      return periods?.size === 1 ? ([...periods.values()][0] ?? null) : null;
    };
    const periodOf = (fact: Fact): Period | null =>
      fact.period ??
      (fact.measure === 'yoy' || fact.measure === 'share_of_plan'
        ? (rowPeriods.get(fact.rowId ?? '') ?? tablePeriod(fact.tableId))
        : null);
    const byKey = new Map<string, Fact[]>();
    for (const fact of facts) {
      if (fact.origin !== 'table') continue;
      const key = indicatorKey(fact.indicator);
      const sameKey = byKey.get(key);
      if (sameKey) sameKey.push(fact);
      else byKey.set(key, [fact]);
    }
    const sources = new Map(proseSources(file).map((source) => [source.id, source]));
    for (const fact of facts) {
      if (fact.origin !== 'prose') continue;
      const candidates = (byKey.get(indicatorKey(fact.indicator)) ?? []).filter(
        (other) =>
          comparableMeasures(fact.measure, other.measure) &&
          samePeriod(fact.period, periodOf(other)),
      );
      const verdicts = candidates.map((other) => [other, compare(fact, other)] as const);
      const matches = verdicts.filter(([, verdict]) => verdict === 'same');
      for (const [other] of matches) {
        fact.corroboratedBy.push(other.factId);
        other.corroboratedBy.push(fact.factId);
      }
      const differing = verdicts.find(([, verdict]) => verdict === 'different');
      if (matches.length > 0 || differing === undefined) continue;
      const [other] = differing;
      const source = fact.blockId === null ? undefined : sources.get(fact.blockId);
      const line = source === undefined ? undefined : lineAt(source, fact.start ?? 0);
      file.message(
        `«${fact.indicator}»: the text gives ${fact.raw} (${fact.measure}), the table ${other.raw} (${other.measure}, «${other.indicator}»)`,
        {
          place: line === undefined ? undefined : { line, column: 1 },
          ruleId: 'prose-fact-contradicts-table',
          source: 'baocao',
        },
      );
    }
  };
}

const GROUPS: ReadonlyArray<ReadonlySet<Measure>> = [
  new Set(['actual', 'estimate']),
  new Set(['yoy', 'yoy_change']),
  new Set(['share_of_plan']),
  new Set(['plan']),
];

function comparableMeasures(a: Measure, b: Measure): boolean {
  return GROUPS.some((group) => group.has(a) && group.has(b));
}

function samePeriod(a: Period | null, b: Period | null): boolean {
  if (a === null || b === null) return false;
  if (a.from !== undefined && a.to !== undefined && b.from !== undefined && b.to !== undefined) {
    return a.from === b.from && a.to === b.to;
  }
  return (
    a.year === b.year &&
    a.quarter === b.quarter &&
    a.month === b.month &&
    a.months === b.months &&
    a.half === b.half
  );
}

type Verdict = 'same' | 'different' | 'incomparable';

/** The figure's bounds: [value] or [min, max]. */
function bounds(fact: Fact): number[] {
  if (fact.value !== undefined) return [fact.value];
  if (fact.min !== undefined && fact.max !== undefined) return [fact.min, fact.max];
  return [];
}

/** Do the prose bounds, shifted by `offset`, meet the table bounds, all scaled by `factor`s? */
function boundsAgree(
  prose: Fact,
  table: Fact,
  proseFactor = 1,
  tableFactor = 1,
  offset = 0,
): boolean | undefined {
  const a = bounds(prose);
  const b = bounds(table);
  if (a.length === 0 || a.length !== b.length) return undefined;
  const ha = halfUnit(prose.raw) * proseFactor;
  const hb = halfUnit(table.raw) * tableFactor;
  return a.every((value, i) =>
    agrees(value * proseFactor, ha, ((b[i] ?? 0) + offset) * tableFactor, hb),
  );
}

function verdictOf(...readings: Array<boolean | undefined>): Verdict {
  if (readings.some((reading) => reading === true)) return 'same';
  return readings.some((reading) => reading === false) ? 'different' : 'incomparable';
}

function compare(prose: Fact, table: Fact): Verdict {
  const change = prose.measure === 'yoy_change' || prose.direction !== null;
  const percent = table.unit === null || table.unit.trim() === '%';
  // A column of changes in the indicator's own unit (`Tăng, giảm so với cùng kỳ (tỷ đồng)`) is
  // not a percentage: nothing to compare a prose percentage with.
  if ((change || prose.measure === 'yoy' || prose.measure === 'share_of_plan') && !percent) {
    return 'incomparable';
  }
  if (prose.measure === 'yoy_change' || prose.measure === 'yoy') {
    // Compared as changes: the prose index 95,26 is a change of -4.74; the table's figure is the
    // change itself (a rate) or an index.
    const asChange = prose.measure === 'yoy' ? -100 : 0;
    const shifted: Fact = { ...prose };
    if (prose.value !== undefined) shifted.value = prose.value + asChange;
    return verdictOf(boundsAgree(shifted, table), boundsAgree(shifted, table, 1, 1, -100));
  }
  if (prose.measure === 'share_of_plan') return verdictOf(boundsAgree(prose, table));
  if (change) {
    return verdictOf(boundsAgree(prose, table), boundsAgree(prose, table, 1, 1, -100));
  }
  const proseUnit = unitScale(prose.unit);
  const tableUnit = unitScale(table.unit);
  if (proseUnit === undefined || tableUnit === undefined || proseUnit.unit !== tableUnit.unit) {
    return 'incomparable';
  }
  return verdictOf(boundsAgree(prose, table, proseUnit.factor, tableUnit.factor));
}
