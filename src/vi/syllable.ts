/**
 * Whether a word is one well-formed Vietnamese syllable: an onset, a vowel nucleus from the
 * language's inventory, an optional final consonant, and at most one tone mark (a final `c`, `ch`,
 * `p` or `t` takes only the acute or the dot below). The read stage uses it to tell which legacy
 * encoding a file is in: the right one decodes to words that read as Vietnamese, a wrong one to
 * letter soup (`Baùo` read as TCVN3 is `Baựo`).
 *
 *   isVietnameseSyllable('nghiêng') → true
 *   isVietnameseSyllable('Quốc')    → true
 *   isVietnameseSyllable('Baựo')    → false   (no nucleus `aưo`)
 *   isVietnameseSyllable('hoàc')    → false   (a final `c` with the grave tone)
 *   isVietnameseSyllable('ộtộ')     → false   (two tones)
 *   isVietnameseSyllable('Triệ')    → false   (`iê` takes a final: `Triệu`)
 */

/** Grave, acute, tilde, hook above, dot below (as combining marks, after NFD). */
const TONE_MARKS: ReadonlyMap<string, 'grave' | 'acute' | 'tilde' | 'hook' | 'dot'> = new Map([
  ['\u0300', 'grave'],
  ['\u0301', 'acute'],
  ['\u0303', 'tilde'],
  ['\u0309', 'hook'],
  ['\u0323', 'dot'],
] as const);

/** Longest first, so that `ngh` is tried before `ng` and `n`. */
const ONSETS: readonly string[] = [
  'ngh',
  'ng',
  'nh',
  'ch',
  'gh',
  'gi',
  'kh',
  'ph',
  'qu',
  'th',
  'tr',
  ...'bcdđghklmnprstvx',
];

const CODAS: readonly string[] = ['ng', 'nh', 'ch', 'c', 'm', 'n', 'p', 't'];
const STOP_CODAS: ReadonlySet<string> = new Set(['c', 'ch', 'p', 't']);

/** Vowel nuclei, tones removed (glides included: `oa`, `uy`, `iêu`). */
const NUCLEI: ReadonlySet<string> = new Set([
  ...'aăâeêioôơuưy',
  ...[
    'ai',
    'ao',
    'au',
    'ay',
    'âu',
    'ây',
    'eo',
    'êu',
    'ia',
    'iê',
    'iu',
    'oa',
    'oă',
    'oe',
    'oi',
    'oo',
    'ôi',
    'ơi',
    'ua',
    'uâ',
    'uê',
    'ui',
    'uô',
    'uơ',
    'uy',
    'ưa',
    'ưi',
    'ươ',
    'ưu',
    'yê',
    'iêu',
    'yêu',
    'oai',
    'oay',
    'oao',
    'oeo',
    'uây',
    'uôi',
    'uya',
    'uyê',
    'uyu',
    'ươi',
    'ươu',
  ],
]);

/** Nuclei that never end a syllable: `ăn`, `ân`, `tiên`, `yêu` but no `tiê`, `muô`, `ươ` alone. */
const CLOSED_NUCLEI: ReadonlySet<string> = new Set([
  'ă',
  'â',
  'iê',
  'yê',
  'uô',
  'ươ',
  'uyê',
  'uâ',
  'oă',
]);

export function isVietnameseSyllable(word: string): boolean {
  let tone: string | undefined;
  let letters = '';
  for (const char of word.normalize('NFD').toLowerCase()) {
    const mark = TONE_MARKS.get(char);
    if (mark === undefined) letters += char;
    else if (tone === undefined) tone = mark;
    else return false;
  }
  letters = letters.normalize('NFC');
  const onset = ONSETS.find((candidate) => letters.startsWith(candidate)) ?? '';
  let rest = letters.slice(onset.length);
  // `gi` before a consonant or alone is `g` + the vowel `i` (`gìn`, `gì`).
  if (onset === 'gi' && !hasNucleusStart(rest)) rest = `i${rest}`;
  for (const coda of ['', ...CODAS]) {
    if (!rest.endsWith(coda)) continue;
    const nucleus = rest.slice(0, rest.length - coda.length);
    if (!NUCLEI.has(nucleus) || (coda === '' && CLOSED_NUCLEI.has(nucleus))) continue;
    if (STOP_CODAS.has(coda) && tone !== 'acute' && tone !== 'dot') continue;
    return true;
  }
  return false;
}

function hasNucleusStart(text: string): boolean {
  return text !== '' && 'aăâeêioôơuưy'.includes(text[0] as string);
}
