/** The flat reading of odd markdown the converters produce. */
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';

const blocks = async (markdown: string) =>
  (await extract({ path: 'test.md', bytes: Buffer.from(markdown) })).blocks.map(
    ({ kind, marker, depth, text }) => ({ kind, marker, depth, text }),
  );

describe('flat blocks', () => {
  it('reads an HTML table as a table, row by row, its cells apart, references decoded', async () => {
    const html =
      '<table>\n<tr><td>1</td><td>24.042,91</td><td>13,5</td></tr>\n<tr><td>Thu&nbsp;chi</td><td>&#7913;</td></tr>\n</table>\n';
    expect(await blocks(html)).toEqual([
      { kind: 'table', marker: null, depth: 0, text: '1 | 24.042,91 | 13,5\nThu\u00a0chi | ứ' },
    ]);
  });

  it('keeps the text of an item that remark reads as indented code', async () => {
    expect(await blocks('-     Thu ngân sách đạt 95%.\n')).toEqual([
      { kind: 'item', marker: '-', depth: 1, text: 'Thu ngân sách đạt 95%.' },
    ]);
  });

  it('takes the marker alone inside a block quote', async () => {
    expect(await blocks('> -\n>   Thu nội địa\n')).toMatchObject([{ kind: 'item', marker: '-' }]);
  });

  it('keeps nested list depth and ordered markers as written', async () => {
    expect(await blocks('1) Về kinh tế, tổng sản phẩm tăng 7,2%.\n   + Thu hút đầu tư\n')).toEqual([
      { kind: 'item', marker: '1)', depth: 1, text: 'Về kinh tế, tổng sản phẩm tăng 7,2%.' },
      { kind: 'item', marker: '+', depth: 2, text: 'Thu hút đầu tư' },
    ]);
  });

  it('reports text that no record holds', async () => {
    const document = await extract({
      path: 'test.md',
      bytes: Buffer.from('Đạt kế hoạch.\n\n[nq]: /x "Nghị quyết số 12-NQ/TW"\n'),
    });
    expect(document.stats.coverage).toBeLessThan(1);
    expect(document.diagnostics).toMatchObject([{ ruleId: 'text-lost', line: 3 }]);
  });
});
