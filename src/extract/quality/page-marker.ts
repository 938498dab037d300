/**
 * unread-page-marker: a page break a converter marked, left inside body text. The paragraph it
 * stands in was not joined across the page, and the page's footnotes and furniture were likely not
 * taken out either.
 *
 * ok (the marker stands alone, and page furniture takes it out):
 * ```markdown
 * Thành ủy lãnh đạo, chỉ đạo triển khai.
 *
 * Trang 3
 *
 * Ban Thường vụ tập trung lãnh đạo.
 * ```
 *
 * not-ok (`unread-page-marker` at line 4: in a quoted paragraph, where no page rule looks):
 * ```markdown
 * ## I. KẾT QUẢ
 *
 * > Thành ủy lãnh đạo, chỉ đạo triển khai các giải pháp cụ
 * > ===== TRANG 3 =====
 * > thể để phát triển kinh tế.
 * ```
 */
import { blockLines, type Finding, growing, type QualityRule } from './rule.js';

/**
 * Page markers as pipelines and converters write them: a form feed (pdftotext), `===== TRANG 3 =====`,
 * `--- Trang 3 ---`, `-----Page 3-----`, marker's `{3}------`, and a bare `Page 3` / `Trang 3/12` line.
 */
const PAGE_MARKERS: readonly RegExp[] = [
  /\f/,
  /^[=\-–—_*~#]{2,}[ \t]*(?:trang|page)[ \t]+\d{1,4}[ \t]*[=\-–—_*~#]{2,}$/i,
  /^\{\d{1,4}\}[-–—]{5,}$/,
  /^(?:trang|page)[ \t]+\d{1,4}(?:[ \t]*\/[ \t]*\d{1,4})?$/i,
];

/** No page marker is longer than this (the test runs on every line of the body). */
const MAX_MARKER_LENGTH = 80;

export function isPageMarker(line: string): boolean {
  if (line.length > MAX_MARKER_LENGTH && !line.includes('\f')) return false;
  const text = line.trim();
  return PAGE_MARKERS.some((pattern) => pattern.test(line.includes('\f') ? line : text));
}

export const unreadPageMarker: QualityRule = {
  ruleId: 'unread-page-marker',
  check({ blocks }) {
    const findings: Finding[] = [];
    for (const block of blocks) {
      if (block.kind === 'table') continue;
      for (const { text, line } of blockLines(block)) {
        if (isPageMarker(text)) {
          findings.push({
            reason: `A page marker is left in the body text (${describe(text)})`,
            line,
          });
        }
      }
    }
    return findings;
  },
  penalty: (findings) => growing(findings.length, 0.2, 0.04, 0.4),
};

function describe(text: string): string {
  return text.includes('\f') ? 'a form feed' : `«${text.trim()}»`;
}
