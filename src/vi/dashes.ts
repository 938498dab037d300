/**
 * The dashes a converter dropped: pdf2md (pdf.js underneath) loses a ` - ` that stands alone
 * between two words, so `giai đoạn 2021 - 2025` comes out `giai đoạn 2021 2025` and `kinh tế - xã
 * hội` `kinh tế xã hội`. Two places say where one stood for sure: a span of years (two years one
 * after the other, the second later by ten at most, no figure around them) and the compounds an
 * administrative text always writes with one (`kinh tế - xã hội`, `quốc phòng - an ninh`, the
 * motto `Độc lập - Tự do - Hạnh phúc`). Nothing else is guessed.
 *
 *   restoreDroppedDashes('giai đoạn 2021 2025')           → 'giai đoạn 2021 - 2025'
 *   restoreDroppedDashes('phát triển kinh tế xã hội')     → 'phát triển kinh tế - xã hội'
 *   restoreDroppedDashes('năm 2023 2.315 hồ sơ')          → unchanged (a figure, not a year)
 */

/** Two years with only a space between them, not parts of figures or dates. */
const YEAR_PAIR = /(?<![\d/]|\d[.,])((?:19|20)\d{2}) ((?:19|20)\d{2})(?![\d/]|[.,]\d)/gu;
/** The most years a span of them covers in a report (`2021 - 2030`). */
const MAX_SPAN = 10;

/** Compounds written with a dash, each word apart as the converter left them (lower case). */
const DASHED_COMPOUNDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/(?<![\p{L}])(kinh tế) (xã hội)(?![\p{L}])/giu, '$1 - $2'],
  [/(?<![\p{L}])(văn hóa) (xã hội)(?![\p{L}])/giu, '$1 - $2'],
  [/(?<![\p{L}])(chính trị) (xã hội)(?![\p{L}])/giu, '$1 - $2'],
  [/(?<![\p{L}])(quốc phòng) (an ninh)(?![\p{L}])/giu, '$1 - $2'],
  [/(?<![\p{L}])(độc lập) (tự do) (hạnh phúc)(?![\p{L}])/giu, '$1 - $2 - $3'],
];

export function restoreDroppedDashes(text: string): string {
  let out = text.replace(YEAR_PAIR, (pair, from: string, to: string) => {
    const span = Number(to) - Number(from);
    return span > 0 && span <= MAX_SPAN ? `${from} - ${to}` : pair;
  });
  for (const [pattern, dashed] of DASHED_COMPOUNDS) out = out.replace(pattern, dashed);
  return out;
}
