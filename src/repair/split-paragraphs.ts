/**
 * repair: a body paragraph cut at a page break, made whole. The first half ends unfinished; the
 * rest comes after the page's footnotes (or its page number, or right after it when the page had
 * neither), starting in lower case or with a figure (`54/350 đảng viên …`).
 *
 * ```markdown
 * - Ban cán sự đảng … của thành phố bằng các giải pháp cụ
 *
 * ¹⁵ Nhân dịp Tết Nguyên đán, …
 *
 * thể để phát triển kinh tế - xã hội …
 * ```
 * becomes one item: `… bằng các giải pháp cụ thể để phát triển kinh tế - xã hội …`, with the source
 * lines of both halves. Never joined: a next paragraph that starts with a capital, a bullet or a
 * numbering marker (`a) …`), and anything after a heading (a numbered heading's line too, in bold
 * or short: `**4. Công tác bảo vệ môi trường**` / `100% khu công nghiệp …`) or a table. A join on
 * a figure alone is reported as `weak-join` (info), so that a reviewer can check it.
 */
import type { Paragraph, Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import '../mdast/data.js';
import { joinParagraphs } from './join.js';
import { continuationEvidence, isUnfinished, textOf, trailingParagraph } from './signals.js';

export default function splitParagraphs() {
  return (tree: Root, file: VFile): undefined => {
    const kept: RootContent[] = [];
    /** The paragraph ending the last body node, while it is unfinished. */
    let open: Paragraph | undefined;
    /** A footnote zone or page furniture stood since `open`: said in a weak join's message. */
    let pageBreak = false;

    for (const node of tree.children) {
      if (node.type === 'footnoteDefinition') {
        kept.push(node);
        pageBreak = true;
        continue;
      }
      if (node.data?.pageBreakBefore) pageBreak = true;
      const evidence = open && continuationEvidence(node);
      if (open && node.type === 'paragraph' && evidence) {
        if (evidence === 'figure') {
          const where = pageBreak ? 'across a page break' : 'with nothing between';
          file.info(`Joined to the unfinished paragraph before it (${where}) on a figure alone`, {
            place: node.position,
            ruleId: 'weak-join',
            source: 'baocao',
          });
        }
        joinParagraphs(open, node);
        if (!isUnfinished(textOf(open))) open = undefined;
      } else {
        kept.push(node);
        const trailing = trailingParagraph(node);
        open = trailing && isUnfinished(textOf(trailing)) ? trailing : undefined;
      }
      pageBreak = false;
    }
    tree.children = kept;
  };
}
