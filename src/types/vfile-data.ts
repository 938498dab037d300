/**
 * What the stages leave for each other on `file.data`, typed. Each stage reads what earlier stages
 * wrote and adds its own part; extract/document.ts assembles them into the Document.
 */
import type {
  Block,
  Citation,
  CitedDocument,
  Document,
  Fact,
  Footnote,
  Metadata,
  QuantityMention,
  Section,
  Source,
  Span,
  Table,
} from '../schema/document.js';

/** Part of one source line: 1-based line, 0-based columns, end exclusive. */
export interface SourceRange {
  line: number;
  start: number;
  end: number;
}

/** The Document before the quality stage grades it. */
export type Draft = Omit<Document, 'quality'> & { quality?: Document['quality'] };

declare module 'vfile' {
  interface DataMap {
    /** read: where the text came from and what was done to it. */
    source: Source;
    /** read: the stable id derived from the normalized text. */
    docId: string;
    /**
     * parse: set when the input was read as plain layout text (pdftotext, layout, pdf.js, OCR) rather
     * than markdown: the kind, the evidence, and where footnote numbers stood in the source (markers,
     * not words of the report). Issue 19's `source.dialect` takes the kind at merge.
     */
    plainText: {
      kind: 'pdftotext' | 'layout' | 'pdfjs' | 'ocr';
      evidence: string[];
      markers: SourceRange[];
    };
    /**
     * repair: source ranges of HTML a browser never shows (a `<script>`'s body): markup, not words
     * of the report, for the coverage count.
     */
    hiddenMarkup: SourceRange[];
    /** repair: lines of page furniture (page numbers, running headers) taken out of the body. */
    furniture: Span[];
    /** structure: what the head and foot of the document say (issuer, number, date, signer …). */
    metadata: Metadata;
    /** structure: the section tree, with the blocks inside each section. */
    sections: Section[];
    /** structure: blocks outside any section, in reading order. */
    blocks: Block[];
    /** extract: footnotes with the blocks that cite them. */
    footnotes: Footnote[];
    /** extract: every table as typed data. */
    tables: Table[];
    /** extract: every figure of every table, tidy; prose-facts adds the figures of the prose. */
    facts: Fact[];
    /** extract: every figure of the prose, fact or not. */
    quantities: QuantityMention[];
    /** extract: every reference to another document. */
    citations: Citation[];
    /** extract: the distinct documents cited. */
    citedDocuments: CitedDocument[];
    /** extract: the Document assembled from the parts above, not yet graded (quality) nor checked. */
    draft: Draft;
    /** validate: the finished, schema-checked Document. */
    document: Document;
  }
}
