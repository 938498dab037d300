/**
 * What a quality rule is: a check over the assembled Document and its source that finds text the
 * pipeline did not read as what it is (a page marker left in a paragraph, a footnote mark left as
 * text, a table read as prose) or structure it should have found and did not. Each rule reports
 * its findings with a stable `ruleId`; the grade (grade.ts) turns them into a score.
 *
 * Rules read the Document, never the markdown tree: whatever reader produced the tree (markdown,
 * plain text, Word, PDF), the Document is what a user gets, and what is graded.
 */
import type { Block } from '../../schema/document.js';
import type { Draft } from '../../types/vfile-data.js';

export interface QualityContext {
  /** The Document as assembled, before validation. */
  readonly document: Draft;
  /** The normalized source, one entry per line: `lines[n - 1]` is line `n`. */
  readonly lines: readonly string[];
  /** Every block in reading order, tables included. */
  readonly blocks: readonly Block[];
  /** Words of the source that count (markup aside), as in `stats.coverage`. */
  readonly words: number;
}

export interface Finding {
  reason: string;
  /** The source line, where one applies. */
  line?: number | undefined;
  /** How many occurrences the finding stands for, when it sums up several (default 1). */
  count?: number;
}

export interface QualityRule {
  /** Stable name: a diagnostic's `ruleId` and an entry of `quality.signals`. */
  readonly ruleId: string;
  /** The stage that found the problem reported it already: the grade only counts it. */
  readonly reported?: boolean;
  /** The findings of this document; empty when the rule has nothing to say. */
  check(context: QualityContext): Finding[];
  /**
   * How much the findings lower the score, in [0, 1): 0.2 or more for text left unread (enough on
   * its own to keep a document from `good`), less for a gap that leaves most records right.
   */
  penalty(findings: readonly Finding[], context: QualityContext): number;
}

export interface TextLine {
  text: string;
  /** The source line it came from. */
  line: number;
}

const linesOfBlock = new WeakMap<Block, readonly TextLine[]>();

/**
 * A block's text lines with the source line each came from (soft line breaks are kept as `\n`).
 * Several rules read the same blocks, so each block is split once.
 */
export function blockLines(block: Block): readonly TextLine[] {
  const known = linesOfBlock.get(block);
  if (known) return known;
  const texts = block.text.split('\n');
  // The spans give the lines in order; a block joined over a page break has one span per half.
  const sourceLines: number[] = [];
  for (const { startLine, endLine } of block.sources) {
    for (let line = startLine; line <= endLine && sourceLines.length < texts.length; line++) {
      sourceLines.push(line);
    }
  }
  const fallback = sourceLines.at(-1) ?? block.sources[0]?.startLine ?? 1;
  const lines = texts.map((text, index) => ({ text, line: sourceLines[index] ?? fallback }));
  linesOfBlock.set(block, lines);
  return lines;
}

/** A penalty that grows with the number of findings: `first` for one, `step` for each more, up to `max`. */
export function growing(count: number, first: number, step: number, max: number): number {
  return count === 0 ? 0 : Math.min(max, first + step * (count - 1));
}
