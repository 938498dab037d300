/**
 * Readers of originals (Word, PDF, HTML): bytes → the markdown the markdown path reads best (GFM
 * tables, `[^n]` footnotes, numbering written out as text), plus where each line of that text came
 * from in the original. The text then goes through the same read checks and the same pipeline as
 * a markdown input, so every stage, record and quality rule applies unchanged.
 *
 * A reader rejects with a VFileMessage (`file.fail(reason, {ruleId, source: 'baocao'})`) when the
 * original cannot be read: `needs-ocr` for a scan, `original-unreadable` for a broken file.
 */
import type { FormatName } from './formats.js';

/** A place in the original, 1-based: a PDF's page and line, a Word or HTML file's paragraph. */
export interface Origin {
  page?: number;
  line?: number;
  paragraph?: number;
}

export interface OriginalText {
  /** The report as markdown. */
  text: string;
  /**
   * Where line i + 1 of `text` came from; undefined for a line the reader wrote (a blank, a rule).
   * One per line: a final `\n` ends the last line and starts none.
   */
  origins: ReadonlyArray<Origin | undefined>;
  /** What the reader saw that tells how it read (`footnotes ×12`, `pages 9`), as `source.dialect` evidence. */
  evidence: string[];
}

export type OriginalReader = (
  bytes: Uint8Array,
  path: string,
  signal?: AbortSignal,
) => Promise<OriginalText>;

/**
 * The reader of each original format. Loaded on first use (a dynamic import), so that a run over
 * markdown never loads a zip, XML or PDF library.
 */
export const ORIGINAL_READERS: Partial<Record<FormatName, () => Promise<OriginalReader>>> = {
  docx: async () => (await import('./docx/index.js')).readDocx,
  html: async () => (await import('./html/index.js')).readHtml,
  pdf: async () => (await import('./pdf/index.js')).readPdf,
};
