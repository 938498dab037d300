/**
 * Figures about one document, computed by the pipeline itself. `coverage` is the share of text lines
 * (lines with a letter or a digit) that some output record came from: 1 means no line of text was
 * dropped. Lines of markup alone (`---`, `| --- |`, `* * *`) carry no text and are not counted.
 */
import type { Block, Footnote, Section, Span, Stats, Table } from '../schema/document.js';

const hasText = /[\p{L}\p{N}]/u;

export interface StatsInput {
  text: string;
  blocks: readonly Block[];
  sections: readonly Section[];
  footnotes: readonly Footnote[];
  tables: readonly Table[];
  /** Lines taken out as page furniture: accounted for, not lost. */
  furniture: readonly Span[];
}

export function measure({
  text,
  blocks,
  sections,
  footnotes,
  tables,
  furniture,
}: StatsInput): Stats {
  const lines = text === '' ? [] : text.split('\n');
  // A final `\n` ends the last line; it does not start another.
  if (lines.at(-1) === '') lines.pop();

  const covered = new Uint8Array(lines.length + 1);
  const cover = (spans: readonly Span[]) => {
    for (const { startLine, endLine } of spans) covered.fill(1, startLine, endLine + 1);
  };
  let blockCount = 0;
  const coverBlocks = (list: readonly Block[]) => {
    blockCount += list.length;
    for (const block of list) cover(block.sources);
  };
  coverBlocks(blocks);
  let sectionCount = 0;
  const walk = (list: readonly Section[]) => {
    for (const section of list) {
      sectionCount++;
      cover(section.sources);
      coverBlocks(section.blocks);
      walk(section.children);
    }
  };
  walk(sections);
  for (const footnote of footnotes) cover(footnote.sources);
  cover(furniture);

  let textLines = 0;
  let coveredLines = 0;
  lines.forEach((line, index) => {
    if (!hasText.test(line)) return;
    textLines++;
    if (covered[index + 1] === 1) coveredLines++;
  });

  return {
    lines: lines.length,
    textLines,
    characters: text.length,
    blocks: blockCount,
    sections: sectionCount,
    footnotes: footnotes.length,
    tables: tables.length,
    furnitureLines: furniture.reduce((sum, span) => sum + span.endLine - span.startLine + 1, 0),
    coverage: textLines === 0 ? 1 : coveredLines / textLines,
  };
}
