import type { Block, Section } from '../schema/document.js';

/** Every section of a tree, depth first, in reading order. */
export function* eachSection(sections: readonly Section[]): Generator<Section> {
  for (const section of sections) {
    yield section;
    yield* eachSection(section.children);
  }
}

/** Every block of a document in reading order: those before any section, then each section's. */
export function* eachBlock(
  outside: readonly Block[],
  sections: readonly Section[],
): Generator<Block> {
  yield* outside;
  for (const section of eachSection(sections)) yield* section.blocks;
}
