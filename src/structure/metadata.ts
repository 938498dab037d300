/**
 * structure: the document's metadata, read from its head and foot, and those lines taken out of
 * the body (`file.data.metadata`, with the lines it was read from in `sources`).
 *
 * ```markdown
 * THÀNH ỦY HẢI PHÒNG                          ← issuer
 * ĐẢNG CỘNG SẢN VIỆT NAM                      ← party line: recognised, not kept
 * Số 45-BC/TU                                 ← documentNumber
 * Hải Phòng, ngày 15 tháng 4 năm 2023         ← place, issuedOn (2023-04-15)
 * BÁO CÁO                                     ← documentType
 * kết quả thực hiện nhiệm vụ quý I năm 2023   ← title; period 2023 Q1 read from it
 * …
 * Nơi nhận:                                   ← recipients: one per line, dash removed
 * - Ban Bí thư,
 * T/M BAN THƯỜNG VỤ / BÍ THƯ / Đỗ Mạnh Hiến   ← signer { role, name }
 * ```
 * The head may be plain lines, headings, bold lines, lines merged by the conversion
 * (`CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`, `SỞ … # BÁO CÁO`), an indented line remark
 * reads as code, or a two-column layout table (GFM pipe or pandoc grid, ./layout-table.ts) read
 * column by column. Only whole nodes are taken, and only when the head holds something no body
 * has (a number, a date line, the motto or a type line) or opens with a line that names an
 * issuing body (`ỦY BAN NHÂN DÂN TỈNH X`, `UBND TỈNH X` / `SỞ …`: src/vi issuerLine); capitals
 * alone may be a heading. A head of the issuer's name alone takes a summary under it only when
 * the summary says what it is (a type word, a period), so `KẾT QUẢ ĐẠT ĐƯỢC` there stays a
 * heading. A node the head does not know (an image, a stray line) is passed over and left in the
 * body, so metadata degrades field by field, never all at once. A missing value is null; an
 * issuer guessed from the archive line of the recipients (`Lưu Văn phòng Thành ủy`) is listed in
 * `inferred`.
 *
 * Diagnostics: `document-number-incomplete` (`Số:     /BC-SNNMT`, kept as written), and
 * `period-ambiguous` (a title naming two years as peers: `năm 2025 và năm 2026`, no period).
 */
import type { Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { sourcesOf } from '../mdast/data.js';
import { htmlBlockText, plainText } from '../mdast/plain-text.js';
import type { Metadata, Period } from '../schema/document.js';
import '../types/vfile-data.js';
import {
  archiveOffice,
  citesBasis,
  documentNumberLine,
  documentType,
  isCompleteNumber,
  isPersonName,
  isRecipientsHeading,
  isSeparatorLine,
  isSignatureMark,
  isSignerRole,
  issuerLine,
  leadingType,
  nationalLine,
  nationalLinePart,
  opensBody,
  placeAndDate,
  recipientFixedForms,
  splitHeaderLine,
  splitRecipientsRun,
  splitSideBySide,
  splitSignatureRun,
} from '../vi/document-parts.js';
import { leadingNumberingMarker } from '../vi/numbering.js';
import { mainPeriod, periodPeers, reportingPeriod } from '../vi/period.js';
import { startsLowercase } from '../vi/text.js';
import { appendixHeading } from './headings.js';
import { layoutColumns } from './layout-table.js';

const MAX_TITLE_LINES = 4;
/** The most characters a summary (trích yếu) runs to, over all its lines. */
const MAX_SUMMARY = 600;
/** Paragraphs after the head in which a period is looked for when the title names none. */
const OPENING_PARAGRAPHS = 3;
/** The most characters a node passed over in the head may hold: more is the body. */
const MAX_STRAY = 200;
/** How many nodes after a letter's head its report's head is looked for. */
const LETTER_REACH = 80;
/** How far from the start a type line is looked for. */
const HEAD_WINDOW = 12;

export default function metadata() {
  return (tree: Root, file: VFile): undefined => {
    const source = String(file);
    const nodes = tree.children;
    const letter = coverLetter(nodes, source);
    // A cover letter before the report: the report's own head and foot are the metadata.
    const own = letter ? nodes.slice(letter.end) : nodes;
    const head = letter?.report ?? readHead(own, source);
    const foot = readFoot(own, new Set(head.taken), source);
    const taken = new Set([...head.taken, ...foot.taken]);
    const body = own.filter((node) => !head.taken.includes(node));
    if (letter) {
      for (const node of nodes.slice(0, letter.end))
        node.data = { ...node.data, coverLetter: true };
      const first = sourcesOf(nodes[0] as RootContent)[0]?.startLine ?? 1;
      const last = sourcesOf(nodes[letter.end - 1] as RootContent).at(-1)?.endLine ?? first;
      file.message(
        `Lines ${first}–${last} are a cover letter${letter.number ? ` (${letter.number})` : ''} before the report; kept in the body, apart from the report's metadata`,
        { place: { line: first, column: 1 }, ruleId: 'cover-letter', source: 'baocao' },
      );
    }

    const fields: Metadata = {
      documentType: head.documentType,
      title: head.title,
      issuer: head.issuer,
      documentNumber: head.documentNumber,
      place: head.place,
      issuedOn: head.issuedOn,
      issuedYear: head.issuedYear,
      period: periodOf(head.title, body),
      signer: foot.signer,
      recipients: foot.recipients,
      inferred: [],
      sources: [...taken].flatMap(sourcesOf).sort((a, b) => a.startLine - b.startLine),
    };
    if (fields.issuer === null) {
      const guessed = issuerFromArchiveLine(fields.recipients);
      if (guessed) {
        fields.issuer = guessed;
        fields.inferred.push('issuer');
      }
    }
    const at = fields.sources[0];
    const place = at ? { line: at.startLine, column: 1 } : undefined;
    if (head.numberWritten !== null) {
      file.message(`The document number is incomplete as written: «${head.numberWritten}»`, {
        place: head.numberLine === null ? place : { line: head.numberLine, column: 1 },
        ruleId: 'document-number-incomplete',
        source: 'baocao',
      });
    }
    if (fields.period === null) {
      const peers = periodPeers(head.title ?? '');
      if (peers) {
        file.message(
          `The title names two periods as peers («${peers[0]}», «${peers[1]}»): no single reporting period`,
          { place, ruleId: 'period-ambiguous', source: 'baocao' },
        );
      }
    }
    file.data.metadata = fields;
    if (taken.size > 0) tree.children = nodes.filter((node) => !taken.has(node));
  };
}

interface Head {
  taken: RootContent[];
  /** It shows something no body has (a number, a date line, the motto, a type line, a `V/v`). */
  marked: boolean;
  documentType: string | null;
  title: string | null;
  issuer: string | null;
  documentNumber: string | null;
  /** The number line as written when the number in it is incomplete (`Số:     /BC-SNNMT`). */
  numberWritten: string | null;
  /** Where that line is. */
  numberLine: number | null;
  place: string | null;
  issuedOn: string | null;
  issuedYear: number | null;
}

const NO_HEAD: Head = {
  taken: [],
  marked: false,
  documentType: null,
  title: null,
  issuer: null,
  documentNumber: null,
  numberWritten: null,
  numberLine: null,
  place: null,
  issuedOn: null,
  issuedYear: null,
};

/** What the head has said so far, line by line. */
interface HeadDraft {
  documentType: string | null;
  documentNumber: string | null;
  numberWritten: string | null;
  numberLine: number | null;
  place: string | null;
  issuedOn: string | null;
  issuedYear: number | null;
  issuer: string[];
  title: string[];
  /** Something no body has was seen: a number, a date line, the motto, a type line. */
  distinctive: boolean;
  /** A type line stands among the first nodes. */
  typeAhead: boolean;
  /** A line only a head has (number, date, motto, type) stands before the first section. */
  markedAhead: boolean;
  /**
   * The head opens with its issuer's name (`ỦY BAN NHÂN DÂN TỈNH X`, `SỞ …`): a head even when
   * nothing else a head has is there.
   */
  named: boolean;
  /** The node being read reads as a summary as a whole (its lines may each be part of one). */
  summaryNode: boolean;
  /** The summary has ended: the next paragraph did not go on with its sentence. */
  titleClosed: boolean;
}

/**
 * The head: whole nodes from the start for as long as every line of each is a header line. A node
 * that is not (a stray code block, an image, a line the head does not know) is passed over and
 * left in the body while the head goes on after it; from such a node only the lines no body has
 * (a number, a date line, a type line) are read. So one odd line costs at most its own field.
 */
function readHead(nodes: readonly RootContent[], source: string): Head {
  let draft: HeadDraft = {
    documentType: null,
    documentNumber: null,
    numberWritten: null,
    numberLine: null,
    place: null,
    issuedOn: null,
    issuedYear: null,
    issuer: [],
    title: [],
    distinctive: false,
    typeAhead: typeLineAhead(nodes, source),
    markedAhead: markedLineAhead(nodes, source),
    named: false,
    summaryNode: false,
    titleClosed: false,
  };
  const taken: RootContent[] = [];
  // The start of a place the wrap left after the motto (`… Hạnh phúc Hà` / `Nội, ngày …`).
  let carried = '';
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index] as RootContent;
    let lines = headLines(node, source);
    if (lines && carried !== '') lines = [`${carried} ${lines[0] ?? ''}`, ...lines.slice(1)];
    carried = '';
    const next = nodes[index + 1];
    const cut = lines && next ? placeCutAfterMotto(lines, headLines(next, source)?.[0]) : undefined;
    if (lines && cut !== undefined) {
      carried = cut;
      lines = lines.slice(0, -1);
    }
    const trial = copy(draft);
    const whole = (lines ?? []).join(' ');
    trial.summaryNode = whole.length <= MAX_SUMMARY && summaryLike(whole);
    // A summary line goes on in the next paragraph only as a continuation of its sentence.
    const titleBefore = trial.title.at(-1);
    if (
      titleBefore !== undefined &&
      !/,$/.test(titleBefore) &&
      !startsLowercase(lines?.[0] ?? '')
    ) {
      trial.titleClosed = true;
    }
    if (lines?.every((line) => readHeadLine(line, trial))) {
      if (trial.numberWritten !== null && draft.numberWritten === null) {
        trial.numberLine = node.position?.start.line ?? null;
      }
      draft = trial;
      taken.push(node);
      continue;
    }
    if (index >= HEAD_WINDOW || opensSection(node)) break;
    const ownLines = (lines ?? []).some((line) => distinctiveLine(line, draft));
    // Only a short node is passed over: a paragraph of the body is no stray line.
    const short = (lines ?? []).join(' ').length <= MAX_STRAY;
    if (!ownLines && !(short && headAhead(nodes, index + 1, draft, source))) break;
    // A stray node inside the head, or a head with an odd line in it: its fields are read, line
    // by line, and the node is left in the body, where its odd line belongs.
    for (const line of lines ?? []) harvestHeadLine(line, draft);
  }
  if (!draft.distinctive && !draft.named) return NO_HEAD;
  const { documentType, documentNumber, place, issuedOn, issuer, title } = draft;
  return {
    taken,
    marked: draft.distinctive,
    documentType,
    documentNumber,
    numberWritten: draft.numberWritten,
    numberLine: draft.numberLine,
    place,
    issuedOn,
    issuedYear: draft.issuedYear,
    issuer: issuer.length > 0 ? issuer.join(' ') : null,
    title: title.length > 0 ? title.join(' ') : null,
  };
}

/**
 * Two documents in one file: a cover letter (công văn: its own number, a `V/v` subject or `Kính
 * gửi`, no type line) and then the report it sends, with a head of its own (a type line and a
 * number or date) before the report's first section. Where the report's head starts, and that
 * head; undefined when the file holds one document.
 */
function coverLetter(
  nodes: readonly RootContent[],
  source: string,
): { end: number; report: Head; number: string | null } | undefined {
  const first = readHead(nodes, source);
  // A head of the issuer's name alone is no letter: a letter has its number, date or subject.
  if (first.documentType !== null || !first.marked) return undefined;
  const from = nodes.indexOf(first.taken.at(-1) as RootContent) + 1;
  for (let start = from; start < Math.min(nodes.length, from + LETTER_REACH); start++) {
    const node = nodes[start] as RootContent;
    const lines = headLines(node, source) ?? [];
    const opensHead = lines.some(
      (line) => documentNumberLine(line) !== undefined || nationalLine(line) !== undefined,
    );
    // The letter's signature (`GIÁM ĐỐC`, a name) is in capitals too, but opens nothing.
    const issuerFirst =
      lines.length > 0 &&
      lines.every((line) => !/\p{Ll}/u.test(line)) &&
      signatureLines(node) === undefined;
    if (!opensHead && !issuerFirst) continue;
    const report = readHead(nodes.slice(start), source);
    const own = report.taken[0] === node;
    if (own && report.documentType !== null && (report.documentNumber ?? report.issuedOn)) {
      return { end: start, report, number: first.documentNumber };
    }
  }
  return undefined;
}

function copy(draft: HeadDraft): HeadDraft {
  return { ...draft, issuer: [...draft.issuer], title: [...draft.title] };
}

/** A node that starts the body's sections (`I. …`, `1. …`, `Điều 1.`) or the foot. */
function opensSection(node: RootContent): boolean {
  if (node.type === 'list') return node.ordered === true;
  if (node.type !== 'paragraph' && node.type !== 'heading') return false;
  const first = plainText(node).text.split('\n')[0] ?? '';
  return leadingNumberingMarker(first).ok || isRecipientsHeading(first);
}

/** Does a line only a head has (number, date, type, motto) come later, within the head's reach? */
function headAhead(
  nodes: readonly RootContent[],
  from: number,
  draft: HeadDraft,
  source: string,
): boolean {
  // A type line alone does not pull the head on: a body heading in capitals may start with one.
  const begun = draft.distinctive || draft.issuer.length > 0;
  for (const node of nodes.slice(from, HEAD_WINDOW)) {
    if (opensSection(node)) return false;
    const lines = headLines(node, source) ?? [];
    const ahead = lines.some(
      (line) => distinctiveLine(line, draft) && (begun || documentType(line) === undefined),
    );
    if (ahead) return true;
  }
  return false;
}

/** A line only a head has, of a field not yet read: a number, a place and date, a type, the motto. */
function distinctiveLine(line: string, draft: HeadDraft): boolean {
  return (
    (draft.documentNumber === null && documentNumberLine(line) !== undefined) ||
    (draft.issuedOn === null && draft.place === null && placeAndDate(line) !== undefined) ||
    (draft.documentType === null && documentType(line) !== undefined) ||
    nationalLine(line) !== undefined
  );
}

/**
 * A line of a node the head does not take: read into the draft when it is a header line, but an
 * issuer only in capitals (a lower-case line there is the odd line), and a summary no further
 * than the first line that is not one.
 */
function harvestHeadLine(line: string, draft: HeadDraft): void {
  const plainIssuer =
    draft.documentType === null && /\p{Ll}/u.test(line) && !distinctiveLine(line, draft);
  const trial = copy(draft);
  if (!plainIssuer && readHeadLine(line, trial)) Object.assign(draft, trial);
  else if (draft.title.length > 0) draft.titleClosed = true;
}

/** Whether a type line (`BÁO CÁO`) stands among the first nodes: then what precedes it is header. */
function typeLineAhead(nodes: readonly RootContent[], source: string): boolean {
  return nodes
    .slice(0, HEAD_WINDOW)
    .some((node) => headLines(node, source)?.some((line) => documentType(line) !== undefined));
}

/**
 * Whether a line only a head has (a number, a place and date, the motto, a type line) stands among
 * the first nodes, before the first section.
 */
function markedLineAhead(nodes: readonly RootContent[], source: string): boolean {
  for (const node of nodes.slice(0, HEAD_WINDOW)) {
    if (opensSection(node)) return false;
    const lines = headLines(node, source) ?? [];
    const marked = (line: string) =>
      nationalLine(line) !== undefined ||
      documentNumberLine(line) !== undefined ||
      placeAndDate(line) !== undefined ||
      documentType(line) !== undefined;
    if (lines.some(marked)) return true;
  }
  return false;
}

/** Notes that the head said something only a head says; true, for the line was read. */
function distinctive(draft: HeadDraft): true {
  draft.distinctive = true;
  return true;
}

/**
 * The first words of a place that the wrap left at the end of the motto's line, when the next
 * line goes on with the place and date: `Độc lập - Tự do - Hạnh phúc Hà` / `Nội, ngày 30 tháng 9
 * năm 2024` → `Hà`. Undefined for any other lines.
 */
function placeCutAfterMotto(
  lines: readonly string[],
  next: string | undefined,
): string | undefined {
  const tail = lines.at(-1) ?? '';
  if (next === undefined || lines.length < 2 || nationalLine(lines.at(-2) ?? '') !== 'motto')
    return undefined;
  if (!/^\p{Lu}[\p{Ll}\p{M}]*(?: \p{Lu}[\p{Ll}\p{M}]*){0,2}$/u.test(tail)) return undefined;
  if (placeAndDate(next) === undefined || placeAndDate(`${tail} ${next}`) === undefined)
    return undefined;
  return tail;
}

/** Reads one line into the draft; false when the line is not part of a header. */
function readHeadLine(line: string, draft: HeadDraft): boolean {
  if (line === '' || isSeparatorLine(line)) return true;
  if (nationalLine(line) || nationalLinePart(line)) return distinctive(draft);
  const number = documentNumberLine(line);
  if (number !== undefined && draft.documentNumber === null) {
    // A draft leaves the number blank (`Số:      /BC-UBND`): kept as written, said incomplete.
    draft.documentNumber = number;
    if (!isCompleteNumber(number)) draft.numberWritten = line.trim();
    return distinctive(draft);
  }
  const dated = placeAndDate(line);
  if (dated && draft.issuedOn === null && draft.place === null) {
    draft.place = dated.place;
    draft.issuedOn = dated.date;
    draft.issuedYear = dated.year;
    return distinctive(draft);
  }
  const subject = /^V\/v\s*(?::\s*)?(\S.*)$/iu.exec(line);
  if (subject?.[1] && draft.title.length === 0) {
    // Về việc: a letter's subject line, its title.
    draft.title.push(subject[1].trim());
    return distinctive(draft);
  }
  if (draft.documentType === null) {
    const type = documentType(line);
    if (type !== undefined) {
      draft.documentType = type;
      return distinctive(draft);
    }
    // A head of the issuer's name alone (no motto, number, date or type line: the converter
    // dropped them, or the office never wrote them): only its name's lines, then a summary.
    if (!draft.markedAhead && !draft.distinctive) return readNamedHeadLine(line, draft);
    // No type line in the head, and past the issuer, number and date: a summary there is the
    // title, not more of the issuer's name (`TÌNH HÌNH KINH TẾ - XÃ HỘI QUÝ I NĂM 2024`).
    const summary =
      !draft.typeAhead &&
      draft.distinctive &&
      draft.issuer.length > 0 &&
      issuerLine(line) === undefined &&
      (draft.title.length > 0 || draft.summaryNode || summaryLike(line));
    if (summary) return readTitleLine(line, draft);
    // Before the type line: the issuer (cơ quan ban hành), in capitals, or in any case when a
    // type line follows.
    // A line in lower case is the issuer only before the number, date and motto: after them it
    // is an odd line (`Tài liệu phục vụ kỳ họp`), and the issuer is written in capitals.
    // The issuer heads the left column, above the number and level with or above the date, in
    // whatever order a conversion reads the two columns: below those it is a seal's lettering.
    const issuerLike =
      draft.documentNumber === null &&
      draft.place === null &&
      ((draft.typeAhead && !draft.distinctive) || !/\p{Ll}/u.test(line)) &&
      line.length <= 80 &&
      // A sentence (`Tổng sản phẩm tăng 7,1%.`) is no issuer's name.
      !/[.;,]$/.test(line) &&
      !leadingNumberingMarker(line).ok;
    if (issuerLike) draft.issuer.push(line);
    return issuerLike;
  }
  return readTitleLine(line, draft);
}

/**
 * A line of a head that has only its issuer's name, and maybe a summary under it, before the
 * first section: `ỦY BAN NHÂN DÂN TỈNH X` (or `UBND TỈNH X` / `SỞ KẾ HOẠCH VÀ ĐẦU TƯ`, or `ỦY BAN
 * NHÂN DÂN` / `TỈNH X`), then a summary known by what a summary says, as no type line announces
 * it: the kind of document (`Báo cáo tình hình …`) or the period (`… QUÝ I NĂM 2024`). Any other
 * line ends the head: `KẾT QUẢ ĐẠT ĐƯỢC` in capitals there is a heading of the body.
 */
function readNamedHeadLine(line: string, draft: HeadDraft): boolean {
  if (draft.title.length > 0) return readTitleLine(line, draft);
  const issuer = issuerLine(line);
  if (issuer === 'body' || (issuer === 'unit' && draft.issuer.length > 0)) {
    if (draft.issuer.length === 0) draft.named = true;
    draft.issuer.push(line);
    return true;
  }
  if (!draft.named) return false;
  return (draft.summaryNode || summaryLike(line)) && readTitleLine(line, draft);
}

/**
 * A summary known by what it says, with no type line above it: it opens with the kind of document
 * (`Báo cáo tình hình …`) or names the period (`TÌNH HÌNH KINH TẾ - XÃ HỘI QUÝ I NĂM 2024`).
 */
function summaryLike(text: string): boolean {
  return leadingType(text) !== undefined || reportingPeriod(text) !== undefined;
}

/** After the type line: the summary (trích yếu), a few short lines that are not yet the body. */
function readTitleLine(line: string, draft: HeadDraft): boolean {
  const isTitle =
    !draft.titleClosed &&
    draft.title.length < MAX_TITLE_LINES &&
    line.length <= 300 &&
    !/[.:;]$/.test(line) &&
    !opensBody(line) &&
    !isRecipientsHeading(line) &&
    !leadingNumberingMarker(line).ok;
  if (isTitle) draft.title.push(line);
  return isTitle;
}

/** The lines of a node that may be part of a header; undefined for a node that cannot be. */
function headLines(node: RootContent, source: string): string[] | undefined {
  // A layout table (pipe or grid): issuer and number on the left, motto and date on the right.
  const columns = layoutColumns(node, source);
  if (columns !== undefined) return columns.flat().flatMap(splitHeaderLine);
  switch (node.type) {
    case 'paragraph':
    case 'heading':
      return plainText(node).text.split('\n').flatMap(splitHeaderLine);
    case 'html':
      // An HTML layout table's cells come as ` | ` in a row: each cell a line of the head.
      return htmlBlockText(node.value)
        .split('\n')
        .flatMap((line) => line.split(' | '))
        .flatMap(splitHeaderLine);
    case 'code':
      // A line indented by the converter (`        CỘNG HÒA …`) that remark reads as code.
      return node.value.split('\n').flatMap(splitHeaderLine);
    case 'thematicBreak':
      return [];
    default:
      return undefined;
  }
}

interface Foot {
  taken: RootContent[];
  recipients: string[];
  signer: Metadata['signer'];
}

/**
 * The foot: `Nơi nhận:` and its list, and the signature block (capacity lines, a signature mark,
 * the name) next to it, or at the end of the body when there is no recipients list.
 */
function readFoot(
  nodes: readonly RootContent[],
  headTaken: ReadonlySet<RootContent>,
  source: string,
): Foot {
  const foot: Foot = { taken: [], recipients: [], signer: null };
  const end = appendixStart(nodes);
  const at = nodes.findIndex((node, index) => index < end && recipientsHeading(node) !== undefined);

  const signature: string[] = [];
  const takeSignature = (from: number, step: 1 | -1, stop: number) => {
    for (let i = from; i !== stop && i >= 0 && i < nodes.length; i += step) {
      const node = nodes[i] as RootContent;
      const lines = headTaken.has(node) ? undefined : signatureLines(node);
      if (!lines) return;
      foot.taken.push(node);
      // Not spread as arguments: a foot of many lines would overflow the stack.
      if (step === 1) for (const line of lines) signature.push(line);
      else {
        const merged = lines.concat(signature);
        signature.length = 0;
        for (const line of merged) signature.push(line);
      }
    }
  };

  const table = nodes.findIndex(
    (node, index) => index < end && footTable(node, source) !== undefined,
  );
  if (table >= 0 && (at < 0 || table < at)) {
    // The usual two-column foot: recipients on the left, the signature on the right.
    const read = footTable(nodes[table] as RootContent, source);
    for (const recipient of read?.recipients ?? []) foot.recipients.push(recipient);
    for (const line of read?.signature ?? []) signature.push(line);
    foot.taken.push(nodes[table] as RootContent);
    takeSignature(table + 1, 1, end);
  } else if (at >= 0) {
    const heading = nodes[at] as RootContent;
    foot.taken.push(heading);
    const read = recipientsHeading(heading);
    for (const recipient of read?.recipients ?? []) foot.recipients.push(recipient);
    const beside = [...(read?.signature ?? [])];
    let next = at + 1;
    // A page break in the foot: the notes of the page end stand between its parts.
    const pastNotes = () => {
      while (nodes[next]?.type === 'footnoteDefinition') next++;
    };
    pastNotes();
    // The signature's first lines before the list (the right column printed first, or the foot cut
    // by a page end: `Nơi nhận:` / `GIÁM ĐỐC`, the notes, then the list and the name).
    const before = next;
    const lines: string[] = [];
    while (next < end && !headTaken.has(nodes[next] as RootContent)) {
      const read = signatureLines(nodes[next] as RootContent);
      if (!read) break;
      for (const line of read) lines.push(line);
      next++;
      pastNotes();
    }
    if (nodes[next]?.type === 'list' && lines.length > 0) {
      for (const line of lines) beside.push(line);
      for (let k = before; k < next; k++) {
        const node = nodes[k] as RootContent;
        if (node.type !== 'footnoteDefinition') foot.taken.push(node);
      }
    } else next = before;
    const list = nodes[next];
    // The last item's text as written: whether it ended (`;`, `.`) or a wrap cut it.
    let lastItem = '';
    if (list?.type === 'list') {
      for (const item of list.children) {
        lastItem = item.children
          .map((child) => plainText(child).text)
          .join('\n')
          .trim();
        const read = recipientItem(lastItem);
        foot.recipients.push(read.recipient);
        for (const line of read.signature) beside.push(line);
      }
      foot.taken.push(list);
      next++;
      pastNotes();
    }
    // The two columns a converter wrote a cell at a time, row by row (mammoth writes a table's cells
    // as paragraphs): a recipient (`- Văn phòng Chính phủ;`) and a signature line take turns.
    for (; next < end; next++) {
      const node = nodes[next] as RootContent;
      const text = node.type === 'paragraph' ? plainText(node).text.trim() : '';
      if (headTaken.has(node)) break;
      const last = foot.recipients.length - 1;
      if (/^[-–+•]\s*\S[^\n]*$/u.test(text)) {
        foot.recipients.push(recipientItem(text.slice(1)).recipient);
        lastItem = text;
      }
      // A recipient a narrow column wrapped (`- TT Huyện ủy, HĐND, UBND huyện` / `Đức Trọng
      // (b/c);`): its rest, ended as an item ends, and the list going on after it.
      else if (
        last >= 0 &&
        !/[;.]$/u.test(lastItem) &&
        node.type === 'paragraph' &&
        /[;.]$/u.test(text) &&
        !text.includes('\n')
      ) {
        foot.recipients[last] = `${foot.recipients[last]} ${recipientItem(text).recipient}`;
        lastItem = text;
      } else if (node.type === 'list' && /[;.]$/u.test(lastItem)) {
        for (const item of node.children) {
          lastItem = item.children.map((child) => plainText(child).text).join('\n');
          const read = recipientItem(lastItem);
          foot.recipients.push(read.recipient);
          for (const line of read.signature) beside.push(line);
        }
      } else if (
        signatureLines(node)?.length === 1 &&
        nodes[next + 1] !== undefined &&
        isRecipientLine(nodes[next + 1] as RootContent)
      ) {
        for (const line of signatureLines(node) ?? []) beside.push(line);
      } else break;
      foot.taken.push(node);
    }
    for (const line of beside) signature.push(line);
    takeSignature(at - 1, -1, -1);
    takeSignature(next, 1, end);
  } else {
    takeSignature(end - 1, -1, -1);
  }

  const roles = signature.filter(isSignerRole);
  const name = signature.filter(isPersonName).at(-1) ?? null;
  // Capacity lines as written, one per line: `KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH`.
  if (roles.length > 0 || name !== null) foot.signer = { name, role: roles.join('\n') || null };
  else foot.taken = foot.taken.filter((node) => !isSignatureNode(node));
  return foot;
}

/**
 * A layout table (pipe or grid) with `Nơi nhận:` in a column: the recipients are that column's
 * lines under it, the signature the other columns' lines, read column by column, so rows that
 * interleave the two (`- Lưu VP.` beside `BÍ THƯ`) come apart.
 */
function footTable(
  node: RootContent,
  source: string,
): { recipients: string[]; signature: string[] } | undefined {
  const columns = layoutColumns(node, source)?.map((lines) =>
    lines.flatMap(splitRecipientsRun).flatMap(splitSignatureRun),
  );
  if (columns === undefined) return undefined;
  const at = columns.findIndex((lines) => lines.some(isRecipientsHeading));
  if (at < 0) return undefined;
  const column = columns[at] ?? [];
  const heading = column.findIndex(isRecipientsHeading);
  const recipients = column
    .slice(heading + 1)
    .map(cleanRecipient)
    .filter((line) => line !== '');
  const signature = columns.filter((_, i) => i !== at).flat();
  return { recipients, signature };
}

/**
 * The reporting period: named in the title, or else in one of the first paragraphs
 * (`Tình hình kinh tế - xã hội 6 tháng đầu năm 2024 …`), not a legal basis (`Căn cứ Luật … ngày
 * 19 tháng 6 năm 2015`) nor a section heading. A title naming two periods as peers (`năm 2025 và
 * năm 2026`) has none, and no paragraph is asked instead.
 */
function periodOf(title: string | null, body: readonly RootContent[]): Period | null {
  const fromTitle = title === null ? undefined : reportingPeriod(title);
  if (fromTitle) return fromTitle;
  if (title !== null && periodPeers(title)) return null;
  const opening = body
    .filter((node) => node.type === 'paragraph')
    .slice(0, OPENING_PARAGRAPHS)
    .map((node) => plainText(node).text)
    .filter((text) => !citesBasis(text) && !leadingNumberingMarker(text).ok);
  for (const text of opening) {
    const period = mainPeriod(text);
    if (period) return period;
  }
  return null;
}

/** The recipients on the `Nơi nhận:` line's own paragraph, or undefined for another node. */
function recipientsHeading(
  node: RootContent,
): { recipients: string[]; signature: string[] } | undefined {
  if (node.type !== 'paragraph') return undefined;
  const recipients: string[] = [];
  const signature: string[] = [];
  const lines = plainText(node).text.split('\n').flatMap(splitRecipientsRun);
  for (const line of lines) {
    const [left = '', right] = splitSideBySide(line);
    if (right !== undefined) signature.push(right);
    if (line === lines[0]) {
      if (!isRecipientsHeading(left)) return undefined;
    } else if (cleanRecipient(left) !== '') recipients.push(cleanRecipient(left));
  }
  return { recipients, signature };
}

/**
 * One recipient item, with what a side-by-side layout put beside or under it: `- Như trên;` and
 * `CHÁNH VĂN PHÒNG` on one line are a recipient and a capacity; a later line that is all
 * signature (`(Đã ký)`, an indented name) is the signature's; any other goes on with the recipient.
 */
function recipientItem(text: string): { recipient: string; signature: string[] } {
  const parts: string[] = [];
  const signature: string[] = [];
  for (const line of text.split('\n').map((part) => part.trim())) {
    if (line === '') continue;
    const [left = '', right] = splitSideBySide(line);
    if (right !== undefined) signature.push(right);
    if (parts.length > 0 && right === undefined && isSignatureLine(left)) signature.push(left);
    else parts.push(left);
  }
  return { recipient: cleanRecipient(parts.join(' ')), signature };
}

/** A paragraph of one recipient as a dash item (`- Lưu: VT, TH.`), written as text. */
function isRecipientLine(node: RootContent): boolean {
  return node.type === 'paragraph' && /^[-–+•]\s*\S[^\n]*$/u.test(plainText(node).text.trim());
}

function isSignatureLine(line: string): boolean {
  return isSignerRole(line) || isSignatureMark(line) || isPersonName(line);
}

/**
 * The run of spaces and punctuation that ends a line. The look-behind starts a match only where a
 * run starts: without it, every place inside a long run that does not end the line is tried again.
 */
const trailingPunctuation = /(?<![\s,;.])[\s,;.]+$/;

/** `- Ban Bí thư "để báo cáo",` → `Ban Bí thư "để báo cáo"`. */
function cleanRecipient(line: string): string {
  return recipientFixedForms(line.replace(/^\s*[-–+•]\s*/, '').replace(trailingPunctuation, ''));
}

/** The lines of a node that is all signature: capacity, signature mark or name. */
function signatureLines(node: RootContent): string[] | undefined {
  // A name indented far to the right, as a text conversion keeps it, is code to remark.
  const text =
    node.type === 'code'
      ? node.value
      : node.type === 'paragraph' || node.type === 'heading'
        ? plainText(node).text
        : undefined;
  if (text === undefined) return undefined;
  const lines = text.split('\n').map((line) => line.trim());
  const isSignature = (line: string) =>
    line === '' || isSignerRole(line) || isSignatureMark(line) || isPersonName(line);
  return lines.every(isSignature) ? lines.filter((line) => line !== '') : undefined;
}

function isSignatureNode(node: RootContent): boolean {
  return signatureLines(node) !== undefined;
}

function appendixStart(nodes: readonly RootContent[]): number {
  const at = nodes.findIndex((node) => appendixHeading(node) !== undefined);
  return at < 0 ? nodes.length : at;
}

/** `Lưu Văn phòng Thành ủy` (archived by the office of the issuer) → `Thành ủy`. */
function issuerFromArchiveLine(recipients: readonly string[]): string | null {
  for (const line of recipients) {
    const office = archiveOffice(line);
    if (office) return office;
  }
  return null;
}
