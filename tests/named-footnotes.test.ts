/**
 * Issue 22, item 7: a named GFM footnote (`[^ghi-chu]`) links to its definition as a numbered one
 * does. Before, the reference stayed in the text as `[^ghi-chu]` and its definition was reported
 * `footnote-uncited`.
 */
import { describe, expect, it } from 'vitest';
import { toRecords } from '../src/emit/records.js';
import { extract } from '../src/extract.js';

const REPORT = `**ỦY BAN NHÂN DÂN TỈNH X**

Số: 12/BC-UBND

**BÁO CÁO**

**Tình hình kinh tế quý I năm 2024**

I. KẾT QUẢ

Thu ngân sách đạt 1.714 tỷ đồng[^nguon], vượt kế hoạch[^1]; chi thường xuyên[^Nguon] ổn định.

Vốn đầu tư công[^chua-co] giải ngân chậm.

[^nguon]: Theo số liệu của Sở Tài chính.
[^1]: Kế hoạch giao tại Nghị quyết số 12/NQ-HĐND.
`;

describe('named footnotes', () => {
  it('are cited, linked both ways and projected into the records', async () => {
    const document = await extract({ path: 'named.md', bytes: Buffer.from(REPORT) });
    const [first, second] = document.sections[0]?.blocks ?? [];
    expect(first?.text).toBe(
      'Thu ngân sách đạt 1.714 tỷ đồng, vượt kế hoạch; chi thường xuyên ổn định.',
    );
    // GFM labels match case-insensitively: [^Nguon] cites [^nguon].
    expect(first?.footnoteRefs.map(({ number, label }) => [number, label])).toEqual([
      [null, 'nguon'],
      [1, '1'],
      [null, 'nguon'],
    ]);
    const named = document.footnotes.find((footnote) => footnote.label === 'nguon');
    expect(named).toMatchObject({ number: null, citedBy: [first?.id] });
    // GFM makes no reference of a label nothing defines: it stays text, as written, not lost.
    expect(second?.text).toBe('Vốn đầu tư công[^chua-co] giải ngân chậm.');

    const rules = document.diagnostics.map((diagnostic) => diagnostic.ruleId);
    expect(rules).not.toContain('footnote-uncited');
    expect(document.stats.coverage).toBe(1);

    const citations = toRecords(document, { fingerprint: 'test' }).footnote_citations;
    expect(citations.map((c) => [c.footnote_label, c.footnote_number, c.footnote_id])).toEqual([
      ['nguon', null, named?.id],
      ['1', 1, document.footnotes.find((f) => f.label === '1')?.id],
      ['nguon', null, named?.id],
    ]);
  });
});
