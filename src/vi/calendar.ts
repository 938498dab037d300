/**
 * Calendar arithmetic for dates and periods: real dates only, leap years right.
 *
 *   daysInMonth(2024, 2)   → 29
 *   isoDate(2023, 3, 9)    → '2023-03-09'
 *   isValidDate(2023, 2, 31) → false
 */

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
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
