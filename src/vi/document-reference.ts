/**
 * References to other documents: `Nghị quyết số 12-NQ/TW, ngày 16/3/2022 của Bộ Chính trị` →
 * kind, number, code, date, issuer. Party documents number as `12-NQ/TW` (number-kind/issuer),
 * state documents as `323/QĐ-TTg`, `14/NQ-CP` or `30/2020/NĐ-CP` (number/year/kind-issuer).
 *
 *   parseDocumentReference('Nghị quyết số 12-NQ/TW, ngày 16/3/2022 của Bộ Chính trị')
 *     → { kind: 'resolution', number: 12, code: '12-NQ/TW', typeCode: 'NQ', issuerCode: 'TW',
 *         date: '2022-03-16', year: 2022, issuer: 'Bộ Chính trị', raw, start: 0, end: 55 }
 *   parseDocumentReference('Nghị định 30/2020/NĐ-CP')   → { kind: 'decree', number: 30, year: 2020, issuerCode: 'CP', … }
 *   parseDocumentReference('Văn bản số 3454/VPCP-CN')   → { kind: 'official-letter', issuerCode: 'VPCP', unitCode: 'CN', … }
 *   parseDocumentReference('Chi thị 31-CT/TU')          → { kind: 'directive', … }   (OCR slip for Chỉ thị)
 *   findDocumentReferences('(Đoàn 914-QĐ/TU, ngày 15/02/2023)') → a bare code: kind from `QĐ`
 *   parseDocumentReference('Quyết định kỷ luật số 15-QĐ/UBKTTU') → { kind: 'decision', … }
 *       (a known abbreviation decides the kind; the words before only extend `raw` back over the
 *       kind phrase, here past `kỷ luật`, whose `luật` is no law)
 *   parseDocumentReference('Thông báo kết luận số 45-TB/TU')    → { kind: 'notice', … }
 */

import type { z } from 'zod';
import type { DocumentKindSchema } from '../schema/document.js';
import {
  digitsEnd,
  foldSameLength,
  isAlnumAt,
  isInlineSpace,
  isLetterAt,
  isUpperAt,
  letterRunEnd,
  lowerSameLength,
  phraseAt,
  phraseBefore,
  previousWord,
  skipInlineSpaces,
} from './chars.js';
import { readDateAt, startsFreeNumber } from './date.js';
import { findInOriginal } from './nfc.js';
import { fail, ok, quote, type Result } from './result.js';

/** The kinds, named once in the schema (`DocumentKindSchema`). */
export type DocumentKind = z.infer<typeof DocumentKindSchema>;

export interface DocumentKindInfo {
  kind: DocumentKind;
  /** The Vietnamese name as written in a reference. */
  name: string;
  /** Other names for the same kind. */
  aliases: readonly string[];
  /** Abbreviation in document codes (ký hiệu), if the kind has one. */
  abbreviation?: string;
  /** Whose codes use it: party (`12-NQ/TW`), state (`14/NQ-CP`) or both. */
  system: 'party' | 'state' | 'both';
}

/** DOMAIN.md §4, plus the state kinds reports cite (Nghị định, Thông tư, Luật …). */
export const DOCUMENT_KINDS: readonly DocumentKindInfo[] = [
  { kind: 'resolution', name: 'Nghị quyết', aliases: [], abbreviation: 'NQ', system: 'both' },
  { kind: 'decision', name: 'Quyết định', aliases: [], abbreviation: 'QĐ', system: 'both' },
  { kind: 'directive', name: 'Chỉ thị', aliases: [], abbreviation: 'CT', system: 'both' },
  { kind: 'conclusion', name: 'Kết luận', aliases: [], abbreviation: 'KL', system: 'both' },
  { kind: 'regulation', name: 'Quy định', aliases: [], abbreviation: 'QĐi', system: 'party' },
  { kind: 'instruction', name: 'Thông tri', aliases: [], abbreviation: 'TT', system: 'party' },
  {
    kind: 'program',
    name: 'Chương trình hành động',
    aliases: ['Chương trình'],
    abbreviation: 'CTr',
    system: 'both',
  },
  { kind: 'plan', name: 'Kế hoạch', aliases: [], abbreviation: 'KH', system: 'both' },
  { kind: 'report', name: 'Báo cáo', aliases: [], abbreviation: 'BC', system: 'both' },
  { kind: 'notice', name: 'Thông báo', aliases: [], abbreviation: 'TB', system: 'both' },
  {
    kind: 'official-letter',
    name: 'Công văn',
    aliases: ['Văn bản'],
    abbreviation: 'CV',
    system: 'both',
  },
  { kind: 'guidance', name: 'Hướng dẫn', aliases: [], abbreviation: 'HD', system: 'both' },
  { kind: 'scheme', name: 'Đề án', aliases: [], abbreviation: 'ĐA', system: 'both' },
  { kind: 'submission', name: 'Tờ trình', aliases: [], abbreviation: 'TTr', system: 'both' },
  { kind: 'decree', name: 'Nghị định', aliases: [], abbreviation: 'NĐ', system: 'state' },
  { kind: 'circular', name: 'Thông tư', aliases: [], abbreviation: 'TT', system: 'state' },
  {
    kind: 'joint-circular',
    name: 'Thông tư liên tịch',
    aliases: [],
    abbreviation: 'TTLT',
    system: 'state',
  },
  {
    kind: 'joint-resolution',
    name: 'Nghị quyết liên tịch',
    aliases: [],
    abbreviation: 'NQLT',
    system: 'both',
  },
  { kind: 'telegram', name: 'Công điện', aliases: [], abbreviation: 'CĐ', system: 'state' },
  { kind: 'rules', name: 'Quy chế', aliases: [], abbreviation: 'QC', system: 'both' },
  { kind: 'law', name: 'Luật', aliases: [], system: 'state' },
];

/** Party and state codes read `TT` differently: Thông tri (party), Thông tư (state). */
const PARTY_ABBREVIATIONS = new Map<string, DocumentKind>();
const STATE_ABBREVIATIONS = new Map<string, DocumentKind>();
for (const info of DOCUMENT_KINDS) {
  if (info.abbreviation === undefined) continue;
  if (info.system !== 'state') PARTY_ABBREVIATIONS.set(info.abbreviation, info.kind);
  if (info.system !== 'party') STATE_ABBREVIATIONS.set(info.abbreviation, info.kind);
}
// Codes typed without the Vietnamese Đ.
for (const [plain, kind] of [
  ['QD', 'decision'],
  ['QDi', 'regulation'],
  ['ND', 'decree'],
  ['DA', 'scheme'],
] as const) {
  if (kind !== 'decree') PARTY_ABBREVIATIONS.set(plain, kind);
  if (kind !== 'regulation') STATE_ABBREVIATIONS.set(plain, kind);
}

/**
 * Whether a line that ends `before` and the next that starts `after` cut a document's code at one
 * of its hyphens (`… Kết luận số 21-` / `KL/TW, ngày …`, `Báo cáo số 412/BC-` / `CTK`): the code
 * goes on with no space, where prose wrapped after a dash (`kinh tế -` / `xã hội`, `2023 -` /
 * `2025`) keeps one. The hyphen stands right after the number or the type's capitals, and the rest
 * starts with capitals that end at `/`, `-`, a mark or the word's end.
 *
 *   codeCutAtHyphen('Kết luận số 21-', 'KL/TW, ngày') → true
 *   codeCutAtHyphen('số 412/BC-', 'CTK ngày')        → true
 *   codeCutAtHyphen('kinh tế -', 'xã hội')            → false
 */
export function codeCutAtHyphen(before: string, after: string): boolean {
  return (
    /(?:^|\s)(?:\d{1,5}|\d{1,5}\/(?:\d{4}\/)?\p{Lu}{1,8})-$/u.test(before) &&
    /^\p{Lu}{1,10}(?=[/\-,.;:)]|\s|$)/u.test(after)
  );
}

/** The kind an abbreviation stands for in a party or a state code (`TT` differs). */
export function kindOfAbbreviation(
  abbreviation: string,
  system: 'party' | 'state',
): DocumentKind | undefined {
  return (system === 'party' ? PARTY_ABBREVIATIONS : STATE_ABBREVIATIONS).get(abbreviation);
}

/** The code abbreviation of a kind (`resolution` → `NQ`); undefined for kinds without one. */
export function abbreviationOfKind(kind: DocumentKind): string | undefined {
  return DOCUMENT_KINDS.find((info) => info.kind === kind)?.abbreviation;
}

/** Kind names folded (no diacritics, lower case), longest first so `chuong trinh hanh dong` wins. */
const FOLDED_NAMES: ReadonlyArray<readonly [string, DocumentKind]> = DOCUMENT_KINDS.flatMap(
  (info) => [info.name, ...info.aliases].map((name) => [foldSameLength(name), info.kind] as const),
).sort((a, b) => b[0].length - a[0].length);

export interface DocumentReference {
  kind: DocumentKind;
  /** The number (số) of the document: `08-TT/TU` → 8. */
  number: number;
  /** The full code (số ký hiệu) as written: `12-NQ/TW`, `30/2020/NĐ-CP`. */
  code: string;
  /** The kind abbreviation in the code: `NQ`, `QĐ`, `QĐi` … */
  typeCode?: string;
  /** The issuer in the code: `TW`, `TU`, `TTg`, `CP`, `VPCP`. */
  issuerCode: string;
  /** The issuing unit after the issuer in an official letter's code: `3454/VPCP-CN` → `CN`. */
  unitCode?: string;
  /** The year: from a state code (`30/2020/NĐ-CP`), else from the date. */
  year?: number;
  /** ISO date of issue when the reference gives one (`ngày 16/3/2022`). */
  date?: string;
  /** The issuing body after `của`: `Bộ Chính trị`, `Ban Thường vụ Thành ủy`. */
  issuer?: string;
  raw: string;
  start: number;
  end: number;
}

interface Code {
  number: number;
  code: string;
  typeCode?: string;
  issuerCode: string;
  unitCode?: string;
  year?: number;
  system: 'party' | 'state';
  end: number;
}

/** A code word: an upper-case letter, then letters and digits (`NQ`, `QĐi`, `TTg`, `QH14`). */
function codeWordEnd(text: string, index: number): number {
  if (!isUpperAt(text, index)) return -1;
  let i = index + 1;
  while (isAlnumAt(text, i)) i++;
  return i;
}

/** Code words joined by hyphens: `UBND`, `BTC-BYT`. */
function hyphenatedEnd(text: string, index: number): number {
  let end = codeWordEnd(text, index);
  while (end > 0 && text.charAt(end) === '-') {
    const next = codeWordEnd(text, end + 1);
    if (next < 0) break;
    end = next;
  }
  return end;
}

/** A code with its digits at `index`: `12-NQ/TW`, `323/QĐ-TTg`, `30/2020/NĐ-CP`, `3454/VPCP-CN`. */
function readCodeAt(text: string, index: number): Code | undefined {
  const numberEnd = digitsEnd(text, index);
  if (numberEnd - index > 7) return undefined;
  const number = Number(text.slice(index, numberEnd));
  const separator = text.charAt(numberEnd);
  if (separator === '-') {
    const typeEnd = codeWordEnd(text, numberEnd + 1);
    if (typeEnd < 0 || text.charAt(typeEnd) !== '/') return undefined;
    const issuerEnd = hyphenatedEnd(text, typeEnd + 1);
    if (issuerEnd < 0 || isAlnumAt(text, issuerEnd)) return undefined;
    return {
      number,
      code: text.slice(index, issuerEnd),
      typeCode: text.slice(numberEnd + 1, typeEnd),
      issuerCode: text.slice(typeEnd + 1, issuerEnd),
      system: 'party',
      end: issuerEnd,
    };
  }
  if (separator !== '/') return undefined;
  let at = numberEnd + 1;
  let year: number | undefined;
  const yearEnd = digitsEnd(text, at);
  if (yearEnd - at === 4 && text.charAt(yearEnd) === '/') {
    year = Number(text.slice(at, yearEnd));
    at = yearEnd + 1;
  }
  const firstEnd = codeWordEnd(text, at);
  if (firstEnd < 0) return undefined;
  const first = text.slice(at, firstEnd);
  let restEnd = firstEnd;
  if (text.charAt(firstEnd) === '-') restEnd = hyphenatedEnd(text, firstEnd + 1);
  if (restEnd < 0) restEnd = firstEnd;
  if (isAlnumAt(text, restEnd)) return undefined;
  const rest = restEnd > firstEnd ? text.slice(firstEnd + 1, restEnd) : '';
  const code: Code = {
    number,
    code: text.slice(index, restEnd),
    issuerCode: first,
    system: 'state',
    end: restEnd,
  };
  if (year !== undefined) code.year = year;
  if (rest !== '' && kindOfAbbreviation(first, 'state') !== undefined) {
    code.typeCode = first;
    code.issuerCode = rest;
  } else if (rest !== '') {
    code.unitCode = rest;
  }
  return code;
}

/**
 * Kinds a known abbreviation may stand for. `QĐ` is also written for Quy định (the report writes
 * `Quy định số 902-QĐ/TU`), so there the kind word picks between decision and regulation.
 */
const ALSO_WRITTEN_AS: ReadonlyMap<DocumentKind, readonly DocumentKind[]> = new Map([
  ['decision', ['regulation']],
]);

function kindsOf(kind: DocumentKind): ReadonlySet<DocumentKind> {
  return new Set([kind, ...(ALSO_WRITTEN_AS.get(kind) ?? [])]);
}

/** Words a qualifier between a kind and its code may have: `Quyết định kỷ luật số 15-QĐ/…`. */
const MAX_QUALIFIER_WORDS = 4;

/**
 * The kind name (folded) ending at `end` of `folded`, the lower-cased window of `text` starting at
 * `windowStart`, among `allowed` kinds when given: [kind, start in text], or undefined.
 */
function nameEndingAt(
  text: string,
  folded: string,
  windowStart: number,
  end: number,
  allowed: ReadonlySet<DocumentKind> | undefined,
): readonly [DocumentKind, number] | undefined {
  for (const [name, kind] of FOLDED_NAMES) {
    if (allowed !== undefined && !allowed.has(kind)) continue;
    const start = phraseBefore(folded, end, name);
    if (start < 0 || (start === 0 && isLetterAt(text, windowStart - 1))) continue;
    return [kind, windowStart + start];
  }
  return undefined;
}

/**
 * The kind phrase before a code (`Nghị quyết số`, `Chi thị`, `Quyết định kỷ luật số`):
 * [kind, start], or undefined. Without `allowed` (a code whose abbreviation names no kind, such as
 * `3454/VPCP-CN`) the kind word must come right before the code (or its `số`). With `allowed` (the
 * kinds the code's abbreviation names) only those kinds count, and up to four qualifier words may
 * stand between the kind and the code.
 */
function kindBefore(
  text: string,
  codeStart: number,
  floor: number,
  allowed: ReadonlySet<DocumentKind> | undefined,
): readonly [DocumentKind, number] | undefined {
  const windowStart = Math.max(floor, codeStart - 64);
  const folded = foldSameLength(text.slice(windowStart, codeStart));
  const spacesBefore = (end: number): number => {
    let i = end;
    while (i > 0 && isInlineSpace(folded.charCodeAt(i - 1))) i--;
    return i;
  };
  let p = spacesBefore(folded.length);
  if (folded.charAt(p - 1) === ':') p = spacesBefore(p - 1);
  // optional `số` (number)
  const so = phraseBefore(folded, p, 'so');
  if (so >= 0 && spacesBefore(so) < so) p = spacesBefore(so);
  const named = nameEndingAt(text, folded, windowStart, p, allowed);
  if (named !== undefined || allowed === undefined) return named;
  let end = p;
  for (let words = 0; words < MAX_QUALIFIER_WORDS; words++) {
    const word = previousWord(folded, end, 0, false);
    if (word === undefined || word.end !== end) return undefined;
    const next = spacesBefore(word.start);
    if (next === word.start) return undefined;
    const found = nameEndingAt(text, folded, windowStart, next, allowed);
    if (found !== undefined) return found;
    end = next;
  }
  return undefined;
}

const ISSUER_STOP = new Set([
  'về',
  'khóa',
  'khoá',
  'năm',
  'và',
  'tại',
  'trong',
  'theo',
  'đối',
  'với',
  'đến',
  'nhằm',
  'để',
  'cho',
  'thực',
  'lãnh',
  'ngày',
  'số',
]);

/** Lower-case words that continue an issuer after another lower-case word (`nhân dân thành phố`). */
const ISSUER_CONTINUES = new Set([
  'thành',
  'phố',
  'tỉnh',
  'huyện',
  'quận',
  'thị',
  'xã',
  'trấn',
  'phường',
  'nhân',
  'dân',
  'trung',
  'ương',
]);

/** The issuing body starting at `index`: capitalised words and the lower-case words of names. */
function issuerEnd(text: string, index: number): number {
  if (!isUpperAt(text, index)) return -1;
  let end = -1;
  let at = index;
  let previousUpper = true;
  for (let count = 0; count < 12; count++) {
    if (!isLetterAt(text, at)) break;
    const wordEnd = letterRunEnd(text, at);
    const upper = isUpperAt(text, at);
    const word = text.slice(at, wordEnd).toLowerCase();
    if (!upper) {
      if (ISSUER_STOP.has(word)) break;
      if (!previousUpper && !ISSUER_CONTINUES.has(word)) break;
    }
    end = wordEnd;
    previousUpper = upper;
    const next = skipInlineSpaces(text, wordEnd);
    if (next === wordEnd) break;
    at = next;
  }
  return end;
}

/** References in NFC `text` (`lower` is its lower case), in order; shared with findQuantities. */
export function scanDocumentReferences(text: string, lower: string): DocumentReference[] {
  const found: DocumentReference[] = [];
  let floor = 0;
  let i = 0;
  while (i < text.length) {
    if (!startsFreeNumber(text, i)) {
      i++;
      continue;
    }
    const code = readCodeAt(text, i);
    if (code === undefined) {
      i = digitsEnd(text, i);
      continue;
    }
    // A known abbreviation decides the kind; the words before pick among the kinds it names.
    const codeKind =
      code.typeCode === undefined ? undefined : kindOfAbbreviation(code.typeCode, code.system);
    const before = kindBefore(
      text,
      i,
      floor,
      codeKind === undefined ? undefined : kindsOf(codeKind),
    );
    const kind = before?.[0] ?? codeKind;
    if (kind === undefined) {
      i = code.end;
      continue;
    }
    const reference: DocumentReference = {
      kind,
      number: code.number,
      code: code.code,
      issuerCode: code.issuerCode,
      raw: '',
      start: before?.[1] ?? i,
      end: code.end,
    };
    if (code.typeCode !== undefined) reference.typeCode = code.typeCode;
    if (code.unitCode !== undefined) reference.unitCode = code.unitCode;
    if (code.year !== undefined) reference.year = code.year;

    // `, ngày 16/3/2022` then `của Bộ Chính trị`
    let at = reference.end;
    const afterComma = (from: number) =>
      skipInlineSpaces(text, text.charAt(from) === ',' ? from + 1 : from);
    const dateAt = afterComma(at);
    if (dateAt > at || text.charAt(at) === ',') {
      const date = readDateAt(text, lower, dateAt);
      if (date?.ok && phraseAt(lower, dateAt, 'ngày') >= 0) {
        reference.date = date.date;
        reference.year ??= date.year;
        at = date.end;
      }
    }
    const cuaAt = afterComma(at);
    const afterCua = cuaAt > at ? phraseAt(lower, cuaAt, 'của') : -1;
    if (afterCua >= 0) {
      const issuerAt = skipInlineSpaces(text, afterCua);
      const end = issuerAt > afterCua ? issuerEnd(text, issuerAt) : -1;
      if (end > 0) {
        reference.issuer = text.slice(issuerAt, end);
        at = end;
      }
    }
    reference.end = at;
    reference.raw = text.slice(reference.start, reference.end);
    found.push(reference);
    floor = at;
    i = at;
  }
  return found;
}

/**
 * Every document reference in a text: a kind word and a code (`Nghị quyết số 12-NQ/TW`), or a bare
 * code whose abbreviation names the kind (`914-QĐ/TU`), with the date and issuer that follow.
 * Offsets are into `text` as given: `text.slice(r.start, r.end) === r.raw`.
 */
export function findDocumentReferences(text: string): DocumentReference[] {
  return findInOriginal(text, scanDocumentReferences);
}

/** One reference, the whole text (surrounding spaces aside); offsets are into the trimmed text. */
export function parseDocumentReference(text: string): Result<DocumentReference> {
  const trimmed = text.normalize('NFC').trim();
  const [first] = scanDocumentReferences(trimmed, lowerSameLength(trimmed));
  if (first === undefined) {
    return fail(`${quote(text)} has no document code (expected e.g. 12-NQ/TW or 323/QĐ-TTg)`);
  }
  if (first.start !== 0) return fail(`${quote(text)} has text before the reference`);
  if (first.end !== trimmed.length) return fail(`${quote(text)} has text after the reference`);
  return ok(first);
}
