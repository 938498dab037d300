/**
 * Figures about one document, computed by the pipeline itself.
 *
 * `coverage` is the share of the source's words (runs of letters and digits, markup aside) that
 * some record holds: a block, a section heading, a footnote, a line read into the metadata, or a
 * line counted as page furniture.
 * Words (runs of letters, marks and digits) are matched as a multiset, so a word lost is missed even when the same word stands
 * elsewhere, and 1 means nothing was dropped. Markup is not text: tags, character references,
 * link targets and footnote markers (`<sup>14</sup>`, `^14^`, `[^14]`) are left out of the count.
 */

import { SOURCE_MARKUP } from '../mdast/plain-text.js';
import type { Block, Footnote, Section, Span, Stats, Table } from '../schema/document.js';
import { eachBlock, eachSection } from '../structure/walk.js';
import { isAlnumAt } from '../vi/chars.js';
import { hasWords, splitGlued } from '../vi/text.js';

export interface StatsInput {
  text: string;
  blocks: readonly Block[];
  sections: readonly Section[];
  footnotes: readonly Footnote[];
  tables: readonly Table[];
  /** Lines taken out as page furniture: accounted for, not lost. */
  furniture: readonly Span[];
  /** Lines read into metadata fields (header, motto, recipients, signature): accounted for. */
  metadataLines: readonly Span[];
  /**
   * Footnote numbers of plain text (`hướng2.`, a note's `2`): markers, as `[^2]` is in markdown.
   * Columns are 0-based, end exclusive.
   */
  markers?: readonly { line: number; start: number; end: number }[];
}

export interface Measured {
  stats: Stats;
  /** Source words no record holds, with the line of the first one; empty when coverage is 1. */
  lost: { words: string[]; line: number } | undefined;
}

/**
 * Calls `visit` with each word of `text`: a run of letters, marks and digits. A scan by character
 * code (with the letter test cached) rather than a Unicode regex: this count runs over every
 * record and the whole source of every document.
 */
function eachWord(text: string, visit: (word: string) => void): void {
  const length = text.length;
  let index = 0;
  while (index < length) {
    if (!isAlnumAt(text, index)) {
      index++;
      continue;
    }
    const start = index;
    while (index < length && isAlnumAt(text, index)) index += codeUnits(text, index);
    visit(text.slice(start, index));
  }
}

/** 2 at a surrogate pair (a letter outside the BMP), else 1. */
function codeUnits(text: string, index: number): number {
  const code = text.charCodeAt(index);
  return code >= 0xd800 && code <= 0xdbff ? 2 : 1;
}

export function measure(input: StatsInput): Measured {
  const { text, footnotes, tables, furniture } = input;
  const lines = text === '' ? [] : text.split('\n');
  // A final `\n` ends the last line; it does not start another.
  if (lines.at(-1) === '') lines.pop();

  const isFurniture = new Uint8Array(lines.length + 1);
  for (const { startLine, endLine } of furniture) isFurniture.fill(1, startLine, endLine + 1);
  const isMetadata = new Uint8Array(lines.length + 1);
  for (const { startLine, endLine } of input.metadataLines)
    isMetadata.fill(1, startLine, endLine + 1);

  const { held, blocks, sections, giantWords } = recordWords(input);
  let textLines = 0;
  let sourceWords = 0;
  let heldWords = 0;
  const missing: Array<{ word: string; line: number }> = [];
  const lineWords = new Map<number, string[]>();
  const markersByLine = new Map<number, { start: number; end: number }[]>();
  for (const marker of input.markers ?? []) {
    markersByLine.set(marker.line, [...(markersByLine.get(marker.line) ?? []), marker]);
  }
  lines.forEach((whole, index) => {
    let line = whole;
    for (const { start, end } of markersByLine.get(index + 1) ?? []) {
      line = line.slice(0, start) + ' '.repeat(end - start) + line.slice(end);
    }
    if (!hasWords(line)) return;
    textLines++;
    if (isFurniture[index + 1] === 1 || isMetadata[index + 1] === 1) return;
    const words: string[] = [];
    lineWords.set(index + 1, words);
    eachWord(line.replace(SOURCE_MARKUP, ' '), (w) => {
      words.push(w);
      sourceWords++;
      const left = held.get(w) ?? 0;
      if (left > 0) {
        heldWords++;
        held.set(w, left - 1);
      } else missing.push({ word: w, line: index + 1 });
    });
  });
  // A word the PDF's text broke over the lines of a narrow cell (`trưởn` / `g`, `S` / `T` / `T`)
  // that a record holds whole (`trưởng`, `STT`) is held.
  const lostWords: string[] = [];
  let lostLine = 0;
  const used = new Set<number>();
  let prefixes: Set<string> | undefined;
  for (let i = 0; i < missing.length; i++) {
    if (used.has(i)) continue;
    const { word, line } = missing[i] as { word: string; line: number };
    const pieces = wholeWordAt(missing, i, held, used);
    if (pieces > 0) {
      const whole = missing
        .slice(i, i + pieces)
        .map((piece) => piece.word)
        .join('');
      held.set(whole, (held.get(whole) ?? 0) - 1);
      heldWords += pieces;
      i += pieces - 1;
      continue;
    }
    // Its pieces a line each, other columns' pieces between (`S`, `202` / `T`, `4` / `T`).
    prefixes ??= heldPrefixes(held);
    const chain = wholeWordOverLines(missing, i, { held, prefixes, used, lineWords });
    if (chain) {
      held.set(chain.whole, (held.get(chain.whole) ?? 0) - 1);
      for (const k of chain.pieces) used.add(k);
      heldWords += chain.pieces.length;
      continue;
    }
    // A word and a figure, or an abbreviation and a word, OCR ran together (`hiện6`, `KHnăm`)
    // that a record holds apart (`hiện 6`, `KH năm`).
    const glued = splitGlued(word);
    if (glued?.every((piece) => (held.get(piece) ?? 0) > 0)) {
      for (const piece of glued) held.set(piece, (held.get(piece) ?? 0) - 1);
      heldWords++;
      continue;
    }
    lostLine ||= line;
    if (lostWords.length < 8 && !lostWords.includes(word)) lostWords.push(word);
  }

  return {
    stats: {
      lines: lines.length,
      textLines,
      characters: text.length,
      words: sourceWords,
      blocks,
      sections,
      footnotes: footnotes.length,
      tables: tables.length,
      furnitureLines: isFurniture.reduce((sum, flag) => sum + flag, 0),
      coverage: sourceWords === 0 ? 1 : heldWords / sourceWords,
      structured: sourceWords === 0 ? 1 : Math.max(0, heldWords - giantWords) / sourceWords,
    },
    lost: lostLine === 0 ? undefined : { words: lostWords, line: lostLine },
  };
}

/** A narrow cell breaks a word into this many pieces at most (`S` / `T` / `T`). */
const MAX_WORD_PIECES = 4;

/** How many missing words from `i` on make a word a record holds (the longest), or 0. */
function wholeWordAt(
  missing: ReadonlyArray<{ word: string }>,
  i: number,
  held: ReadonlyMap<string, number>,
  used: ReadonlySet<number>,
): number {
  for (let pieces = MAX_WORD_PIECES; pieces >= 2; pieces--) {
    if (i + pieces > missing.length) continue;
    // A word already counted as a piece of another is no piece of this one.
    if (Array.from({ length: pieces - 1 }, (_, k) => i + 1 + k).some((k) => used.has(k))) continue;
    const whole = missing
      .slice(i, i + pieces)
      .map((piece) => piece.word)
      .join('');
    if ((held.get(whole) ?? 0) > 0) return pieces;
  }
  return 0;
}

/** Every beginning of a word the records still hold, to cut the search for a word's pieces short. */
function heldPrefixes(held: ReadonlyMap<string, number>): Set<string> {
  const prefixes = new Set<string>();
  for (const [word, left] of held) {
    if (left <= 0) continue;
    for (let end = 1; end < word.length; end++) prefixes.add(word.slice(0, end));
  }
  return prefixes;
}

/**
 * The pieces of a word a narrow cell broke a line each, from `missing[i]` on, that a record holds
 * whole (the longest), where the pieces of the cell beside it stand between them in the source's
 * order: each next piece is a word of the next line. A piece the count took for another word of
 * the same spelling (`4` for a `4` the records hold elsewhere) stands for that word's occurrence
 * left missing. Undefined where no pieces make a held word.
 */
function wholeWordOverLines(
  missing: ReadonlyArray<{ word: string; line: number }>,
  i: number,
  known: {
    held: ReadonlyMap<string, number>;
    prefixes: ReadonlySet<string>;
    used: ReadonlySet<number>;
    lineWords: ReadonlyMap<number, readonly string[]>;
  },
): { whole: string; pieces: number[] } | undefined {
  const first = missing[i] as { word: string; line: number };
  const pieces = [i];
  const taken = new Set([i]);
  // The missing occurrence a piece of `line` stands for: its own, else one of the same spelling.
  const occurrence = (word: string, line: number): number | undefined => {
    let other: number | undefined;
    for (let k = i + 1; k < missing.length; k++) {
      const m = missing[k] as { word: string; line: number };
      if (m.word !== word || known.used.has(k) || taken.has(k)) continue;
      if (m.line === line) return k;
      other ??= k;
    }
    return other;
  };
  const search = (whole: string, line: number): string | undefined => {
    if (pieces.length < MAX_WORD_PIECES) {
      for (const word of new Set(known.lineWords.get(line + 1) ?? [])) {
        const longer = whole + word;
        if (!known.prefixes.has(longer) && (known.held.get(longer) ?? 0) <= 0) continue;
        const k = occurrence(word, line + 1);
        if (k === undefined) continue;
        pieces.push(k);
        taken.add(k);
        const found = search(longer, line + 1);
        if (found) return found;
        pieces.pop();
        taken.delete(k);
      }
    }
    return pieces.length >= 2 && (known.held.get(whole) ?? 0) > 0 ? whole : undefined;
  };
  const whole = search(first.word, first.line);
  return whole ? { whole, pieces } : undefined;
}

/** A block of more than a page: no report writes one paragraph that long (tables aside). */
const GIANT_LINES = 40;
const GIANT_WORDS = 600;

/** Is this block text a reader could not divide into paragraphs, headings and notes? */
export function isGiantBlock(block: Block): boolean {
  if (block.kind === 'table') return false;
  let lines = 1;
  for (let at = block.text.indexOf('\n'); at >= 0; at = block.text.indexOf('\n', at + 1)) lines++;
  if (lines > GIANT_LINES) return true;
  // A word and its space take two characters at least.
  if (block.text.length <= GIANT_WORDS * 2) return false;
  let words = 0;
  eachWord(block.text, () => words++);
  return words > GIANT_WORDS;
}

/**
 * The words the records hold, as a multiset, how many blocks and sections there are, and how many
 * words sit in giant blocks.
 */
function recordWords({ blocks, sections, footnotes }: StatsInput) {
  const held = new Map<string, number>();
  let giantWords = 0;
  const count = (w: string) => held.set(w, (held.get(w) ?? 0) + 1);
  const add = (value: string | null | undefined) => {
    if (value) eachWord(value, count);
  };
  let blockCount = 0;
  for (const block of eachBlock(blocks, sections)) {
    blockCount++;
    add(block.marker);
    add(block.text);
    if (isGiantBlock(block)) eachWord(block.text, () => giantWords++);
  }
  let sectionCount = 0;
  for (const section of eachSection(sections)) {
    sectionCount++;
    add(section.label);
    add(section.title);
  }
  for (const footnote of footnotes) add(footnote.text);
  return { held, blocks: blockCount, sections: sectionCount, giantWords };
}
