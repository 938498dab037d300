/**
 * NFC with a way back. The finders scan composed (NFC) text, but report offsets into the text they
 * were given, so a match found in decomposed (NFD) input still slices back to what it matched.
 *
 *   toNfc('ngày')            → { text: 'ngày', toOriginal: i => i }           (already NFC)
 *   toNfc('nga\u0300y 1')    → text 'ngày 1'; toOriginal(5) = 6              (offset of `1`)
 */
import { lowerSameLength } from './chars.js';

export interface NfcText {
  text: string;
  /** Maps an offset in `text` to the offset in the original string. */
  toOriginal(offset: number): number;
}

const identity = (offset: number): number => offset;

/** A combining mark continues the character before it; anything else starts a new one. */
function startsCharacter(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 0x300) return true;
  if (code >= 0xdc00 && code <= 0xdfff) return false;
  const point = text.codePointAt(index) ?? code;
  return !/^\p{M}$/u.test(String.fromCodePoint(point));
}

export function toNfc(original: string): NfcText {
  const text = original.normalize('NFC');
  if (text === original) return { text, toOriginal: identity };

  // Compose one base character and its marks at a time, remembering where each piece came from.
  const map: number[] = [];
  const pieces: string[] = [];
  let pieceStart = 0;
  for (let i = 1; i <= original.length; i++) {
    if (i < original.length && !startsCharacter(original, i)) continue;
    const piece = original.slice(pieceStart, i).normalize('NFC');
    for (let k = 0; k < piece.length; k++) map.push(pieceStart);
    pieces.push(piece);
    pieceStart = i;
  }
  map.push(original.length);
  // Composition across pieces (not seen in Vietnamese) would break the map: scan as given instead.
  if (pieces.join('') !== text) return { text: original, toOriginal: identity };
  return { text, toOriginal: (offset) => map[offset] ?? original.length };
}

/**
 * What a scanner finds in the NFC form of `original`, moved back onto `original`: `start`, `end`
 * and `raw` are offsets and text of the string as given, so `original.slice(start, end) === raw`.
 */
export function findInOriginal<M extends { start: number; end: number }>(
  original: string,
  scan: (text: string, lower: string) => M[],
): Array<M & { raw: string }> {
  const nfc = toNfc(original);
  return scan(nfc.text, lowerSameLength(nfc.text)).map((match) => {
    const start = nfc.toOriginal(match.start);
    const end = nfc.toOriginal(match.end);
    return { ...match, raw: original.slice(start, end), start, end };
  });
}
