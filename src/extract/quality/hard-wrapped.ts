/**
 * hard-wrapped: plain text with its lines wrapped at a fixed width and no blank line between
 * paragraphs, so several paragraphs were read as one block. Wrapping alone is harmless (pandoc wraps
 * markdown at 72 columns, and a blank line still ends each paragraph); what this rule counts is a
 * paragraph's end inside a block: a line well short of the wrapping width that ends a sentence,
 * followed by a line that starts a new one.
 *
 * ok (wrapped, paragraphs apart):
 * ```markdown
 * Thành ủy và các cấp ủy lãnh đạo, chỉ đạo triển khai hiệu quả công tác giáo
 * dục chính trị, tư tưởng trong toàn Đảng bộ.
 *
 * Ban Thường vụ Thành ủy tập trung lãnh đạo, chỉ đạo việc nghiên cứu, học tập.
 * ```
 *
 * not-ok (`hard-wrapped` at line 4: quoted lines of three paragraphs in one block):
 * ```markdown
 * ## 1. Về công tác xây dựng Đảng
 *
 * > Thành ủy và các cấp ủy lãnh đạo, chỉ đạo triển khai hiệu quả công tác giáo
 * > dục chính trị, tư tưởng trong toàn Đảng bộ.
 * > Ban Thường vụ Thành ủy tập trung lãnh đạo, chỉ đạo việc nghiên cứu, học tập,
 * > quán triệt, tuyên truyền và triển khai.
 * > Tích cực tuyên truyền, giáo dục về môi trường, chủ quyền biên giới, biển đảo
 * > trong toàn Đảng bộ và Nhân dân thành phố.
 * ```
 */
import { endsSentence, startsLowercase } from '../../vi/text.js';
import { blockLines, type QualityRule } from './rule.js';

/** A line this much shorter than the wrapping width ended where its paragraph did. */
const SHORT = 0.8;
const MIN_BREAKS = 2;
/** Fewer wrapped lines than this say nothing of a width. */
const MIN_LINES = 6;

export const hardWrapped: QualityRule = {
  ruleId: 'hard-wrapped',
  check({ blocks }) {
    const wrapped = blocks
      .filter((block) => block.kind !== 'table')
      .map(blockLines)
      .filter((lines) => lines.length >= 3);
    const lengths = wrapped.flatMap((lines) => lines.map(({ text }) => text.trim().length));
    if (lengths.length < MIN_LINES) return [];
    lengths.sort((a, b) => a - b);
    const width = lengths[Math.floor(lengths.length * 0.9)] ?? 0;
    let breaks = 0;
    let first: number | undefined;
    for (const lines of wrapped) {
      for (let index = 0; index + 1 < lines.length; index++) {
        const current = lines[index]?.text.trim() ?? '';
        const next = lines[index + 1]?.text.trim() ?? '';
        if (current.length >= width * SHORT || !endsSentence(current)) continue;
        if (next === '' || startsLowercase(next)) continue;
        breaks++;
        first ??= lines[index]?.line;
      }
    }
    if (breaks < MIN_BREAKS) return [];
    return [
      {
        reason: `Lines are wrapped at about ${width} characters with no blank line between paragraphs: ${breaks} paragraph ends fall inside blocks`,
        line: first,
        count: breaks,
      },
    ];
  },
  penalty: ([finding], { blocks }) =>
    finding ? Math.min(0.35, 0.15 + (finding.count ?? 1) / Math.max(blocks.length, 1)) : 0,
};
