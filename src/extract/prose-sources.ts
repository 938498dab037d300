/**
 * The prose of a document, for the extract rules that read sentences (quantities, prose facts,
 * citations): every block that is not a table, then every footnote, each with its id and the
 * source line its text starts on. Tables are read as tables (src/extract/tables.ts).
 */
import type { VFile } from 'vfile';
import { eachBlock } from '../structure/walk.js';
import '../types/vfile-data.js';

export interface ProseSource {
  /** Block or footnote id. */
  id: string;
  text: string;
  /** The first source line of the text, for diagnostics. */
  line: number | undefined;
  /** Whether each `\n` of the text is a line of the source (one span), so offsets map to lines. */
  linesFollowText: boolean;
}

export function proseSources(file: VFile): ProseSource[] {
  const { blocks = [], sections = [], footnotes = [] } = file.data;
  const out: ProseSource[] = [];
  for (const block of eachBlock(blocks, sections)) {
    if (block.kind === 'table') continue;
    out.push({
      id: block.id,
      text: block.text,
      line: block.sources[0]?.startLine,
      linesFollowText: block.sources.length === 1,
    });
  }
  for (const footnote of footnotes) {
    out.push({
      id: footnote.id,
      text: footnote.text,
      line: footnote.sources[0]?.startLine,
      linesFollowText: footnote.sources.length === 1,
    });
  }
  return out;
}

/** The source line of an offset in a source's text, as near as the record tells. */
export function lineAt(source: ProseSource, offset: number): number | undefined {
  if (source.line === undefined || !source.linesFollowText) return source.line;
  let line = source.line;
  for (let i = 0; i < offset && i < source.text.length; i++) {
    if (source.text.charCodeAt(i) === 10) line++;
  }
  return line;
}
