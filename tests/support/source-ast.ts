/**
 * src/ read as syntax trees (Babel), for the tests that check the code itself: every regex for
 * backtracking (tests/regexes.test.ts), no spreading of unbounded arrays (tests/spread.test.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '@babel/parser';

export interface Node {
  type: string;
  loc?: { start: { line: number } };
  [key: string]: unknown;
}

export const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';

/** A node's child nodes, positions and comments aside. */
export function children(node: Node): Node[] {
  const out: Node[] = [];
  for (const [key, value] of Object.entries(node)) {
    if (key === 'loc' || key === 'leadingComments' || key === 'trailingComments') continue;
    if (Array.isArray(value)) {
      for (const item of value) if (isNode(item)) out.push(item);
    } else if (isNode(value)) out.push(value);
  }
  return out;
}

/** Every node of a tree (without recursion, so a deep tree cannot overflow the stack). */
export function* walk(node: Node): Generator<Node> {
  const stack: Node[] = [node];
  while (stack.length > 0) {
    const current = stack.pop() as Node;
    yield current;
    for (const child of children(current)) stack.push(child);
  }
}

/** The TypeScript files below `dir`, sorted, minus the folders named in `skip`. */
export function sourceFiles(dir: string, skip: readonly string[] = []): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts') && !skip.some((folder) => name.startsWith(`${folder}/`)))
    .sort()
    .map((name) => join(dir, name));
}

/** A module's program node. */
export function parseModule(path: string): Node {
  return parse(readFileSync(path, 'utf8'), { sourceType: 'module', plugins: ['typescript'] })
    .program as unknown as Node;
}
