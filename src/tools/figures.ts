/**
 * Other figures, written the same way (DOMAIN.md §4): `.` groups thousands, `,` marks decimals,
 * leading zeros, round numbers and ranges keep their shape. What is not a figure stays as it is:
 * dates, years, document numbers, names with a number in them, footnote markers.
 *
 *   changeFigures('đạt 24.042,91 tỷ đồng, tăng 9,65%', rng)
 *     → 'đạt 18.305,07 tỷ đồng, tăng 10,42%'
 *   changeFigures('Nghị quyết số 12-NQ/TW, ngày 16/3/2022; năm 2023; 03 đảng viên', rng)
 *     → 'Nghị quyết số 12-NQ/TW, ngày 16/3/2022; năm 2023; 05 đảng viên'
 *   changeFigures('688/4.100 đảng viên', rng) → '751/4.490 đảng viên'   (one factor for both)
 *
 * A plain whole number (no `.` or `,`) is a figure only when a unit or a counted noun follows it
 * (`%`, `tỷ đồng`, `đảng viên`, `công trình` …): `Tổng kho 3`, `lần thứ 41`, `ĐT 353` stay.
 * Tables: changeTableFigures scales each value column by one factor and recomputes the
 * share-of-plan column from the new value and plan, so the table stays consistent.
 */
import type { Rng } from './prng.js';

/** Words after a whole number that make it a count or an amount (compared in lower case). */
const UNITS = [
  'tỷ',
  'tỉ',
  'triệu',
  'nghìn',
  'ngàn',
  'đồng',
  'usd',
  'vnđ',
  'vnd',
  'tấn',
  'lượt',
  'người',
  'hồ sơ',
  'km',
  'ha',
  'đảng viên',
  'tổ chức',
  'cấp ủy viên',
  'đơn',
  'trường hợp',
  'đồng chí',
  'cán bộ',
  'vụ',
  'công trình',
  'xã',
  'nhiệm vụ',
  'dự án',
  'doanh nghiệp',
  'đoàn',
  'giải',
  'suất',
  'quầy',
  'hộ',
  'phiên',
  'hợp đồng',
  'sản phẩm',
  'hội đồng',
  'điểm',
  'báo cáo',
  'giấy phép',
  'quyết định',
  'lao động',
  'đối tượng',
  'học sinh',
  'phương tiện',
  'văn bản',
  'cuộc',
  'chi bộ',
  'lớp',
];
const letter = /\p{L}/u;

interface Parsed {
  value: number;
  /** Digits after the decimal comma. */
  decimals: number;
  /** Written with `.` between thousands. */
  grouped: boolean;
  /** Digits before the comma, leading zeros included (`03` → 2). */
  width: number;
  /** Written with a leading zero: `03`. */
  padded: boolean;
  /** Trailing zeros of a whole number: `42.500` → 2. */
  zeros: number;
}

/** A number in the Vietnamese format, or undefined: `24.042,91`, `03`, `1.714`, `0,83`. */
export function parseFigure(raw: string): Parsed | undefined {
  // A hand-written scan: this runs for every number of every generated report.
  const comma = raw.indexOf(',');
  const whole = comma < 0 ? raw : raw.slice(0, comma);
  const fraction = comma < 0 ? '' : raw.slice(comma + 1);
  if (whole === '' || (comma >= 0 && (fraction === '' || !allDigits(fraction)))) return undefined;
  let digits = '';
  let groupLength = -1;
  let grouped = false;
  for (let i = 0; i < whole.length; i++) {
    const char = whole.charAt(i);
    if (char === '.') {
      // The first group has 1–3 digits, every later one exactly 3.
      if (
        (grouped && groupLength !== 3) ||
        (!grouped && (digits.length === 0 || digits.length > 3))
      ) {
        return undefined;
      }
      grouped = true;
      groupLength = 0;
    } else if (isDigit(whole, i)) {
      digits += char;
      groupLength++;
    } else return undefined;
  }
  if (grouped && groupLength !== 3) return undefined;
  let zeros = 0;
  if (fraction === '')
    while (zeros < digits.length && digits.charAt(digits.length - 1 - zeros) === '0') zeros++;
  return {
    value: Number(`${digits}.${fraction || '0'}`),
    decimals: fraction.length,
    grouped,
    width: digits.length,
    padded: digits.length > 1 && digits.startsWith('0'),
    zeros,
  };
}

function allDigits(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isDigit(text, i)) return false;
  return text.length > 0;
}

/** The step of the last digit `formatLike` prints: `9,65` → 0.01, `42.500` → 100. */
function lastUnit(like: Parsed): number {
  return like.decimals > 0
    ? 10 ** -like.decimals
    : 10 ** Math.max(0, Math.min(like.zeros, like.width - 2));
}

/** `value` written the way `like` was: same decimals, grouping, padding and roundness. */
export function formatLike(like: Parsed, value: number): string {
  const roundTo = lastUnit(like);
  let rounded =
    like.decimals > 0
      ? Math.round(value * 10 ** like.decimals) / 10 ** like.decimals
      : Math.round(value / roundTo) * roundTo;
  // A figure that was not zero does not become zero.
  if (rounded <= 0 && like.value > 0) rounded = roundTo;
  const [whole = '0', fraction] = rounded.toFixed(like.decimals).split('.');
  let digits = like.padded ? whole.padStart(like.width, '0') : whole;
  // Grouped as written; a number that grew past 999 is grouped too (`950` → `1.140`), never
  // left to read like a year.
  if (like.grouped || (like.width <= 3 && digits.length > 3)) {
    digits = groupThousands(digits);
  }
  return fraction === undefined ? digits : `${digits},${fraction}`;
}

/** `3547000000` → `3.547.000.000`. */
function groupThousands(digits: string): string {
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += '.';
    out += digits.charAt(i);
  }
  return out;
}

/**
 * The upper bound of a range written like `like`, never below the lower bound as printed
 * (`12,7 - 13` scaled by 0,8 is `10,2 - 11`, not `10,2 - 10`): rounding may need a unit more.
 */
function formatAtLeast(like: Parsed, value: number, floor: number): string {
  let next = Math.max(value, floor);
  let printed = formatLike(like, next);
  for (let i = 0; i < 4 && (parseFigure(printed)?.value ?? 0) < floor; i++) {
    next += lastUnit(like);
    printed = formatLike(like, next);
  }
  return printed;
}

/** A new value near `value`: a factor for amounts, a step of one or two for small counts. */
function vary(parsed: Parsed, factor: number, rng: Rng): number {
  if (parsed.decimals === 0 && parsed.value < 20) {
    return Math.max(1, Math.round(parsed.value * factor + rng.between(-1.5, 1.5)));
  }
  return parsed.value * factor;
}

/** Runs of digits joined by single `.` `,` `/`: `24.042,91`, `688/4.100`, `12/4/2023`. */
function* numberTokens(text: string): Generator<{ start: number; end: number }> {
  // The regex finds the next digit natively; the scan after it stays simple.
  const nextDigit = /\d/g;
  let found = nextDigit.exec(text);
  while (found) {
    const start = found.index;
    let i = start;
    while (
      i < text.length &&
      (isDigit(text, i) || ('.,/'.includes(text.charAt(i)) && isDigit(text, i + 1)))
    ) {
      i++;
    }
    yield { start, end: i };
    nextDigit.lastIndex = i;
    found = nextDigit.exec(text);
  }
}

function isDigit(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code >= 48 && code <= 57;
}

function isYear(raw: string): boolean {
  return /^\d{4}$/.test(raw) && Number(raw) >= 1900 && Number(raw) <= 2100;
}

/** `12/4/2023`, `3/2023`, `16/3`: a date, not a fraction. */
function isDate(parts: readonly string[]): boolean {
  if (parts.length >= 3) return true;
  const [a = '', b = ''] = parts;
  if (!/^\d{1,2}$/.test(a)) return false;
  return isYear(b) || (Number(a) <= 31 && /^\d{1,2}$/.test(b) && Number(b) <= 12);
}

/** Does a unit or counted noun follow (after at most one space)? */
function unitFollows(after: string): boolean {
  if (after.startsWith('%') || after.startsWith(' %')) return true;
  if (!after.startsWith(' ')) return false;
  const lower = after.slice(1, 24).toLowerCase();
  return UNITS.some(
    (unit) => lower.startsWith(unit) && !letter.test(lower.charAt(unit.length) || ' '),
  );
}

/**
 * Is the number at [start, end) part of a name, code or date? `12-NQ/TW`, `323/QĐ-TTg`, `Km19`,
 * `Covid-19`, `3D`: a letter touches it, or a code follows.
 */
function isPartOfCode(text: string, start: number, end: number): boolean {
  const before = text.charAt(start - 1);
  const after = text.slice(end, end + 2);
  if (letter.test(before) || before === '+' || before === '.' || before === ',') return true;
  if (before === '-' && letter.test(text.charAt(start - 2))) return true;
  if (before === '/' || before === '\\') return true;
  if (letter.test(after.charAt(0))) return true;
  return /^[-/]\p{L}/u.test(after);
}

/** Figures in running text changed; see the module header for what counts as a figure. */
export function changeFigures(text: string, rng: Rng): string {
  let out = '';
  let done = 0;
  /** The last figure changed, so that the second bound of a range gets the same factor. */
  let last: { end: number; factor: number; value: number } | undefined;
  for (const { start, end } of numberTokens(text)) {
    const raw = text.slice(start, end);
    if (isPartOfCode(text, start, end)) continue;
    const parts = raw.split('/');
    // `12,7% - 13%`: the upper bound gets the lower one's factor, and never falls below it.
    const range =
      last !== undefined && /^%?\s?[-–]\s?$/.test(text.slice(last.end, start)) ? last : undefined;
    const factor = range ? range.factor : rng.between(0.75, 1.3);
    let replacement: string | undefined;
    if (parts.length > 1) {
      if (isDate(parts) || parts.length !== 2) continue;
      replacement = changeFraction(parts, factor, rng);
    } else {
      if (isYear(raw)) continue;
      const parsed = parseFigure(raw);
      if (!parsed) continue;
      const figure = parsed.decimals > 0 || parsed.grouped || unitFollows(text.slice(end));
      if (!figure && !range) continue;
      replacement = range
        ? formatAtLeast(parsed, parsed.value * factor, range.value)
        : formatLike(parsed, vary(parsed, factor, rng));
    }
    if (replacement === undefined) continue;
    out += text.slice(done, start) + replacement;
    done = end;
    last = { end, factor, value: parseFigure(replacement)?.value ?? 0 };
  }
  return out + text.slice(done);
}

/** `688/4.100` → both scaled by one factor, the part never above the whole. */
function changeFraction(parts: readonly string[], factor: number, rng: Rng): string | undefined {
  const part = parseFigure(parts[0] ?? '');
  const whole = parseFigure(parts[1] ?? '');
  if (!part || !whole || whole.value === 0) return undefined;
  const newWhole = vary(whole, factor, rng);
  const share = part.value / whole.value;
  const newPart = Math.min(newWhole, newWhole * share * rng.between(0.85, 1.15));
  return `${formatLike(part, newPart)}/${formatLike(whole, newWhole)}`;
}

type Role = 'keep' | 'plan' | 'value' | 'yoy' | 'share' | 'other';

/** What a table column holds, from its header (DOMAIN.md §5). */
function roleOf(header: string): Role {
  const h = header.normalize('NFC').toLowerCase().trim();
  if (h === '' || /^(?:s?tt|số tt)$/.test(h) || /chỉ tiêu|nội dung|đơn vị|tên /.test(h)) {
    return 'keep';
  }
  if (/so với (?:kh|kế hoạch|dự toán)/.test(h)) return 'share';
  if (/cùng kỳ/.test(h)) return 'yoy';
  if (/kế hoạch|dự toán|^kh\b/.test(h)) return 'plan';
  if (/\bth\b|ước|thực hiện/.test(h)) return 'value';
  return 'other';
}

type Cell =
  | { kind: 'number'; parsed: Parsed }
  | { kind: 'range'; min: Parsed; max: Parsed; separator: string }
  | { kind: 'other' };

function parseCell(text: string): Cell {
  const number = parseFigure(text);
  if (number) return { kind: 'number', parsed: number };
  const range = /^([\d.,]+)(\s?[-–]\s?)([\d.,]+)$/.exec(text);
  const min = parseFigure(range?.[1] ?? '');
  const max = parseFigure(range?.[3] ?? '');
  if (range && min && max) return { kind: 'range', min, max, separator: range[2] ?? ' - ' };
  return { kind: 'other' };
}

/**
 * A GFM table with other figures: one factor per value column (plan, estimate, other), a small one
 * for year-on-year indexes, and each share of the plan recomputed as value ÷ plan × 100 (the lower
 * bound of a planned range), printed with the decimals it had. Header and order numbers stay.
 */
export function changeTableFigures(table: string, rng: Rng): string {
  const lines = table.split('\n');
  const separatorAt = lines.findIndex(
    (line) => /^\|?[\s:|-]+\|?$/.test(line) && line.includes('-'),
  );
  if (separatorAt < 1) return table;
  const headers = cellsOf(lines[0] ?? '').map((cell) => cell.trim());
  const roles = headers.map(roleOf);
  const factors = roles.map((role) =>
    role === 'yoy' ? rng.between(0.92, 1.08) : rng.between(0.75, 1.3),
  );
  const planAt = roles.indexOf('plan');
  const valueAt = roles.indexOf('value');

  return lines
    .map((line, index) => {
      if (index <= separatorAt || !line.startsWith('|')) return line;
      const cells = cellsOf(line);
      const texts = cells.map((cell) => cell.trim());
      const out = texts.map((text, column) => {
        const role = roles[column] ?? 'keep';
        if (role === 'keep' || role === 'share') return text;
        const cell = parseCell(text);
        const factor = factors[column] ?? 1;
        if (cell.kind === 'number') return formatLike(cell.parsed, cell.parsed.value * factor);
        if (cell.kind === 'range') {
          const low = formatLike(cell.min, cell.min.value * factor);
          const floor = parseFigure(low)?.value ?? 0;
          return `${low}${cell.separator}${formatAtLeast(cell.max, cell.max.value * factor, floor)}`;
        }
        return text;
      });
      roles.forEach((role, column) => {
        if (role !== 'share') return;
        const share = parseCell(texts[column] ?? '');
        const plan = parseCell(out[planAt] ?? '');
        const value = parseCell(out[valueAt] ?? '');
        const planValue =
          plan.kind === 'number' ? plan.parsed.value : plan.kind === 'range' ? plan.min.value : 0;
        if (share.kind !== 'number' || value.kind !== 'number' || planValue <= 0) return;
        out[column] = formatLike(share.parsed, (value.parsed.value / planValue) * 100);
      });
      return `|${cells.map((cell, column) => padLike(cell, out[column] ?? '')).join('|')}|`;
    })
    .join('\n');
}

/** The cells of a table row, with their spaces, without the outer pipes. */
function cellsOf(line: string): string[] {
  const inner = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  return inner.split('|');
}

/** `text` with the spaces `cell` had around its content. */
function padLike(cell: string, text: string): string {
  const lead = /^\s*/.exec(cell)?.[0] ?? '';
  const trail = cell.trim() === '' ? '' : cell.slice(cell.trimEnd().length);
  return `${lead}${text}${trail}`;
}
