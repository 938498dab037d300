/**
 * repair: lines a pdf.js-based converter ran together, apart again. pdf2md joins the lines of a
 * page's text into paragraphs by their spacing alone, so a heading in bold runs into the text
 * after it, the next heading into the sentence before it, an indented item into the paragraph,
 * and two bold lines into one run:
 *
 * ```markdown
 * **1. Công tác chính trị, tư tưởng** Ban Thường vụ … đạt tỷ lệ 96,5%.     a) Công tác tuyên
 * truyền … khiển trách^4. **II. LÃNH ĐẠO PHÁT TRIỂN KINH TẾ - XÃ HỘI**
 * ```
 *
 * becomes the heading `1. Công tác …`, the paragraph, the item `a) Công tác …` and the heading
 * `II. LÃNH ĐẠO …`, each a paragraph of its own, as the structure stage reads any report.
 *
 * Only files in the `pdf2md` dialect: elsewhere a bold run at a paragraph's start is a run-in
 * heading the author wrote (`**a) Về nông nghiệp:** Sản xuất …`), which stays one paragraph. Even
 * here a run is cut off only where it reads as a line of its own (src/vi: a type, an appendix,
 * the foot, a place and date, a numbering marker) and where the text before it ends a sentence;
 * a bold run at the start is a heading only when it does not end in `:` and a new sentence
 * follows. Each piece keeps the source lines of the paragraph it came from.
 */
import type { List, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { sourcesOf } from '../mdast/data.js';
import { plainText } from '../mdast/plain-text.js';
import { embeddedHeadingStart, opensHeadPart } from '../vi/document-parts.js';
import { leadingNumberingMarker } from '../vi/numbering.js';
import { endsSentence } from '../vi/text.js';

export default function runInLines() {
  return (tree: Root, file: VFile): undefined => {
    if (file.data.source?.dialect.name !== 'pdf2md') return;
    const out: RootContent[] = [];
    for (const node of tree.children) {
      // A list split at a heading leaves the heading and a list of the items after it: read on.
      let pending: RootContent[] = [node];
      while (pending.length > 0) {
        const next: RootContent[] = [];
        for (const item of pending) {
          if (item.type === 'paragraph') {
            for (const piece of splitParagraph(item, true)) out.push(piece);
          } else if (item.type === 'list') {
            const [list, rest] = splitList(item);
            out.push(list);
            for (const after of rest) next.push(after);
          } else out.push(item);
        }
        pending = next;
      }
    }
    tree.children = out;
  };
}

/** The list up to the item a heading ran into, then the heading and what follows it. */
function splitList(list: List): [List, RootContent[]] {
  for (let index = 0; index < list.children.length; index++) {
    const item = list.children[index];
    const lead = item?.children[0];
    if (item === undefined || lead?.type !== 'paragraph') continue;
    const pieces = splitParagraph(lead, false);
    if (pieces.length === 1) continue;
    const [first, ...after] = pieces;
    item.children = [first as Paragraph, ...item.children.slice(1)];
    const items = list.children.slice(index + 1);
    list.children = list.children.slice(0, index + 1);
    const rest: RootContent[] = [...after];
    if (items.length > 0) rest.push({ ...list, children: items, position: undefined });
    return [list, rest];
  }
  return [list, []];
}

/**
 * The paragraph as the lines it was made of. `items`: also cut where an indented item starts after
 * a sentence (`96,5%.     a) Công tác`), which only a top-level paragraph is cut at.
 */
function splitParagraph(paragraph: Paragraph, items: boolean): Paragraph[] {
  const children = paragraph.children.flatMap(splitMergedRun);
  // Each piece's plain text kept as it grows: the tests below read the text before a child.
  const pieces: Array<{ nodes: PhrasingContent[]; text: string }> = [{ nodes: [], text: '' }];
  let current = pieces[0] as { nodes: PhrasingContent[]; text: string };
  const add = (node: PhrasingContent) => {
    current.nodes.push(node);
    current.text += textOf(node);
  };
  const cut = () => {
    if (current.nodes.length === 0) return;
    current = { nodes: [], text: '' };
    pieces.push(current);
  };
  for (let index = 0; index < children.length; index++) {
    const child = children[index] as PhrasingContent;
    if (isEmphasis(child) && current.nodes.length > 0 && opensLine(child, current)) cut();
    if (child.type === 'text' && items) {
      const [before, ...rest] = splitAtItems(child.value, current.text);
      if (rest.length > 0) {
        if (before !== undefined && before.trim() !== '') add({ ...child, value: before });
        for (const part of rest) {
          cut();
          add({ ...child, value: part });
        }
        continue;
      }
    }
    add(child);
    if (
      current.nodes.length === 1 &&
      isEmphasis(child) &&
      isLeadHeading(
        child,
        children.slice(index + 1).find((next) => textOf(next).trim() !== ''),
      )
    ) {
      cut();
    }
  }
  const kept = pieces.filter((piece) => piece.text.trim() !== '');
  if (kept.length <= 1) return [paragraph];
  const sources = sourcesOf(paragraph);
  return kept.map((piece) => ({
    type: 'paragraph',
    children: trimmed(piece.nodes),
    position: paragraph.position,
    data: { ...paragraph.data, sources },
  }));
}

function isEmphasis(node: PhrasingContent): boolean {
  return node.type === 'strong' || node.type === 'emphasis';
}

const textOf = (node: PhrasingContent) => plainText(node).text;

/**
 * A bold or italic run in the middle of a paragraph that is a line of its own: one that opens a
 * head part or a heading, after a sentence's end or after another such run (the head's lines:
 * `**Độc lập - Tự do - Hạnh phúc** _Quảng Trị, ngày …_ **BÁO CÁO …**).
 */
function opensLine(
  run: PhrasingContent,
  { nodes: before, text: so }: { nodes: PhrasingContent[]; text: string },
): boolean {
  const kind = opensHeadPart(textOf(run));
  if (kind === undefined) return false;
  const previous = before.at(-1);
  if (previous !== undefined && isEmphasis(previous)) return true;
  if (previous?.type === 'text' && previous.value.trim() === '') {
    const beforeSpace = before.at(-2);
    if (beforeSpace !== undefined && isEmphasis(beforeSpace)) return true;
  }
  // A numbered run after words that do not end a sentence is bold inside the sentence, unless it
  // is in capitals after a colon (`… như sau: **I. KẾT QUẢ …**`).
  if (endsSentence(so)) return true;
  if (!/[:;]\s*$/.test(so)) return false;
  return kind !== 'numbered' || !/\p{Ll}/u.test(textOf(run));
}

/** A bold run that starts the paragraph is its heading when a new sentence follows it. */
function isLeadHeading(run: PhrasingContent, next: PhrasingContent | undefined): boolean {
  const text = textOf(run).trim();
  if (next === undefined || text.endsWith(':') || text.length > 250) return false;
  const kind = opensHeadPart(text);
  if (kind === undefined || kind === 'date') return false;
  const after = textOf(next);
  const following = after.trimStart();
  // An item's line after the heading's, its indent kept (`**1.2. Trồng trọt**     a) Diện tích`)
  // or not (`**2. Lĩnh vực đất đai** a) Giao đất …`): an item opens no sentence of the heading's.
  if (startsItem(following)) return true;
  return following !== '' && !/^\p{Ll}/u.test(following) && !/^[,.;:)]/.test(following);
}

/**
 * A bold run that holds two lines (`**BÁO CÁO sơ kết … 2024 I. CÔNG TÁC …**`) as two runs, so that
 * each can be a line of its own. Only a run of plain text is looked into.
 */
function splitMergedRun(node: PhrasingContent): PhrasingContent[] {
  if (node.type !== 'strong' || node.children.length !== 1) return [node];
  const [only] = node.children;
  if (only?.type !== 'text') return [node];
  const at = embeddedHeadingStart(only.value);
  if (at === undefined) return [node];
  const part = (value: string): PhrasingContent => ({
    type: 'strong',
    children: [{ ...only, value }],
    position: node.position,
  });
  return [part(only.value.slice(0, at).trimEnd()), part(only.value.slice(at))];
}

/**
 * Text cut where an item's line started: three or more spaces (pdf2md keeps a line's indent when
 * it joins it) after a sentence's end, then a numbering marker or a bullet (`a)`, `1.`, `-`, `+`).
 * The first part is what precedes the first item.
 */
function splitAtItems(value: string, before: string): string[] {
  const parts: string[] = [];
  let from = 0;
  const gap = /\s{3,}/g;
  for (let match = gap.exec(value); match !== null; match = gap.exec(value)) {
    const start = match.index + match[0].length;
    const rest = value.slice(start);
    const item = startsItem(rest);
    if (!item || !endsSentence(before + value.slice(0, match.index))) continue;
    parts.push(value.slice(from, match.index));
    from = start;
  }
  if (parts.length === 0) return [value];
  parts.push(value.slice(from));
  return parts;
}

/** Text that starts with a numbering marker or a bullet (`a)`, `1.`, `-`, `+`). */
function startsItem(text: string): boolean {
  return leadingNumberingMarker(text).ok || /^[-+•]\s/.test(text);
}

/** A piece without the spaces it was cut at. */
function trimmed(piece: PhrasingContent[]): PhrasingContent[] {
  const first = piece[0];
  if (first?.type === 'text') piece[0] = { ...first, value: first.value.trimStart() };
  const last = piece.at(-1);
  if (last?.type === 'text') piece[piece.length - 1] = { ...last, value: last.value.trimEnd() };
  return piece;
}
