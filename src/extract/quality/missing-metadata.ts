/**
 * metadata-unread: the head of the document shows a field (an issuer's name or the motto beside
 * it, `Số: …`, a dated place line, the type word) or its foot does (`Nơi nhận:`, a signer's capacity), and the
 * metadata holds nothing for it. One finding per field, at the line that shows it.
 *
 * ok:
 * ```markdown
 * THÀNH ỦY HẢI PHÒNG
 *
 * Số 45-BC/TU
 *
 * BÁO CÁO
 * ```
 *
 * not-ok (`metadata-unread` at line 1: issuer, number and date in a quoted block):
 * ```markdown
 * > THÀNH ỦY HẢI PHÒNG        ĐẢNG CỘNG SẢN VIỆT NAM
 * > Số 45-BC/TU               Hải Phòng, ngày 15 tháng 4 năm 2023
 *
 * BÁO CÁO
 * ```
 */
import { SOURCE_MARKUP } from '../../mdast/plain-text.js';
import type { Metadata } from '../../schema/document.js';
import { eachSection } from '../../structure/walk.js';
import { type HeadField, headFields } from '../../vi/document-parts.js';
import { hasWords } from '../../vi/text.js';
import type { Finding, QualityRule } from './rule.js';

/** Lines with words at the top of a document that hold its header, and at the bottom its foot. */
const HEAD_LINES = 15;
const FOOT_LINES = 40;
const HEAD: readonly HeadField[] = ['issuer', 'documentNumber', 'issuedOn', 'documentType'];
const FOOT: readonly HeadField[] = ['recipients', 'signer'];
/** A header's line, even two columns side by side, is shorter than this. */
const MAX_HEAD_LINE = 200;

const NAMES: Record<HeadField, string> = {
  issuer: 'the issuer (its name, or the national motto beside it)',
  documentNumber: 'the document number',
  issuedOn: 'the date of issue',
  documentType: 'the document type',
  recipients: 'the recipients (Nơi nhận)',
  signer: 'the signer',
};

function isRead(metadata: Metadata, field: HeadField): boolean {
  if (field === 'recipients') return metadata.recipients.length > 0;
  if (field === 'signer') return metadata.signer !== null;
  return metadata[field] !== null;
}

/** A source line with markdown's own marks taken off: tags, emphasis, heading and quote marks, escapes. */
function bare(line: string): string {
  return line
    .replace(SOURCE_MARKUP, ' ')
    .replace(/\\(?=[\p{P}\p{S}])/gu, '')
    .replace(/[*_`]+/g, '')
    .replace(/^\s*(?:[#>]+\s*)+/, '')
    .replace(/\f/g, '');
}

export const missingMetadata: QualityRule = {
  ruleId: 'metadata-unread',
  check({ document, lines }) {
    // A section heading is body, whatever words it holds (`QUY ĐỊNH CHUNG` is a chapter's title).
    const headings = new Set<number>();
    let bodyStart = Number.POSITIVE_INFINITY;
    for (const section of eachSection(document.sections)) {
      for (const { startLine, endLine } of section.sources) {
        bodyStart = Math.min(bodyStart, startLine);
        for (let line = startLine; line <= endLine; line++) headings.add(line);
      }
    }
    const textLines = lines.flatMap((text, index) =>
      hasWords(text) && !headings.has(index + 1) ? [{ text, line: index + 1 }] : [],
    );
    const shown = new Map<HeadField, number>();
    const look = (region: typeof textLines, fields: readonly HeadField[]) => {
      // Only the fields the metadata lacks are looked for; a long line is body, not a header's.
      const wanted = fields.filter((field) => !isRead(document.metadata, field));
      if (wanted.length === 0) return;
      for (const { text, line } of region) {
        if (text.length > MAX_HEAD_LINE) continue;
        for (const field of headFields(bare(text))) {
          if (wanted.includes(field) && !shown.has(field)) shown.set(field, line);
        }
      }
    };
    // The head ends where the body's first heading stands.
    look(
      textLines.slice(0, HEAD_LINES).filter(({ line }) => line < bodyStart),
      HEAD,
    );
    look(textLines.slice(Math.max(HEAD_LINES, textLines.length - FOOT_LINES)), FOOT);
    const findings: Finding[] = [];
    for (const [field, line] of shown) {
      // Only missing fields were looked for. A type not read leaves the summary line under it
      // (title, period) unread too: it counts twice.
      findings.push({
        reason: `The document shows ${NAMES[field]} here, but the metadata has none`,
        line,
        count: field === 'documentType' ? 2 : 1,
      });
    }
    return findings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  },
  penalty: (findings) =>
    Math.min(0.36, 0.12 * findings.reduce((sum, finding) => sum + (finding.count ?? 1), 0)),
};
