/**
 * extract: every figure of the prose, fact or not, with where it stands (src/vi/quantity.ts
 * decides what a figure is: dates, years, periods, document codes and names are not).
 *
 *   block b7: `Tính đến 12/4/2023, đã kết nạp được 688/4.100 đảng viên mới (đạt 16,8% kế hoạch)`
 *   → { id: 'b7:q1', sourceId: 'b7', start: 35, end: 54, raw: '688/4.100 đảng viên',
 *       kind: 'fraction', numerator: 688, denominator: 4100, unit: 'đảng viên', … }
 *     { id: 'b7:q2', raw: '16,8%', kind: 'number', value: 16.8, unit: '%', … }
 *
 * A figure is not a fault; one it will not read is (`number-malformed`, `number-ambiguous`,
 * `number-too-large`): reported with its line, never given a value.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { PDF_LAYOUT_DIALECTS } from '../parse/dialect.js';
import type { QuantityMention } from '../schema/document.js';
import '../types/vfile-data.js';
import { type FigureProblem, findQuantities, type QuantityMatch } from '../vi/quantity.js';
import { lineAt, proseSources } from './prose-sources.js';

export default function quantities() {
  return (_tree: Root, file: VFile): undefined => {
    // In text a PDF's layout made, a space between figures may part two cells.
    const dialect = file.data.source?.dialect.name;
    const spaceGroups = dialect === undefined || !PDF_LAYOUT_DIALECTS.has(dialect);
    file.data.quantities = proseSources(file).flatMap((source) => {
      // A figure that is not read (a lost zero, two readings, too large) is said, with its line.
      const onProblem = (problem: FigureProblem): void => {
        const line = lineAt(source, problem.start);
        file.message(problem.reason, {
          ...(line === undefined ? {} : { place: { line, column: 1 } }),
          ruleId: problem.ruleId,
          source: 'baocao',
        });
      };
      return findQuantities(source.text, { onProblem, spaceGroups }).map((match, index) =>
        toMention(match, `${source.id}:q${index + 1}`, source.id),
      );
    });
  };
}

function toMention(match: QuantityMatch, id: string, sourceId: string): QuantityMention {
  const mention: QuantityMention = {
    id,
    sourceId,
    start: match.start,
    end: match.end,
    raw: match.raw,
    kind: match.kind,
    scale: match.scale ?? null,
    unit: match.unit ?? null,
    currency: match.currency ?? null,
    // The exact base values the reading computed from the digits as written.
    baseValue: match.kind === 'number' ? match.baseValueExact : null,
    baseMin: match.kind === 'range' ? match.baseMinExact : null,
    baseMax: match.kind === 'range' ? match.baseMaxExact : null,
  };
  if (match.kind === 'number') mention.value = match.value;
  else if (match.kind === 'range') {
    mention.min = match.min;
    mention.max = match.max;
  } else {
    mention.numerator = match.numerator;
    mention.denominator = match.denominator;
  }
  return mention;
}
