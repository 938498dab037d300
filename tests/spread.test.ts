/**
 * Issue 22: no stage spreads an array of unbounded length as arguments (`push(...blocks)`): V8
 * passes each element on the stack, and 130 000 footnote marks or 200 000 list items overflow it
 * (a RangeError, as an internal error). The sources are parsed (not grepped); the tools and
 * literal lists are not input-sized.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Node, parseModule, sourceFiles, walk } from './support/source-ast.js';

/** Calls whose arguments are spread, where the spread array's length comes from the input. */
const SPREADING = new Set([
  'push',
  'unshift',
  'splice',
  'max',
  'min',
  'fromCharCode',
  'fromCodePoint',
]);

describe('no argument spreading of unbounded arrays', () => {
  it('holds for every module of the pipeline and the batch', () => {
    const found: string[] = [];
    for (const path of sourceFiles('src', ['tools'])) {
      for (const node of walk(parseModule(path))) {
        if (node.type !== 'CallExpression') continue;
        const callee = node.callee as Node;
        const name =
          callee.type === 'MemberExpression' ? (callee.property as Node).name : undefined;
        const args = node.arguments as Node[];
        const spread = args.find((arg) => arg.type === 'SpreadElement');
        if (typeof name !== 'string' || !SPREADING.has(name) || spread === undefined) continue;
        // `super.push(...labels)` in a subclass of Array passes on what its caller spread.
        if ((callee.object as Node).type === 'Super') continue;
        found.push(`${path}:${node.loc?.start.line}: ${name}(...)`);
      }
    }
    expect(found).toEqual([]);
  });

  it('reads 30 000 footnote marks in one paragraph on a small stack', () => {
    const script = `
      const { extract } = await import(${JSON.stringify(join(process.cwd(), 'dist/index.js'))});
      const text = 'BÁO CÁO\\n\\n' + 'a¹ '.repeat(30000) + '\\n\\n¹ Chú thích.\\n';
      const document = await extract({ path: 'a.md', bytes: new TextEncoder().encode(text) });
      console.log(document.footnotes.length);
    `;
    const result = spawnSync(
      process.execPath,
      ['--stack-size=200', '--input-type=module', '-e', script],
      {
        encoding: 'utf8',
        timeout: 50_000,
      },
    );
    expect(result.stderr).not.toContain('RangeError');
    expect(result.stdout.trim()).toBe('1');
  });
});
