/**
 * The two legacy Vietnamese encodings archives still hold (from before Unicode took over, around
 * 2002): TCVN3 (also called ABC, TCVN 5712:1993 VN3) and VNI (VNI-Windows). Both are single-byte
 * encodings over ASCII, so a file in either is ill-formed UTF-8, and both read as Latin-1 soup.
 *
 * - TCVN3 gives each lower-case letter with its marks a byte of its own (`b¸o c¸o` → `báo cáo`);
 *   upper-case letters with a tone came from a second font (`.VnTimeH`) over the same bytes, so a
 *   plain-text export writes `B¸O C¸O` for `BÁO CÁO`. A word whose ASCII letters are all upper
 *   case is read as upper case throughout.
 * - VNI writes a base letter then a byte for its marks (`Baùo caùo` → `Báo cáo`); `đ`, `ơ`, `ư`,
 *   the toned `i` and `ỵ` have bytes of their own.
 *
 * Pure functions; detection is by reading, not guessing: each encoding must decode every byte,
 * and the words it gives must read as Vietnamese syllables (src/vi/syllable.ts).
 *
 *   decodeLegacy(latin1('B¸o c¸o kÕt qu¶'), 'tcvn3') → { ok: true, text: 'Báo cáo kết quả' }
 *   decodeLegacy(latin1('Baùo caùo keát quaû'), 'vni') → { ok: true, text: 'Báo cáo kết quả' }
 *   detectLegacyVietnamese(bytes) → { encoding: 'tcvn3', text, words: 412, readable: 409 } | …
 */
import { isVietnameseSyllable } from '../vi/syllable.js';

export type LegacyEncoding = 'tcvn3' | 'vni';

export const LEGACY_ENCODING_NAMES: Readonly<Record<LegacyEncoding, string>> = {
  tcvn3: 'TCVN3 (ABC)',
  vni: 'VNI',
};

/**
 * TCVN3: byte → letter. Each vowel's row runs plain, grave, hook, tilde, acute, dot below; the
 * plain `ă â ê ô ơ ư đ` and the upper-case `Ă Â Ê Ô Ơ Ư Đ` sit in 0xA1–0xAE.
 */
export const TCVN3: ReadonlyMap<number, string> = new Map<number, string>([
  [0xa1, 'Ă'],
  [0xa2, 'Â'],
  [0xa3, 'Ê'],
  [0xa4, 'Ô'],
  [0xa5, 'Ơ'],
  [0xa6, 'Ư'],
  [0xa7, 'Đ'],
  [0xa8, 'ă'],
  [0xa9, 'â'],
  [0xaa, 'ê'],
  [0xab, 'ô'],
  [0xac, 'ơ'],
  [0xad, 'ư'],
  [0xae, 'đ'],
  ...row('à ả ã á ạ', [0xb5, 0xb6, 0xb7, 0xb8, 0xb9]),
  ...row('ằ ẳ ẵ ắ ặ', [0xbb, 0xbc, 0xbd, 0xbe, 0xc6]),
  ...row('ầ ẩ ẫ ấ ậ', [0xc7, 0xc8, 0xc9, 0xca, 0xcb]),
  ...row('è ẻ ẽ é ẹ', [0xcc, 0xce, 0xcf, 0xd0, 0xd1]),
  ...row('ề ể ễ ế ệ', [0xd2, 0xd3, 0xd4, 0xd5, 0xd6]),
  ...row('ì ỉ ĩ í ị', [0xd7, 0xd8, 0xdc, 0xdd, 0xde]),
  ...row('ò ỏ õ ó ọ', [0xdf, 0xe1, 0xe2, 0xe3, 0xe4]),
  ...row('ồ ổ ỗ ố ộ', [0xe5, 0xe6, 0xe7, 0xe8, 0xe9]),
  ...row('ờ ở ỡ ớ ợ', [0xea, 0xeb, 0xec, 0xed, 0xee]),
  ...row('ù ủ ũ ú ụ', [0xef, 0xf1, 0xf2, 0xf3, 0xf4]),
  ...row('ừ ử ữ ứ ự', [0xf5, 0xf6, 0xf7, 0xf8, 0xf9]),
  ...row('ỳ ỷ ỹ ý ỵ', [0xfa, 0xfb, 0xfc, 0xfd, 0xfe]),
]);

/** VNI: letters with a byte of their own (lower case, then upper case). */
export const VNI_LETTERS: ReadonlyMap<number, string> = new Map<number, string>([
  [0xf1, 'đ'],
  [0xf4, 'ơ'],
  [0xf6, 'ư'],
  [0xed, 'í'],
  [0xec, 'ì'],
  [0xe6, 'ỉ'],
  [0xf3, 'ĩ'],
  [0xf2, 'ị'],
  [0xee, 'ỵ'],
  [0xd1, 'Đ'],
  [0xd4, 'Ơ'],
  [0xd6, 'Ư'],
  [0xcd, 'Í'],
  [0xcc, 'Ì'],
  [0xc6, 'Ỉ'],
  [0xd3, 'Ĩ'],
  [0xd2, 'Ị'],
  [0xce, 'Ỵ'],
]);

const GRAVE = '\u0300';
const ACUTE = '\u0301';
const TILDE = '\u0303';
const HOOK = '\u0309';
const DOT = '\u0323';
const CIRCUMFLEX = '\u0302';
const BREVE = '\u0306';

interface VniMark {
  /** Combining marks, in NFD order (the vowel's own mark before the tone). */
  marks: string;
  /** The base letters it may follow (lower case). */
  after: string;
}

/**
 * VNI: the byte after a vowel that gives its marks. Its lower-case form follows a lower-case
 * letter, its upper-case form (the byte − 0x20) an upper-case one.
 */
export const VNI_MARKS: ReadonlyMap<number, VniMark> = (() => {
  const tone = 'aeouyơư';
  const lower: Array<[number, VniMark]> = [
    [0xf9, { marks: ACUTE, after: tone }],
    [0xf8, { marks: GRAVE, after: tone }],
    [0xfb, { marks: HOOK, after: tone }],
    [0xf5, { marks: TILDE, after: tone }],
    [0xef, { marks: DOT, after: tone }],
    [0xe2, { marks: CIRCUMFLEX, after: 'aeo' }],
    [0xe1, { marks: CIRCUMFLEX + ACUTE, after: 'aeo' }],
    [0xe0, { marks: CIRCUMFLEX + GRAVE, after: 'aeo' }],
    [0xe5, { marks: CIRCUMFLEX + HOOK, after: 'aeo' }],
    [0xe3, { marks: CIRCUMFLEX + TILDE, after: 'aeo' }],
    [0xe4, { marks: CIRCUMFLEX + DOT, after: 'aeo' }],
    [0xea, { marks: BREVE, after: 'a' }],
    [0xe9, { marks: BREVE + ACUTE, after: 'a' }],
    [0xe8, { marks: BREVE + GRAVE, after: 'a' }],
    [0xfa, { marks: BREVE + HOOK, after: 'a' }],
    [0xfc, { marks: BREVE + TILDE, after: 'a' }],
    [0xeb, { marks: BREVE + DOT, after: 'a' }],
  ];
  return new Map([
    ...lower,
    ...lower.map(([byte, mark]): [number, VniMark] => [byte - 0x20, mark]),
  ]);
})();

function row(letters: string, bytes: readonly number[]): Array<[number, string]> {
  return letters.split(' ').map((letter, i) => [bytes[i] as number, letter]);
}

export type LegacyDecoded =
  | { ok: true; text: string }
  /** The first byte the encoding has no reading for. */
  | { ok: false; byteOffset: number };

export function decodeLegacy(bytes: Uint8Array, encoding: LegacyEncoding): LegacyDecoded {
  return encoding === 'tcvn3' ? decodeTcvn3(bytes) : decodeVni(bytes);
}

function decodeTcvn3(bytes: Uint8Array): LegacyDecoded {
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] as number;
    if (byte < 0x80) parts.push(String.fromCharCode(byte));
    else {
      const letter = TCVN3.get(byte);
      if (letter === undefined) return { ok: false, byteOffset: i };
      parts.push(letter);
    }
  }
  return { ok: true, text: upperCaseHeadlineWords(parts.join('')) };
}

/** `BáO CáO` (a `.VnTimeH` heading) → `BÁO CÁO`; `Báo`, `Tự`, `áo` are left as they are. */
function upperCaseHeadlineWords(text: string): string {
  return text.replace(/[\p{L}]+/gu, (word) => {
    let upper = 0;
    let lower = 0;
    for (let i = 0; i < word.length; i++) {
      const code = word.charCodeAt(i);
      if (code >= 65 && code <= 90) upper++;
      else if (code >= 97 && code <= 122) lower++;
    }
    // Two, so that a capital's word (`Tù`, Tự) stays as it is: one letter cannot tell.
    return upper >= 2 && lower === 0 ? word.toUpperCase() : word;
  });
}

function decodeVni(bytes: Uint8Array): LegacyDecoded {
  const parts: string[] = [];
  // The letter just written, lower case, when a mark byte may follow it.
  let base: string | undefined;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] as number;
    if (byte < 0x80) {
      const char = String.fromCharCode(byte);
      parts.push(char);
      base = char.toLowerCase();
      continue;
    }
    const letter = VNI_LETTERS.get(byte);
    if (letter !== undefined) {
      parts.push(letter);
      base = letter.toLowerCase();
      continue;
    }
    const mark = VNI_MARKS.get(byte);
    const previous = parts.at(-1);
    // The mark's case (lower 0xE0–0xFF, upper 0xC0–0xDF) must be the letter's.
    const caseAgrees =
      previous !== undefined && byte >= 0xe0 === (previous !== previous.toUpperCase());
    if (mark === undefined || base === undefined || !mark.after.includes(base) || !caseAgrees) {
      return { ok: false, byteOffset: i };
    }
    parts[parts.length - 1] = `${previous}${mark.marks}`.normalize('NFC');
    base = undefined;
  }
  return { ok: true, text: parts.join('') };
}

export interface LegacyReading {
  encoding: LegacyEncoding;
  text: string;
  /** Words holding a letter outside ASCII: the ones the encoding decided. */
  words: number;
  /** How many of them read as Vietnamese syllables. */
  readable: number;
}

export type LegacyDetection =
  | { kind: 'decoded'; reading: LegacyReading }
  /** Decodes, but too few words read as Vietnamese to trust it (or both encodings fit). */
  | { kind: 'doubtful'; reading: LegacyReading }
  | { kind: 'none' };

/** Fewer changed words than this are too few to tell an encoding by. */
export const MIN_WORDS = 3;
/** The share of changed words that must read as Vietnamese syllables. */
export const MIN_READABLE = 0.9;

/**
 * Which legacy encoding, if any, the bytes are in. Call it only on bytes that are not UTF-8.
 * `decoded` when exactly one encoding decodes every byte into text whose changed words read as
 * Vietnamese; `doubtful` when one decodes every byte but reads too poorly (or both fit), naming it.
 */
export function detectLegacyVietnamese(bytes: Uint8Array): LegacyDetection {
  const readings: LegacyReading[] = [];
  for (const encoding of ['tcvn3', 'vni'] as const) {
    const decoded = decodeLegacy(bytes, encoding);
    if (decoded.ok) readings.push({ encoding, text: decoded.text, ...readWords(decoded.text) });
  }
  const share = (reading: LegacyReading) =>
    reading.words === 0 ? 0 : reading.readable / reading.words;
  const trusted = readings.filter(
    (reading) => reading.words >= MIN_WORDS && share(reading) >= MIN_READABLE,
  );
  if (trusted.length === 1 && trusted[0]) return { kind: 'decoded', reading: trusted[0] };
  const best = [...readings].sort((a, b) => share(b) - share(a))[0];
  if (best && best.words >= MIN_WORDS && share(best) >= 0.5)
    return { kind: 'doubtful', reading: best };
  return { kind: 'none' };
}

function readWords(text: string): { words: number; readable: number } {
  let words = 0;
  let readable = 0;
  for (const [word] of text.matchAll(/[\p{L}\p{M}]+/gu)) {
    if (!hasNonAscii(word)) continue;
    words++;
    if (isVietnameseSyllable(word)) readable++;
  }
  return { words, readable };
}

function hasNonAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 0x7f) return true;
  return false;
}

/**
 * Unicode → legacy bytes, for tests and the bad-input catalogue: what a 1990s editor saved. A
 * TCVN3 upper-case toned letter takes its lower case's byte (the `.VnTimeH` font drew it upper
 * case). Characters the encoding cannot write become `?`.
 */
export function encodeLegacy(text: string, encoding: LegacyEncoding): Uint8Array {
  const table = encoding === 'tcvn3' ? tcvn3Bytes() : vniBytes();
  const bytes: number[] = [];
  for (const char of text.normalize('NFC')) {
    const code = char.charCodeAt(0);
    if (code < 0x80) bytes.push(code);
    else
      for (const byte of table.get(char) ?? table.get(char.toLowerCase()) ?? [0x3f])
        bytes.push(byte);
  }
  return Uint8Array.from(bytes);
}

function tcvn3Bytes(): Map<string, number[]> {
  return new Map([...TCVN3].map(([byte, letter]) => [letter, [byte]]));
}

function vniBytes(): Map<string, number[]> {
  const bytes = new Map([...VNI_LETTERS].map(([byte, letter]) => [letter, [byte]]));
  for (const [byte, { marks, after }] of VNI_MARKS) {
    const upper = byte < 0xe0;
    for (const lower of after) {
      const base = upper ? lower.toUpperCase() : lower;
      const baseBytes = bytes.get(base) ?? [base.charCodeAt(0)];
      bytes.set(`${base}${marks}`.normalize('NFC'), [...baseBytes, byte]);
    }
  }
  return bytes;
}
