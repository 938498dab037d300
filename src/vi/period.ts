/**
 * Reporting periods (kỳ báo cáo) → `Period`, with ISO `from`/`to` whenever the year is known.
 *
 *   parsePeriod('quý I/2023')             → { year: 2023, quarter: 1, from: '2023-01-01', to: '2023-03-31' }
 *   parsePeriod('Quý 1/2023'), parsePeriod('quý I năm 2023') → the same
 *   parsePeriod('tháng 2/2024')           → { year: 2024, month: 2, from: '2024-02-01', to: '2024-02-29' }
 *   parsePeriod('6 tháng đầu năm 2023')   → { year: 2023, half: 1, months: 6, from: '2023-01-01', to: '2023-06-30' }
 *   parsePeriod('9 tháng năm 2023')       → { year: 2023, months: 9, from: '2023-01-01', to: '2023-09-30' }
 *   parsePeriod('6 tháng cuối năm 2023')  → { year: 2023, half: 2, from: '2023-07-01', to: '2023-12-31' }
 *   parsePeriod('năm 2023')               → { year: 2023, from: '2023-01-01', to: '2023-12-31' }
 *   parsePeriod('giai đoạn 2021-2025'), parsePeriod('2021 - 2025') → { from: '2021-01-01', to: '2025-12-31' }
 *   parsePeriod('từ ngày 01/01/2023 đến ngày 09/3/2023') → { from: '2023-01-01', to: '2023-03-09' }
 *   parsePeriod('quý I')                  → { quarter: 1 }   (no year: no from/to, never invented)
 */
import type { Period } from '../schema/document.js';
import { firstDay, isReportYear, lastDay } from './calendar.js';
import {
  digitsEnd,
  isAlnumAt,
  isDash,
  isDigitAt,
  isLetterAt,
  letterRunEnd,
  lowerSameLength,
  phraseAfterSpace,
  phraseAt,
  skipInlineSpaces,
} from './chars.js';
import { findDates, readDateAt, readDigits, startsFreeNumber } from './date.js';
import { findInOriginal } from './nfc.js';
import { fail, ok, quote, type Result } from './result.js';
import { parseUpperRoman } from './roman.js';

export type { Period };

export interface PeriodMatch {
  period: Period;
  raw: string;
  start: number;
  end: number;
}

interface PeriodRead {
  period: Period;
  end: number;
}

/** Words that introduce a span of years: giai đoạn (stage), nhiệm kỳ (term), thời kỳ (era) … */
const SPAN_WORDS: readonly string[] = [
  'giai đoạn',
  'nhiệm kỳ',
  'nhiệm kì',
  'thời kỳ',
  'thời kì',
  'năm học',
  'niên khóa',
  'niên khoá',
  'niên độ',
];

/** A 4-digit year (1900–2100, `calendar.ts`) standing alone at `index`: [year, end], or undefined. */
function readYear(text: string, index: number): readonly [number, number] | undefined {
  const year = readDigits(text, index, 4, 4);
  if (year === undefined || !isReportYear(year[0])) return undefined;
  const next = text.charAt(year[1]);
  if (isAlnumAt(text, year[1])) return undefined;
  if ((next === '.' || next === ',' || next === '/') && isDigitAt(text, year[1] + 1))
    return undefined;
  return year;
}

/** `2021 - 2025`, `2021-2025` (first ≤ last): [first, last, end], or undefined. */
function readYearSpan(
  text: string,
  index: number,
  introduced = false,
): readonly [number, number, number] | undefined {
  const first = readYear(text, index);
  if (first === undefined) return undefined;
  const dash = skipInlineSpaces(text, first[1]);
  if (!isDash(text.charCodeAt(dash))) {
    // After its word (`năm học 2024 2025`), a span whose dash a converter dropped: the next year.
    const next = introduced && dash > first[1] ? readYear(text, dash) : undefined;
    return next && next[0] === first[0] + 1 ? [first[0], next[0], next[1]] : undefined;
  }
  const lastAt = skipInlineSpaces(text, dash + 1);
  const last = isDigitAt(text, lastAt) ? readYear(text, lastAt) : undefined;
  if (last === undefined || last[0] < first[0]) return undefined;
  return [first[0], last[0], last[1]];
}

function yearsPeriod(first: number, last: number): Period {
  const period: Period = { from: firstDay(first, 1), to: lastDay(last, 12) };
  return first === last ? { kind: 'year', year: first, ...period } : { kind: 'years', ...period };
}

/** The year after a quarter or month: `/2023`, `/ 2023` or ` năm 2023`: [year, end], or undefined. */
function trailingYear(
  text: string,
  lower: string,
  index: number,
): readonly [number, number] | undefined {
  if (text.charAt(index) === '/') return readYear(text, skipInlineSpaces(text, index + 1));
  const afterNam = phraseAfterSpace(lower, index, 'năm');
  if (afterNam < 0) return undefined;
  const yearAt = skipInlineSpaces(text, afterNam);
  return yearAt > afterNam ? readYear(text, yearAt) : undefined;
}

/** quý I/2023, quý I năm 2023, Quý 1/2023, quý II */
function readQuarter(text: string, lower: string, index: number): PeriodRead | undefined {
  const afterQuy = phraseAt(lower, index, 'quý');
  if (afterQuy < 0) return undefined;
  const at = skipInlineSpaces(text, afterQuy);
  if (at === afterQuy) return undefined;
  let quarter: number | undefined;
  let end: number;
  if (isDigitAt(text, at)) {
    end = digitsEnd(text, at);
    quarter = end - at === 1 ? Number(text.charAt(at)) : undefined;
  } else {
    end = letterRunEnd(text, at);
    // Roman quarters are written in capitals; `quý i` is not a quarter.
    const roman = end - at <= 3 ? parseUpperRoman(text.slice(at, end)) : undefined;
    quarter = roman?.ok ? roman.value : undefined;
  }
  if (quarter === undefined || quarter < 1 || quarter > 4 || isAlnumAt(text, end)) return undefined;
  const year = trailingYear(text, lower, end);
  if (year === undefined) {
    if (text.charAt(end) === '/' && isDigitAt(text, skipInlineSpaces(text, end + 1)))
      return undefined;
    return { period: { kind: 'quarter', quarter }, end };
  }
  const period: Period = {
    kind: 'quarter',
    year: year[0],
    quarter,
    from: firstDay(year[0], quarter * 3 - 2),
    to: lastDay(year[0], quarter * 3),
  };
  return { period, end: year[1] };
}

/** tháng 3/2023, tháng 3 năm 2023, tháng 5 */
function readMonth(text: string, lower: string, index: number): PeriodRead | undefined {
  const afterThang = phraseAt(lower, index, 'tháng');
  if (afterThang < 0) return undefined;
  const at = skipInlineSpaces(text, afterThang);
  const month = at > afterThang ? readDigits(text, at, 1, 2) : undefined;
  if (month === undefined || month[0] < 1 || month[0] > 12 || isLetterAt(text, month[1])) {
    return undefined;
  }
  const year = trailingYear(text, lower, month[1]);
  if (year === undefined) {
    // `tháng 3/23` or `tháng 3.5`: not a month we can read.
    const next = text.charAt(month[1]);
    if ((next === '/' || next === '.' || next === ',') && isDigitAt(text, month[1] + 1))
      return undefined;
    return { period: { kind: 'month', month: month[0] }, end: month[1] };
  }
  return {
    period: {
      kind: 'month',
      year: year[0],
      month: month[0],
      from: firstDay(year[0], month[0]),
      to: lastDay(year[0], month[0]),
    },
    end: year[1],
  };
}

/** 6 tháng đầu năm 2023, 9 tháng năm 2023, 6 tháng cuối năm 2023, 3 tháng đầu năm, 9 tháng 2024 */
function readMonthsOfYear(text: string, lower: string, index: number): PeriodRead | undefined {
  if (!startsFreeNumber(text, index)) return undefined;
  const count = readDigits(text, index, 1, 2);
  if (count === undefined || count[0] < 1 || count[0] > 12) return undefined;
  const afterThang = phraseAfterSpace(lower, count[1], 'tháng');
  if (afterThang < 0) return undefined;
  // The year right after, as a column's header writes it short (`9 tháng 2024`, `6 tháng/2024`):
  // the months from the year's start.
  const yearAfter =
    text.charAt(afterThang) === '/' ? afterThang + 1 : skipInlineSpaces(text, afterThang);
  const shortYear = yearAfter > afterThang ? readYear(text, yearAfter) : undefined;
  if (shortYear !== undefined) {
    return { period: monthsPeriod(count[0], 'first', shortYear[0]), end: shortYear[1] };
  }
  const qualifierAt = skipInlineSpaces(text, afterThang);
  if (qualifierAt === afterThang) return undefined;
  let side: 'first' | 'last' = 'first';
  let afterNam = phraseAt(lower, qualifierAt, 'đầu năm');
  if (afterNam < 0) {
    afterNam = phraseAt(lower, qualifierAt, 'cuối năm');
    if (afterNam >= 0) side = 'last';
  }
  const plain = afterNam < 0;
  if (plain) afterNam = phraseAt(lower, qualifierAt, 'năm');
  if (afterNam < 0) return undefined;
  const yearAt = skipInlineSpaces(text, afterNam);
  const year = yearAt > afterNam ? readYear(text, yearAt) : undefined;
  // `9 tháng năm` without a year is not a period (`năm` may start another phrase).
  if (plain && year === undefined) return undefined;
  return {
    period: monthsPeriod(count[0], side, year?.[0]),
    end: year === undefined ? afterNam : year[1],
  };
}

/** The first or last `n` months of a year (its days where the year is known). */
function monthsPeriod(n: number, side: 'first' | 'last', year: number | undefined): Period {
  const period: Period = { kind: n === 6 ? 'half' : 'months' };
  if (year !== undefined) period.year = year;
  if (n === 6) period.half = side === 'first' ? 1 : 2;
  if (side === 'first') period.months = n;
  if (year !== undefined) {
    period.from = firstDay(year, side === 'first' ? 1 : 13 - n);
    period.to = lastDay(year, side === 'first' ? n : 12);
  }
  return period;
}

/** năm 2023, năm 2022-2023, cả năm 2023 */
function readYearPhrase(text: string, lower: string, index: number): PeriodRead | undefined {
  const afterNam = phraseAt(lower, index, 'năm');
  if (afterNam < 0) return undefined;
  const at = skipInlineSpaces(text, afterNam);
  if (at === afterNam) return undefined;
  const span = readYearSpan(text, at);
  if (span !== undefined) return { period: yearsPeriod(span[0], span[1]), end: span[2] };
  const year = readYear(text, at);
  return year === undefined ? undefined : { period: yearsPeriod(year[0], year[0]), end: year[1] };
}

/** giai đoạn 2021-2025, nhiệm kỳ 2020 - 2025, năm học 2022-2023, or a bare 2021 - 2025 */
function readSpan(text: string, lower: string, index: number): PeriodRead | undefined {
  let at = index;
  if (isLetterAt(text, index)) {
    let after = -1;
    for (const phrase of SPAN_WORDS) {
      after = phraseAt(lower, index, phrase);
      if (after >= 0) break;
    }
    if (after < 0) return undefined;
    at = skipInlineSpaces(text, after);
    if (at === after) return undefined;
  }
  const span = readYearSpan(text, at, at !== index);
  return span === undefined ? undefined : { period: yearsPeriod(span[0], span[1]), end: span[2] };
}

/** từ ngày 01/01/2023 đến ngày 09/3/2023, từ 15/12/2022 đến hết ngày 08/3/2023 */
function readDateSpan(text: string, lower: string, index: number): PeriodRead | undefined {
  const afterTu = phraseAt(lower, index, 'từ');
  if (afterTu < 0) return undefined;
  const fromAt = skipInlineSpaces(text, afterTu);
  if (fromAt === afterTu) return undefined;
  const from = readDateAt(text, lower, fromAt);
  if (!from?.ok) return undefined;
  let afterDen = phraseAfterSpace(lower, from.end, 'đến');
  if (afterDen < 0) return undefined;
  const afterHet = phraseAfterSpace(lower, afterDen, 'hết');
  if (afterHet >= 0) afterDen = afterHet;
  const toAt = skipInlineSpaces(text, afterDen);
  if (toAt === afterDen) return undefined;
  const to = readDateAt(text, lower, toAt);
  if (!to?.ok || to.date < from.date) return undefined;
  return { period: { kind: 'dates', from: from.date, to: to.date }, end: to.end };
}

const READERS = [readDateSpan, readQuarter, readMonth, readMonthsOfYear, readYearPhrase, readSpan];

/** A period starting at `index` of NFC `text` (`lower` is its lower case), or undefined. */
function readPeriodAt(text: string, lower: string, index: number): PeriodRead | undefined {
  let at = index;
  // cả năm 2023 (the whole year 2023)
  const afterCa = phraseAt(lower, index, 'cả');
  if (afterCa >= 0) {
    at = skipInlineSpaces(text, afterCa);
    if (at === afterCa || phraseAt(lower, at, 'năm') < 0) return undefined;
  }
  for (const read of READERS) {
    const found = read(text, lower, at);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * The words a period written in letters starts with (`từ ngày …`, `quý`, `tháng`, `năm`, `cả năm`
 * and the first words of SPAN_WORDS): any other word is passed over without trying the readers,
 * which keeps the scan cheap on running text.
 */
const FIRST_WORDS: ReadonlySet<string> = new Set([
  'từ',
  'quý',
  'tháng',
  'năm',
  'cả',
  ...SPAN_WORDS.map((words) => words.split(' ')[0] ?? ''),
]);

/** Periods in NFC `text`, in order; shared with the quantity finder. */
export function scanPeriods(text: string, lower: string): PeriodMatch[] {
  const found: PeriodMatch[] = [];
  let i = 0;
  while (i < text.length) {
    const startsWord = isLetterAt(text, i) && !isLetterAt(text, i - 1);
    if (!startsWord && !startsFreeNumber(text, i)) {
      i++;
      continue;
    }
    if (startsWord) {
      const wordEnd = letterRunEnd(text, i);
      if (!FIRST_WORDS.has(lower.slice(i, wordEnd))) {
        i = wordEnd;
        continue;
      }
    }
    const read = readPeriodAt(text, lower, i);
    if (read === undefined) {
      i = startsWord ? letterRunEnd(text, i) : digitsEnd(text, i);
      continue;
    }
    found.push({ period: read.period, raw: text.slice(i, read.end), start: i, end: read.end });
    i = read.end;
  }
  return found;
}

/** Every period in a text, with offsets into `text` as given (`text.slice(start, end) === raw`). */
export function findPeriods(text: string): PeriodMatch[] {
  return findInOriginal(text, scanPeriods);
}

/** One period, the whole text (surrounding spaces aside). */
export function parsePeriod(text: string): Result<Period> {
  const trimmed = text.normalize('NFC').trim();
  const read = readPeriodAt(trimmed, lowerSameLength(trimmed), 0);
  if (read === undefined) return fail(`${quote(text)} is not a reporting period`);
  if (read.end !== trimmed.length) return fail(`${quote(text)} has text after the period`);
  return ok(read.period);
}

/**
 * The period a title or a column header names: the first period it names, given the year of a
 * later one when it has none of its own; a later, more precise period of the same year refines it
 * (a header path `Năm 2024 / Ước thực hiện 6 tháng đầu năm`). A bare year counts in a header
 * (`Kế hoạch 2024`). A quarter or month the text names but cannot be read whole (`Thực hiện quý I`
 * with no year anywhere, `6 tháng` alone) gives no period rather than a wrong one.
 *
 *   mainPeriod('kết quả … quý I; nhiệm vụ … quý II năm 2023')              → 2023 Q1
 *   mainPeriod('kết quả công tác năm 2023 và nhiệm vụ quý I năm 2024')     → 2023
 *   mainPeriod('Năm 2024 / Thực hiện 6 tháng đầu năm')                     → 2024 H1
 *   mainPeriod('Kế hoạch 2024')                                            → 2024
 *   mainPeriod('Căn cứ Luật … ngày 19 tháng 6 năm 2015')                   → undefined (a day, not a period)
 *   mainPeriod('Kết quả năm 2025 và năm 2026')                            → undefined (periodPeers)
 */
export function mainPeriod(text: string): Period | undefined {
  return mainOf(text, false);
}

/**
 * The reporting period a document's title names: as `mainPeriod`, and a bare count of months reads
 * as the months so far, as titles write it (`kết quả 9 tháng, phương hướng 3 tháng cuối năm 2024`
 * → 2024, 9 months). A column header's `Ước thực hiện 6 tháng` stays unread (`mainPeriod`).
 */
export function reportingPeriod(text: string): Period | undefined {
  return mainOf(text, true);
}

function mainOf(text: string, bareMonths: boolean): Period | undefined {
  const periods = titlePeriods(text, bareMonths);
  if (peersAt(text, periods) !== undefined) return undefined;
  const year =
    periods.find((match) => match.period.year !== undefined)?.period.year ??
    bareYear(withoutDates(text));
  const complete = (match: PeriodMatch): Period | undefined => {
    if (match.period.year !== undefined) return match.period;
    if (year === undefined) return undefined;
    // `quý I` + 2023 → `quý I năm 2023`; `6 tháng đầu năm` + 2024 → `6 tháng đầu năm 2024`.
    for (const written of [`${match.raw} năm ${year}`, `${match.raw} ${year}`]) {
      const completed = parsePeriod(written);
      if (completed.ok && completed.value.year === year) return completed.value;
    }
    return undefined;
  };
  const [first, ...later] = periods;
  let period = first ? complete(first) : undefined;
  // What the report plans for the next period (`…, nhiệm vụ trọng tâm quý IV năm 2024`) never
  // refines the period it reports on: where OCR misread that one (`quý IHII năm 2024`), it stays
  // unread.
  const planAt = first ? planPartAfter(text, first.end) : text.length;
  const reported = periods.filter((match) => match.start < planAt);
  if (period && !isPrecise(period)) {
    const refining = later.find(
      (match) =>
        match.start < planAt &&
        isPrecise(match.period) &&
        (match.period.year ?? period?.year) === period?.year,
    );
    if (refining) period = complete(refining) ?? period;
  }
  if (!period && periods.length === 0 && year !== undefined) {
    const whole = parsePeriod(`năm ${year}`);
    period = whole.ok ? whole.value : undefined;
  }
  const unread =
    namesPartOfYear(text.slice(0, planAt)) && !reported.some((match) => isPrecise(match.period));
  if (period && !isPrecise(period) && unread) return undefined;
  return period;
}

/**
 * The periods a text names, as `findPeriods` finds them, but without those inside a date
 * (`ngày 19 tháng 6 năm 2015` is a day, not June); for a title (`bareMonths`) with a bare count of
 * months too (`kết quả 9 tháng, phương hướng 3 tháng cuối năm 2024`: `9 tháng`).
 */
function titlePeriods(text: string, bareMonths: boolean): PeriodMatch[] {
  const dates = findDates(text);
  const found = findPeriods(text).filter(
    (match) => !dates.some((date) => date.start <= match.start && match.end <= date.end),
  );
  if (!bareMonths) return found;
  for (const bare of text.matchAll(
    /(?<![\d.,/])([369]) tháng(?![\p{L}\d])(?!\s*(?:\/|năm|đầu|cuối))/gu,
  )) {
    const start = bare.index;
    const end = start + bare[0].length;
    if (found.some((match) => match.start < end && start < match.end)) continue;
    const months = Number(bare[1]);
    const period: Period =
      months === 6 ? { kind: 'half', half: 1, months } : { kind: 'months', months };
    found.push({ period, raw: `${bare[0]} đầu năm`, start, end });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Two whole years side by side (`năm 2025 và năm 2026`): their raw texts, else undefined. */
function peersAt(text: string, periods: readonly PeriodMatch[]): [string, string] | undefined {
  const [first, second] = periods;
  // Whole years only: `quý I, quý II năm 2024` still reads as its first quarter.
  if (!first || !second || first.period.kind !== 'year' || second.period.kind !== 'year') {
    return undefined;
  }
  if (first.period.from === second.period.from && first.period.to === second.period.to) {
    return undefined;
  }
  const between = text.slice(first.end, second.start).trim().toLowerCase();
  return ['và', ',', '-', '–', '&', 'và năm'].includes(between)
    ? [first.raw, second.raw]
    : undefined;
}

/**
 * A text whose years a narrow column's wrap cut before the last digit (`quý I/202 4`, `năm 202 4`:
 * the cell's lines joined with a space), or a date's year after its century (`31/12/20 23`), with
 * those years whole again (`quý I/2024`, `31/12/2023`). A year is `19xx` or `20xx`; a digit after a
 * whole one (`2024 5`) is a figure of its own.
 */
export function joinCutYears(text: string): string {
  return text
    .replace(/(?<=^|[\s/])((?:19|20)\d) (\d)(?!\d)/gu, '$1$2')
    .replace(/(?<=(?<!\d)\d{1,2}\/\d{1,2}\/)(19|20) (\d\d)(?!\d)/gu, '$1$2');
}

/**
 * A title that names two years as peers (`kết quả năm 2025 và năm 2026`) has no
 * single reporting period: `mainPeriod` gives none, and this says which two it saw.
 *
 *   periodPeers('Kết quả thực hiện kế hoạch năm 2025 và năm 2026') → ['năm 2025', 'năm 2026']
 *   periodPeers('kết quả năm 2023 và nhiệm vụ quý I năm 2024')     → undefined
 */
export function periodPeers(text: string): [string, string] | undefined {
  return peersAt(text, titlePeriods(text, true));
}

/** Does the period say more than its year: a quarter, a half, a month or months? */
export function isPrecise(period: Period): boolean {
  return (
    period.quarter !== undefined ||
    period.half !== undefined ||
    period.month !== undefined ||
    period.months !== undefined ||
    period.kind === 'months'
  );
}

/** `quý`, `tháng`, `6 tháng`: the text speaks of part of a year. */
/** Where a title's part on what is planned next starts after `from` (`nhiệm vụ`, `phương hướng`). */
function planPartAfter(text: string, from: number): number {
  const found = /(?<![\p{L}])(?:nhiệm vụ|phương hướng|kế hoạch|giải pháp)(?![\p{L}])/iu.exec(
    text.slice(from),
  );
  return found ? from + found.index : text.length;
}

function namesPartOfYear(text: string): boolean {
  return /(?<![\p{L}])(?:quý|tháng)(?![\p{L}])/iu.test(text);
}

/** The text with its dates blanked out: a date's year is no reporting year. */
function withoutDates(text: string): string {
  let out = text;
  for (const date of findDates(text)) {
    out = out.slice(0, date.start) + ' '.repeat(date.end - date.start) + out.slice(date.end);
  }
  return out;
}

/** A four-digit year standing alone (`Kế hoạch 2024`), in the years periods may name. */
function bareYear(text: string): number | undefined {
  const match = /(?<![\d.,/])(?:19|20)\d\d(?![\d.,/])/.exec(text);
  const year = match ? Number(match[0]) : undefined;
  return year !== undefined && isReportYear(year) ? year : undefined;
}

/**
 * A period without its year (`quý I`, `3 tháng đầu năm`, `tháng 5`) given `year`, as if the text
 * had said it: `withYear({ quarter: 1 }, 2023)` → { year: 2023, quarter: 1, from: '2023-01-01',
 * to: '2023-03-31' }. A period that has a year is returned as it is; one that cannot be completed
 * gives undefined.
 */
export function withYear(period: Period, year: number): Period | undefined {
  if (period.year !== undefined) return period;
  let written: string | undefined;
  if (period.quarter !== undefined) written = `quý ${period.quarter}/${year}`;
  else if (period.month !== undefined) written = `tháng ${period.month}/${year}`;
  else if (period.months !== undefined) written = `${period.months} tháng đầu năm ${year}`;
  else if (period.half === 1) written = `6 tháng đầu năm ${year}`;
  else if (period.half === 2) written = `6 tháng cuối năm ${year}`;
  if (written === undefined) return undefined;
  const read = parsePeriod(written);
  return read.ok ? read.value : undefined;
}

/**
 * The span a report is on, in another year: what `Cùng kỳ năm 2023` means in a report on `6
 * tháng đầu năm 2024` (the first half of 2023). Undefined for a report on a whole year or more,
 * or on dates, where the year says it all.
 *
 *   sameSpanIn({ kind: 'quarter', year: 2024, quarter: 1, … }, 2023) → quý I/2023
 */
export function sameSpanIn(period: Period, year: number): Period | undefined {
  if (period.kind === 'year' || period.kind === 'years' || period.kind === 'dates')
    return undefined;
  const { year: _year, from: _from, to: _to, ...span } = period;
  return withYear(span, year);
}
