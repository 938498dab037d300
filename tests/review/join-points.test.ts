import { describe, expect, it } from 'vitest';
import { joinOffsets } from '../../src/review/join-points.js';

const span = (startLine: number, endLine = startLine) => ({ startLine, endLine });

/** The text after each seam, for readable expectations. */
function seams(text: string, lines: string[], spans: ReturnType<typeof span>[]) {
  return joinOffsets(text, spans, lines).map((offset) =>
    offset === null ? null : text.slice(offset),
  );
}

describe('joinOffsets', () => {
  it('finds the seam of two halves', () => {
    const lines = ['- bằng các giải pháp cụ', '', '¹ Kế hoạch số 12', '', 'thể để phát triển.'];
    const text = 'bằng các giải pháp cụ thể để phát triển.';
    expect(seams(text, lines, [span(1), span(5)])).toEqual(['thể để phát triển.']);
  });

  it('ignores markup and footnote markers in the source', () => {
    const lines = ['Kết nạp được', '**54/350**¹⁴ đảng viên<sup>3</sup> mới'];
    const text = 'Kết nạp được 54/350 đảng viên mới';
    expect(seams(text, lines, [span(1), span(2)])).toEqual(['54/350 đảng viên mới']);
  });

  it('finds each seam of a paragraph joined over two page breaks', () => {
    const lines = ['một hai', 'ba bốn', 'năm sáu'];
    expect(seams('một hai ba bốn năm sáu', lines, [span(1), span(2), span(3)])).toEqual([
      'ba bốn năm sáu',
      'năm sáu',
    ]);
  });

  it('takes the occurrence where the half should start when its first words repeat', () => {
    const lines = ['thực hiện tốt, thực hiện', 'thực hiện tốt.'];
    const text = 'thực hiện tốt, thực hiện thực hiện tốt.';
    expect(seams(text, lines, [span(1), span(2)])).toEqual(['thực hiện tốt.']);
  });

  it('gives null for a seam it cannot find, and nothing for a block in one piece', () => {
    expect(joinOffsets('một hai', [span(1), span(2)], ['một', 'khác hẳn'])).toEqual([null]);
    expect(joinOffsets('một hai', [span(1)], ['một hai'])).toEqual([]);
    expect(joinOffsets('một hai', [span(1), span(9)], ['một hai'])).toEqual([null]);
  });
});
