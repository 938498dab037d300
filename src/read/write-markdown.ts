/**
 * The originals' readers build mdast blocks, each with where it came from in the original, and this
 * writes them as the markdown the markdown path reads best (GFM tables, `[^n]` footnotes), by
 * mdast-util-to-markdown: escaping is the serializer's, never hand-made. Each block is written on
 * its own, so the origin of every line it takes is known: a table row's line has that row's origin.
 */
import type { RootContent, Table } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';
import type { Origin, OriginalText } from './original.js';

export interface PlacedBlock {
  node: RootContent;
  /** The origin of every line of the block; for a table, one per row (header row first). */
  origin: Origin | undefined;
  rowOrigins?: ReadonlyArray<Origin | undefined>;
}

const options = {
  extensions: [gfmToMarkdown({ tablePipeAlign: false })],
  bullet: '-' as const,
  emphasis: '*' as const,
  strong: '*' as const,
  rule: '-' as const,
  fences: true,
};

/** One block as markdown, without its final line end. */
export function blockMarkdown(node: RootContent): string {
  const markdown = toMarkdown({ type: 'root', children: [node] }, options);
  let end = markdown.length;
  while (end > 0 && markdown[end - 1] === '\n') end--;
  return markdown.slice(0, end);
}

export function writeMarkdown(blocks: readonly PlacedBlock[], evidence: string[]): OriginalText {
  const lines: string[] = [];
  const origins: Array<Origin | undefined> = [];
  for (const block of blocks) {
    const markdown = blockMarkdown(block.node);
    if (markdown.trim() === '') continue;
    if (lines.length > 0) {
      lines.push('');
      origins.push(undefined);
    }
    const own = markdown.split('\n');
    own.forEach((line, index) => {
      lines.push(line);
      origins.push(originOfLine(block, index, own.length));
    });
  }
  // The text ends with a newline, which ends its last line and starts none.
  lines.push('');
  return { text: lines.join('\n'), origins, evidence };
}

/** A table's lines are its rows, the delimiter row second; other blocks' lines share one origin. */
function originOfLine(block: PlacedBlock, index: number, count: number): Origin | undefined {
  if (block.node.type !== 'table' || !block.rowOrigins) return block.origin;
  const rows = (block.node as Table).children.length;
  if (count !== rows + 1) return block.origin;
  if (index === 1) return undefined;
  return block.rowOrigins[index === 0 ? 0 : index - 1] ?? block.origin;
}
