import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { VFileMessage } from 'vfile-message';
import { describe, expect, it } from 'vitest';
import { decode, firstInvalidUtf8 } from '../src/read/decode.js';
import { readSource } from '../src/read/index.js';

const encoder = new TextEncoder();
const utf8 = (text: string) => encoder.encode(text);
const concat = (...parts: ArrayLike<number>[]) =>
  Uint8Array.from(parts.flatMap((p) => [...Array.from(p)]));

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(text.length * 2);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < text.length; i++) view.setUint16(i * 2, text.charCodeAt(i), littleEndian);
  return bytes;
}

const report = 'BÁO CÁO\nkết quả thực hiện nhiệm vụ quý I năm 2023\n';

describe('decode', () => {
  it('reads plain UTF-8 and changes nothing', () => {
    expect(decode(utf8(report))).toEqual({
      ok: true,
      text: report,
      encoding: 'utf-8',
      normalizations: [],
    });
  });

  it('strips a UTF-8 byte-order mark', () => {
    const result = decode(concat([0xef, 0xbb, 0xbf], utf8(report)));
    expect(result).toMatchObject({ ok: true, text: report, normalizations: ['strip-bom'] });
  });

  it('turns Windows line ends into \\n', () => {
    const result = decode(utf8(report.replaceAll('\n', '\r\n')));
    expect(result).toMatchObject({ ok: true, text: report, normalizations: ['crlf-to-lf'] });
  });

  it('turns old Mac line ends into \\n, and records both kinds when mixed', () => {
    expect(decode(utf8('a\rb\r'))).toMatchObject({ text: 'a\nb\n', normalizations: ['cr-to-lf'] });
    expect(decode(utf8('a\r\nb\rc'))).toMatchObject({
      text: 'a\nb\nc',
      normalizations: ['crlf-to-lf', 'cr-to-lf'],
    });
  });

  it('composes decomposed (NFD) text to NFC', () => {
    const nfd = report.normalize('NFD');
    expect(nfd).not.toBe(report);
    expect(decode(utf8(nfd))).toMatchObject({ ok: true, text: report, normalizations: ['nfc'] });
  });

  it('records every normalization in the order it was made', () => {
    const bytes = concat(
      [0xef, 0xbb, 0xbf],
      utf8(report.normalize('NFD').replaceAll('\n', '\r\n')),
    );
    expect(decode(bytes)).toMatchObject({
      text: report,
      normalizations: ['strip-bom', 'crlf-to-lf', 'nfc'],
    });
  });

  it.each([
    ['LE', true, [0xff, 0xfe], 'utf-16le'],
    ['BE', false, [0xfe, 0xff], 'utf-16be'],
  ] as const)(
    'decodes UTF-16 %s when a byte-order mark says so',
    (_, littleEndian, bom, encoding) => {
      const bytes = concat(bom, utf16(report.replaceAll('\n', '\r\n'), littleEndian));
      expect(decode(bytes)).toEqual({
        ok: true,
        text: report,
        encoding,
        normalizations: ['strip-bom', 'crlf-to-lf'],
      });
    },
  );

  it('decodes UTF-16 surrogate pairs', () => {
    const text = 'đạt 😀 kế hoạch';
    expect(decode(concat([0xff, 0xfe], utf16(text, true)))).toMatchObject({ ok: true, text });
  });

  it('rejects invalid UTF-8, naming the byte offset, line and column', () => {
    // "Số: 12\nkết quả" with the 'ế' cut after its first byte.
    const good = utf8('Số: 12\nk');
    const bytes = concat(good, [0xe1, 0x41], utf8(' quả'));
    const result = decode(bytes);
    expect(result).toEqual({
      ok: false,
      ruleId: 'invalid-utf8',
      reason: `ill-formed UTF-8 sequence at byte offset ${good.length} (0xE1 0x41)`,
      byteOffset: good.length,
      line: 2,
      column: 2,
    });
  });

  it('counts lines of old Mac files (lone \\r) as the read stage will', () => {
    const bytes = concat(utf8('dòng 1\rdòng 2\r\nab'), [0xff]);
    expect(decode(bytes)).toMatchObject({ ok: false, line: 3, column: 3 });
  });

  it('counts the byte offset from the start of the file, BOM included', () => {
    const result = decode(concat([0xef, 0xbb, 0xbf], utf8('ab'), [0xff]));
    expect(result).toMatchObject({ ok: false, byteOffset: 5, line: 1, column: 3 });
  });

  it('never decodes to replacement characters', () => {
    // Latin-1 "Báo cáo": 0xE1 is not valid UTF-8 here.
    const result = decode(Uint8Array.from([0x42, 0xe1, 0x6f, 0x20, 0x63, 0xe1, 0x6f]));
    expect(result.ok).toBe(false);
  });

  it('rejects a NUL byte as binary content', () => {
    expect(decode(utf8('ab\ncd\0ef'))).toMatchObject({
      ok: false,
      ruleId: 'binary-content',
      byteOffset: 5,
      line: 2,
      column: 3,
    });
  });

  it.each([
    ['LE', true, 'utf-16le'],
    ['BE', false, 'utf-16be'],
  ] as const)(
    'decodes UTF-16 %s without a byte-order mark, from where its NULs fall, and says so',
    (_, littleEndian, encoding) => {
      expect(decode(utf16(report, littleEndian))).toMatchObject({
        ok: true,
        text: report,
        encoding,
        normalizations: [],
        detected: { ruleId: 'utf16-without-bom' },
      });
    },
  );

  it('keeps NULs that do not fall as UTF-16 would for binary data', () => {
    // NULs on both sides: neither LE nor BE text.
    expect(decode(Uint8Array.from([0x61, 0, 0, 0x62, 0x63, 0]))).toMatchObject({
      ok: false,
      ruleId: 'binary-content',
    });
  });

  it.each([
    ['a PNG image', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]],
    ['a PDF file', [...utf8('%PDF-1.7\n%âãÏÓ\n')]],
    ['a ZIP archive', [0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]],
    ['a JPEG image', [0xff, 0xd8, 0xff, 0xe0]],
    ['an OLE2 compound file', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
  ])('names the binary format of %s', (name, bytes) => {
    const result = decode(Uint8Array.from(bytes));
    expect(result).toMatchObject({ ok: false, ruleId: 'binary-content', byteOffset: 0, line: 1 });
    expect(!result.ok && result.reason).toMatch(new RegExp(`^${name}`));
  });

  it('rejects an unpaired surrogate and a dangling byte in UTF-16', () => {
    const lone = concat([0xff, 0xfe], utf16('ab', true), [0x00, 0xd8], utf16('c', true));
    expect(decode(lone)).toMatchObject({
      ok: false,
      ruleId: 'invalid-utf16',
      byteOffset: 6,
      line: 1,
      column: 3,
    });
    const odd = concat([0xfe, 0xff], utf16('ab', false), [0x00]);
    expect(decode(odd)).toMatchObject({ ok: false, ruleId: 'invalid-utf16', byteOffset: 6 });
  });

  it('decodes an empty input to empty text', () => {
    expect(decode(new Uint8Array())).toEqual({
      ok: true,
      text: '',
      encoding: 'utf-8',
      normalizations: [],
    });
  });
});

describe('firstInvalidUtf8', () => {
  it.each([
    ['valid ASCII and Vietnamese', utf8('Hải Phòng 𝄞'), -1],
    ['a stray continuation byte', [0x61, 0x80], 1],
    ['an overlong two-byte form', [0xc0, 0xaf], 0],
    ['an overlong three-byte form', [0xe0, 0x80, 0xaf], 0],
    ['a UTF-16 surrogate encoded in UTF-8', [0xed, 0xa0, 0x80], 0],
    ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
    ['a truncated sequence at the end', [0x61, 0xe1, 0xbb], 1],
    ['a lead byte that never occurs', [0x61, 0x62, 0xff], 2],
  ])('%s', (_, bytes, expected) => {
    const array = Uint8Array.from(bytes);
    expect(firstInvalidUtf8(array)).toBe(expected);
    // It agrees with the platform's strict decoder about validity.
    let valid = true;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(array);
    } catch {
      valid = false;
    }
    expect(valid).toBe(expected === -1);
  });
});

describe('decode, on any bytes', () => {
  it('agrees with the platform strict decoder on validity, and never throws', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        let valid = true;
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        } catch {
          valid = false;
        }
        expect(firstInvalidUtf8(bytes) === -1).toBe(valid);
        const result = decode(bytes);
        // Decoded means valid (or UTF-16 by its BOM), with no NUL; failed names a byte of the input.
        if (result.ok)
          expect((valid || result.encoding !== 'utf-8') && !result.text.includes('\0')).toBe(true);
        else expect(result.byteOffset).toBeLessThan(bytes.length);
      }),
      { numRuns: 2000 },
    );
  });

  it('decodes valid text to itself, normalized', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
        fc.pre(!text.includes('\0'));
        const result = decode(utf8(text));
        expect(result.ok && result.text).toBe(text.replace(/\r\n?/g, '\n').normalize('NFC'));
      }),
    );
  });
});

describe('readSource', () => {
  it('fills source facts and derives docId from the normalized text', () => {
    const plain = readSource({ path: 'a.md', bytes: utf8(report) });
    const windows = readSource({
      path: 'b.md',
      bytes: concat([0xef, 0xbb, 0xbf], utf8(report.normalize('NFD').replaceAll('\n', '\r\n'))),
    });
    expect(String(plain)).toBe(report);
    expect(plain.data.source).toEqual({
      path: 'a.md',
      sha256: createHash('sha256').update(report).digest('hex'),
      bytes: utf8(report).length,
      encoding: 'utf-8',
      normalizations: [],
      dialect: { name: 'unknown', evidence: [] },
      format: 'markdown',
    });
    expect(windows.data.source?.sha256).not.toBe(plain.data.source?.sha256);
    expect(windows.data.docId).toBe(plain.data.docId);
    expect(plain.data.docId).toMatch(/^[0-9a-f]{16}$/);
  });

  it('fails with a VFileMessage that names the file, line and rule', () => {
    const bytes = concat(utf8('dòng 1\ndòng 2 '), [0xc3]);
    let caught: unknown;
    try {
      readSource({ path: 'corpus/hỏng.md', bytes });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(VFileMessage);
    expect(caught).toMatchObject({
      file: 'corpus/hỏng.md',
      line: 2,
      column: 8,
      ruleId: 'invalid-utf8',
      source: 'baocao',
      fatal: true,
    });
  });
});
