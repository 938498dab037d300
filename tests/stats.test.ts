import { describe, expect, it } from 'vitest';
import { measure, type StatsInput } from '../src/extract/stats.js';
import type { Block } from '../src/schema/document.js';

const block = (text: string, line: number, marker: string | null = null): Block => ({
  id: `d:b${line}`,
  kind: 'paragraph',
  text,
  marker,
  depth: 0,
  footnoteRefs: [],
  sources: [{ startLine: line, endLine: line }],
});

const input = (text: string, blocks: Block[], extra: Partial<StatsInput> = {}): StatsInput => ({
  text,
  blocks,
  sections: [],
  footnotes: [],
  tables: [],
  furniture: [],
  metadataLines: [],
  ...extra,
});

describe('measure', () => {
  it('holds a word a narrow cell broke over two lines when a record holds it whole', () => {
    const text = 'Tốc độ tăng trưởn\ng GRD\nP\n';
    const { stats } = measure(input(text, [block('Tốc độ tăng trưởng GRDP', 1)]));
    expect(stats.coverage).toBe(1);
    // Two halves that make no word a record holds stay lost.
    const apart = measure(input('tăng trưởn\ng\n', [block('tăng trưởn', 1)]));
    expect(apart.lost).toEqual({ words: ['g'], line: 2 });
    // A narrow header cell prints `STT` a letter a line.
    const letters = measure(input('S\nT\nT\n', [block('STT', 1)]));
    expect(letters.stats.coverage).toBe(1);
  });

  it('holds words two narrow cells side by side broke, their pieces between each other', () => {
    // `STT` a letter a line beside `30/9/2024` cut in its year, as layout text prints a header.
    const text = 'S  đến 30/9/202\nT  4 (tỷ đồng)\nT\n1  Đường 4 làn\n';
    const records = [block('STT | đến 30/9/2024 (tỷ đồng)', 1), block('1 | Đường 4 làn', 4)];
    const { stats, lost } = measure(input(text, records));
    expect(lost).toBeUndefined();
    expect(stats.coverage).toBe(1);
    // The year's pieces make no word a record holds: both stay lost.
    const apart = measure(
      input('S  đến 30/9/202\nT  4 (tỷ đồng)\nT\n', [block('STT đến 30/9', 1)]),
    );
    expect(apart.lost?.words).toEqual(['202', '4', 'tỷ', 'đồng']);
  });

  it('leaves out the footnote numbers of plain text, markers as `[^2]` is', () => {
    const text = 'đúng hướng2. Tiếp tục\n2 Tỷ trọng 14,2%.\n';
    const { stats } = measure(
      input(text, [block('đúng hướng. Tiếp tục', 1), block('Tỷ trọng 14,2%.', 2)], {
        markers: [
          { line: 1, start: 10, end: 11 },
          { line: 2, start: 0, end: 1 },
        ],
      }),
    );
    expect(stats.coverage).toBe(1);
  });

  it('is 1 when every word of the source is in a record', () => {
    const { stats, lost } = measure(
      input('1. Về công tác\n\nĐạt 95%.\n', [block('Về công tác', 1, '1.'), block('Đạt 95%.', 3)]),
    );
    expect(stats).toMatchObject({ lines: 3, textLines: 2, blocks: 2, coverage: 1 });
    expect(lost).toBeUndefined();
  });

  it('counts a word lost even when the same word stands in another record', () => {
    const text = 'Thu ngân sách\n\nThu nội địa\n';
    const { stats, lost } = measure(input(text, [block('Thu ngân sách', 1), block('nội địa', 3)]));
    expect(stats.coverage).toBe(5 / 6);
    expect(lost).toEqual({ words: ['Thu'], line: 3 });
  });

  it('does not let a doubled word make up for a lost one', () => {
    const { stats } = measure(input('a b\n', [block('a a', 1)]));
    expect(stats.coverage).toBe(0.5);
  });

  it('leaves markup out of the source words', () => {
    const text = '<i>Bao gồm:</i> đơn thư<sup>14</sup>^15^[^16] ![ảnh](x.png) &nbsp;\n';
    const { stats } = measure(input(text, [block('Bao gồm: đơn thư ảnh', 1)]));
    expect(stats.coverage).toBe(1);
  });

  it('counts furniture lines as accounted for, and counts them', () => {
    const text = 'Đạt\n\n- 3 -\n\nkế hoạch.\n';
    const { stats } = measure(
      input(text, [block('Đạt kế hoạch.', 1)], { furniture: [{ startLine: 3, endLine: 3 }] }),
    );
    expect(stats).toMatchObject({ coverage: 1, furnitureLines: 1, textLines: 3 });
  });

  it('is 1 for a text without words', () => {
    expect(measure(input('\n---\n', [])).stats).toMatchObject({ coverage: 1, textLines: 0 });
  });
});
