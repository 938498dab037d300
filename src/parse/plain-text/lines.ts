/**
 * The lines of a plain text (what pdftotext, pdf.js or OCR made of a PDF) cut into pages, each line
 * with where it stands in the source, so that every node built from it points back at the file.
 *
 * Pages end at a form feed (`\f`, as pdftotext and tesseract write) and at a marker line that a
 * pipeline added between pages. The marker syntaxes are this one table:
 *
 * | marker                | example               |
 * | --------------------- | --------------------- |
 * | equals, Vietnamese    | `===== TRANG 3 =====` |
 * | dashes, Vietnamese    | `--- Trang 3 ---`     |
 * | dashes, English       | `-----Page 3-----`    |
 * | the bare word         | `Page 3`, `Trang 3`   |
 *
 * A marker line is page furniture: it starts the page it names and holds no report text.
 */

export interface Line {
  /** 1-based line number in the source. */
  line: number;
  /** 0-based offset of the source line's first character (a form feed, if any) in the source. */
  offset: number;
  /** 0-based column where `text` starts in the source line (after a form feed and indentation). */
  column: number;
  /** The line's content: indentation and trailing spaces removed. */
  text: string;
  /** Spaces before the content (layout text keeps indentation and centring). */
  indent: number;
  /** The line as written after any form feed, trailing spaces removed (layout columns). */
  raw: string;
}

export interface Page {
  /** 1-based, in reading order. */
  number: number;
  lines: Line[];
  /** Lines that only separate pages (marker lines): furniture. */
  markers: Line[];
}

/** Page markers added by extraction pipelines: one table, read by the page splitter and detection. */
export const PAGE_MARKERS: readonly RegExp[] = [
  /^={2,}\s*(?:trang|page)\s+\d{1,4}\s*={2,}$/iu,
  /^-{2,}\s*(?:trang|page)\s+\d{1,4}\s*-{2,}$/iu,
  /^(?:trang|page)\s+\d{1,4}$/iu,
];

/** Decorated markers only: a bare `Trang 3` can also be a printed page number, and says less. */
export function isPageMarker(text: string, decoratedOnly = false): boolean {
  const markers = decoratedOnly ? PAGE_MARKERS.slice(0, 2) : PAGE_MARKERS;
  return markers.some((marker) => marker.test(text));
}

/**
 * The pages of a text. A bare `Page 3` line breaks pages only in a text without form feeds (where
 * it stands at a page's edge either way); with form feeds it is left for the furniture rule.
 */
export function splitPages(source: string): Page[] {
  const all = sourceLines(source);
  const hasFormFeeds = source.includes('\f');
  const bare = all.filter((line) => isPageMarker(line.text) && !isPageMarker(line.text, true));
  const bareBreaks = !hasFormFeeds && bare.length > 0;
  const pages: Page[] = [{ number: 1, lines: [], markers: [] }];
  const current = () => pages[pages.length - 1] as Page;
  for (const line of all) {
    if (line.pageBreak && current().lines.length + current().markers.length > 0) {
      pages.push({ number: pages.length + 1, lines: [], markers: [] });
    }
    const marker = isPageMarker(line.text, true) || (bareBreaks && isPageMarker(line.text));
    if (marker) {
      if (current().lines.length > 0)
        pages.push({ number: pages.length + 1, lines: [], markers: [] });
      current().markers.push(line);
      continue;
    }
    current().lines.push(line);
  }
  return pages.filter((page) => page.markers.length > 0 || page.lines.some((l) => l.text !== ''));
}

interface SourceLine extends Line {
  /** A form feed stood before this line's content. */
  pageBreak: boolean;
}

function sourceLines(source: string): SourceLine[] {
  const out: SourceLine[] = [];
  let offset = 0;
  const rows = source.split('\n');
  rows.forEach((row, index) => {
    const start = offset;
    offset += row.length + 1;
    if (index === rows.length - 1 && row === '') return;
    // A form feed may stand anywhere in a line (pdftotext puts it before the next page's first
    // line; a file may end one without a line end): each piece after one starts a page.
    let from = 0;
    row.split('\f').forEach((piece, part) => {
      const skip = from;
      from += piece.length + 1;
      if (part > 0 && piece.trim() === '' && from < row.length) return;
      const raw = piece.trimEnd();
      const indent = raw.length - raw.trimStart().length;
      out.push({
        line: index + 1,
        offset: start,
        column: skip + indent,
        text: raw.trim(),
        indent,
        raw,
        pageBreak: part > 0,
      });
    });
  });
  return out;
}
