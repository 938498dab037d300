/**
 * What the repair and structure stages record on mdast nodes (`node.data`), typed, and how to read it.
 */
import type { Nodes } from 'mdast';
import type { Span } from '../schema/document.js';

declare module 'mdast' {
  interface Data {
    /**
     * The source lines a node was assembled from, when that is more than its own position: the
     * halves of a paragraph joined across a page break, a footnote and its continuation.
     */
    sources?: Span[];
    /** Page furniture (a page number, a running header) stood just before this node. */
    pageBreakBefore?: boolean;
    /**
     * A table printed under a continuation caption (`Biểu số 01 (tiếp theo)`, taken out as page
     * furniture): the rest of the table before it, after a page break.
     */
    continuesTable?: boolean;
    /**
     * A line a converter set apart by its size (pdf2md's `##`), read as a paragraph
     * (repair/size-headings.ts): a line of its own, never the rest of a paragraph before it.
     */
    ownLine?: boolean;
    /** A table the plain-text reader made of aligned columns (src/parse/plain-text/layout.ts). */
    plainTable?: boolean;
    /** Its header's rows, where more than one: a header printed in two tiers. */
    headerRows?: number;
    /** Part of a cover letter before the report (structure/metadata.ts): body, never a heading. */
    coverLetter?: boolean;
    /** The block the structure stage read a table as, and its section (null outside every section). */
    block?: { id: string; sectionId: string | null };
  }
}

/** The source lines a node came from: what repair recorded, or else its own position. */
export function sourcesOf(node: Nodes): Span[] {
  if (node.data?.sources) return node.data.sources;
  if (!node.position) return [];
  return [{ startLine: node.position.start.line, endLine: node.position.end.line }];
}
