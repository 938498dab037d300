/**
 * swallowed-headings: a block that holds several lines starting with a numbering marker (`I.`,
 * `1.`, `a)`, `(1)`), or markers standing alone on their lines: headings and items a reader ran
 * into one paragraph, so the section tree misses them.
 *
 * ok (each heading is its own paragraph):
 * ```markdown
 * I. KẾT QUẢ THỰC HIỆN
 *
 * 1. Về công tác xây dựng Đảng
 * ```
 *
 * not-ok (`swallowed-headings` at line 1):
 * ```markdown
 * II. NHIỆM VỤ TRỌNG TÂM QUÝ II
 * 2. Về phát triển kinh tế - xã hội
 * Tập trung triển khai các giải pháp thúc đẩy tăng trưởng.
 * a) Về thu ngân sách
 * ```
 */
import { leadingNumberingMarker } from '../../vi/numbering.js';
import { blockLines, type Finding, growing, type QualityRule } from './rule.js';

/** A bullet or a numbering marker alone on its line: the text it marks went elsewhere. */
const LONE_MARKER =
  /^\s*(?:[-+•*◦▪●]|[IVXLC]+\.|\d{1,2}(?:\.\d{1,2})*\.|[a-zđ]\)|\(\d{1,2}\))\s*$/u;
const MIN_MARKERS = 2;
/** What a line must start with to hold a marker: a cheap test before the numbering parser. */
const MAY_HOLD_MARKER = /^\s*(?:[\dIVXLC(]|[a-zđ]\)|[-+•*◦▪●]\s*$)/u;

/** Does the line start with a numbering marker, or hold a marker alone? */
export function startsWithMarker(text: string): boolean {
  if (!MAY_HOLD_MARKER.test(text)) return false;
  return LONE_MARKER.test(text) || leadingNumberingMarker(text.trimStart()).ok;
}

export const swallowedHeadings: QualityRule = {
  ruleId: 'swallowed-headings',
  check({ blocks }) {
    const findings: Finding[] = [];
    for (const block of blocks) {
      if (block.kind === 'table') continue;
      let markers = 0;
      let first: number | undefined;
      for (const { text, line } of blockLines(block)) {
        if (startsWithMarker(text)) {
          markers++;
          first ??= line;
        }
      }
      if (markers >= MIN_MARKERS) {
        findings.push({
          reason: `${markers} lines of one block start with a numbering marker: headings or items read as one paragraph`,
          line: first,
        });
      }
    }
    return findings;
  },
  penalty: (findings) => growing(findings.length, 0.15, 0.05, 0.4),
};
