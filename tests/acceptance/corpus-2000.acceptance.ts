/**
 * At archive scale: a generated corpus of 2 000 reports through the CLI gives the same bytes with 1
 * and 2 workers, and a re-run redoes only what changed. `npm run test:acceptance` (minutes on a
 * 2-core machine, so not in `npm test`).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, temporaryFolder } from '../support/cli.js';
import { readDocuments, readManifest, statuses } from '../support/output.js';

const folder = temporaryFolder('baocao-acceptance-');
const run = (...args: string[]) => runCli(folder(), ...args);
const manifest = () => readManifest(folder());
const documents = (out = 'out') => readDocuments(folder(), out);

describe('a generated corpus of 2 000 reports', () => {
  it('gives the same bytes with 1 and 2 workers, then redoes only what changed', () => {
    const generate = spawnSync(
      process.execPath,
      [
        'dist/tools/generate-corpus-cli.js',
        '--count',
        '2000',
        '--out',
        join(folder(), 'in'),
        '--seed',
        '7',
      ],
      { encoding: 'utf8' },
    );
    expect(generate.status).toBe(0);
    expect(run('extract', 'in', '-o', 'one', '--workers', '1', '-q').code).toBe(0);
    // With the database: the runs below keep it current, at archive scale.
    expect(run('extract', 'in', '-o', 'out', '--workers', '2', '--db', '-q').code).toBe(0);
    const two = documents();
    expect(two.size).toBe(2000);
    expect(two).toEqual(documents('one'));

    expect(run('extract', 'in', '-o', 'out', '-q').code).toBe(0);
    expect(statuses(manifest()).every((s) => s === 'unchanged')).toBe(true);

    const changed = join(folder(), 'in/0003/gen-000321.md');
    writeFileSync(changed, `${readFileSync(changed, 'utf8')}\nGhi chú bổ sung.\n`);
    rmSync(join(folder(), 'in/0019/gen-001999.md'));
    expect(run('extract', 'in', '-o', 'out', '-q').code).toBe(0);
    const after = manifest();
    expect(after.inputs).toHaveLength(1999);
    expect(after.inputs.filter((e) => e.error?.ruleId !== 'unchanged').map((e) => e.path)).toEqual([
      'in/0003/gen-000321.md',
    ]);
    expect(documents().size).toBe(1999);
  });
});
