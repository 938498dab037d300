/**
 * Issue 22, the batch under attack and accident: the output folder's lock, inputs that are no
 * regular file, faults of the output folder. The compiled CLI, as users run it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Manifest, ManifestSchema } from '../src/schema/manifest.js';
import { cliPath, runCli, temporaryFolder } from './support/cli.js';

const seed = readFileSync('corpus/thanh-uy-hai-phong_bao-cao_2023-q1.md', 'utf8');
const folder = temporaryFolder('baocao-trust-');
const run = (...args: string[]) => runCli(folder(), ...args);

function manifest(out = 'out'): Manifest {
  return ManifestSchema.parse(
    JSON.parse(readFileSync(join(folder(), out, 'manifest.json'), 'utf8')),
  );
}

function writeInput(name = 'in/a.md', text = seed): void {
  mkdirSync(join(folder(), name, '..'), { recursive: true });
  writeFileSync(join(folder(), name), text);
}

describe('the output folder’s lock', { timeout: 120_000 }, () => {
  it('is never taken from a run that has created it and not yet written its owner', () => {
    writeInput();
    mkdirSync(join(folder(), 'out'));
    // What another run's lock looks like between its creation and its first write.
    writeFileSync(join(folder(), 'out/manifest.json.lock'), '');
    const refused = run('extract', 'in', '-o', 'out', '--no-db');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('another run');
    expect(existsSync(join(folder(), 'out/manifest.json'))).toBe(false);
  });

  it('is held until the records and the database are written, then released', async () => {
    writeInput();
    const { runBatch } = await import('../dist/batch/run.js');
    const lock = join(folder(), 'out/manifest.json.lock');
    let heldWhilePublishing = false;
    await runBatch({
      paths: [join(folder(), 'in')],
      outDir: join(folder(), 'out'),
      workers: 1,
      whileLocked: async () => {
        heldWhilePublishing = existsSync(lock);
      },
    } as Parameters<typeof runBatch>[0]);
    expect(heldWhilePublishing).toBe(true);
    expect(existsSync(lock)).toBe(false);
  });
});

describe('inputs that are no regular file', { timeout: 120_000 }, () => {
  it('skips a FIFO named on the command line or met in a walk, and exits', () => {
    writeInput();
    spawnSync('mkfifo', [join(folder(), 'pipe.md'), join(folder(), 'in/pipe.md')]);
    const result = spawnSync(
      process.execPath,
      [cliPath, 'extract', 'pipe.md', 'in', '-o', 'out', '--no-db', '--timeout', '5'],
      { cwd: folder(), encoding: 'utf8', timeout: 40_000 },
    );
    expect(result.signal).toBe(null);
    expect(result.status).toBe(0);
    const byPath = new Map(manifest().inputs.map((entry) => [entry.path, entry]));
    for (const path of ['pipe.md', 'in/pipe.md']) {
      expect(byPath.get(path)?.status).toBe('skipped');
      expect(byPath.get(path)?.error?.ruleId).toBe('not-a-file');
      expect(byPath.get(path)?.error?.message).toContain(path);
    }
    expect(byPath.get('in/a.md')?.status).toBe('ok');
    expect(readdirSync(join(folder(), 'out/documents'))).toHaveLength(1);
  });
});

describe('a file name that is not UTF-8', { timeout: 120_000 }, () => {
  it('is read by its bytes, not reported as missing', () => {
    mkdirSync(join(folder(), 'in'));
    const name = Buffer.concat([
      Buffer.from(join(folder(), 'in/b')),
      Buffer.from([0xff, 0x2e, 0x6d, 0x64]),
    ]);
    writeFileSync(name, seed);
    expect(run('extract', 'in', '-o', 'out', '--no-db').code).toBe(0);
    const [entry] = manifest().inputs;
    expect(entry?.status).toBe('ok');
    expect(entry?.path).toBe('in/b\\xFF.md');
  });
});
