/**
 * parse: a tree nested deeper than MAX_TREE_DEPTH fails here, naming the line, before any stage
 * walks it. The stages walk the tree recursively, and one node per level of emphasis, link, list
 * or quote costs stack: a hostile text could overflow it (a RangeError, as an internal error)
 * where a report nests a handful of levels. Measured without recursion.
 */
import type { Root } from 'mdast';
import type { Node, Parent } from 'unist';
import type { VFile } from 'vfile';

export const MAX_TREE_DEPTH = 300;

export default function treeDepth() {
  return (tree: Root, file: VFile): undefined => {
    const stack: [Node, number][] = [[tree, 0]];
    while (stack.length > 0) {
      const [node, depth] = stack.pop() as [Node, number];
      if (depth > MAX_TREE_DEPTH) {
        file.fail(
          `markdown nested more than ${MAX_TREE_DEPTH} levels deep (emphasis, links, lists or quotes); a report nests a few`,
          { place: node.position?.start, ruleId: 'nesting-too-deep', source: 'baocao' },
        );
      }
      const { children } = node as Partial<Parent>;
      if (children) for (const child of children) stack.push([child, depth + 1]);
    }
  };
}
