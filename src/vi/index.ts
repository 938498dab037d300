/**
 * Vietnamese numbers, quantities, dates, periods, document references and text tests: pure
 * functions with no dependency on the markdown tree or the pipeline. Nothing here throws on any
 * string; failures are `{ ok: false, reason }` values.
 *
 *   parseNumber('24.042,91')                → { ok: true, value: 24042.91 }
 *   parseQuantity('24.042,91 tỷ đồng')      → baseValue 24042910000000 (VND)
 *   parsePeriod('quý I/2023')               → { year: 2023, quarter: 1, from: '2023-01-01', to: '2023-03-31' }
 *   parseDocumentReference('Chỉ thị 31-CT/TU') → { kind: 'directive', number: 31, … }
 *   findStatements('Kim ngạch xuất khẩu đạt 6,59 tỷ USD, tăng 2,51%') → actual 6.59, yoy_change 2.51
 */
export type { Period } from '../schema/document.js';
export { daysInMonth, isLeapYear, isValidDate } from './calendar.js';
export { type DateMatch, findDates, parseDate } from './date.js';
export {
  abbreviationOfKind,
  codeCutAtHyphen,
  DOCUMENT_KINDS,
  type DocumentKind,
  type DocumentKindInfo,
  type DocumentReference,
  findDocumentReferences,
  kindOfAbbreviation,
  parseDocumentReference,
} from './document-reference.js';
export { indicatorKey, normalizeIndicator } from './indicators.js';
export { type FormatOptions, formatNumber, parseNumber } from './number.js';
export {
  alphabetIndex,
  type LeadingMarker,
  leadingNumberingMarker,
  type MarkerNumbering,
  type NumberingMarker,
  orderCellRung,
  parseNumberingMarker,
} from './numbering.js';
export {
  findPeriods,
  mainPeriod,
  type PeriodMatch,
  parsePeriod,
  periodPeers,
  reportingPeriod,
} from './period.js';
export {
  type FractionQuantity,
  findQuantities,
  type NumberQuantity,
  parseQuantity,
  type Quantity,
  type QuantityMatch,
  type QuantityOptions,
  type RangeQuantity,
  type Scale,
} from './quantity.js';
export type { Failure, Ok, Result } from './result.js';
export { formatOrdinal, formatRoman, parseOrdinal, parseRoman } from './roman.js';
export {
  findStatements,
  type StatementFigure,
  type StatementMeasure,
} from './statements.js';
export {
  endsSentence,
  hasWords,
  nameGoesOn,
  opensReference,
  splitGlued,
  startsLowercase,
  takesNumber,
} from './text.js';
export { DEFAULT_UNITS } from './units.js';
