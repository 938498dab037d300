/**
 * parse: plain text read by its line layout. When the input is what a PDF text extractor or OCR
 * made of a report (see detect.ts), this reader makes the tree instead of the markdown parser, and
 * the same stages read it; otherwise the markdown parser runs as before. What was chosen, and why,
 * is on `file.data.plainText`.
 *
 * Like remark-parse, this plugin only sets the processor's parser; it must come after it.
 */
import type { Root } from 'mdast';
import type { Processor } from 'unified';
import type { VFile } from 'vfile';
import '../../types/vfile-data.js';
import { plainLayout } from './detect.js';
import { readPlainText } from './tree.js';

export { type PlainLayout, type PlainLayoutKind, plainLayout } from './detect.js';

export default function plainTextReader(this: Processor): undefined {
  const markdown = this.parser;
  if (!markdown) throw new Error('plainTextReader goes after remark-parse');
  this.parser = (document: string, file: VFile): Root => {
    // An original's reader writes markdown (src/read/original.ts), never layout text.
    const layout = file.data.source?.origins ? undefined : plainLayout(document);
    if (!layout) return markdown(document, file) as Root;
    const { tree, markers, furniture, problems } = readPlainText(document, {
      columns: layout.kind === 'layout',
      misread: layout.kind === 'ocr',
    });
    for (const { reason, line, ruleId } of problems) {
      file.message(reason, { place: { line, column: 1 }, ruleId, source: 'baocao' }).fatal = false;
    }
    file.data.plainText = { ...layout, markers };
    file.data.furniture = furniture;
    // The dialect table (src/parse/dialect.ts) knows markdown converters; plain text is told here,
    // by the test that chose this reader, so the two can never disagree.
    if (file.data.source) {
      file.data.source.dialect = {
        name: 'plain',
        evidence: [`${layout.kind} text`, ...layout.evidence],
      };
    }
    return tree;
  };
}
