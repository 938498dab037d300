import type { Document } from '../../src/schema/document.js';
import { wordCounts } from './words.js';

/** The words a Document holds: its blocks and footnotes (tables are blocks today). */
export function wordsOut(document: Document): Map<string, number> {
  return wordCounts([
    ...document.blocks.map((block) => `${block.marker ?? ''} ${block.text}`),
    ...document.footnotes.map((footnote) => footnote.text),
  ]);
}

/** The source lines taken out as page furniture: counted, so their words are not expected. */
export function furnitureLines(document: Document): Set<number> {
  // The furniture spans are not in the Document; they are the text lines no record covers.
  const covered = new Set<number>();
  const cover = (spans: readonly { startLine: number; endLine: number }[]) => {
    for (const { startLine, endLine } of spans)
      for (let l = startLine; l <= endLine; l++) covered.add(l);
  };
  for (const block of document.blocks) cover(block.sources);
  for (const footnote of document.footnotes) cover(footnote.sources);
  const lines = new Set<number>();
  for (let line = 1; line <= document.stats.lines; line++) if (!covered.has(line)) lines.add(line);
  return lines;
}
