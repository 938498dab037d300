/**
 * extract: the footnote records, linked both ways. Every footnoteDefinition (whatever syntax it
 * was written in: src/repair/footnote-syntax.ts) becomes a Footnote with its plain text and source
 * lines; `citedBy` lists the blocks whose `footnoteRefs` name it.
 *
 * Reported, with the place:
 * - `footnote-undefined`: a block cites a footnote no definition gives;
 * - `footnote-uncited`: a definition no block cites;
 * - `footnote-duplicate`: a second definition with a number already defined;
 * - `footnote-order`: a definition whose number does not follow the one before it (a lost or
 *   misread footnote, or a page out of order).
 */
import type { FootnoteDefinition, Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { sourcesOf } from '../mdast/data.js';
import { plainText } from '../mdast/plain-text.js';
import type { Footnote } from '../schema/document.js';
import { eachBlock } from '../structure/walk.js';
import '../types/vfile-data.js';

export default function footnotes() {
  return (tree: Root, file: VFile): undefined => {
    const docId = file.data.docId ?? '';
    const records: Footnote[] = [];
    const byLabel = new Map<string, Footnote>();
    const definitionsSeen = new Map<string, number>();
    let previousNumber: number | undefined;

    for (const definition of definitionsOf(tree)) {
      const label = definition.identifier;
      const number = /^\d+$/.test(label) ? Number(label) : null;
      const seen = (definitionsSeen.get(label) ?? 0) + 1;
      definitionsSeen.set(label, seen);
      const duplicate = seen > 1;
      const record: Footnote = {
        // fn14, or fn14.2 for a second definition of 14; a GFM name keeps its text: fn-ghi-chu.
        id: `${docId}:fn${number ?? `-${label}`}${duplicate ? `.${seen}` : ''}`,
        number,
        label,
        text: definition.children
          .map((child) => plainText(child).text.trim())
          .filter((text) => text !== '')
          .join('\n'),
        citedBy: [],
        sources: definition.children.flatMap(sourcesOf),
      };
      if (record.sources.length === 0) record.sources = sourcesOf(definition);
      records.push(record);

      if (duplicate) {
        file.message(
          `Footnote ${label} is defined twice; the first definition takes the citations`,
          {
            place: definition.position,
            ruleId: 'footnote-duplicate',
            source: 'baocao',
          },
        );
      } else byLabel.set(label, record);

      if (number !== null) {
        if (previousNumber !== undefined && number !== previousNumber + 1 && !duplicate) {
          file.message(`Footnote ${number} follows footnote ${previousNumber}`, {
            place: definition.position,
            ruleId: 'footnote-order',
            source: 'baocao',
          });
        }
        previousNumber = number;
      }
    }

    for (const block of eachBlock(file.data.blocks ?? [], file.data.sections ?? [])) {
      for (const ref of block.footnoteRefs) {
        const footnote = byLabel.get(ref.label);
        if (!footnote) {
          const line = block.sources[0]?.startLine;
          file.message(`Footnote ${ref.label} is cited but never defined`, {
            place: line === undefined ? undefined : { line, column: 1 },
            ruleId: 'footnote-undefined',
            source: 'baocao',
          });
        } else if (footnote.citedBy.at(-1) !== block.id) {
          footnote.citedBy.push(block.id);
        }
      }
    }

    for (const [label, footnote] of byLabel) {
      if (footnote.citedBy.length > 0) continue;
      const line = footnote.sources[0]?.startLine;
      file.message(`Footnote ${label} is never cited`, {
        place: line === undefined ? undefined : { line, column: 1 },
        ruleId: 'footnote-uncited',
        source: 'baocao',
      });
    }

    file.data.footnotes = records;
  };
}

/** Definitions in document order, wherever they stand (GFM allows them inside lists and quotes). */
function definitionsOf(tree: Root): FootnoteDefinition[] {
  const found: FootnoteDefinition[] = [];
  visit(tree, 'footnoteDefinition', (node) => {
    found.push(node);
    return SKIP;
  });
  return found;
}
