/**
 * Statements of figures in report prose: which figure of a sentence is what, for which indicator.
 * A figure whose role the sentence does not make clear is left out (it stays a quantity): precision
 * first.
 *
 *   findStatements('Thu ngân sách nhà nước đạt 24.042,91 tỷ đồng, giảm 9,46% so với cùng kỳ
 *                   (bằng 20,65% dự toán), trong đó, thu nội địa 8.132 tỷ đồng')
 *     → { indicator: 'Thu ngân sách nhà nước', measure: 'actual', value: 24042.91, unit: 'tỷ đồng' }
 *       { indicator: 'Thu ngân sách nhà nước', measure: 'yoy_change', value: -9.46, direction: 'down' }
 *       { indicator: 'Thu ngân sách nhà nước', measure: 'share_of_plan', value: 20.65 }
 *       { indicator: 'thu nội địa', indicatorPath: ['Thu ngân sách nhà nước', 'thu nội địa'],
 *         measure: 'actual', value: 8132 }
 *   findStatements('GRDP tăng 9,65% (Kế hoạch năm tăng 12,7% - 13%)')
 *     → yoy_change 9.65 up; plan 12.7–13 up, `planned: true` (a target for the year)
 *   findStatements('Thu hút FDI đạt 465,06 triệu USD, bằng 95,26% so với cùng kỳ')
 *     → actual 465.06; yoy 95.26 (an index, 100 = unchanged, as tables write it)
 *   findStatements('đã kết nạp được 688/4.100 đảng viên mới (đạt 16,8% kế hoạch)')
 *     → actual 688, plan 4100, share_of_plan 16.8, indicator 'kết nạp được đảng viên mới'
 *   findStatements('tiếp nhận 129.136 hồ sơ, tăng 27,52%')  → [] (no statement verb names the
 *       indicator); `tăng 29 đoàn` (a change in a count), `đạt khoảng 90%`, `đạt 64%` (share of
 *       what?), `tăng 5% so với tháng trước` (another base) → []
 *
 * The patterns: `<indicator> đạt|ước đạt <figure>`; `<indicator> tăng|giảm <x>%` (year on year,
 * with or without `so với cùng kỳ`: the reports compare with the same period unless they say
 * otherwise); `, tăng|giảm <x>% …` and `(bằng|đạt <y>% kế hoạch|KH|dự toán …)` continuing the
 * indicator before; `bằng <y>% so với cùng kỳ` (an index); `(Kế hoạch năm tăng <x>%)` (the target
 * for the year); `trong đó, <indicator> <figure>` (a part of the figure before); `<a>/<b> <thing>
 * (đạt <c>% kế hoạch)`.
 */
import type { Period } from '../schema/document.js';
import { isDigitAt, lowerSameLength, phraseAt, previousWord, skipInlineSpaces } from './chars.js';
import { findInOriginal } from './nfc.js';
import { isPrecise, type PeriodMatch, scanPeriods } from './period.js';
import { findQuantities, type Scale } from './quantity.js';

/**
 * What the patterns need of a quantity: what `findQuantities` (src/vi/quantity.ts) returns is one,
 * and the extract stage turns the Document's quantity records into these (prose-facts.ts
 * `fromMention`), so the text is not scanned for quantities twice.
 */
export type StatementQuantity = {
  start: number;
  end: number;
  unit?: string;
  scale?: Scale;
} & (
  | { kind: 'number'; value: number }
  | { kind: 'range'; min: number; max: number }
  | { kind: 'fraction'; numerator: number; denominator: number }
);

export type StatementMeasure =
  | 'actual'
  | 'estimate'
  | 'plan'
  | 'yoy'
  | 'yoy_change'
  | 'share_of_plan';

export interface StatementFigure {
  /** Offsets of the figure (with its unit) in the text; `raw` is the text there. */
  start: number;
  end: number;
  raw: string;
  indicator: string;
  /** The indicator and, for a part (`trong đó, thu nội địa`), the whole it belongs to first. */
  indicatorPath: string[];
  measure: StatementMeasure;
  /** `tăng` → up, `giảm` → down; null for a figure that is not a change. */
  direction: 'up' | 'down' | null;
  /** The figure as written, before its scale word; a decrease is negative (`giảm 9,46%` → -9.46). */
  value?: number;
  min?: number;
  max?: number;
  /** Scale word and unit (`tỷ đồng`, `nghìn lượt`, `%`), or null for a bare figure. */
  unit: string | null;
  /** A target for the whole year (`Kế hoạch năm tăng 15%`, the `4.100` of `688/4.100`). */
  planned: boolean;
  /**
   * The period the sentence names before the figure when it names a part of a year (`3 tháng đầu
   * năm`, `quý I/2023`, `tháng 3`), possibly without its year; null when it names none.
   */
  period: Period | null;
}

type Verb = { kind: 'reach' | 'estimate' | 'up' | 'down' | 'equal'; start: number } | undefined;

/** The statement verb right before `index`: `đạt`, `ước đạt`, `ước tính đạt`, `tăng`, `giảm`, `bằng`. */
function verbBefore(lower: string, index: number): Verb {
  const word = previousWord(lower, index);
  if (word === undefined) return undefined;
  switch (word.word) {
    case 'đạt': {
      const before = previousWord(lower, word.start);
      if (before?.word === 'ước') return { kind: 'estimate', start: before.start };
      if (before?.word === 'tính' && previousWord(lower, before.start)?.word === 'ước') {
        return { kind: 'estimate', start: previousWord(lower, before.start)?.start ?? 0 };
      }
      return { kind: 'reach', start: word.start };
    }
    case 'tăng':
    case 'giảm':
    case 'bằng': {
      // `ước tăng`: an estimated change is still the change.
      const before = previousWord(lower, word.start);
      const start = before?.word === 'ước' ? before.start : word.start;
      return { kind: word.word === 'tăng' ? 'up' : word.word === 'giảm' ? 'down' : 'equal', start };
    }
    default:
      return undefined;
  }
}

/** What follows a percentage: the base it is compared with. */
type Base = 'same-period' | 'plan' | 'other' | 'none';

const PLAN_WORDS = ['kế hoạch', 'kh', 'dự toán'];
const SAME_PERIOD_WORDS = ['cùng kỳ', 'cùng kì'];

/** `so với cùng kỳ`, `cùng kỳ`, `kế hoạch`, `so với KH`, `dự toán …`, or another `so với …`. */
export function baseAfter(lower: string, end: number): Base {
  let at = skipInlineSpaces(lower, end);
  let compared = false;
  for (const lead of ['so với', 'so']) {
    const after = phraseAt(lower, at, lead);
    if (after >= 0) {
      at = skipInlineSpaces(lower, after);
      compared = true;
      break;
    }
  }
  if (SAME_PERIOD_WORDS.some((words) => phraseAt(lower, at, words) >= 0)) return 'same-period';
  if (PLAN_WORDS.some((words) => phraseAt(lower, at, words) >= 0)) return 'plan';
  return compared ? 'other' : 'none';
}

/** Words that introduce the target for the year: `Kế hoạch năm`, `KH năm 2023`, `Mục tiêu năm`. */
const PLAN_LEAD = /^(?:kế hoạch|kh|mục tiêu|chỉ tiêu)(?: (?:cả )?năm(?: \d{4})?)?$/u;

/**
 * The lead of a list of targets, from the sentence's start to its colon: `Kế hoạch giao các chỉ
 * tiêu năm 2024`, `Mục tiêu năm 2025`, `Chỉ tiêu được giao` (lower case).
 */
const TARGETS_LEAD = /^[\s\-+•*–]*(?:kế hoạch|mục tiêu|chỉ tiêu)(?![\p{L}])[^.;:]{0,120}$/u;

/** Is the subject the lead of a target (`Kế hoạch năm`) rather than an indicator? */
export function isPlanLead(subject: string): boolean {
  return PLAN_LEAD.test(lowerSameLength(subject).replace(/\s+/g, ' ').trim());
}

/** An indicator is a noun phrase, not a clause: at most this many words. */
const MAX_INDICATOR_WORDS = 16;

/** The indicator as a report names it, without leading dashes, connectives and trailing marks. */
export function cleanIndicator(subject: string): string {
  let text = subject.replace(/\s+/g, ' ').trim();
  for (;;) {
    const before = text;
    text = text.replace(/^[-+•*–]\s*/u, '');
    text = text.replace(/^(?:trong đó|riêng|còn|đã|và)(?![\p{L}])[\s,]*/iu, '');
    if (text === before) break;
  }
  return trimTrailingPunctuation(text);
}

/** Without trailing spaces and `,:;.-`: a loop, since an anchored regex rescans from every start. */
function trimTrailingPunctuation(text: string): string {
  let end = text.length;
  while (end > 0 && /[\s,:;.-]/u.test(text.charAt(end - 1))) end--;
  return text.slice(0, end);
}

/**
 * The subject before `end` (a verb or a figure): back to a `,`, `;`, `:`, an unclosed `(`, a
 * sentence end or `floor`, stepping over bracketed parts (`Tổng sản phẩm … (GRDP)`). Returns its
 * start and what stopped it.
 */
function subjectBefore(
  text: string,
  end: number,
  floor: number,
): { start: number; stop: string; stopAt: number } {
  let depth = 0;
  // A `)` whose `(` is before `floor` (`… giao) Tổng vốn đạt`) closes what came before.
  let outerClose = -1;
  for (let i = end - 1; i >= floor; i--) {
    const char = text.charAt(i);
    if (char === ')') {
      if (depth === 0) outerClose = i;
      depth++;
    } else if (char === '(') {
      if (depth === 0) return { start: i + 1, stop: '(', stopAt: i };
      depth--;
    } else if (depth === 0) {
      if (char === ',' || char === ';' || char === ':' || char === '\n') {
        return { start: i + 1, stop: char, stopAt: i };
      }
      if (char === '.' && /\s/u.test(text.charAt(i + 1)))
        return { start: i + 1, stop: '.', stopAt: i };
    }
  }
  if (depth > 0) return { start: outerClose + 1, stop: ')', stopAt: outerClose };
  return { start: floor, stop: '', stopAt: floor };
}

/** Words a time or place phrase before a comma starts with: not part of an indicator. */
const LEAD_WORDS = /^(?:trong|tính|đến|từ|sau|qua|so|tại|với|ngoài|nhờ|do)(?![\p{L}])/u;

/**
 * Extends a subject back over commas inside a name (`khu vực nông, lâm nghiệp và thủy sản`, `dịch
 * vụ lưu trú, ăn uống`): over a short lower-case piece with no figure (at most three words), or
 * over a piece that opens with `trong đó` (a part: the extension stops there).
 */
function extendOverCommas(
  text: string,
  start: number,
  stop: string,
  stopAt: number,
  floor: number,
) {
  let at = { start, stop, stopAt };
  for (let guard = 0; guard < 4 && at.stop === ','; guard++) {
    const before = subjectBefore(text, at.stopAt, floor);
    const piece = text.slice(before.start, at.stopAt).trim();
    const lower = lowerSameLength(piece);
    if (/^trong đó\s+\p{L}/u.test(lower)) return { ...before, start: before.start };
    const words = piece === '' ? 0 : piece.split(/\s+/u).length;
    const short =
      words >= 1 &&
      words <= 3 &&
      !/\d/u.test(piece) &&
      lower === piece.normalize('NFC').toLowerCase() &&
      piece === lower &&
      !LEAD_WORDS.test(lower);
    if (!short) break;
    at = before;
  }
  return at;
}

/** Does the text between two figures end the clause (`;`, `:`, a sentence end, a new line)? */
function endsClause(text: string, from: number, to: number): boolean {
  const gap = text.slice(from, to);
  return /[;:\n]|\.\s/u.test(gap);
}

/** Is `i` the end of a sentence: a new line, or a full stop before a space? */
function isSentenceEnd(text: string, i: number): boolean {
  const char = text.charAt(i);
  return char === '\n' || (char === '.' && /\s/u.test(text.charAt(i + 1)));
}

function unitOf(q: StatementQuantity, text: string): string | null {
  const words = [q.scale?.word, q.unit].filter((w): w is string => w !== undefined);
  if (words.length === 0) return null;
  // `26,5m² mỗi người`, `50 kg/người`: a figure per head, per household …
  const per = /^(?:\s*\/\s*|\s+(?:trên\s+)?mỗi\s+)(\p{L}+)/u.exec(text.slice(q.end, q.end + 48));
  return `${words.join(' ')}${per ? `/${per[1]}` : ''}`;
}

function isPercent(q: StatementQuantity): boolean {
  return q.unit === '%' && q.scale === undefined;
}

interface Subject {
  indicator: string;
  path: string[];
  /** The measure of the figure the indicator was stated with (a part takes the whole's). */
  measure: 'actual' | 'estimate';
}

/** Statements in NFC `text`; offsets into it. */
export function scanStatements(
  text: string,
  lower: string,
  quantities: readonly StatementQuantity[] = findQuantities(text),
): StatementFigure[] {
  // Read only when a figure is stated: most sentences state none.
  let periods: PeriodMatch[] | undefined;
  const out: StatementFigure[] = [];
  let current: Subject | undefined;
  /** The last indicator named whole, that a part (`trong đó …`) belongs to. */
  let whole: Subject | undefined;
  let previousEnd = 0;

  // Both walk forward once over the text as the figures come, so a long text costs linear time.
  let sentenceFrom = 0;
  let scanned = 0;
  // A list of targets: the figures after `Kế hoạch giao …:`, `Mục tiêu năm 2024:`, `Chỉ tiêu …:`,
  // to the sentence's end, are what was planned, not what was done.
  let targets = false;
  const scanTo = (index: number): void => {
    for (; scanned < index; scanned++) {
      if (isSentenceEnd(text, scanned)) {
        sentenceFrom = scanned + 1;
        targets = false;
      } else if (!targets && text.charAt(scanned) === ':') {
        targets = TARGETS_LEAD.test(lower.slice(sentenceFrom, scanned));
      }
    }
  };
  let nextPeriod = 0;
  let lastPeriod: { period: Period; start: number } | undefined;
  const periodBefore = (index: number): Period | null => {
    scanTo(index);
    periods ??= scanPeriods(text, lower).filter((match) => isPrecise(match.period));
    for (; nextPeriod < periods.length; nextPeriod++) {
      const match = periods[nextPeriod];
      if (match === undefined || match.end > index) break;
      lastPeriod = match;
    }
    return lastPeriod !== undefined && lastPeriod.start >= sentenceFrom ? lastPeriod.period : null;
  };

  const emit = (
    q: StatementQuantity,
    subject: Subject,
    measure: StatementMeasure,
    direction: 'up' | 'down' | null,
    planned: boolean,
    span?: { start: number; end: number; value: number },
  ): void => {
    scanTo(q.start);
    if (!planned && targets) {
      // A target's value or change: the plan; a share of a plan or an index in a list of targets
      // says nothing sure.
      if (measure === 'share_of_plan' || measure === 'yoy') return;
      measure = 'plan';
      planned = true;
    }
    const sign = direction === 'down' ? -1 : 1;
    const figure: StatementFigure = {
      start: span?.start ?? q.start,
      end: span?.end ?? q.end,
      raw: text.slice(span?.start ?? q.start, span?.end ?? q.end),
      indicator: subject.indicator,
      indicatorPath: subject.path,
      measure,
      direction,
      unit: unitOf(q, text),
      planned,
      period: periodBefore(q.start),
    };
    if (span !== undefined) figure.value = span.value;
    else if (q.kind === 'number') figure.value = sign * q.value;
    else if (q.kind === 'range') {
      figure.min = sign > 0 ? q.min : -q.max;
      figure.max = sign > 0 ? q.max : -q.min;
    }
    out.push(figure);
  };

  for (let k = 0; k < quantities.length; k++) {
    const q = quantities[k];
    if (q === undefined) continue;
    if (endsClause(text, previousEnd, q.start)) {
      current = undefined;
      whole = undefined;
    }
    const floor = previousEnd;
    previousEnd = q.end;

    const verb = verbBefore(lower, q.start);
    const direct = subjectBefore(text, verb?.start ?? q.start, floor);
    const { stop, stopAt } = direct;
    const extended =
      text.slice(direct.start, verb?.start ?? q.start).trim() === ''
        ? direct
        : extendOverCommas(text, direct.start, direct.stop, direct.stopAt, floor);
    const subjectText = text.slice(extended.start, verb?.start ?? q.start);
    const cleaned = cleanIndicator(subjectText);
    // `…, trong đó doanh thu dịch vụ lưu trú, ăn uống đạt …`: a part of the indicator before.
    const part = current !== undefined && /^\s*trong đó\s/iu.test(subjectText);
    const words = cleaned === '' ? 0 : cleaned.split(' ').length;
    const named = cleaned !== '' && words <= MAX_INDICATOR_WORDS && /\p{L}/u.test(cleaned);
    const planLead = named && isPlanLead(cleaned);
    /** The indicator this figure is stated for: the one it names, else the one before. */
    const subjectFor = (measure: Subject['measure']): Subject | undefined => {
      if (!named) return current;
      if (part && whole !== undefined) {
        return { indicator: cleaned, path: [...whole.path, cleaned], measure };
      }
      const subject: Subject = { indicator: cleaned, path: [cleaned], measure };
      whole = subject;
      return subject;
    };

    if (q.kind === 'fraction') {
      const fraction = fractionStatement(text, lower, q, quantities[k + 1]);
      if (fraction === undefined || verb !== undefined || !named) continue;
      const subject: Subject = {
        indicator: `${cleaned} ${fraction.thing}`,
        path: [`${cleaned} ${fraction.thing}`],
        measure: 'actual',
      };
      const slash = text.indexOf('/', q.start);
      emit(q, subject, 'actual', null, false, {
        start: q.start,
        end: slash,
        value: q.numerator,
      });
      emit(q, subject, 'plan', null, true, { start: slash + 1, end: q.end, value: q.denominator });
      current = subject;
      continue;
    }

    if (isPercent(q)) {
      if (verb === undefined) continue;
      const base = baseAfter(lower, q.end);
      if (base === 'other') continue;
      if (verb.kind === 'up' || verb.kind === 'down') {
        if (base === 'plan') continue;
        if (planLead) {
          if (current !== undefined) emit(q, current, 'plan', verb.kind, true);
          continue;
        }
        const subject = subjectFor('actual');
        if (subject === undefined) continue;
        emit(q, subject, 'yoy_change', verb.kind, false);
        current = subject;
        continue;
      }
      if (planLead) continue;
      // `Tỷ lệ … đạt 97,5%`: the value of a rate.
      if (
        base === 'none' &&
        verb.kind === 'reach' &&
        named &&
        /^tỷ lệ(?![\p{L}])/iu.test(cleaned)
      ) {
        const subject = subjectFor('actual');
        if (subject !== undefined) emit(q, subject, 'actual', null, false);
        current = subject;
        continue;
      }
      // đạt / bằng a percentage: of the plan, or of the same period (an index).
      if (base === 'none') continue;
      const subject = subjectFor('actual');
      if (subject === undefined) continue;
      emit(q, subject, base === 'plan' ? 'share_of_plan' : 'yoy', null, false);
      current = subject;
      continue;
    }

    // A figure with a unit: the value of an indicator.
    if (verb?.kind === 'reach' || verb?.kind === 'estimate') {
      if (planLead) continue;
      const measure: Subject['measure'] = verb.kind === 'reach' ? 'actual' : 'estimate';
      const subject = subjectFor(measure);
      if (subject === undefined) continue;
      emit(q, subject, measure, null, false);
      current = subject;
      continue;
    }
    // `trong đó, thu nội địa 8.132 tỷ đồng`: a part of the figure stated before.
    if (
      verb === undefined &&
      named &&
      current !== undefined &&
      q.kind === 'number' &&
      q.unit !== undefined &&
      stop === ',' &&
      /(?:^|[\s,(])trong đó\s*$/iu.test(text.slice(Math.max(floor, stopAt - 12), stopAt))
    ) {
      const subject: Subject = {
        indicator: cleaned,
        path: [...(whole ?? current).path, cleaned],
        measure: current.measure,
      };
      emit(q, subject, current.measure, null, false);
      current = subject;
    }
  }
  return out;
}

/**
 * `688/4.100 đảng viên mới (đạt 16,8% kế hoạch)`: the words naming the thing counted (after the
 * figures, before the bracket), when a share of the plan follows in the bracket; else undefined.
 */
function fractionStatement(
  text: string,
  lower: string,
  q: StatementQuantity,
  next: StatementQuantity | undefined,
): { thing: string } | undefined {
  if (next === undefined || !isPercent(next)) return undefined;
  const between = text.slice(q.end, next.start);
  const match = /^([^,;:.()]{0,80})\(\s*(?:đạt|bằng)\s*$/iu.exec(between);
  if (match === null) return undefined;
  if (baseAfter(lower, next.end) !== 'plan') return undefined;
  const slash = text.indexOf('/', q.start);
  let digitsEnd = slash + 1;
  while (isDigitAt(text, digitsEnd) || '.,'.includes(text.charAt(digitsEnd))) digitsEnd++;
  const thing = `${text.slice(digitsEnd, q.end)}${match[1] ?? ''}`.replace(/\s+/g, ' ').trim();
  return thing === '' ? undefined : { thing };
}

/**
 * Every figure whose role a sentence states, in order, with offsets into `text` as given
 * (`text.slice(f.start, f.end) === f.raw`). `quantities`, when given, are `findQuantities(text)`
 * already found (they are found again for a text that is not NFC).
 */
export function findStatements(
  text: string,
  quantities?: readonly StatementQuantity[],
): StatementFigure[] {
  // Offsets of given quantities are into `text`: usable as they are when `text` is NFC already.
  if (quantities !== undefined && text.normalize('NFC') === text) {
    return scanStatements(text, lowerSameLength(text), quantities).map((figure) => ({
      ...figure,
      raw: text.slice(figure.start, figure.end),
    }));
  }
  return findInOriginal(text, (nfc, lower) => scanStatements(nfc, lower));
}
