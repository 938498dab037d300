/**
 * Every regular expression in src/ is checked for catastrophic backtracking by recheck (a ReDoS
 * checker: automata analysis, or fuzzing where that cannot decide). A report is text from anyone;
 * one regex that is quadratic on a long line of spaces or digits stalls a whole batch worker.
 *
 * The sources are parsed (not grepped): regex literals, and `new RegExp(…)` / `RegExp(…)` calls.
 * A call whose pattern is built from the parameters of a helper (`edge('kế hoạch|kh')`) is checked
 * once per call of that helper with literal arguments; a pattern that cannot be known statically
 * fails the test, so that a new dynamic regex is either made checkable or made a literal.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '@babel/parser';
import { checkSync } from 'recheck';
import { describe, expect, it } from 'vitest';
import * as markers from '../src/parse/markers.js';

interface Found {
  where: string;
  source: string;
  flags: string;
}

interface Node {
  type: string;
  loc?: { start: { line: number } };
  [key: string]: unknown;
}

const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';

function children(node: Node): Node[] {
  const out: Node[] = [];
  for (const [key, value] of Object.entries(node)) {
    if (key === 'loc' || key === 'leadingComments' || key === 'trailingComments') continue;
    if (Array.isArray(value)) out.push(...value.filter(isNode));
    else if (isNode(value)) out.push(value);
  }
  return out;
}

/** The string a node stands for when it is a literal (or a template without expressions). */
function literalString(node: unknown): string | undefined {
  if (!isNode(node)) return undefined;
  if (node.type === 'StringLiteral') return node.value as string;
  if (node.type === 'TemplateLiteral' && (node.expressions as Node[]).length === 0) {
    return ((node.quasis as Node[])[0]?.value as { cooked: string } | undefined)?.cooked;
  }
  return undefined;
}

/**
 * `new RegExp(template, flags)` inside `const name = (p) => …`: the template with each of its
 * `${p}` replaced by the literal arguments of every call `name('…')` in the same file.
 */
function resolveDynamic(
  call: Node,
  ancestors: readonly Node[],
  program: Node,
): { sources: string[]; flags: string } | string {
  const [pattern, flagsNode] = call.arguments as Node[];
  const flags = flagsNode === undefined ? '' : literalString(flagsNode);
  if (flags === undefined) return 'its flags are not a literal';
  const literal = literalString(pattern);
  if (literal !== undefined) return { sources: [literal], flags };
  if (pattern?.type !== 'TemplateLiteral') return 'its pattern is neither a literal nor a template';
  const fn = [...ancestors]
    .reverse()
    .find((node) => node.type === 'ArrowFunctionExpression' || node.type === 'FunctionExpression');
  const declarator = ancestors[ancestors.indexOf(fn as Node) - 1];
  const name = (declarator?.id as Node | undefined)?.name as string | undefined;
  if (!fn || declarator?.type !== 'VariableDeclarator' || !name)
    return 'its pattern is built outside a named helper';
  const params = (fn.params as Node[]).map((param) => param.name as string);
  const quasis = (pattern.quasis as Node[]).map((q) => (q.value as { cooked: string }).cooked);
  const expressions = pattern.expressions as Node[];
  const sources: string[] = [];
  let unknown: string | undefined;
  const visit = (node: Node) => {
    if (
      node.type === 'CallExpression' &&
      (node.callee as Node).type === 'Identifier' &&
      (node.callee as Node).name === name
    ) {
      const args = (node.arguments as Node[]).map(literalString);
      let source = quasis[0] ?? '';
      expressions.forEach((expression, i) => {
        const value = args[params.indexOf(expression.name as string)];
        if (expression.type !== 'Identifier' || value === undefined) {
          unknown = `${name}(…) at line ${node.loc?.start.line} has an argument that is not a literal`;
        }
        source += `${value ?? ''}${quasis[i + 1] ?? ''}`;
      });
      sources.push(source);
    }
    children(node).forEach(visit);
  };
  visit(program);
  if (unknown) return unknown;
  return sources.length > 0 ? { sources, flags } : `${name} is never called`;
}

/** The module whose regexes are built from a table at load time; its exports are checked as built. */
const BUILT_FROM_TABLES = join('src', 'parse', 'markers.ts');

function findRegexes(): { found: Found[]; unresolved: string[] } {
  const files = readdirSync('src', { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .sort()
    .map((name) => join('src', name));
  const found: Found[] = [];
  const unresolved: string[] = [];
  for (const file of files) {
    const program = parse(readFileSync(file, 'utf8'), {
      sourceType: 'module',
      plugins: ['typescript'],
    }).program as unknown as Node;
    const walk = (node: Node, ancestors: Node[]) => {
      const where = `${file}:${node.loc?.start.line}`;
      if (node.type === 'RegExpLiteral') {
        found.push({ where, source: node.pattern as string, flags: node.flags as string });
      }
      const callee = node.callee as Node | undefined;
      if (
        (node.type === 'NewExpression' || node.type === 'CallExpression') &&
        callee?.type === 'Identifier' &&
        callee.name === 'RegExp'
      ) {
        // The marker table builds its patterns from its entries: checked below, as built.
        const resolved =
          file === BUILT_FROM_TABLES ? undefined : resolveDynamic(node, ancestors, program);
        if (typeof resolved === 'string') unresolved.push(`${where}: ${resolved}`);
        else if (resolved) {
          for (const source of resolved.sources)
            found.push({ where, source, flags: resolved.flags });
        }
      }
      for (const child of children(node)) walk(child, [...ancestors, node]);
    };
    walk(program, []);
  }
  return { found, unresolved };
}

const { found, unresolved } = findRegexes();
for (const [name, value] of Object.entries(markers)) {
  const regexes =
    value instanceof RegExp ? [value] : value instanceof Map ? [...value.values()] : [];
  for (const regex of regexes) {
    if (regex instanceof RegExp) {
      found.push({
        where: `${BUILT_FROM_TABLES} ${name}`,
        source: regex.source,
        flags: regex.flags,
      });
    }
  }
}

describe('regular expressions in src/', () => {
  it('are all found, and every dynamic one can be checked', () => {
    // A floor, so that a parser change that finds nothing cannot pass silently.
    expect(found.length).toBeGreaterThan(150);
    expect(unresolved).toEqual([]);
  });

  it.each(found.map((regex) => [`${regex.where} /${regex.source}/${regex.flags}`, regex] as const))(
    'no catastrophic backtracking: %s',
    (_, { source, flags }) => {
      const diagnostics = checkSync(source, flags, { timeout: 30_000 });
      const attack = diagnostics.status === 'vulnerable' ? diagnostics.attack.pattern : undefined;
      const detail =
        diagnostics.status === 'unknown' ? diagnostics.error.kind : diagnostics.complexity?.type;
      expect({ status: diagnostics.status, detail, attack }).toMatchObject({ status: 'safe' });
    },
    60_000,
  );
});
