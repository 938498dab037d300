/**
 * A PDF page as pdf.js gives it, reduced to what the reader looks at: text runs with their
 * baseline, size, width and whether the font is bold; the horizontal rules drawn on the page (a
 * footnote separator is a short one); and whether an image is painted (a page with an image and no
 * text is a scan, which needs OCR).
 *
 * Coordinates are turned top-down (`y` grows down the page, as lines are read), in PDF points.
 */
import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface Run {
  text: string;
  /** Left edge. */
  x: number;
  /** Baseline, from the top of the page. */
  y: number;
  width: number;
  /** Font size (the text matrix's vertical scale). */
  size: number;
  bold: boolean;
}

/** A horizontal line or thin filled rectangle: x from `x0` to `x1` at height `y` (top-down). */
export interface Rule {
  x0: number;
  x1: number;
  y: number;
}

export interface PageContent {
  number: number;
  width: number;
  height: number;
  runs: Run[];
  rules: Rule[];
  /** Images painted on the page. */
  images: number;
  /** Text runs not upright on the page (left out of the flow, counted). */
  rotated: number;
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

/** A font is bold when its name says so: `TimesNewRomanPS-BoldMT`, `Arial,Bold`, `DejaVuSerif-Bold`. */
const BOLD_FONT = /bold|black|heavy|semibold|demi/i;
const MAX_RULE_THICKNESS = 2;

export async function pageContent(
  pdfjs: PdfJs,
  page: PDFPageProxy,
  number: number,
): Promise<PageContent> {
  // The page as it is shown: a /Rotate of 90° turns a landscape table upright, y grows down.
  const viewport = page.getViewport({ scale: 1 });
  const view = viewport.transform as Matrix;
  // The operator list first: it loads the page's fonts into commonObjs, where their names are.
  const operators = await page.getOperatorList();
  const content = await page.getTextContent();
  const boldByFont = new Map<string, boolean>();
  const isBold = (fontName: string): boolean => {
    let bold = boldByFont.get(fontName);
    if (bold === undefined) {
      bold = false;
      if (page.commonObjs.has(fontName)) {
        const font = page.commonObjs.get(fontName) as { name?: string; bold?: boolean } | null;
        bold = font?.bold === true || BOLD_FONT.test(font?.name ?? '');
      }
      boldByFont.set(fontName, bold);
    }
    return bold;
  };
  const runs: Run[] = [];
  let rotated = 0;
  for (const item of content.items) {
    if (!('str' in item) || item.str === '') continue;
    const [a, b, c, d, e, f] = multiply(view, item.transform as Matrix);
    // Upright text only (a stamp or a header cell's vertical text is counted, not read in the flow).
    if (Math.abs(b) > Math.abs(a) * 0.01 || Math.abs(c) > Math.abs(d) * 0.01 || a <= 0 || d >= 0) {
      if (item.str.trim() !== '') rotated++;
      continue;
    }
    runs.push({
      text: item.str,
      x: e,
      y: f,
      width: item.width,
      size: -d,
      bold: isBold(item.fontName),
    });
  }
  return {
    number,
    width: viewport.width,
    height: viewport.height,
    runs,
    rotated,
    ...drawn(pdfjs, operators, view),
  };
}

/** Horizontal rules and images in a page's operator list. */
function drawn(
  pdfjs: PdfJs,
  operators: { fnArray: number[]; argsArray: unknown[] },
  view: Matrix,
): { rules: Rule[]; images: number } {
  const { OPS } = pdfjs;
  const rules: Rule[] = [];
  let images = 0;
  // Paths are drawn in the current transformation matrix (Chromium scales pixels to points), on
  // the page as it is shown.
  let matrix: Matrix = view;
  const stack: Matrix[] = [];
  operators.fnArray.forEach((fn, index) => {
    const args = operators.argsArray[index];
    if (fn === OPS.save) stack.push(matrix);
    else if (fn === OPS.restore) matrix = stack.pop() ?? matrix;
    else if (fn === OPS.transform) matrix = multiply(matrix, args as Matrix);
    else if (
      fn === OPS.paintImageXObject ||
      fn === OPS.paintInlineImageXObject ||
      fn === OPS.paintImageMaskXObject ||
      fn === OPS.paintImageXObjectRepeat
    ) {
      images++;
    } else if (fn === OPS.constructPath) {
      // [ops, coordinates, bounding box]: the box is enough to tell a thin horizontal shape.
      const box = (args as [number[], number[], number[] | null] | undefined)?.[2];
      if (!box || box.length < 4) return;
      const [a, b] = apply(matrix, box[0] as number, box[1] as number);
      const [c, d] = apply(matrix, box[2] as number, box[3] as number);
      if (Math.abs(d - b) <= MAX_RULE_THICKNESS && Math.abs(c - a) > 5) {
        rules.push({ x0: Math.min(a, c), x1: Math.max(a, c), y: (b + d) / 2 });
      }
    }
  });
  return { rules, images };
}

type Matrix = [number, number, number, number, number, number];

function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    n[0] * m[0] + n[1] * m[2],
    n[0] * m[1] + n[1] * m[3],
    n[2] * m[0] + n[3] * m[2],
    n[2] * m[1] + n[3] * m[3],
    n[4] * m[0] + n[5] * m[2] + m[4],
    n[4] * m[1] + n[5] * m[3] + m[5],
  ];
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}
