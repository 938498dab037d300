/**
 * Calendar arithmetic for dates and periods: real dates only, leap years right.
 *
 *   daysInMonth(2024, 2)   → 29
 *   isoDate(2023, 3, 9)    → '2023-03-09'
 *   isValidDate(2023, 2, 31) → false
 *   isValidDate(22, 3, 16)   → false  (`16/3/0022` is a slip, not a date)
 *   isValidDate(1890, 5, 19) → true   (a full date may be historical: 19/5/1890)
 *   isReportYear(2023)       → true
 */

/**
 * The years a period or a bare year may name (`năm 2023`, `2021 - 2025`): a bare four-digit count
 * such as `1714` is not read as a year.
 */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;
/**
 * A full date (day, month and year) may reach further back: reports commemorate anniversaries
 * (`19/5/1890`, Chủ tịch Hồ Chí Minh's birthday; `3/2/1930`, the Party's founding).
 */
export const MIN_DATE_YEAR = 1800;

export function isReportYear(year: number): boolean {
  return Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR;
}

export function isDateYear(year: number): boolean {
  return Number.isInteger(year) && year >= MIN_DATE_YEAR && year <= MAX_YEAR;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** A real day (leap years right), in 1800–2100. */
export function isValidDate(year: number, month: number, day: number): boolean {
  return (
    isDateYear(year) && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
  );
}

export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function firstDay(year: number, month: number): string {
  return isoDate(year, month, 1);
}

export function lastDay(year: number, month: number): string {
  return isoDate(year, month, daysInMonth(year, month));
}
