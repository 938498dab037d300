import { join } from 'node:path';
import { checkSync } from 'recheck';
import { describe, expect, it } from 'vitest';
import * as markers from '../src/parse/markers.js';
import { children, isNode, type Node, parseModule, sourceFiles } from './support/source-ast.js';

interface Found {
  where: string;
  source: string;
  flags: string;
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
  const files = sourceFiles('src');
  const found: Found[] = [];
  const unresolved: string[] = [];
  for (const file of files) {
    const program = parseModule(file);
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
