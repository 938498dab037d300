/**
 * Issue 22, the batch under attack and accident: the output folder's lock, inputs that are no
 * regular file, faults of the output folder. The compiled CLI, as users run it.
 */
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliPath, runCli, temporaryFolder } from './support/cli.js';
import { readManifest } from './support/output.js';

const seed = readFileSync('corpus/thanh-uy-hai-phong_bao-cao_2023-q1.md', 'utf8');
const folder = temporaryFolder('baocao-trust-');
const run = (...args: string[]) => runCli(folder(), ...args);

const manifest = (out = 'out') => readManifest(folder(), out);

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

/**
 * A tmpfs mounted at `dir` (read-only, or of `size` bytes), for the faults of a real file system;
 * undefined where this process may not mount (not root): those tests are skipped there.
 */
function mountTmpfs(dir: string, options: string): (() => void) | undefined {
  mkdirSync(dir, { recursive: true });
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir]);
  if (mounted.status !== 0) return undefined;
  return () => {
    spawnSync('umount', [dir]);
  };
}

const canMount = (() => {
  if (process.getuid?.() !== 0) return false;
  const probe = `/tmp/baocao-mount-probe-${process.pid}`;
  const unmount = mountTmpfs(probe, 'size=4k');
  unmount?.();
  return unmount !== undefined;
})();

/** The CLI's stderr is one line per problem: no stack trace, no internal error. */
function expectPlainError(stderr: string, ...parts: string[]): void {
  expect(stderr).not.toContain('internal error');
  expect(stderr).not.toMatch(/^\s+at /m);
  const line = stderr.split('\n').find((text) => parts.every((part) => text.includes(part)));
  expect(line, stderr).toBeDefined();
}

describe('faults of the output folder', { timeout: 120_000 }, () => {
  it('removes every temporary file a killed run left anywhere in the folder', () => {
    writeInput();
    expect(run('extract', 'in', '-o', 'out', '--no-db').code).toBe(0);
    const left = [
      'out/records/facts.ndjson.999999999.tmp',
      'out/manifest.json.999999999.deadbeef.tmp',
      'out/documents/0123456789abcdef.999999999-3.tmp',
      'out/manifest.json.lock.999999999.0badf00d.tmp',
    ];
    mkdirSync(join(folder(), 'out/records'), { recursive: true });
    for (const name of left) writeFileSync(join(folder(), name), 'cut short');
    // A temporary file of a live process (this test's) is someone's write in progress.
    const live = `out/manifest.json.${process.pid}.cafe0001.tmp`;
    writeFileSync(join(folder(), live), 'in progress');
    expect(run('extract', 'in', '-o', 'out', '--no-db').code).toBe(0);
    for (const name of left) expect(existsSync(join(folder(), name)), name).toBe(false);
    expect(existsSync(join(folder(), live))).toBe(true);
  });

  it.skipIf(!canMount)('ends in one line on a read-only folder, exit 3', () => {
    writeInput();
    const unmount = mountTmpfs(join(folder(), 'out'), 'ro,size=64k');
    try {
      const result = run('extract', 'in', '-o', 'out');
      expect(result.code).toBe(3);
      expectPlainError(result.stderr, 'out/', 'read-only (EROFS)');
    } finally {
      unmount?.();
    }
  });

  it.skipIf(!canMount)('ends in one line when the disk fills at the journal, lock released', () => {
    writeInput();
    const out = join(folder(), 'out');
    const unmount = mountTmpfs(out, 'size=64k');
    try {
      // Room for the lock's page and the documents folder, none for the journal.
      writeFileSync(join(out, 'filler'), Buffer.alloc(15 * 4096));
      mkdirSync(join(out, 'documents'));
      const result = run('extract', 'in', '-o', 'out');
      expect(result.code).toBe(3);
      expectPlainError(result.stderr, 'manifest.journal.ndjson', 'disk is full (ENOSPC)');
      expect(existsSync(join(out, 'manifest.json.lock'))).toBe(false);
    } finally {
      unmount?.();
    }
  });
});

describe('a run resumed after a kill', { timeout: 120_000 }, () => {
  it('counts the inputs the killed run finished as ok, so the totals add up', () => {
    writeInput('in/a.md');
    writeInput('in/b.md', `${seed}\n\nGhi chú.\n`);
    expect(run('extract', 'in', '-o', 'out', '--no-db').code).toBe(0);
    // What a run killed after committing both inputs leaves: their documents, and its journal.
    const done = manifest();
    const journal = join(folder(), 'out/manifest.journal.ndjson');
    const header = JSON.stringify({ journal: 'baocao', fingerprint: done.extractor.fingerprint });
    writeFileSync(
      journal,
      [header, ...done.inputs.map((entry) => JSON.stringify(entry))].join('\n'),
    );
    const killedAt = new Date(Date.now() - 60_000);
    utimesSync(journal, killedAt, killedAt);
    rmSync(join(folder(), 'out/manifest.json'));
    expect(run('extract', 'in', '-o', 'out', '--no-db').code).toBe(0);
    const resumed = manifest();
    expect(resumed.totals).toMatchObject({ inputs: 2, ok: 2, skipped: 0 });
    expect(readdirSync(join(folder(), 'out/documents'))).toHaveLength(resumed.totals.ok);
  });
});
