import { describe, expect, it } from 'vitest';
import {
  isVietnameseLetter,
  MINUS,
  matchPhrase,
  phraseAfterSpace,
  phraseAt,
  phraseBefore,
  previousWord,
} from '../../src/vi/chars.js';

/** The word-sequence helpers every scanner of `src/vi/` shares. */
describe('phrase matching', () => {
  it.each([
    ['giai đoạn 2021-2025', 0, 'giai đoạn', 9],
    ['giai  \u00a0đoạn 2021', 0, 'giai đoạn', 11],
    ['6 tháng đầu năm 2023', 8, 'đầu năm', 15],
    ['ngàyx', 0, 'ngày', -1],
    ['xngày', 1, 'ngày', -1],
    ['giai\nđoạn', 0, 'giai đoạn', -1],
  ] as const)('phraseAt(%j, %d, %j) → %d', (text, index, phrase, end) => {
    expect(phraseAt(text, index, phrase)).toBe(end);
  });

  it('matchPhrase checks no word boundary (units such as % and m²)', () => {
    expect(matchPhrase('12%x', 2, '%')).toBe(3);
    expect(matchPhrase('đảng', 0, 'đ')).toBe(1);
  });

  it('phraseAfterSpace needs a space first', () => {
    expect(phraseAfterSpace('16 tháng 3', 2, 'tháng')).toBe(8);
    expect(phraseAfterSpace('16tháng 3', 2, 'tháng')).toBe(-1);
  });

  it.each([
    ['quyết định số', 10, 'quyết định', 0],
    ['ban hành quyết  định', 20, 'quyết định', 9],
    ['quy định', 8, 'định', 4],
    ['quy định', 8, 'uy định', -1],
    ['nghị quyết', 6, 'quyết', -1],
  ] as const)('phraseBefore(%j, %d, %j) → %d', (text, end, phrase, start) => {
    expect(phraseBefore(text, end, phrase)).toBe(start);
  });

  it('previousWord reads back over spaces to the word before', () => {
    expect(previousWord('tổng số 533', 8)).toEqual({ word: 'số', start: 5, end: 7 });
    expect(previousWord('số533', 2)).toBeUndefined();
    expect(previousWord('kỷ luật', 7, 0, false)).toEqual({ word: 'luật', start: 3, end: 7 });
    expect(previousWord('(1.5', 1)).toBeUndefined();
  });
});

describe('MINUS', () => {
  it('holds the hyphen-minus and U+2212 only', () => {
    expect([...MINUS]).toEqual(['-', '−']);
    expect(MINUS.has('\u2013')).toBe(false);
    expect(MINUS.has('\u2014')).toBe(false);
  });
});

describe('letters of the Vietnamese alphabet', () => {
  it.each([
    ['a', true],
    ['ệ', true],
    ['Ữ', true],
    ['đ', true],
    ['Đ', true],
    ['ắ'.normalize('NFD'), true],
    ['w', true],
    ['ở', true],
    ['Ặ', true],
    ['Š', false],
    ['ŏ', false],
    ['ẽ'.normalize('NFD') + '\u0306', false],
    ['ñ', false],
    ['ü', false],
    ['ß', false],
    ['1', false],
    ['!', false],
    ['', false],
  ] as const)('isVietnameseLetter(%j) → %s', (char, letter) => {
    expect(isVietnameseLetter(char)).toBe(letter);
  });
});
