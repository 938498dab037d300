/**
 * structure: the section tree, and the body's blocks in their sections.
 *
 * The ladder is learned per document from the order in which rungs first appear, never
 * hard-coded: in the seed report `I.` comes first, then `1.`, then `(1)`, so `(1)` nests under
 * `1.` which nests under `I.`. Where the converter kept markdown heading levels, they outrank the
 * order: `## Mục 1` first met after `### Điều 1.` still stands above the articles; without them the
 * word-led ladders keep the law's order (Phần > Chương > Mục > Điều) whatever came first. A
 * number skipped (`V.` after `III.`) keeps the ladder and is reported (`numbering-gap`). A restart (`1.` after `III.`) nests under the current section. A
 * heading that is only a kind word and its number (`## Chương I`) takes its title from the next
 * line (`## NHỮNG QUY ĐỊNH CHUNG`). An appendix (`PHỤ LỤC`, `Biểu số 01`) closes every open
 * section and starts one of its own at the top.
 *
 * ```markdown
 * I. KẾT QUẢ            → section I
 * 1. Về công tác …      →   section I/1
 * - Thành ủy …          →     block I/1:b1
 * II. ĐÁNH GIÁ CHUNG    → section II
 * ```
 * Ids derive from the document id and the path of labels: `<docId>:III/3/(1)` for a section,
 * `<docId>:III/3/(1):b2` for its second block, `<docId>:b1` for a block before any section. An
 * unnumbered heading's label in the path is `§n` (its place among its siblings); a label met twice
 * among siblings gets `~2`.
 */
import type { Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { sourcesOf } from '../mdast/data.js';
import type { Block, Section } from '../schema/document.js';
import '../types/vfile-data.js';
import { type BlockDraft, readBlocks, tableNodes } from './blocks.js';
import { type HeadingCandidate, headingOf, LEGAL_RANK, needsTitle, titleLine } from './headings.js';

interface OpenSection {
  draft: SectionDraft;
  /** Its rung on the ladder; an appendix stands above every rung. */
  rung: string;
}

/** The rungs in order, outermost first, each with the markdown depth it was first met at. */
class Ladder {
  private readonly rungs: { rung: string; depth: number | undefined }[] = [];

  /** Learns a rung the first time it is met, placed by its markdown depth when it has one. */
  learn(rung: string, depth: number | undefined): void {
    if (this.rungs.some((entry) => entry.rung === rung)) return;
    const rank = LEGAL_RANK.get(rung);
    const below =
      depth !== undefined
        ? this.rungs.findIndex((entry) => entry.depth !== undefined && entry.depth > depth)
        : rank !== undefined
          ? // `Mục 1` first met after `Điều 2.` still stands above the articles: the law's order.
            this.rungs.findIndex((entry) => (LEGAL_RANK.get(entry.rung) ?? 0) > rank)
          : -1;
    if (below < 0) this.rungs.push({ rung, depth });
    else this.rungs.splice(below, 0, { rung, depth });
  }

  /** 0 for an appendix, then 1, 2 … from the outermost rung. */
  position(rung: string): number {
    return rung === 'appendix' ? 0 : this.rungs.findIndex((entry) => entry.rung === rung) + 1;
  }
}

interface SectionDraft {
  heading: HeadingCandidate;
  blocks: BlockDraft[];
  children: SectionDraft[];
}

export default function sections() {
  return (tree: Root, file: VFile): undefined => {
    const source = String(file);
    const ladder = new Ladder();
    const top: SectionDraft[] = [];
    const outside: BlockDraft[] = [];
    const open: OpenSection[] = [];
    const nodes = tree.children.filter((node) => node.type !== 'footnoteDefinition');

    for (let index = 0; index < nodes.length; index++) {
      const node = nodes[index] as RootContent;
      // A cover letter's lines (its signature `GIÁM ĐỐC` in capitals) head no section of the report.
      const heading = node.data?.coverLetter ? undefined : headingOf(node, source);
      if (!heading) {
        const blocks = readBlocks([node], source);
        const into = open.at(-1)?.draft.blocks ?? outside;
        // One by one: a list of 200 000 items spread as arguments overflows the stack.
        for (const block of blocks) into.push(block);
        continue;
      }
      const next = nodes[index + 1];
      const title =
        needsTitle(heading) && next ? titleLine(next, heading.numbering === 'appendix') : undefined;
      if (title !== undefined && next) {
        heading.title = title;
        heading.sources = [...heading.sources, ...sourcesOf(next)];
        index++;
      }
      if (heading.numbering !== 'appendix') ladder.learn(heading.rung, heading.markdownDepth);
      const position = ladder.position(heading.rung);
      while (open.length > 0 && ladder.position(open.at(-1)?.rung ?? '') >= position) open.pop();
      const draft: SectionDraft = {
        heading,
        blocks: readBlocks(heading.rest, source),
        children: [],
      };
      const siblings = open.at(-1)?.draft.children ?? top;
      checkSequence(siblings, heading, file);
      siblings.push(draft);
      open.push({ draft, rung: heading.rung });
    }

    const docId = file.data.docId ?? '';
    file.data.sections = finish(top, docId, 1);
    file.data.blocks = withIds(outside, docId, null);
  };
}

/**
 * A heading's number against the sibling before it on the same rung: `V.` after `III.` skips IV
 * (`numbering-gap`), `II.` after `III.` goes back (`numbering-order`). The tree still follows
 * the ladder; the diagnostic says where the numbering is not what the ladder expects.
 */
function checkSequence(siblings: readonly SectionDraft[], heading: HeadingCandidate, file: VFile) {
  const before = siblings.at(-1)?.heading;
  const { ordinal } = heading;
  if (before?.rung !== heading.rung || before.ordinal === undefined || ordinal === undefined)
    return;
  if (ordinal === before.ordinal + 1) return;
  const place = heading.sources[0];
  const gap = ordinal > before.ordinal;
  file.message(
    gap
      ? `Section ${heading.label} follows ${before.label}: ${ordinal - before.ordinal - 1} number(s) skipped`
      : `Section ${heading.label} follows ${before.label}: numbered out of order`,
    {
      place: place ? { line: place.startLine, column: 1 } : undefined,
      ruleId: gap ? 'numbering-gap' : 'numbering-order',
      source: 'baocao',
    },
  );
}

/** Drafts → Sections with ids from the path of labels, and blocks with ids under them. */
function finish(drafts: readonly SectionDraft[], parentId: string, level: number): Section[] {
  const used = new Map<string, number>();
  let unnumbered = 0;
  return drafts.map((draft) => {
    const { heading } = draft;
    let step = heading.label ?? `§${++unnumbered}`;
    const seen = (used.get(step) ?? 0) + 1;
    used.set(step, seen);
    if (seen > 1) step = `${step}~${seen}`;
    const id = `${parentId}${level === 1 ? ':' : '/'}${step}`;
    return {
      id,
      label: heading.label,
      numbering: heading.numbering,
      level,
      title: heading.title,
      blocks: withIds(draft.blocks, id, id),
      children: finish(draft.children, id, level + 1),
      sources: heading.sources,
    };
  });
}

function withIds(
  drafts: readonly BlockDraft[],
  ownerId: string,
  sectionId: string | null,
): Block[] {
  return drafts.map((draft, index) => {
    const id = `${ownerId}:b${index + 1}`;
    const table = tableNodes.get(draft);
    if (table) table.data = { ...table.data, block: { id, sectionId } };
    return { id, ...draft };
  });
}
