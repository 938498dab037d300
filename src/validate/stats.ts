/**
 * Figures about one document, computed by the pipeline itself. `coverage` is the share of non-blank
 * source lines that some output record came from: 1 means no line of text was dropped.
 */
import type { Block, Footnote, Section, Span, Stats, Table } from '../schema/document.js';

export interface StatsInput {
  text: string;
  blocks: readonly Block[];
  sections: readonly Section[];
  footnotes: readonly Footnote[];
  tables: readonly Table[];
}

export function measure({ text, blocks, sections, footnotes, tables }: StatsInput): Stats {
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

  let nonBlankLines = 0;
  let coveredLines = 0;
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    nonBlankLines++;
    if (covered[index + 1] === 1) coveredLines++;
  });

  return {
    lines: lines.length,
    nonBlankLines,
    characters: text.length,
    blocks: blockCount,
    sections: sectionCount,
    footnotes: footnotes.length,
    tables: tables.length,
    coverage: nonBlankLines === 0 ? 1 : coveredLines / nonBlankLines,
  };
}
