/**
 * The reader of PDFs with a text layer (issue 25), with pdf.js: each page's text runs with their
 * place, size and font → lines → the footnote zone, page furniture and the body; the body →
 * paragraphs, layout blocks and tables → report-shaped markdown (see markdown.ts), every line with
 * the page and line it came from.
 *
 * A page with an image and no text is a scan: the file fails with `needs-ocr`, naming such pages,
 * and nothing is read from it. A file pdf.js cannot open fails with `original-unreadable`.
 */
import { VFile } from 'vfile';
import type { OriginalReader, OriginalText } from '../original.js';
import { blocksOf } from './blocks.js';
import { type PageContent, pageContent } from './items.js';
import { type Line, linesOf } from './lines.js';
import { writeMarkdown } from './markdown.js';
import { footnoteZone, furnitureOf, layoutOf, type PageLines } from './zones.js';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let library: Promise<PdfJs> | undefined;

export const readPdf: OriginalReader = async (bytes, path, signal) => {
  const fail = (reason: string, ruleId: 'needs-ocr' | 'original-unreadable'): never => {
    new VFile({ path }).fail(reason, { ruleId, source: 'baocao' });
    throw new Error(reason);
  };
  library ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdfjs = await library;
  let document: Awaited<ReturnType<PdfJs['getDocument']>['promise']>;
  try {
    document = await pdfjs.getDocument({
      // pdf.js takes the buffer over: a copy leaves the caller's bytes alone.
      data: new Uint8Array(bytes),
      disableFontFace: true,
      useSystemFonts: false,
      isEvalSupported: false,
      verbosity: 0,
    }).promise;
  } catch (error) {
    return fail(`cannot read the PDF: ${(error as Error).message}`, 'original-unreadable');
  }
  try {
    const contents: PageContent[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      signal?.throwIfAborted();
      const page = await document.getPage(number);
      contents.push(await pageContent(pdfjs, page, number));
      page.cleanup();
    }
    const textless = contents.filter((page) => !page.runs.some((run) => run.text.trim() !== ''));
    const scanned = textless.filter((page) => page.images > 0);
    if (scanned.length > 0 || textless.length === contents.length) {
      const pages = (scanned.length > 0 ? scanned : textless).map((page) => page.number);
      fail(
        `${pages.length === 1 ? 'page' : 'pages'} ${ranges(pages)} of ${contents.length} ${
          pages.length === 1 ? 'has' : 'have'
        } no text layer (a scan): run OCR first (ocrmypdf, or tesseract to text)`,
        'needs-ocr',
      );
    }
    return read(contents);
  } finally {
    await document.destroy();
  }
};

function read(contents: readonly PageContent[]): OriginalText {
  const pages: PageLines[] = contents.map((page) => ({
    number: page.number,
    height: page.height,
    lines: linesOf(page.runs, page.number),
    rules: page.rules,
  }));
  const layout = layoutOf(pages);
  const furniture = furnitureOf(pages, layout);
  const notes: Line[][] = [];
  const bodies: Array<{ lines: Line[]; rules: PageLines['rules'] }> = [];
  for (const page of pages) {
    const lines = page.lines.filter((line) => !furniture.has(line));
    const zone = new Set(footnoteZone(page, lines, layout));
    notes.push(lines.filter((line) => zone.has(line)));
    bodies.push({ lines: lines.filter((line) => !zone.has(line)), rules: page.rules });
  }
  const blocks = blocksOf(bodies, layout);
  const written = writeMarkdown(blocks, notes);
  const evidence = [`pages ${contents.length}`, ...written.evidence];
  const rotated = contents.reduce((sum, page) => sum + page.rotated, 0);
  if (rotated > 0) evidence.push(`text runs not upright ×${rotated} (left out)`);
  if (furniture.size > 0) {
    evidence.push(`page furniture ×${furniture.size} (page numbers, running lines: left out)`);
  }
  return { text: written.text, origins: written.origins, evidence };
}

/** `[1, 2, 3, 5]` → `1–3, 5`. */
function ranges(numbers: readonly number[]): string {
  const out: string[] = [];
  let start = numbers[0];
  let end = start;
  for (const n of [...numbers.slice(1), undefined]) {
    if (n !== undefined && end !== undefined && n === end + 1) {
      end = n;
      continue;
    }
    if (start !== undefined) out.push(start === end ? `${start}` : `${start}–${end}`);
    start = n;
    end = n;
  }
  return out.join(', ');
}
