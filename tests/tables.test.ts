/** Table rules on the smallest inputs that show them. */
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';

const read = (markdown: string) => extract({ path: 'test.md', bytes: Buffer.from(markdown) });
const table =
  '| TT | Chỉ tiêu | ĐVT | Kế hoạch 2024 |\n|---|---|---|---|\n| 1 | Thu ngân sách | Tỷ đồng | 1.000 |\n';

describe('table titles', () => {
  it('takes a caption line before the table', async () => {
    const { tables } = await read(`Bảng 1. Một số chỉ tiêu chủ yếu\n\n${table}`);
    expect(tables[0]?.title).toBe('Bảng 1. Một số chỉ tiêu chủ yếu');
  });

  it('does not take a sentence that leads into the table', async () => {
    const { tables } = await read(`Kết quả thực hiện các chỉ tiêu chủ yếu như sau:\n\n${table}`);
    expect(tables[0]?.title).toBeNull();
  });

  it('takes an appendix caption, not its label', async () => {
    const { tables } = await read(`PHỤ LỤC II\nCác chỉ tiêu năm 2024\n\n${table}`);
    expect(tables[0]?.title).toBe('Các chỉ tiêu năm 2024');
  });
});

describe('table cells', () => {
  it.each([
    ['1.714', { kind: 'number', value: 1714 }],
    ['24.042,91', { kind: 'number', value: 24042.91 }],
    ['12,7 - 13', { kind: 'range', min: 12.7, max: 13 }],
    ['-', { kind: 'empty' }],
    ['…', { kind: 'empty' }],
    ['', { kind: 'empty' }],
    ['12.34', { kind: 'text' }],
    ['chưa có số liệu', { kind: 'text' }],
  ])('%s', async (raw, expected) => {
    const { tables } = await read(
      `| TT | Chỉ tiêu | Kế hoạch 2024 |\n|---|---|---|\n| 1 | Thu | ${raw} |\n`,
    );
    expect(tables[0]?.rows[0]?.cells[2]).toMatchObject({ raw, ...expected });
  });
});
