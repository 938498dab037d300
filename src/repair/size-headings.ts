/**
 * repair: headings a converter made by the text's size alone, back to paragraphs. pdf2md writes
 * `##` before any line set larger than the body, and in a report that is never a section's
 * heading (those are bold numbered lines at the body's size): the head's and the signature's lines
 * (`## ỦY BAN NHÂN DÂN`, `## CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT` / `## NAM`, `## *`, `## KT. CHỦ
 * TỊCH`) and a table's figures or letters its narrow columns set apart (`## 74,310 48,562 65,4`,
 * `## T`, `## II`). Read as headings, they opened sections that took the report's own headings
 * under them (`NAM` / `I. TÌNH HÌNH …`) or titled a section with figures.
 *
 * Only in the `pdf2md` dialect: elsewhere a converter's heading is the author's. The paragraph
 * keeps the heading's text and source lines, and stays a line of its own (`ownLine`: no paragraph
 * before it takes it as its rest) unless it starts in lower case: then it is a wrapped line's rest,
 * as where the body is set larger than the tables and pdf2md marks every body line. The metadata
 * and structure stages read paragraphs there as well (a numbered line as a heading by its marker,
 * the head's lines by their words).
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { plainText } from '../mdast/plain-text.js';
import { startsLowercase } from '../vi/text.js';

export default function sizeHeadings() {
  return (tree: Root, file: VFile): undefined => {
    if (file.data.source?.dialect.name !== 'pdf2md') return;
    tree.children = tree.children.map((node) =>
      node.type === 'heading'
        ? {
            type: 'paragraph',
            children: node.children,
            position: node.position,
            // A line that starts in lower case is the rest of a wrapped one: where the body is set
            // larger than the tables, pdf2md marks every body line (`# ủy về cải thiện …`).
            data: { ...node.data, ownLine: !startsLowercase(plainText(node).text.trimStart()) },
          }
        : node,
    );
  };
}
