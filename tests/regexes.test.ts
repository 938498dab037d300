import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSync } from 'recheck';
import { afterAll, describe, expect, it } from 'vitest';
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

/**
 * The regexes recheck found safe, by exact source and flags, with the recheck version that did
 * (tests/support/regex-verdicts.json): checking ~600 regexes takes half a minute, and a regex's
 * verdict cannot change while its text and the checker stay the same. A new or changed regex is
 * not in the file and is checked; a new recheck version checks them all again.
 */
const VERDICTS = 'tests/support/regex-verdicts.json';
const RECHECK_VERSION = (
  JSON.parse(readFileSync('node_modules/recheck/package.json', 'utf8')) as { version: string }
).version;
const verdictKey = (source: string, flags: string) => `/${source}/${flags}`;
const safe = (() => {
  if (!existsSync(VERDICTS)) return new Set<string>();
  const stored = JSON.parse(readFileSync(VERDICTS, 'utf8')) as { recheck: string; safe: string[] };
  return new Set(stored.recheck === RECHECK_VERSION ? stored.safe : []);
})();
const checkedSafe = new Set<string>();

describe('regular expressions in src/', () => {
  it('are all found, and every dynamic one can be checked', () => {
    // A floor, so that a parser change that finds nothing cannot pass silently.
    expect(found.length).toBeGreaterThan(150);
    expect(unresolved).toEqual([]);
  });

  it.each(found.map((regex) => [`${regex.where} /${regex.source}/${regex.flags}`, regex] as const))(
    'no catastrophic backtracking: %s',
    (_, { source, flags }) => {
      // A regex recheck already found safe, by its exact source and flags, is not checked again.
      if (safe.has(verdictKey(source, flags))) return;
      const diagnostics = checkSync(source, flags, { timeout: 30_000 });
      const attack = diagnostics.status === 'vulnerable' ? diagnostics.attack.pattern : undefined;
      const detail =
        diagnostics.status === 'unknown' ? diagnostics.error.kind : diagnostics.complexity?.type;
      expect({ status: diagnostics.status, detail, attack }).toMatchObject({ status: 'safe' });
      checkedSafe.add(verdictKey(source, flags));
    },
    60_000,
  );

  // `UPDATE_REGEX_VERDICTS=1 npx vitest run tests/regexes.test.ts` keeps the verdicts of today's
  // regexes only, so that a regex removed from src/ leaves no verdict behind.
  afterAll(() => {
    if (process.env.UPDATE_REGEX_VERDICTS !== '1') return;
    const today = new Set(found.map((regex) => verdictKey(regex.source, regex.flags)));
    const kept = [...new Set([...safe, ...checkedSafe])].filter((key) => today.has(key)).sort();
    writeFileSync(
      VERDICTS,
      `${JSON.stringify({ recheck: RECHECK_VERSION, safe: kept }, null, 2)}\n`,
    );
  });
});
