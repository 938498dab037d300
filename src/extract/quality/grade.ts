/**
 * The grade of a document's reading, from the penalties of the quality rules: the score is the
 * product of `1 - penalty` over the rules that found something, so each problem takes its share
 * of what the others left, and the signals are those rules, the heaviest first.
 *
 *   gradeOf([])                                              → { grade: 'good', score: 1, signals: [] }
 *   gradeOf([{ ruleId: 'unread-footnote-mark', penalty: 0.2 }]) → { grade: 'partial', score: 0.8, … }
 *   gradeOf([{ …, penalty: 0.4 }, { …, penalty: 0.4 }])      → { grade: 'poor', score: 0.36, … }
 */
import type { Quality } from '../../schema/document.js';

/** At or above: nothing found that loses a record's worth of text. */
export const GOOD_SCORE = 0.85;
/** Below: most of the document was not read as what it is. */
export const POOR_SCORE = 0.5;

export interface Penalty {
  ruleId: string;
  /** In [0, 1). */
  penalty: number;
}

export function gradeOf(penalties: readonly Penalty[]): Quality {
  const lowering = penalties.filter(({ penalty }) => penalty > 0);
  const product = lowering.reduce((score, { penalty }) => score * (1 - penalty), 1);
  const score = Math.round(Math.min(1, Math.max(0, product)) * 1000) / 1000;
  return {
    grade: score >= GOOD_SCORE ? 'good' : score >= POOR_SCORE ? 'partial' : 'poor',
    score,
    signals: [...lowering]
      .sort((a, b) => b.penalty - a.penalty || a.ruleId.localeCompare(b.ruleId))
      .map(({ ruleId }) => ruleId),
  };
}
