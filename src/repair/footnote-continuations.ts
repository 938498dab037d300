/**
 * repair: a footnote cut at a page end, made whole. Footnotes print at the bottom of each page, so
 * the markdown holds them as zones: runs of definitions where a page ended. A footnote that runs
 * over its page continues at the top of the next page's footnote area, which the conversion puts
 * after that page's body and before its first numbered definition, as one or more paragraphs
 * without a number, often (not always) starting in lower case.
 *
 * ```markdown
 * ² Ban hành: Thông tri số 08-TT/TU, … thực hiện Chỉ thị số 18-CT/TW,
 *
 * Chỉ đạo triển khai tổng kết công tác tổ chức cán bộ …       ← next page: body
 *
 * ngày 26/10/2022 của Ban Bí thư Trung ương Đảng …            ← footnote 2 goes on
 *
 * ³ Ngô Quyền, Hải An, Kiến Thụy, Tiên Lãng                    ← next page's footnotes
 * ```
 * Footnote 2 becomes `… Chỉ thị số 18-CT/TW, ngày 26/10/2022 của Ban Bí thư …`.
 *
 * The continuation is the run of plain paragraphs (no bullet, numbering marker or footnote
 * reference) just before the next zone, from its first paragraph that starts in lower case. The
 * footnote must have ended unfinished. When the only candidate is also the first paragraph of the
 * page and the body before the zone ended unfinished too, the body's claim wins unless the
 * footnote ended on `,` `;` `:` or a dash (reported either way: `footnote-continuation-ambiguous`).
 * A footnote ending on such a mark with no continuation is reported (`footnote-continuation-unplaced`).
 */
import type { FootnoteDefinition, Paragraph, Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { joinParagraphs } from './join.js';
import {
  continuationEvidence,
  hasFootnoteRefs,
  isUnfinished,
  textOf,
  trailingParagraph,
} from './signals.js';

/** A footnote that stops on one of these certainly goes on somewhere. */
const hangingMark = /[,;:\-–—]\s*$/;

interface Zone {
  start: number;
  /** Exclusive. */
  end: number;
}

export default function footnoteContinuations() {
  return (tree: Root, file: VFile): undefined => {
    const nodes = tree.children;
    const zones = findZones(nodes);
    const moved = new Set<RootContent>();

    zones.forEach((zone, index) => {
      const definition = nodes[zone.end - 1] as FootnoteDefinition;
      const lastParagraph = definition.children.at(-1);
      if (lastParagraph?.type !== 'paragraph') return;
      const text = textOf(lastParagraph);
      if (!isUnfinished(text)) return;
      const hanging = hangingMark.test(text);

      const next = zones[index + 1];
      const page = next ? nodes.slice(zone.end, next.start) : [];
      const bodyBefore = lastBodyBefore(nodes, zone.start, moved);
      const bodyPending = bodyBefore !== undefined && isUnfinished(textOf(bodyBefore));
      const found = findContinuation(page, bodyPending, hanging);

      if (found.ambiguous) {
        file.message(
          `The first paragraph of the page could continue footnote ${definition.identifier} or the body paragraph cut before the footnotes; read as ${found.paragraphs.includes(page[0] as Paragraph) ? 'footnote' : 'body'}`,
          { place: page[0]?.position, ruleId: 'footnote-continuation-ambiguous', source: 'baocao' },
        );
      } else if (found.paragraphs.length === 0 && hanging) {
        file.message(
          `Footnote ${definition.identifier} ends mid-sentence and no continuation was found before the next footnotes`,
          {
            place: definition.position,
            ruleId: 'footnote-continuation-unplaced',
            source: 'baocao',
          },
        );
      }
      appendContinuation(definition, found.paragraphs);
      for (const node of found.paragraphs) moved.add(node);
    });

    if (moved.size > 0) tree.children = nodes.filter((node) => !moved.has(node));
  };
}

function findZones(nodes: readonly RootContent[]): Zone[] {
  const zones: Zone[] = [];
  nodes.forEach((node, index) => {
    if (node.type !== 'footnoteDefinition') return;
    const last = zones.at(-1);
    if (last && last.end === index) last.end = index + 1;
    else zones.push({ start: index, end: index + 1 });
  });
  return zones;
}

/**
 * The paragraphs between two zones that continue the first zone's last footnote, in order:
 * - mid-page: a paragraph in lower case after a finished one, while the footnote is still
 *   unfinished (the footnote area of a page with no footnotes of its own, whose end left no mark);
 * - and the run just before the next zone, from its last paragraph that starts in lower case, when
 *   every node from there on is a plain paragraph.
 * The first paragraph of a page is where the body's own cut sentence goes on, so it only continues
 * the footnote when the body before the zone ended finished, or, when both are unfinished, the
 * footnote hangs on a comma or the like (ambiguous either way).
 */
function findContinuation(
  page: readonly RootContent[],
  bodyPending: boolean,
  hanging: boolean,
): { paragraphs: Paragraph[]; ambiguous: boolean } {
  let tailStart = page.length;
  let tail = page.length;
  while (tailStart > 0 && isPlainParagraph(page[tailStart - 1])) {
    tailStart--;
    const lowercase = continuationEvidence(page[tailStart] as RootContent) === 'lowercase';
    if (tail === page.length && lowercase) tail = tailStart;
  }
  let ambiguous = false;
  if (tail === 0 && bodyPending) {
    ambiguous = true;
    if (!hanging) tail = page.length;
  }

  const paragraphs: Paragraph[] = [];
  let footnotePending = true;
  let bodyOpen = bodyPending;
  for (let i = 0; i < tail; i++) {
    const node = page[i] as RootContent;
    if (
      footnotePending &&
      !bodyOpen &&
      isPlainParagraph(node) &&
      continuationEvidence(node) === 'lowercase'
    ) {
      paragraphs.push(node);
      footnotePending = isUnfinished(textOf(node));
      continue;
    }
    const trailing = trailingParagraph(node);
    bodyOpen = trailing !== undefined && isUnfinished(textOf(trailing));
  }
  if (footnotePending) for (const node of page.slice(tail)) paragraphs.push(node as Paragraph);
  return { paragraphs, ambiguous };
}

function isPlainParagraph(node: RootContent | undefined): node is Paragraph {
  return node?.type === 'paragraph' && !hasFootnoteRefs(node);
}

/** The last body paragraph before index `before`, skipping what has moved into footnotes. */
function lastBodyBefore(
  nodes: readonly RootContent[],
  before: number,
  moved: ReadonlySet<RootContent>,
): Paragraph | undefined {
  for (let i = before - 1; i >= 0; i--) {
    const node = nodes[i] as RootContent;
    if (node.type === 'footnoteDefinition') return undefined;
    if (!moved.has(node)) return trailingParagraph(node);
  }
  return undefined;
}

/**
 * The first paragraph finishes the footnote's cut sentence; each later one joins the paragraph
 * before it when that one is unfinished and it starts in lower case, or else starts a new one.
 */
function appendContinuation(definition: FootnoteDefinition, region: readonly Paragraph[]): void {
  for (const [i, paragraph] of region.entries()) {
    const previous = definition.children.at(-1);
    const joins =
      previous?.type === 'paragraph' &&
      (i === 0 ||
        (isUnfinished(textOf(previous)) && continuationEvidence(paragraph) === 'lowercase'));
    if (joins) joinParagraphs(previous, paragraph);
    else definition.children.push(paragraph);
  }
}
