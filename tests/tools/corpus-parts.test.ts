/**
 * The parts of the corpus generator: figures rewritten in the same format (and only figures), a
 * real report read back into sections and footnotes with its page breaks undone, page cuts only
 * where a continuation can be told, and the PRNG.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract.js';
import {
  changeFigures,
  changeTableFigures,
  formatLike,
  parseFigure,
} from '../../src/tools/figures.js';
import { cutPoint } from '../../src/tools/paginate.js';
import { Rng, seedFor } from '../../src/tools/prng.js';
import { parseReport, refPattern } from '../../src/tools/report-model.js';

const seedPath = 'corpus/thanh-uy-hai-phong_bao-cao_2023-q1.md';
const seedText = readFileSync(seedPath, 'utf8');
const rngs = (n: number) => Array.from({ length: n }, (_, i) => new Rng(seedFor(77, i)));

describe('parseFigure and formatLike', () => {
  it('read the Vietnamese format', () => {
    expect(parseFigure('24.042,91')).toMatchObject({ value: 24042.91, decimals: 2, grouped: true });
    expect(parseFigure('1.714')?.value).toBe(1714);
    expect(parseFigure('0,83')?.value).toBe(0.83);
    expect(parseFigure('03')).toMatchObject({ value: 3, padded: true, width: 2 });
    expect(parseFigure('3.547.000.000')).toMatchObject({ value: 3547000000, zeros: 6 });
    for (const bad of ['1.5', '12.34.567', '1,2,3', '', '1.', ',5', '1.2345']) {
      expect(parseFigure(bad), bad).toBeUndefined();
    }
  });

  it('write a new value the way the old one was written', () => {
    const like = (raw: string, value: number) => {
      const parsed = parseFigure(raw);
      if (!parsed) throw new Error(raw);
      return formatLike(parsed, value);
    };
    expect(like('24.042,91', 18305.0712)).toBe('18.305,07');
    expect(like('03', 7)).toBe('07');
    expect(like('3.547.000.000', 4123456789)).toBe('4.123.000.000');
    expect(like('42.500', 44_234)).toBe('44.200');
    expect(like('950', 1140)).toBe('1.140');
    expect(like('9,65', 0.001)).toBe('0,01');
    expect(like('16,8', 16.8)).toBe('16,8');
  });
});

describe('changeFigures', () => {
  const kept = [
    'Nghị quyết số 12-NQ/TW, ngày 16/3/2022 của Bộ Chính trị',
    'Quyết định số 323/QĐ-TTg, ngày 30/3/2023',
    'Nghị định 30/2020/NĐ-CP',
    'Tính đến 12/4/2023',
    'tháng 01, 02/2023',
    'nhiệm kỳ 2020 - 2025',
    'năm học 2022-2023',
    '(Km0 - Km19+645)',
    'dịch Covid-19',
    'Tổng kho 3 Lạc Viên (số 142 Lê Lai)',
    'lần thứ 41',
    'Kỷ niệm 68 năm Ngày Giải phóng Hải Phòng (13/5/1955 - 13/5/2023)',
    'đứng thứ 4 toàn quốc',
    'trong thời kỳ mới\u{F0001}.',
  ];

  it('keeps dates, years, document numbers, names and footnote markers', () => {
    for (const rng of rngs(20)) {
      for (const text of kept) expect(changeFigures(text, rng)).toBe(text);
    }
  });

  it('changes amounts, counts and percentages, in the same format', () => {
    const text =
      'Thu ngân sách đạt 24.042,91 tỷ đồng, giảm 9,46%; kết nạp 688/4.100 đảng viên, 03 đảng viên, 1.714 đảng viên; 7.213 suất quà; 129.922 lượt người';
    const shapes =
      /(\S+) tỷ đồng, giảm (\S+)%; kết nạp (\d+)\/(\S+) đảng viên, (\d\d) đảng viên, (\S+) đảng viên; (\S+) suất quà; (\S+) lượt người$/;
    let changed = 0;
    for (const rng of rngs(30)) {
      const out = changeFigures(text, rng);
      if (out !== text) changed++;
      const match = shapes.exec(out);
      expect(match, out).not.toBeNull();
      const [, amount = '', percent = '', part = '', whole = ''] = match ?? [];
      expect(parseFigure(amount)).toMatchObject({ grouped: true, decimals: 2 });
      expect(parseFigure(percent)).toMatchObject({ grouped: false, decimals: 2 });
      // Every figure is a number in the Vietnamese format (`1.387,1`, `03`, `7.213`).
      for (const figure of (match ?? []).slice(1)) expect(parseFigure(figure), out).toBeDefined();
      // The part of a target never exceeds the target.
      expect(Number(part)).toBeLessThanOrEqual(parseFigure(whole)?.value ?? 0);
    }
    expect(changed).toBe(30);
  });

  it('keeps a range in order: `12,7% - 13%`', () => {
    for (const rng of rngs(50)) {
      const out = changeFigures('Kế hoạch năm tăng 12,7% - 13%)', rng);
      const [, low = '', high = ''] = /tăng (\S+)% - (\S+)%\)$/.exec(out) ?? [];
      expect(parseFigure(low)?.value ?? 0).toBeLessThanOrEqual(parseFigure(high)?.value ?? -1);
    }
  });
});

describe('changeTableFigures', () => {
  const table = seedText.slice(seedText.indexOf('| TT |')).trimEnd();

  it('keeps a planned range in order: `12,7 - 13`', () => {
    const small = '| TT | Chỉ tiêu | Kế hoạch năm 2023 |\n|---|---|---|\n| 1 | GRDP | 12,7 - 13 |';
    for (const rng of rngs(60)) {
      const out = changeTableFigures(small, rng);
      const [, low = '', high = ''] = /\| (\S+) - (\S+) \|$/.exec(out) ?? [];
      expect(parseFigure(low)?.value ?? 0, out).toBeLessThanOrEqual(parseFigure(high)?.value ?? -1);
    }
  });

  it('keeps the header, order numbers, labels and units, and recomputes the share of the plan', async () => {
    for (const rng of rngs(10)) {
      const out = changeTableFigures(table, rng);
      const lines = out.split('\n');
      const original = table.split('\n');
      expect(lines.slice(0, 2)).toEqual(original.slice(0, 2));
      expect(lines).toHaveLength(original.length);
      lines.forEach((line, i) => {
        const cells = line.split('|').map((cell) => cell.trim());
        const before = (original[i] ?? '').split('|').map((cell) => cell.trim());
        expect(cells.slice(0, 4)).toEqual(before.slice(0, 4));
      });
      expect(out).not.toBe(table);
      const document = await extract({ path: 'table.md', bytes: Buffer.from(`${out}\n`) });
      expect(document.tables).toHaveLength(1);
      expect(document.diagnostics.filter((d) => d.ruleId?.startsWith('table-'))).toEqual([]);
    }
  });
});

describe('parseReport on the seed', () => {
  const model = parseReport(seedText);

  it('finds the head, the sections and the tail', () => {
    expect(model.head).toEqual([
      'BÁO CÁO',
      'kết quả thực hiện nhiệm vụ quý I; nhiệm vụ, giải pháp trọng tâm quý II năm 2023',
    ]);
    expect(model.sections.map((s) => [s.heading.slice(0, 3), s.children.length])).toEqual([
      ['I. ', 2],
      ['II.', 0],
      ['III', 3],
    ]);
    expect(model.tail[0]).toBe('Nơi nhận:');
    expect(model.tail.at(-1)).toMatch(/^\| TT \|/);
  });

  it('joins the paragraphs cut at page ends and lifts the footnote zones out', () => {
    const blocks = model.sections.flatMap((s) => [
      ...s.blocks,
      ...s.children.flatMap((c) => c.blocks),
    ]);
    expect(blocks.some((b) => b.includes('bằng các giải pháp cụ thể để phát triển'))).toBe(true);
    expect(blocks.some((b) => b.includes('kết nạp được 54/350 đảng viên'))).toBe(true);
    expect(blocks.every((b) => !/^\p{Ll}/u.test(b))).toBe(true);
    expect(blocks.every((b) => !/^[⁰¹²³⁴⁵⁶⁷⁸⁹]/.test(b))).toBe(true);
  });

  it('reads the 27 footnotes as the pipeline does (later paragraphs joined by a space)', async () => {
    const document = await extract({ path: seedPath, bytes: Buffer.from(seedText) });
    expect([...model.footnotes.keys()]).toEqual(Array.from({ length: 27 }, (_, i) => i + 1));
    expect([...model.footnotes.values()]).toEqual(
      document.footnotes.map((footnote) => footnote.text.replaceAll('\n', ' ')),
    );
    // References are private-use characters, one per footnote, in the body only.
    expect([...model.footnotes.values()].some((text) => text.search(refPattern) >= 0)).toBe(false);
  });
});

describe('cutPoint', () => {
  const text =
    '- Ban cán sự đảng Ủy ban nhân dân thành phố chỉ đạo quyết liệt việc triển khai thực hiện Nghị quyết số 08-NQ/TU, ngày 06/12/2022 của Thành ủy về mục tiêu, nhiệm vụ, giải pháp năm 2023 bằng các giải pháp cụ thể để phát triển kinh tế - xã hội.';

  it('cuts before a lower-case word, after a letter, away from the ends', () => {
    for (const target of [0, 40, 90, 150, 400]) {
      const at = cutPoint(text, target, false, 30);
      expect(at).toBeDefined();
      const first = text.slice(0, at);
      const rest = text.slice((at ?? 0) + 1);
      expect(first).toMatch(/[\p{L}\d]$/u);
      expect(rest).toMatch(/^\p{Ll}{2}/u);
      expect(first.length).toBeGreaterThanOrEqual(30);
      expect(rest.length).toBeGreaterThanOrEqual(29);
    }
  });

  it('never cuts before a marker word or inside bold', () => {
    const words = `${'Xa '.repeat(20)}điều 5 Xa mục 2 ${'Xa '.repeat(20)}`;
    expect(cutPoint(words, 70, false, 10)).toBeUndefined();
    expect(cutPoint(words, 70, true, 10)).toBeDefined();
    expect(cutPoint(`**${'Xa xa '.repeat(10)}**`, 30, false, 5)).toBeUndefined();
  });
});

describe('Rng', () => {
  it('is the same stream for the same seed, and a different one for another', () => {
    const a = new Rng(seedFor(1, 0));
    const b = new Rng(seedFor(1, 0));
    const c = new Rng(seedFor(1, 1));
    const take = (rng: Rng) => Array.from({ length: 5 }, () => rng.next());
    const first = take(a);
    expect(take(b)).toEqual(first);
    expect(take(c)).not.toEqual(first);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('keeps integers in their bounds and shuffles into a permutation', () => {
    const rng = new Rng(5);
    for (let i = 0; i < 200; i++) {
      const n = rng.int(2, 4);
      expect(n >= 2 && n <= 4 && Number.isInteger(n)).toBe(true);
    }
    expect(rng.shuffle([1, 2, 3, 4, 5]).sort()).toEqual([1, 2, 3, 4, 5]);
  });
});
