/**
 * Properties of the whole pipeline (`extract`), on any input: it never throws anything but a typed
 * error (a VFileMessage naming the file, line and rule), it is deterministic, what it returns
 * always validates against the schema, and on generated report-shaped text it loses nothing
 * (coverage 1). Bounded in CI (150 runs); `FUZZ_RUNS=45000 FUZZ_REPORTS=200` runs more than
 * 100 000 cases (the README has the command and its last result).
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { VFileMessage } from 'vfile-message';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import { type Document, DocumentSchema } from '../src/schema/document.js';
import { generateReports } from '../src/tools/generate-corpus.js';

const runs = Number(process.env.FUZZ_RUNS ?? 150);
/** Generated whole reports take half a second each: their own count for a long run. */
const reportRuns = Number(process.env.FUZZ_REPORTS ?? Math.ceil(runs / 10));
const seed = readFileSync('corpus/thanh-uy-hai-phong_bao-cao_2023-q1.md', 'utf8');

/** A document, or the typed error it was refused with; anything else thrown fails the property. */
async function outcome(bytes: Uint8Array): Promise<Document | VFileMessage> {
  try {
    return await extract({ path: 'fuzz.md', bytes });
  } catch (error) {
    if (error instanceof VFileMessage) return error;
    throw error;
  }
}

/** Text shaped like the reports' markdown: their syntax, words, numbers and hostile runs. */
const fragment = fc.constantFrom(
  '\n',
  '\n\n',
  '# ',
  '## ',
  '- ',
  '  - ',
  '* ',
  '1. ',
  'a) ',
  '(1) ',
  'I. ',
  'II. ',
  '> ',
  '| ',
  ' | ',
  '|---|---|\n',
  '[^1]',
  '[^1]: ',
  '[^__proto__]',
  '¹²',
  '<sup>3</sup>',
  '^4^',
  '<br>',
  '<td>',
  '</table>',
  '&nbsp;',
  '**',
  '_',
  '`',
  '```\n',
  'BÁO CÁO',
  'Số: 12/BC-UBND',
  'Hà Nội, ngày 15 tháng 4 năm 2024',
  'quý I/2023',
  'Tổng thu ngân sách',
  'tỷ đồng',
  'Kế hoạch năm 2023',
  'So với cùng kỳ (%)',
  'Chỉ tiêu',
  'ĐVT',
  'Nơi nhận:',
  'Lưu: VT, Văn phòng Thành ủy',
  'PHỤ LỤC',
  'Biểu số 01',
  'V/v ',
  '- 3 -',
  'Trang 2',
  '__proto__',
  'constructor',
  '116.442,134',
  '12,7 - 13',
  '1.714',
  '27,5%',
  '-',
  '...',
  ',,,',
  '((((',
  '))))',
  '0000000000',
  '          ',
  '\t',
  '\r\n',
  // Issue 22: figures that must not be read silently, and syntax the parser once stalled on.
  ' ,5 tỷ USD',
  '1,000 tỷ đồng',
  '12.34%',
  '9.007.199.254.740.993 tỷ đồng',
  '9'.repeat(320),
  '[',
  ']',
  '[^abc]',
  '*a ',
  '<script>x</script>',
);
const reportShaped = fc.array(fragment, { maxLength: 120 }).map((parts) => parts.join(''));
const anyText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  reportShaped,
);

// A long run (FUZZ_RUNS=45000) takes far more than the default ten minutes per property.
describe('extract, on any input', { timeout: Math.max(600_000, runs * 100) }, () => {
  it('never throws anything but a typed error, and what it returns validates', async () => {
    await fc.assert(
      fc.asyncProperty(anyText, async (text) => {
        const result = await outcome(new TextEncoder().encode(text));
        if (result instanceof VFileMessage) {
          expect(result.ruleId).toBeTruthy();
          expect(result.file).toBe('fuzz.md');
        } else {
          expect(DocumentSchema.safeParse(result).success).toBe(true);
        }
      }),
      { numRuns: runs },
    );
  });

  it('never throws anything but a typed error on any bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), async (bytes) => {
        const result = await outcome(bytes);
        if (!(result instanceof VFileMessage)) {
          expect(DocumentSchema.safeParse(result).success).toBe(true);
        }
      }),
      { numRuns: runs },
    );
  });

  it('is deterministic', async () => {
    await fc.assert(
      fc.asyncProperty(anyText, async (text) => {
        const bytes = new TextEncoder().encode(text);
        const [first, second] = [await outcome(bytes), await outcome(bytes)];
        if (first instanceof VFileMessage || second instanceof VFileMessage) {
          expect(String(second)).toBe(String(first));
        } else expect(second).toEqual(first);
      }),
      { numRuns: Math.ceil(runs / 3) },
    );
  });

  it('loses no text of generated reports (coverage 1)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 1_000_000 }), async (n) => {
        const [report] = [
          ...generateReports({ sources: [{ name: 'seed.md', text: seed }], count: 1, seed: n }),
        ];
        const document = await extract({
          path: 'gen.md',
          bytes: new TextEncoder().encode(report?.text ?? ''),
        });
        expect(document.stats.coverage).toBe(1);
        expect(DocumentSchema.safeParse(document).success).toBe(true);
      }),
      { numRuns: reportRuns },
    );
  });
});
