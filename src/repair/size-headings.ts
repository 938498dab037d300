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
import type { Paragraph, Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { plainText } from '../mdast/plain-text.js';
import { leadingNumberingMarker } from '../vi/numbering.js';
import { endsSentence, startsLowercase } from '../vi/text.js';
import { joinParagraphs } from './join.js';

/** A line that goes on the one before it: in lower case, a figure then lower case, or a date. */
function wrappedRest(text: string): boolean {
  if (startsLowercase(text)) return true;
  // A date ending a wrapped line's clause (`16/9/2024, Sở …`) goes on it too.
  const date = /^\d{1,2}\/\d{1,2}\/\d{4}[,;]\s/u.test(text);
  return (date || /^\d[\d.,/]*%?\s+\p{Ll}/u.test(text)) && !leadingNumberingMarker(text).ok;
}

export default function sizeHeadings() {
  return (tree: Root, file: VFile): undefined => {
    if (file.data.source?.dialect.name !== 'pdf2md') return;
    const out: RootContent[] = [];
    for (const node of tree.children) {
      if (node.type !== 'heading') {
        out.push(node);
        continue;
      }
      // A line that starts in lower case is the rest of a wrapped one: where the body is set
      // larger than the tables, pdf2md marks every body line (`# ủy về cải thiện …`), and so is
      // one that starts with a year or a figure going on in lower case (`# 2024 và giải pháp …`),
      // no numbering marker.
      const rest = wrappedRest(plainText(node).text.trimStart());
      const paragraph: Paragraph = {
        type: 'paragraph',
        children: node.children,
        position: node.position,
        data: { ...node.data, ownLine: !rest },
      };
      // The rest of a footnote's line goes on the footnote (`(^1) … của Ban Chấp` / `# hành Đảng
      // bộ …`, `# 94,0% dân số; …`), never on the body paragraph before it, while the note is
      // unfinished; once it has ended, a line in lower case is the body's, going on at the next
      // page's top.
      const before = out.at(-1);
      const note = before?.type === 'footnoteDefinition' ? before.children.at(-1) : undefined;
      if (note?.type === 'paragraph') {
        const open = !endsSentence(plainText(note).text.trim());
        if (open && rest) {
          joinParagraphs(note, paragraph);
          continue;
        }
      }
      out.push(paragraph);
    }
    tree.children = out;
  };
}
