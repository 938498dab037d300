/**
 * repair: the dashes pdf2md dropped between words (`giai đoạn 2021 2025`, `kinh tế xã hội`), put
 * back where the words say one stood (`restoreDroppedDashes` in src/vi/dashes.ts), in the text of
 * paragraphs, headings, list items and notes; never in a table's cells, whose figures stand apart
 * by spaces. Only in the `pdf2md` dialect: other converters keep their dashes.
 */
import type { Root, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { restoreDroppedDashes } from '../vi/dashes.js';

export default function droppedDashes() {
  return (tree: Root, file: VFile): undefined => {
    if (file.data.source?.dialect.name !== 'pdf2md') return;
    visit(tree, (node) => {
      if (node.type === 'table') return SKIP;
      if (node.type === 'text') {
        const text = node as Text;
        text.value = restoreDroppedDashes(text.value);
      }
      return undefined;
    });
  };
}
