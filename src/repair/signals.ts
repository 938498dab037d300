/**
 * What the repair rules read off a node: does its text end unfinished, does it read as the rest of
 * a sentence cut at a page break, where is the paragraph a continuation would be joined to.
 * The language facts (Vietnamese lower case, sentence ends, numbering markers) come from src/vi.
 */
import type { List, ListItem, Paragraph, RootContent } from 'mdast';
import { plainText } from '../mdast/plain-text.js';

import { leadingNumberingMarker } from '../vi/numbering.js';
import { startsLowercase } from '../vi/text.js';

/** How a paragraph reads as the second half of a cut sentence: `thể để …` or `54/350 đảng viên …`. */
export type ContinuationEvidence = 'lowercase' | 'figure';

export function textOf(node: Paragraph): string {
  return plainText(node).text;
}

export function hasFootnoteRefs(node: Paragraph): boolean {
  return plainText(node).footnoteRefs.length > 0;
}

/** Text that stops without a sentence end (`isUnfinished` in src/vi/text.ts). */
export { isUnfinished } from '../vi/text.js';

/**
 * Whether a top-level node can be the rest of a cut sentence. Only a plain paragraph can: a
 * bullet, a heading or a numbering marker (`a) …`, `(1) …`) starts something new.
 */
export function continuationEvidence(node: RootContent): ContinuationEvidence | undefined {
  if (node.type !== 'paragraph' || node.data?.ownLine) return undefined;
  const text = textOf(node).trimStart();
  if (text === '' || leadingNumberingMarker(text).ok) return undefined;
  if (startsLowercase(text)) return 'lowercase';
  if (/^\d/.test(text)) return 'figure';
  return undefined;
}

/**
 * The paragraph at the end of a top-level node, where a continuation would be appended: the node
 * itself, or the last paragraph of the last item of a list (however deep). A heading, a table or a
 * block quote ends no sentence that goes on outside it.
 */
export function trailingParagraph(node: RootContent | ListItem | List): Paragraph | undefined {
  switch (node.type) {
    case 'paragraph':
      // A numbered heading's line the structure stage has yet to read (`**4. Công tác bảo vệ môi
      // trường**` before `100% khu công nghiệp …`) ends no sentence.
      return boldHeading(node) ? undefined : node;
    case 'list':
    case 'listItem': {
      const last = node.children.at(-1);
      return last ? trailingParagraph(last as RootContent) : undefined;
    }
    default:
      return undefined;
  }
}

/**
 * A heading's line the structure stage has yet to read: it starts with a numbering marker, and is
 * all in bold or italics, or short and unpunctuated (plain text: `5. Chuyển đổi số và cải cách
 * hành chính`).
 */
function boldHeading(node: Paragraph): boolean {
  const text = textOf(node).trim();
  if (!leadingNumberingMarker(text).ok) return false;
  const bold = node.children.every((child) => child.type === 'strong' || child.type === 'emphasis');
  return (
    bold || (text.length <= MAX_HEADING_LINE && !text.includes('\n') && !/[.;:,]$/u.test(text))
  );
}

/** A heading's line in plain text is shorter than a page's width. */
const MAX_HEADING_LINE = 70;
