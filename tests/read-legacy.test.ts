/** Legacy Vietnamese encodings (TCVN3, VNI) and the nesting guard of the read stage. */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decode } from '../src/read/decode.js';
import { readSource } from '../src/read/index.js';
import {
  decodeLegacy,
  detectLegacyVietnamese,
  encodeLegacy,
  TCVN3,
  VNI_LETTERS,
  VNI_MARKS,
} from '../src/read/legacy-vietnamese.js';
import { deepestNesting, MAX_NESTING } from '../src/read/nesting.js';
import { isVietnameseSyllable } from '../src/vi/syllable.js';

const latin1 = (text: string) => Uint8Array.from(Buffer.from(text, 'latin1'));

const toTcvn3 = (text: string) => encodeLegacy(text, 'tcvn3');
const toVni = (text: string) => encodeLegacy(text, 'vni');

/** The seed report's prose, kept to what both encodings can write. */
const seedProse = readFileSync('corpus/thanh-uy-hai-phong_bao-cao_2023-q1.md', 'utf8')
  .normalize('NFC')
  .replace(/[^\x20-\x7e\n\p{L}]/gu, ' ')
  .replace(/\p{L}+/gu, (word) =>
    [...word].every((c) => c < '\x80' || /[\p{Script=Latin}]/u.test(c)) ? word : ' ',
  );

describe('the legacy encoding tables', () => {
  it.each([
    // The national motto as millions of Word files of the 1990s wrote it.
    ['tcvn3', 'Céng hoµ x· héi chñ nghÜa ViÖt Nam', 'Cộng hoà xã hội chủ nghĩa Việt Nam'],
    ['tcvn3', '§éc lËp - Tù do - H¹nh phóc', 'Độc lập - Tự do - Hạnh phúc'],
    ['tcvn3', 'B¸O C¸O kÕt qu¶ thùc hiÖn nhiÖm vô', 'BÁO CÁO kết quả thực hiện nhiệm vụ'],
    ['tcvn3', '¡n ¢n £m ¤ng ¥n ¦ng', 'Ăn Ân Êm Ông Ơn Ưng'],
    ['vni', 'Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam', 'Cộng hòa xã hội chủ nghĩa Việt Nam'],
    ['vni', 'Ñoäc laäp - Töï do - Haïnh phuùc', 'Độc lập - Tự do - Hạnh phúc'],
    ['vni', 'BAÙO CAÙO keát quaû thöïc hieän nhieäm vuï', 'BÁO CÁO kết quả thực hiện nhiệm vụ'],
    ['vni', 'Ñaûng boä, ngöôøi daân, naêm, aén, ñöôïc', 'Đảng bộ, người dân, năm, ắn, được'],
  ] as const)('%s: %s → %s', (encoding, bytes, text) => {
    expect(decodeLegacy(latin1(bytes), encoding)).toEqual({ ok: true, text });
  });

  it('maps every TCVN3 byte to a distinct letter, and VNI bytes to no overlapping roles', () => {
    expect(new Set(TCVN3.values()).size).toBe(TCVN3.size);
    expect(TCVN3.size).toBe(74);
    for (const byte of VNI_LETTERS.keys()) expect(VNI_MARKS.has(byte)).toBe(false);
  });

  it('fails on a byte the encoding has no reading for, naming it', () => {
    expect(decodeLegacy(latin1('ab\xe0'), 'tcvn3')).toEqual({ ok: false, byteOffset: 2 });
    // A mark byte after a consonant is no VNI.
    expect(decodeLegacy(latin1('b\xf9o'), 'vni')).toEqual({ ok: false, byteOffset: 1 });
  });
});

describe('detecting a legacy encoding', () => {
  it.each([
    ['tcvn3', toTcvn3],
    ['vni', toVni],
  ] as const)(
    'reads the seed report written in %s, and tells it from the other',
    (encoding, encode) => {
      const result = decode(encode(seedProse));
      expect(result).toMatchObject({ ok: true, encoding, detected: { ruleId: 'legacy-encoding' } });
      // TCVN3 has no upper-case toned letters: case is only restored in upper-case words.
      const text = result.ok ? result.text : '';
      if (encoding === 'vni') expect(text).toBe(seedProse);
      else expect(text.toLowerCase()).toBe(seedProse.toLowerCase());
    },
  );

  it('leaves Latin-1 text that is not Vietnamese an invalid-UTF-8 error', () => {
    const french = latin1(
      "L'été dernier, la société a présenté ses résultats à l'assemblée générale.",
    );
    expect(decode(french)).toMatchObject({ ok: false, ruleId: 'invalid-utf8' });
    expect(decode(latin1('B\xe1o c\xe1o'))).toMatchObject({ ok: false, ruleId: 'invalid-utf8' });
  });

  it('fails a file that decodes but reads poorly, naming the encoding', () => {
    // Half Vietnamese, half soup: every byte is TCVN3, but the words do not read.
    const bytes = latin1('kÕt qu¶ thùc hiÖn nhiÖm vô ¸¸¸ ¹¹¹ µµµ');
    expect(detectLegacyVietnamese(bytes).kind).toBe('doubtful');
    const result = decode(bytes);
    expect(result).toMatchObject({ ok: false, ruleId: 'legacy-encoding' });
    expect(!result.ok && result.reason).toContain('TCVN3 (ABC)');
  });

  it('never throws, and decodes only to text with no replacement character', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 80 }), (bytes) => {
        const result = detectLegacyVietnamese(bytes);
        if (result.kind !== 'none') expect(result.reading.text).not.toContain('\ufffd');
      }),
      { numRuns: 1000 },
    );
  });

  it('puts a diagnostic on the document', () => {
    const file = readSource({ path: 'cu.md', bytes: toVni(seedProse) });
    expect(file.data.source?.encoding).toBe('vni');
    expect(file.messages.map((m) => m.ruleId)).toContain('legacy-encoding');
  });
});

describe('isVietnameseSyllable', () => {
  it.each([
    'nghiêng',
    'Quốc',
    'người',
    'được',
    'giữa',
    'gì',
    'khuya',
    'ĐẢNG',
    'ủy',
    'oái',
    'tuyết',
    'thuở',
    'yêu',
    'ăn',
    'Triệu',
    'giường',
  ])('%s is a syllable', (word) => expect(isVietnameseSyllable(word)).toBe(true));
  // (`iê`, `uô`, `ươ`, `ă`, `â` … take a final: a converter's broken word, `Triệ` / `u`, is none.)
  it.each([
    'Baựo',
    'hoàc',
    'ộtộ',
    'été',
    'xyz',
    'aăâ',
    'Triệ',
    'giườ',
    'nghiệ',
    'quyề',
    'ă',
    'muô',
  ])('%s is not', (word) => expect(isVietnameseSyllable(word)).toBe(false));
});

describe('deepestNesting', () => {
  it.each([
    ['- a\n  - b\n    - c', 3, 3],
    ['> > > a', 3, 1],
    ['- - - -', 0, 1],
    ['* * *\n', 0, 1],
    ['1. a\n   2) b', 2, 2],
    ['- a\n\n  tiếp\n- b', 1, 1],
    ['    - code, not a list', 0, 1],
    ['Năm 2023. Kết quả', 0, 1],
  ])('%j → depth %d at line %d', (text, depth, line) => {
    expect(deepestNesting(text)).toEqual({ depth, line });
  });

  it('fails a text nested deeper than the limit, fast, naming the line', () => {
    const nested = Array.from({ length: MAX_NESTING + 5 }, (_, i) => `${'  '.repeat(i)}- a`).join(
      '\n',
    );
    expect(() => readSource({ path: 'deep.md', bytes: Buffer.from(nested) })).toThrow(
      /nested 105 deep/,
    );
    expect(() =>
      readSource({ path: 'q.md', bytes: Buffer.from(`${'>'.repeat(10_000)} a`) }),
    ).toThrow(expect.objectContaining({ ruleId: 'nesting-too-deep', line: 1 }));
  });
});
