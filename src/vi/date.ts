/**
 * Dates, always day first: `12/4/2023` is 12 April 2023, never December 4.
 *
 *   parseDate('16/3/2022')                 → { ok: true, value: '2022-03-16' }
 *   parseDate('ngày 16 tháng 3 năm 2022')  → '2022-03-16'
 *   parseDate('16-3-2022'), parseDate('16.3.2022'), parseDate('ngày 16/3/2022') → '2022-03-16'
 *   parseDate('31/2/2023')                 → { ok: false, reason: '"31/2/2023" is not a real date …' }
 *   parseDate('16/3/0022')                 → { ok: false, reason: '… outside the years reports name …' }
 *   findDates('ngày 12/4/2023 và 03/02/2023') → [{ date: '2023-04-12', raw: 'ngày 12/4/2023', … },
 *                                               { date: '2023-02-03', raw: '03/02/2023', … }]
 */

import { isDateYear, isoDate, isValidDate, MAX_YEAR, MIN_DATE_YEAR } from './calendar.js';
import {
  digitsEnd,
  isAlnumAt,
  isDigitAt,
  isLetterAt,
  lowerSameLength,
  phraseAfterSpace,
  phraseAt,
  skipInlineSpaces,
} from './chars.js';
import { findInOriginal } from './nfc.js';
import { fail, ok, quote, type Result } from './result.js';

export interface DateMatch {
  /** ISO `YYYY-MM-DD`. */
  date: string;
  raw: string;
  start: number;
  end: number;
}

/** What `readDateAt` found: a date, a date-shaped text that is not a real day, or nothing. */
export type DateRead =
  | { ok: true; date: string; year: number; month: number; day: number; start: number; end: number }
  | { ok: false; reason: string; start: number; end: number }
  | undefined;

/** Digits at `index` whose run is between `min` and `max` long: [value, end], or undefined. */
export function readDigits(
  text: string,
  index: number,
  min: number,
  max: number,
): readonly [number, number] | undefined {
  const end = digitsEnd(text, index);
  const length = end - index;
  if (length < min || length > max) return undefined;
  return [Number(text.slice(index, end)), end];
}

/** Nothing glued after a date's year: no letter or digit, no `/2`, `.5`, `-3`. */
function yearEndsCleanly(text: string, end: number): boolean {
  if (isAlnumAt(text, end)) return false;
  const next = text.charAt(end);
  return !(
    (next === '/' || next === '.' || next === ',' || next === '-') &&
    isDigitAt(text, end + 1)
  );
}

function checked(
  year: number,
  month: number,
  day: number,
  start: number,
  end: number,
  text: string,
): DateRead {
  if (!isDateYear(year)) {
    return {
      ok: false,
      reason: `${quote(text.slice(start, end))} has year ${year}, outside the years a date may name (${MIN_DATE_YEAR}–${MAX_YEAR})`,
      start,
      end,
    };
  }
  if (!isValidDate(year, month, day)) {
    return {
      ok: false,
      reason: `${quote(text.slice(start, end))} is not a real date (day ${day}, month ${month}, year ${year})`,
      start,
      end,
    };
  }
  return { ok: true, date: isoDate(year, month, day), year, month, day, start, end };
}

/** `D/M/YYYY`, `D-M-YYYY` or `D.M.YYYY` with the digits starting at `index`. */
function readNumericDate(text: string, start: number, index: number): DateRead {
  const day = readDigits(text, index, 1, 2);
  if (day === undefined) return undefined;
  const separator = text.charAt(day[1]);
  if (separator !== '/' && separator !== '-' && separator !== '.') return undefined;
  const month = readDigits(text, day[1] + 1, 1, 2);
  if (month === undefined || text.charAt(month[1]) !== separator) return undefined;
  const year = readDigits(text, month[1] + 1, 4, 4);
  if (year === undefined || !yearEndsCleanly(text, year[1])) return undefined;
  return checked(year[0], month[0], day[0], start, year[1], text);
}

/**
 * A date starting at `index` in `text` (NFC) / `lower` (its lower case): `ngày 16 tháng 3 năm 2022`,
 * `[ngày ]16/3/2022`, `16-3-2022`, `16.3.2022`. `start` of the result is `index`.
 */
export function readDateAt(text: string, lower: string, index: number): DateRead {
  const afterNgay = phraseAt(lower, index, 'ngày');
  if (afterNgay < 0)
    return isDigitAt(text, index) ? readNumericDate(text, index, index) : undefined;
  const dayAt = skipInlineSpaces(text, afterNgay);
  if (dayAt === afterNgay || !isDigitAt(text, dayAt)) return undefined;
  const numeric = readNumericDate(text, index, dayAt);
  if (numeric !== undefined) return numeric;
  // ngày 16 tháng 3 năm 2022
  const day = readDigits(text, dayAt, 1, 2);
  if (day === undefined) return undefined;
  const afterThang = phraseAfterSpace(lower, day[1], 'tháng');
  if (afterThang < 0) return undefined;
  const monthAt = skipInlineSpaces(text, afterThang);
  const month = monthAt > afterThang ? readDigits(text, monthAt, 1, 2) : undefined;
  if (month === undefined) return undefined;
  const afterNam = yearWordAfter(lower, month[1]);
  if (afterNam < 0) return undefined;
  const yearAt = skipInlineSpaces(text, afterNam);
  const year = yearAt > afterNam ? readDigits(text, yearAt, 4, 4) : undefined;
  if (year === undefined || !yearEndsCleanly(text, year[1])) return undefined;
  return checked(year[0], month[0], day[0], index, year[1], text);
}

/**
 * The vowels of `năm` as a scan may give them: OCR (tesseract `vie`) often reads its breve as
 * another mark or none (`nắm`, `nam`, `nằm`). After `ngày 28 tháng 9` no other word is meant.
 */
const NAM_VOWELS = 'aàáảãạăằắẳẵặâầấẩẫậ';

/** `năm` (or what OCR made of its vowel) after at least one inline space from `index`, or -1. */
function yearWordAfter(lower: string, index: number): number {
  const exact = phraseAfterSpace(lower, index, 'năm');
  if (exact >= 0) return exact;
  const at = skipInlineSpaces(lower, index);
  if (at === index || (at > 0 && isLetterAt(lower, at - 1))) return -1;
  const read =
    lower.charAt(at) === 'n' &&
    NAM_VOWELS.includes(lower.charAt(at + 1)) &&
    lower.charAt(at + 2) === 'm';
  return read && !isLetterAt(lower, at + 3) ? at + 3 : -1;
}

/** A digit that starts a figure of its own, not the tail of `Km19`, `1.5` or `19+645`. */
export function startsFreeNumber(text: string, index: number): boolean {
  if (!isDigitAt(text, index)) return false;
  if (index === 0) return true;
  if (isAlnumAt(text, index - 1)) return false;
  const before = text.charAt(index - 1);
  if ('/.,+-_'.includes(before) && isAlnumAt(text, index - 2)) return false;
  return true;
}

/** Dates in NFC `text`, in order; shared with the period and quantity finders. */
export function scanDates(text: string, lower: string): DateMatch[] {
  const found: DateMatch[] = [];
  let i = 0;
  while (i < text.length) {
    const code = lower.charCodeAt(i);
    const candidate = (code === 0x6e && !isLetterAt(text, i - 1)) || startsFreeNumber(text, i);
    if (!candidate) {
      i++;
      continue;
    }
    const read = readDateAt(text, lower, i);
    if (read?.ok) {
      found.push({
        date: read.date,
        raw: text.slice(read.start, read.end),
        start: read.start,
        end: read.end,
      });
      i = read.end;
    } else if (read !== undefined) {
      i = read.end;
    } else {
      i = isDigitAt(text, i) ? digitsEnd(text, i) : i + 1;
    }
  }
  return found;
}

/**
 * Every date in a text, day first, with offsets into `text` as given (NFD input included):
 * `text.slice(m.start, m.end) === m.raw`. Impossible dates (`31/2/2023`) are not dates.
 */
export function findDates(text: string): DateMatch[] {
  return findInOriginal(text, scanDates);
}

/** One date, the whole text (surrounding spaces aside), as ISO `YYYY-MM-DD`. */
export function parseDate(text: string): Result<string> {
  const trimmed = text.normalize('NFC').trim();
  const lower = lowerSameLength(trimmed);
  const read = readDateAt(trimmed, lower, 0);
  if (read === undefined) {
    return fail(`${quote(text)} is not a date (expected D/M/YYYY or "ngày D tháng M năm YYYY")`);
  }
  if (!read.ok)
    return read.end === trimmed.length ? fail(read.reason) : fail(`${quote(text)} is not a date`);
  if (read.end !== trimmed.length) return fail(`${quote(text)} has text after the date`);
  return ok(read.date);
}

/**
 * A date a narrow cell cut inside its year, so that the two pieces are one date again:
 *
 *   dateCutInYear('đến 30/9/202', '4 (tỷ')   → true   (30/9/2024)
 *   dateCutInYear('ngày 30/9/', '2024')      → true
 *   dateCutInYear('năm 2023', '4 xã')        → false  (no date before)
 */
export function dateCutInYear(before: string, after: string): boolean {
  const cut = /(?:^|\s)\d{1,2}\/\d{1,2}\/(\d{0,3})$/u.exec(before);
  const rest = /^(\d{1,4})(?=[\s,.;:)]|$)/u.exec(after);
  if (!cut || !rest) return false;
  const year = `${cut[1]}${rest[1]}`;
  return year.length === 4 && findDates(`${before.slice(cut.index)}${after}`.trim()).length > 0;
}
