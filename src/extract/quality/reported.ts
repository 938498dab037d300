/**
 * Problems the stages that found them have already reported, counted into the grade: text that
 * ended up in no record (`text-lost`), footnotes cited and never defined or defined and never cited,
 * table cells a reader could not place (`table-cells-unplaced`),
 * and blocks too large to be one paragraph (`giant-block`, reported here: the stats measure them).
 */
import { isGiantBlock } from '../stats.js';
import { type Finding, growing, type QualityRule } from './rule.js';

/** Findings of the diagnostics the stages reported under any of `ruleIds`. */
function reported(...ruleIds: string[]): QualityRule['check'] {
  return ({ document }) =>
    document.diagnostics
      .filter((diagnostic) => ruleIds.includes(diagnostic.ruleId))
      .map((diagnostic): Finding => ({ reason: diagnostic.message, line: diagnostic.line }));
}

export const textLost: QualityRule = {
  ruleId: 'text-lost',
  reported: true,
  check: reported('text-lost'),
  penalty: (_findings, { document }) => Math.min(0.5, (1 - document.stats.coverage) * 4),
};

/** Cited and never defined, or defined and never cited: a mark or a note the reader did not pair. */
function footnoteRule(ruleId: string): QualityRule {
  return {
    ruleId,
    reported: true,
    check: reported(ruleId),
    penalty: (findings, { document }) =>
      Math.min(
        0.5,
        (0.6 * findings.length) / Math.max(1, document.footnotes.length + findings.length),
      ),
  };
}

export const footnoteUndefined = footnoteRule('footnote-undefined');
export const footnoteUncited = footnoteRule('footnote-uncited');
/** A note the plain-text reader left as text, its reference unread, the notes after it read on. */
export const footnoteSkipped = footnoteRule('footnote-skipped');

/**
 * table-cells-unplaced: a table row or order number a reader left as text after its table, a unit
 * the page cut that no next page finished (src/parse/plain-text, src/repair), or figure columns of
 * one name (src/extract/tables.ts): a row's or a column's worth of a table unread, each.
 */
export const tableCellsUnplaced: QualityRule = {
  ruleId: 'table-cells-unplaced',
  reported: true,
  check: reported(
    'table-row-unplaced',
    'table-order-unplaced',
    'table-unit-cut',
    'table-columns-alike',
  ),
  penalty: (findings) => growing(findings.length, 0.05, 0.05, 0.3),
};

/**
 * table-shares-contradicted: a share of plan that is not value ÷ plan × 100 (`table-share-of-plan`,
 * src/extract/table-checks.ts): a report's misprint, once; a table whose columns were read in the
 * wrong order, where many rows say so (a header's tiers laid one column off: every row's share
 * contradicted, each figure under the measure beside its own).
 */
export const tableSharesContradicted: QualityRule = {
  ruleId: 'table-shares-contradicted',
  reported: true,
  check: reported('table-share-of-plan'),
  penalty: (findings) => growing(findings.length, 0.05, 0.05, 0.4),
};

/**
 * giant-block: a block of more than a page (see isGiantBlock), which no report writes as one
 * paragraph: text whose paragraphs, headings and notes a reader did not divide.
 */
export const giantBlock: QualityRule = {
  ruleId: 'giant-block',
  check({ document, blocks }) {
    // The stats counted the words of giant blocks: none, and `structured` equals `coverage`.
    if (document.stats.structured >= document.stats.coverage) return [];
    return blocks.filter(isGiantBlock).map((block) => ({
      reason: `One block holds ${block.text.split('\n').length} lines of text: paragraphs not divided`,
      line: block.sources[0]?.startLine,
    }));
  },
  penalty: (findings, { document }) =>
    Math.max(
      growing(findings.length, 0.1, 0.02, 0.2),
      Math.min(0.6, 1.2 * (1 - document.stats.structured)),
    ),
};
