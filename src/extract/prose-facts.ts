/**
 * extract: facts from the prose, one per figure whose role a sentence states (src/vi/statements.ts
 * holds the patterns), in the same shape as table facts and added to them in `facts`.
 *
 *   block b2: `… Thu ngân sách nhà nước đạt 24.042,91 tỷ đồng, giảm 9,46% so với cùng kỳ (bằng
 *   20,65% dự toán …)`, in a report on quý I/2023
 *   → { factId: 'b2:p1', origin: 'prose', blockId: 'b2', start, end, indicator: 'Thu ngân sách nhà
 *       nước', measure: 'actual', value: 24042.91, unit: 'tỷ đồng', period: quý I/2023 }
 *     { factId: 'b2:p2', measure: 'yoy_change', value: -9.46, direction: 'down', unit: '%' }
 *     { factId: 'b2:p3', measure: 'share_of_plan', value: 20.65, unit: '%' }
 *
 * The period is the part of a year the sentence names before the figure (`3 tháng đầu năm`, given
 * the report's year when it has none), else the report's. A target for the year (`Kế hoạch năm
 * tăng 15%`) is measure `plan` with its direction and the report's year as period: it is the same
 * figure as a table's plan column (`12,7 - 13` in the GRDP row), and `plan` keeps "what was
 * planned" one measure however the target is written. It reports nothing: a figure whose role is
 * unclear stays a quantity (src/extract/quantities.ts).
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { Fact, Period, QuantityMention } from '../schema/document.js';
import type { Scale } from '../vi/quantity.js';
import '../types/vfile-data.js';
import { parsePeriod, withYear } from '../vi/period.js';
import { findStatements, type StatementFigure, type StatementQuantity } from '../vi/statements.js';
import { figureColumns } from './facts.js';
import { proseSources } from './prose-sources.js';

export default function proseFacts() {
  return (_tree: Root, file: VFile): undefined => {
    const docId = file.data.docId ?? '';
    const reportPeriod = file.data.metadata?.period ?? null;
    const found: Fact[] = [];
    // The quantities stage found every figure already; the patterns read those.
    const bySource = new Map<string, StatementQuantity[]>();
    for (const mention of file.data.quantities ?? []) {
      const list = bySource.get(mention.sourceId) ?? [];
      const quantity = fromMention(mention);
      if (quantity !== undefined) list.push(quantity);
      bySource.set(mention.sourceId, list);
    }
    for (const source of proseSources(file)) {
      const quantities = file.data.quantities ? (bySource.get(source.id) ?? []) : undefined;
      findStatements(source.text, quantities).forEach((figure, index) => {
        found.push(toFact(figure, `${source.id}:p${index + 1}`, docId, source.id, reportPeriod));
      });
    }
    file.data.facts = [...(file.data.facts ?? []), ...found];
  };
}

function periodOf(figure: StatementFigure, reportPeriod: Period | null): Period | null {
  let period = reportPeriod;
  if (figure.period !== null) {
    const year = figure.period.year ?? reportPeriod?.year;
    period = year === undefined ? null : (withYear(figure.period, year) ?? null);
  }
  if (!figure.planned) return period;
  const year = period?.year;
  if (year === undefined) return null;
  const whole = parsePeriod(`năm ${year}`);
  return whole.ok ? whole.value : null;
}

function toFact(
  figure: StatementFigure,
  factId: string,
  docId: string,
  blockId: string,
  reportPeriod: Period | null,
): Fact {
  const fact: Fact = {
    factId,
    docId,
    origin: 'prose',
    tableId: null,
    rowId: null,
    blockId,
    start: figure.start,
    end: figure.end,
    indicator: figure.indicator,
    indicatorPath: figure.indicatorPath,
    unit: figure.unit,
    measure: figure.measure,
    period: periodOf(figure, reportPeriod),
    direction: figure.direction,
    ...figureColumns(figure, figure.unit, figure.raw),
    raw: figure.raw,
    corroboratedBy: [],
  };
  return fact;
}

function fromMention(mention: QuantityMention): StatementQuantity | undefined {
  const { start, end } = mention;
  const words: { unit?: string; scale?: Scale } = {};
  if (mention.unit !== null) words.unit = mention.unit;
  if (mention.scale !== null) words.scale = mention.scale;
  const { value, min, max, numerator, denominator } = mention;
  if (mention.kind === 'number' && value !== undefined) {
    return { start, end, ...words, kind: 'number', value };
  }
  if (mention.kind === 'range' && min !== undefined && max !== undefined) {
    return { start, end, ...words, kind: 'range', min, max };
  }
  if (mention.kind === 'fraction' && numerator !== undefined && denominator !== undefined) {
    return { start, end, ...words, kind: 'fraction', numerator, denominator };
  }
  return undefined;
}
