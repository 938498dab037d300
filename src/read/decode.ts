/**
 * Bytes → text, strictly. A report decoded with replacement characters would carry wrong words and
 * wrong numbers into the warehouse, so undecodable input is a failure that names the byte, never
 * U+FFFD soup.
 *
 * - A file that starts with the signature of a binary format (PNG, JPEG, PDF, ZIP and so DOCX or
 *   XLSX, an old Word or Excel file …) fails, naming the format.
 * - `EF BB BF …` → UTF-8, BOM stripped; `FF FE …` → UTF-16 LE; `FE FF …` → UTF-16 BE; else UTF-8.
 * - No BOM, NUL bytes: UTF-16 when the NULs fall on every other byte as they do in UTF-16 text
 *   (`B\0Á\0O\0` is LE), else binary data.
 * - No BOM, not UTF-8: a legacy Vietnamese encoding, TCVN3 (ABC) or VNI, when one of them decodes
 *   every byte into words that read as Vietnamese (src/read/legacy-vietnamese.ts); a file that
 *   only half reads as one fails, naming it.
 * - Line ends become `\n`; the text is composed to NFC (PDF converters and old Macs emit NFD).
 * - Every change is recorded, in order, in `normalizations`; an encoding recognised without a BOM
 *   in `detected`, for a diagnostic.
 */
import { isUtf8 } from 'node:buffer';
import type { Encoding, Normalization } from '../schema/document.js';
import { detectLegacyVietnamese, LEGACY_ENCODING_NAMES } from './legacy-vietnamese.js';

export interface DecodedText {
  ok: true;
  text: string;
  encoding: Encoding;
  normalizations: Normalization[];
  /** How the encoding was recognised when no byte-order mark said it. */
  detected?: { ruleId: 'utf16-without-bom' | 'legacy-encoding'; reason: string };
}

export interface DecodeFailure {
  ok: false;
  ruleId: 'invalid-utf8' | 'invalid-utf16' | 'binary-content' | 'legacy-encoding';
  reason: string;
  /** Offset of the offending byte in the input. */
  byteOffset: number;
  /** 1-based line and column of the offending byte, counted in the decodable text before it. */
  line: number;
  column: number;
}

export type DecodeResult = DecodedText | DecodeFailure;

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const utf16le = new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true });
const utf16be = new TextDecoder('utf-16be', { fatal: true, ignoreBOM: true });
/** Only to count lines before a NUL in what may not be valid UTF-8. */
const lenientUtf8 = new TextDecoder('utf-8', { ignoreBOM: true });

/** Signatures ("magic numbers") of the binary files an archive of reports also holds. */
const BINARY_FORMATS: ReadonlyArray<{ name: string; signature: readonly number[] }> = [
  { name: 'a PNG image', signature: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { name: 'a JPEG image', signature: [0xff, 0xd8, 0xff] },
  { name: 'a GIF image', signature: [0x47, 0x49, 0x46, 0x38] },
  { name: 'a TIFF image', signature: [0x49, 0x49, 0x2a, 0x00] },
  { name: 'a TIFF image', signature: [0x4d, 0x4d, 0x00, 0x2a] },
  { name: 'a PDF file', signature: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  {
    name: 'a ZIP archive (DOCX, XLSX and ODT files are ZIP too)',
    signature: [0x50, 0x4b, 0x03, 0x04],
  },
  { name: 'a ZIP archive (empty)', signature: [0x50, 0x4b, 0x05, 0x06] },
  {
    name: 'an OLE2 compound file (an old Word .doc or Excel .xls)',
    signature: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
  },
  { name: 'a gzip archive', signature: [0x1f, 0x8b] },
  { name: 'a RAR archive', signature: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07] },
  { name: 'a 7-Zip archive', signature: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
];

export function decode(bytes: Uint8Array): DecodeResult {
  const format = BINARY_FORMATS.find(({ signature }) =>
    signature.every((byte, i) => bytes[i] === byte),
  );
  if (format) {
    const signature = format.signature.map((byte) => `0x${hex(byte)}`).join(' ');
    return {
      ok: false,
      ruleId: 'binary-content',
      reason: `${format.name}, not text: it starts with that format's signature (${signature})`,
      byteOffset: 0,
      line: 1,
      column: 1,
    };
  }

  const normalizations: Normalization[] = [];
  let encoding: Encoding = 'utf-8';
  let body = bytes;
  let detected: DecodedText['detected'];

  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    body = bytes.subarray(3);
    normalizations.push('strip-bom');
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = 'utf-16le';
    body = bytes.subarray(2);
    normalizations.push('strip-bom');
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = 'utf-16be';
    body = bytes.subarray(2);
    normalizations.push('strip-bom');
  }
  const bomLength = bytes.length - body.length;

  let text: string | undefined;
  if (encoding === 'utf-8') {
    // A NUL never occurs in a text report: it means UTF-16 saved without a BOM, or binary data.
    // Checked before validity, since that is the more useful thing to tell about a PNG or a PDF.
    const nulAt = body.indexOf(0);
    const utf16 = nulAt >= 0 && bomLength === 0 ? utf16ByNuls(body) : undefined;
    if (utf16) {
      encoding = utf16;
      const name = utf16 === 'utf-16le' ? 'UTF-16 LE' : 'UTF-16 BE';
      detected = {
        ruleId: 'utf16-without-bom',
        reason: `no byte-order mark: read as ${name}, from where its NUL bytes fall (every other byte)`,
      };
    } else if (nulAt >= 0) {
      return binaryContent(nulAt + bomLength, lenientUtf8.decode(body.subarray(0, nulAt)));
    } else {
      const invalidAt = isUtf8(body) ? -1 : firstInvalidUtf8(body);
      if (invalidAt < 0) text = utf8.decode(body);
      else {
        // Everything before the first invalid byte is valid UTF-8, so it decodes to count lines.
        const place = {
          byteOffset: invalidAt + bomLength,
          ...endOf(utf8.decode(body.subarray(0, invalidAt))),
        };
        const invalid = `ill-formed UTF-8 sequence at byte offset ${invalidAt + bomLength} (${sequence(body, invalidAt)})`;
        // A UTF-8 BOM says what the file is meant to be: no other encoding is tried.
        const legacy = bomLength === 0 ? detectLegacyVietnamese(body) : { kind: 'none' as const };
        if (legacy.kind === 'none')
          return { ok: false, ruleId: 'invalid-utf8', reason: invalid, ...place };
        const { encoding: found, words, readable } = legacy.reading;
        const name = `${LEGACY_ENCODING_NAMES[found]}, a legacy Vietnamese encoding`;
        if (legacy.kind === 'doubtful') {
          return {
            ok: false,
            ruleId: 'legacy-encoding',
            reason: `${invalid}; it decodes as ${name}, but only ${readable} of ${words} words with Vietnamese letters read as Vietnamese, too few to convert it safely: convert it to UTF-8`,
            ...place,
          };
        }
        encoding = found;
        text = legacy.reading.text;
        detected = {
          ruleId: 'legacy-encoding',
          reason: `not UTF-8: read as ${name}, and converted to Unicode (${readable} of ${words} words with Vietnamese letters read as Vietnamese)`,
        };
      }
    }
  }
  if (text === undefined) {
    const littleEndian = encoding === 'utf-16le';
    const unpairedAt = firstInvalidUtf16(body, littleEndian);
    const decoder = littleEndian ? utf16le : utf16be;
    if (unpairedAt >= 0) {
      const what =
        unpairedAt === body.length - 1 ? 'a dangling last byte' : 'an unpaired surrogate';
      return {
        ok: false,
        ruleId: 'invalid-utf16',
        reason: `invalid ${littleEndian ? 'UTF-16 LE' : 'UTF-16 BE'}: ${what} at byte offset ${unpairedAt + bomLength}`,
        byteOffset: unpairedAt + bomLength,
        ...endOf(decoder.decode(body.subarray(0, unpairedAt))),
      };
    }
    text = decoder.decode(body);
    const nulAt = text.indexOf('\0');
    if (nulAt >= 0) {
      return binaryContent(nulAt * 2 + bomLength, text.slice(0, nulAt), 'NUL character');
    }
  }

  if (text.includes('\r')) {
    const lf = text.replaceAll('\r\n', '\n');
    if (lf !== text) normalizations.push('crlf-to-lf');
    text = lf.replaceAll('\r', '\n');
    if (text !== lf) normalizations.push('cr-to-lf');
  }

  const composed = text.normalize('NFC');
  if (composed !== text) {
    normalizations.push('nfc');
    text = composed;
  }

  const decoded: DecodedText = { ok: true, text, encoding, normalizations };
  if (detected) decoded.detected = detected;
  return decoded;
}

/**
 * UTF-16 without a BOM, told by its NUL bytes: in a report (ASCII and Vietnamese letters, all
 * below U+2000) the high byte of most characters (ASCII, spaces) is 0, so NULs fall on odd offsets
 * in LE and on even ones in BE, and never on the other side. At least every other character must
 * show it.
 */
export function utf16ByNuls(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes.length < 2) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0) {
      if (i % 2 === 0) even++;
      else odd++;
    }
  }
  const units = Math.floor(bytes.length / 2);
  if (even === 0 && odd * 2 >= units) return 'utf-16le';
  if (odd === 0 && even * 2 >= units) return 'utf-16be';
  return undefined;
}

/**
 * Offset of the first byte that does not start or continue a well-formed UTF-8 sequence
 * (Unicode 15, table 3-7: no overlongs, no surrogates, nothing above U+10FFFF), or -1.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const isContinuation = (i: number, low = 0x80, high = 0xbf) => {
    const b = bytes[i];
    return b !== undefined && b >= low && b <= high;
  };
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] as number;
    let length: number;
    let secondLow = 0x80;
    let secondHigh = 0xbf;
    if (lead < 0x80) length = 1;
    else if (lead >= 0xc2 && lead <= 0xdf) length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      if (lead === 0xe0) secondLow = 0xa0;
      if (lead === 0xed) secondHigh = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      if (lead === 0xf0) secondLow = 0x90;
      if (lead === 0xf4) secondHigh = 0x8f;
    } else return i;
    if (length > 1 && !isContinuation(i + 1, secondLow, secondHigh)) return i;
    for (let k = 2; k < length; k++) if (!isContinuation(i + k)) return i;
    i += length;
  }
  return -1;
}

/** Offset of the first byte of an unpaired surrogate or of a dangling odd byte, or -1. */
function firstInvalidUtf16(bytes: Uint8Array, littleEndian: boolean): number {
  const unit = (i: number) =>
    littleEndian
      ? (bytes[i] as number) | ((bytes[i + 1] as number) << 8)
      : ((bytes[i] as number) << 8) | (bytes[i + 1] as number);
  const even = bytes.length - (bytes.length % 2);
  for (let i = 0; i < even; i += 2) {
    const u = unit(i);
    if (u >= 0xd800 && u <= 0xdbff) {
      const next = i + 2 < even ? unit(i + 2) : -1;
      if (next < 0xdc00 || next > 0xdfff) return i;
      i += 2;
    } else if (u >= 0xdc00 && u <= 0xdfff) return i;
  }
  return even < bytes.length ? even : -1;
}

function binaryContent(byteOffset: number, before: string, what = 'NUL byte'): DecodeFailure {
  const guess =
    what === 'NUL byte' ? 'binary data, or UTF-16 text without a byte-order mark' : 'binary data';
  return {
    ok: false,
    ruleId: 'binary-content',
    reason: `${what} at byte offset ${byteOffset}: ${guess}`,
    byteOffset,
    ...endOf(before),
  };
}

/**
 * Line and column (1-based) just past the end of `text`: where the next byte would stand. Lines
 * end at `\r\n`, `\r` or `\n`, as the read stage will count them; columns count UTF-16 units of
 * the text as decoded.
 */
function endOf(text: string): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0a || (code === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: text.length - lineStart + 1 };
}

/**
 * The bytes of an ill-formed sequence, for the message: the lead byte and what follows it up to
 * the first byte that cannot continue it (`0xE1 0x41`), or the stray byte alone (`0xFF`).
 */
function sequence(bytes: Uint8Array, start: number): string {
  const lead = bytes[start] ?? 0;
  const shown = [`0x${hex(lead)}`];
  if (lead < 0xc2 || lead > 0xf4) return shown[0] ?? '';
  for (let i = start + 1; i < Math.min(bytes.length, start + 4); i++) {
    const byte = bytes[i] ?? 0;
    shown.push(`0x${hex(byte)}`);
    if (byte < 0x80 || byte > 0xbf) break;
  }
  return shown.join(' ');
}

function hex(byte: number | undefined): string {
  return (byte ?? 0).toString(16).toUpperCase().padStart(2, '0');
}
