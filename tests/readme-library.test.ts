/**
 * The README's library examples compile as written against the package's own types, imported by
 * the package's name as a user imports them (`baocao`, `baocao/schemas/...`).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const readme = readFileSync('README.md', 'utf8');
const section = readme.slice(readme.indexOf('## The library'), readme.indexOf('## Security'));
const examples = [...section.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1] ?? '');

describe('the README’s library examples', () => {
  it('show one document, a batch, records, the DDL and the schemas', () => {
    const code = examples.join('\n');
    for (const name of ['extract', 'runBatch', 'publishRecords', 'toRecords', 'renderDdl'])
      expect(code).toContain(name);
    expect(code).toContain("from 'baocao/schemas/records/facts.schema.json'");
  });

  it('type-check as written', { timeout: 120_000 }, () => {
    // Inside the package's folder, so that `baocao` resolves to this package by its name.
    const dir = mkdtempSync(join(process.cwd(), '.readme-examples-'));
    try {
      writeFileSync(join(dir, 'examples.ts'), examples.join('\n'));
      writeFileSync(
        join(dir, 'tsconfig.json'),
        JSON.stringify({
          extends: '../tsconfig.json',
          compilerOptions: { resolveJsonModule: true, noEmit: true },
          include: ['examples.ts'],
        }),
      );
      const result = spawnSync(
        process.execPath,
        ['node_modules/typescript/bin/tsc', '-p', join(dir, 'tsconfig.json')],
        { encoding: 'utf8' },
      );
      expect(result.status, result.stdout + result.stderr).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
