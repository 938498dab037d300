/**
 * Joining the halves of a sentence cut at a page break. Vietnamese is written in syllables
 * separated by spaces, so the halves join with one space; the joined paragraph keeps the source
 * lines of both halves in `data.sources`.
 */
import type { Paragraph, PhrasingContent } from 'mdast';
import { sourcesOf } from '../mdast/data.js';

export function joinParagraphs(target: Paragraph, addition: Paragraph): void {
  const sources = [...sourcesOf(target), ...sourcesOf(addition)];
  trimEdge(target.children, 'end');
  trimEdge(addition.children, 'start');
  // One by one: a paragraph of 100 000 inline nodes spread as arguments overflows the stack.
  target.children.push({ type: 'text', value: ' ' });
  for (const child of addition.children) target.children.push(child);
  target.data = { ...target.data, sources };
}

function trimEdge(children: PhrasingContent[], edge: 'start' | 'end'): void {
  const node = edge === 'start' ? children[0] : children.at(-1);
  if (node?.type !== 'text') return;
  node.value = edge === 'start' ? node.value.trimStart() : node.value.trimEnd();
}
