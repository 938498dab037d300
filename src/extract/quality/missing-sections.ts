/**
 * no-sections: a document of several pages whose text has numbering markers at line starts (`I.`,
 * `1.`, `a)`), and not one section was recognised: its body is a flat run of blocks.
 *
 * ok (a short letter has no numbering, and needs no section):
 * ```markdown
 * Kính gửi: Ủy ban nhân dân thành phố.
 *
 * Sở Tài chính xin báo cáo kết quả thực hiện.
 * ```
 *
 * not-ok (`no-sections`): several pages of text in which lines start `I.`, `1.`, `2.`, `a)`, and
 * no section in the Document.
 */
import { blockLines, type QualityRule } from './rule.js';
import { startsWithMarker } from './swallowed-headings.js';

/** A bullet alone on its line is no numbering. */
const LONE = /^\s*[-+•*◦▪●]\s*$/u;

/** Words of about two pages: below that, a flat document may well be a letter. */
const MIN_WORDS = 800;
const MIN_MARKERS = 3;

export const missingSections: QualityRule = {
  ruleId: 'no-sections',
  check({ document, blocks, words }) {
    if (document.sections.length > 0 || words < MIN_WORDS) return [];
    let markers = 0;
    let first: number | undefined;
    for (const block of blocks) {
      if (block.kind === 'table') continue;
      for (const { text, line } of blockLines(block)) {
        if (!startsWithMarker(text) || LONE.test(text)) continue;
        markers++;
        first ??= line;
      }
    }
    if (markers < MIN_MARKERS) return [];
    return [
      {
        reason: `${words} words and ${markers} lines that start with a numbering marker, but no section was recognised`,
        line: first,
        count: markers,
      },
    ];
  },
  penalty: (findings) => (findings.length > 0 ? 0.4 : 0),
};
