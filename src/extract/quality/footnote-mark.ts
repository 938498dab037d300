/**
 * unread-footnote-mark: a footnote mark left as text, so the note is not linked to where it is
 * cited (and its text is likely glued into the body): MinerU's `$^{1}$`, pdf2md's `^1` and `(^1)`,
 * mammoth's `[1]` link, or a number glued to a word (`Trung ương1.`) that a line elsewhere starts
 * with (`1 Kế hoạch của …`), as plain text from a PDF leaves them; OCR's `!` or `?` for a mark.
 *
 * ok (read as footnotes; a figure glued to a unit is a unit):
 * ```markdown
 * … chỉ thị của Trung ương¹. Diện tích 120 m2.
 *
 * ¹ Kế hoạch của Ban Thường vụ Thành ủy.
 * ```
 *
 * not-ok (`unread-footnote-mark` at line 1):
 * ```markdown
 * … chỉ thị của Trung ương1. Theo dõi, nắm tình hình.
 * 1 Kế hoạch của Ban Thường vụ Thành ủy.
 * ```
 */
import { blockLines, type Finding, growing, type QualityRule } from './rule.js';

/** Marks that no reader left as text when it understood them. */
const MARKUP_MARKS =
  /\$\^\{?\d{1,3}\}?\$|\(\^\d{1,3}\)|\^\d{1,3}(?![\d^])|(?<=[\p{L}\p{P}])\[\d{1,3}\]/u;
/** A number glued to the end of a lower-case word, before punctuation, a space or the line end. */
const GLUED_NUMBER = /\p{Ll}\p{Ll}(\d{1,3})(?=[.,;:!?)”"’]|\s|$)/gu;
/** A unit whose power a glued digit gives: `m2`, `km2`, `m3`. */
const UNIT_BEFORE = /(?:^|[^\p{L}])[kcdmµ]?m$/u;
/** A line a glued number's note would start: the number, then the note's first letter (or nothing). */
const NOTE_START = /^\s*(\d{1,3})(?:\s+[\p{Lu}“"(]|\s*$)/u;
/**
 * OCR reads a small raised digit as `!` or `?`: glued to a word where no sentence ends (a
 * lower-case word or a stop follows), with a line elsewhere starting with the same sign and a note.
 */
const OCR_MARK = /\p{Ll}[°]?([!?°])(?=[ \t]+\p{Ll}|[.,;:])/u;
const OCR_NOTE_START = /^\s*([!?])[ \t]+\p{Lu}/u;

export const unreadFootnoteMark: QualityRule = {
  ruleId: 'unread-footnote-mark',
  check({ blocks, lines }) {
    const noteNumbers = new Set<string>();
    const ocrNoteSigns = new Set<string>();
    for (const line of lines) {
      const match = NOTE_START.exec(line);
      if (match?.[1]) noteNumbers.add(String(Number(match[1])));
      const sign = OCR_NOTE_START.exec(line)?.[1];
      if (sign) ocrNoteSigns.add(sign);
    }
    const findings: Finding[] = [];
    for (const block of blocks) {
      if (block.kind === 'table') continue;
      for (const { text, line } of blockLines(block)) {
        const markup = text.includes('^') || text.includes('[') ? MARKUP_MARKS.exec(text) : null;
        if (markup) {
          findings.push({ reason: `A footnote mark is left as text («${markup[0]}»)`, line });
          continue;
        }
        // A sign no sentence ends with, where notes stand elsewhere (numbered, or by that sign).
        const ocr = ocrNoteSigns.size + noteNumbers.size > 0 ? OCR_MARK.exec(text) : null;
        if (ocr?.[1] && (noteNumbers.size > 0 || ocrNoteSigns.has(ocr[1]))) {
          findings.push({
            reason: `A footnote mark read by OCR as «${ocr[1]}» is left as text, and notes stand elsewhere`,
            line,
          });
          continue;
        }
        // Without a line that starts like a note, no glued number can be a mark.
        if (noteNumbers.size === 0) continue;
        for (const match of text.matchAll(GLUED_NUMBER)) {
          const number = String(Number(match[1]));
          if (!noteNumbers.has(number)) continue;
          const end = match.index + match[0].length;
          const before = text.slice(0, end - (match[1]?.length ?? 0));
          if (UNIT_BEFORE.test(before)) continue;
          const word = wordBefore(text, end);
          findings.push({
            reason: `A footnote number is glued to a word as text («${word}», and a line starts with ${number})`,
            line,
          });
          break;
        }
      }
    }
    return findings;
  },
  penalty: (findings) => growing(findings.length, 0.2, 0.02, 0.45),
};

/** The word that ends at `end`, digits and letters: `ương1` in `… Trung ương1`. */
function wordBefore(text: string, end: number): string {
  let start = end;
  while (start > 0 && /[\p{L}\p{N}]/u.test(text.charAt(start - 1))) start--;
  return text.slice(start, end);
}
