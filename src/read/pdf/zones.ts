/**
 * The parts of a page that are not its body: page furniture (page numbers and running headers or
 * footers, at the very top or bottom of pages) and the footnote zone (the notes under the body,
 * under a short rule at the left margin, or in a smaller size than the body).
 */
import { isPageNumberLine } from '../../vi/document-parts.js';
import type { Rule } from './items.js';
import { type Line, lineRuns, plainOf } from './lines.js';

export interface PageLines {
  number: number;
  height: number;
  lines: Line[];
  rules: Rule[];
}

export interface Layout {
  /** The body's text size, left margin and right margin (most lines'). */
  size: number;
  left: number;
  right: number;
  /** Baseline to baseline within a paragraph. */
  pitch: number;
  /**
   * Paragraphs are marked on the page (space between them, or a first-line indent): then a full
   * line ending a sentence does not end its paragraph unless the next line shows it.
   */
  marked: boolean;
}

export function layoutOf(pages: readonly PageLines[]): Layout {
  const lines = pages.flatMap((page) => page.lines);
  const weight = new Map<number, number>();
  for (const line of lines) {
    const chars = line.segments.reduce((sum, s) => sum + s.x1 - s.x0, 0);
    weight.set(line.size, (weight.get(line.size) ?? 0) + chars);
  }
  const size = [...weight].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 12;
  const body = lines.filter((line) => Math.abs(line.size - size) <= 0.5);
  const lefts = body.map((line) => line.x0).sort((a, b) => a - b);
  const rights = body.map((line) => line.x1).sort((a, b) => a - b);
  const deltas: number[] = [];
  for (const page of pages) {
    page.lines.forEach((line, i) => {
      const before = page.lines[i - 1];
      if (!before || Math.abs(before.size - size) > 0.5 || Math.abs(line.size - size) > 0.5) return;
      const delta = line.y - before.y;
      if (delta > size * 0.9 && delta < size * 2) deltas.push(delta);
    });
  }
  deltas.sort((a, b) => a - b);
  // The most common spacing is the one inside paragraphs; the lower quartile stays clear of the
  // space between paragraphs even where paragraphs are short.
  const pitch = deltas[Math.floor(deltas.length * 0.25)] ?? size * 1.2;
  const left = lefts[Math.floor(lefts.length * 0.1)] ?? 0;
  let marks = 0;
  for (const page of pages) {
    page.lines.forEach((line, i) => {
      const before = page.lines[i - 1];
      if (!before || Math.abs(before.size - size) > 0.5 || Math.abs(line.size - size) > 0.5) return;
      const delta = line.y - before.y;
      const indented = line.x0 - left > size * 0.75 && Math.abs(before.x0 - left) < size * 0.25;
      if ((delta > pitch * 1.35 && delta < size * 3) || indented) marks++;
    });
  }
  return {
    size,
    left,
    right: rights[Math.floor(rights.length * 0.9)] ?? 0,
    pitch,
    marked: marks >= 3,
  };
}

const shape = (line: Line) => plainOf(lineRuns(line)).replace(/\d+/gu, '#');

/**
 * Page furniture: a page number alone at the top or bottom of a page, or a line standing at the top
 * or bottom of at least two pages and half of them, its figures aside (`Trang 3/12`, a title and a
 * date, a file's address and `1/4`). Returns the lines, by page.
 */
export function furnitureOf(pages: readonly PageLines[], layout: Layout): Set<Line> {
  const furniture = new Set<Line>();
  // An edge line stands apart from the body (in the page's margin, by more than a paragraph's
  // spacing, or in another size): a table's header line repeated at the top of each page is no
  // running header.
  const apart = (line: Line, neighbour: Line | undefined) =>
    !neighbour ||
    Math.abs(neighbour.y - line.y) > layout.pitch * 1.5 ||
    Math.abs(line.size - layout.size) > 1;
  const edges = (page: PageLines): Line[] => {
    const rest = page.lines.filter((line) => !furniture.has(line));
    const out: Line[] = [];
    const [first, second] = rest;
    if (first && apart(first, second)) out.push(first);
    const last = rest.at(-1);
    if (last && last !== first && apart(last, rest.at(-2))) out.push(last);
    return out;
  };
  // Twice: a running header over a page number goes once the number is gone.
  for (let pass = 0; pass < 2; pass++) {
    const counts = new Map<string, number>();
    for (const page of pages) {
      for (const key of new Set(edges(page).map(shape)))
        counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const repeated = (line: Line) => {
      const count = counts.get(shape(line)) ?? 0;
      return pages.length >= 2 && count >= 2 && count >= pages.length / 2;
    };
    for (const page of pages) {
      for (const line of edges(page)) {
        if (isPageNumberLine(plainOf(lineRuns(line))) || repeated(line)) furniture.add(line);
      }
    }
  }
  return furniture;
}

/** A note's number at the start of a zone line: a raised mark, or a figure and a space. */
export function noteNumber(line: Line): number | undefined {
  const first = line.segments[0]?.runs.find((run) => run.text.trim() !== '');
  if (!first) return undefined;
  if (first.superscript || first.size < line.size * 0.85) {
    const digits = /^\d{1,3}$/u.exec(first.text.trim());
    return digits ? Number(digits[0]) : undefined;
  }
  const lead = /^(\d{1,3})[.)]?\s+\S/u.exec(plainOf(lineRuns(line)));
  return lead ? Number(lead[1]) : undefined;
}

/**
 * The footnote zone of a page's lines (furniture already out): the lines under a short rule that
 * starts at the left margin in the lower part of the page, or else the run of lines at the bottom
 * in a smaller size than the body, one of which starts with a note number.
 */
export function footnoteZone(page: PageLines, lines: readonly Line[], layout: Layout): Line[] {
  const width = layout.right - layout.left;
  // A separator stands alone at its height: a table's border goes on in the next cell's.
  const alone = (rule: Rule) =>
    !page.rules.some((other) => other !== rule && Math.abs(other.y - rule.y) < 2);
  const rules = page.rules
    .filter(
      (rule) =>
        Math.abs(rule.x0 - layout.left) <= layout.size * 1.5 &&
        rule.x1 - rule.x0 >= layout.size * 1.5 &&
        rule.x1 - rule.x0 <= width * 0.6 &&
        rule.y > page.height * 0.3 &&
        alone(rule),
    )
    .sort((a, b) => a.y - b.y);
  for (const rule of rules) {
    const below = lines.filter((line) => line.y - line.size * 0.8 > rule.y);
    const first = below[0];
    if (!first || below.some((line) => line.segments.length >= 3)) continue;
    // Notes: the first starts with its number, or goes on with a note from the page before in
    // the notes' smaller size or under a rule as short as a separator is.
    if (
      noteNumber(first) !== undefined ||
      below.every((line) => line.size < layout.size * 0.95) ||
      rule.x1 - rule.x0 <= width * 0.35
    ) {
      return below;
    }
  }
  const small: Line[] = [];
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i] as Line;
    if (line.size > layout.size * 0.9) break;
    small.unshift(line);
  }
  // Small lines above the first number go on with a note from the page before.
  return small.some((line) => noteNumber(line) !== undefined) ? small : [];
}
