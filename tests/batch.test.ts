/**
 * The batch runner end to end, as users run it: the compiled CLI on folders of reports.
 */
import { spawn } from 'node:child_process';
import {
  chmodSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliPath as cli, runCli, temporaryFolder } from './support/cli.js';
import { readDocuments, readManifest, statuses } from './support/output.js';

const seed = readFileSync('corpus/thanh-uy-hai-phong_bao-cao_2023-q1.md', 'utf8');

const folder = temporaryFolder('baocao-batch-');
const run = (...args: string[]) => runCli(folder(), ...args);

const manifest = (out = 'out', name = 'manifest.json') => readManifest(folder(), out, name);
const documents = (out = 'out') => readDocuments(folder(), out);

/**
 * The runs that extract a corpus twice over and kill or split one of them (resumed after SIGKILL,
 * sharded and merged) are `npm run test:acceptance`'s (tests/acceptance/batch-full.acceptance.ts
 * sets BATCH_FULL), which `.ci/run` runs too; `npm test` runs the rest.
 */
const full = process.env.BATCH_FULL === '1';
const quick = full ? it.skip : it;
const heavy = full ? it : it.skip;

/** `count` distinct reports: the seed with one paragraph changed. */
function writeCorpus(count: number, dir = 'in'): void {
  for (let i = 0; i < count; i++) {
    const subfolder = join(folder(), dir, String(Math.floor(i / 10)).padStart(2, '0'));
    mkdirSync(subfolder, { recursive: true });
    writeFileSync(
      join(subfolder, `r${String(i).padStart(3, '0')}.md`),
      `${seed}\n\nGhi chú số ${i}.\n`,
    );
  }
}

// Each test runs the CLI on a corpus, several times: seconds, not milliseconds.
describe('baocao extract over a folder', { timeout: 120_000 }, () => {
  // The documents and manifests are what these compare: the database is left out (--no-db), as it
  // is a projection of them that tests/warehouse.test.ts checks. At archive scale: test:acceptance.
  quick('gives the same bytes with 1 and 2 workers', () => {
    writeCorpus(12);
    expect(run('extract', 'in', '-o', 'one', '--workers', '1', '--no-db').code).toBe(0);
    expect(run('extract', 'in', '-o', 'two', '--workers', '2', '--no-db').code).toBe(0);
    expect(documents('two')).toEqual(documents('one'));
    expect(documents('one').size).toBe(12);
    const { run: _one, ...one } = manifest('one');
    const { run: _two, ...two } = manifest('two');
    expect(two).toEqual(one);
  });

  quick('skips what is unchanged, redoes what changed, and removes what is gone', () => {
    writeCorpus(12);
    expect(run('extract', 'in', '-o', 'out').code).toBe(0);
    const first = documents();

    expect(run('extract', 'in', '-o', 'out').code).toBe(0);
    expect(statuses(manifest())).toEqual(Array(12).fill('unchanged'));
    expect(documents()).toEqual(first);

    // Touching a file without changing it is no change; changing its bytes is.
    utimesSync(join(folder(), 'in/00/r003.md'), new Date(), new Date());
    writeFileSync(join(folder(), 'in/00/r004.md'), `${seed}\n\nGhi chú đã sửa.\n`);
    rmSync(join(folder(), 'in/01/r011.md'));
    expect(run('extract', 'in', '-o', 'out').code).toBe(0);
    const after = manifest();
    expect(after.inputs).toHaveLength(11);
    expect(statuses(after).filter((s) => s !== 'unchanged')).toEqual(['ok']);
    expect(after.inputs.find((e) => e.status === 'ok')?.path).toBe('in/00/r004.md');
    expect(documents().size).toBe(11);
    const docIds = new Set(after.inputs.map((entry) => `${entry.docId}.json`));
    expect([...documents().keys()].every((name) => docIds.has(name))).toBe(true);

    expect(run('extract', 'in', '-o', 'out', '--force').code).toBe(0);
    expect(statuses(manifest())).toEqual(Array(11).fill('ok'));
  });

  heavy('completes after being killed partway, identical to a run that was not', async () => {
    writeCorpus(24);
    expect(run('extract', 'in', '-o', 'whole', '--workers', '2', '--no-db').code).toBe(0);

    const child = spawn(
      process.execPath,
      [cli, 'extract', 'in', '-o', 'out', '--workers', '2', '--no-db'],
      { cwd: folder() },
    );
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        let written = 0;
        try {
          written = readdirSync(join(folder(), 'out/documents')).length;
        } catch {}
        if (written >= 5) {
          clearInterval(poll);
          child.kill('SIGKILL');
          resolve();
        }
      }, 5);
    });
    await new Promise((resolve) => child.on('exit', resolve));
    expect(
      readdirSync(join(folder(), 'out')).some((name) => name.endsWith('.journal.ndjson')),
    ).toBe(true);
    // The documents the journal says were committed before the kill.
    const documentsDir = join(folder(), 'out/documents');
    const journaled = readFileSync(join(folder(), 'out/manifest.journal.ndjson'), 'utf8')
      .split('\n')
      .flatMap((line) => /"docId":"([0-9a-f]+)"/.exec(line)?.[1] ?? []);
    const writtenBefore = new Map(
      journaled.map((docId) => [
        `${docId}.json`,
        statSync(join(documentsDir, `${docId}.json`)).mtimeMs,
      ]),
    );

    expect(run('extract', 'in', '-o', 'out', '--workers', '2', '--no-db').code).toBe(0);
    expect(documents()).toEqual(documents('whole'));
    expect(readdirSync(join(folder(), 'out/documents')).filter((n) => n.endsWith('.tmp'))).toEqual(
      [],
    );
    expect(
      readdirSync(join(folder(), 'out')).some((name) => name.endsWith('.journal.ndjson')),
    ).toBe(false);
    const resumed = manifest();
    // The inputs the killed run finished are this run's too: ok, so the totals add up.
    expect(resumed.totals).toMatchObject({ inputs: 24, ok: 24, skipped: 0, failed: 0 });
    // What was written before the kill is not redone.
    expect(writtenBefore.size).toBeGreaterThan(0);
    for (const [name, mtime] of writtenBefore) {
      expect(statSync(join(documentsDir, name)).mtimeMs, name).toBe(mtime);
    }
  });

  quick('finishes the inputs in flight on SIGINT, writes the manifest and exits 130', async () => {
    writeCorpus(60);
    const child = spawn(process.execPath, [cli, 'extract', 'in', '-o', 'out', '--workers', '1'], {
      cwd: folder(),
    });
    let sent = false;
    const poll = setInterval(() => {
      try {
        if (!sent && readdirSync(join(folder(), 'out/documents')).length >= 3) {
          sent = true;
          child.kill('SIGINT');
        }
      } catch {}
    }, 5);
    const code = await new Promise((resolve) => child.on('exit', resolve));
    clearInterval(poll);
    expect(code).toBe(130);
    const stopped = manifest();
    expect(stopped.run.interrupted).toBe(true);
    expect(stopped.inputs.length).toBeGreaterThanOrEqual(3);
    expect(stopped.inputs.length).toBeLessThan(60);
    expect(documents().size).toBe(stopped.totals.ok);
  });

  quick('records every bad input with a clear reason and extracts the good ones', () => {
    mkdirSync(join(folder(), 'in/x.md'), { recursive: true });
    writeFileSync(join(folder(), 'in/good.md'), seed);
    writeFileSync(join(folder(), 'in/empty.md'), '');
    writeFileSync(
      join(folder(), 'in/image.md'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    );
    writeFileSync(join(folder(), 'in/latin1.md'), Buffer.from('B\xe1o c\xe1o', 'latin1'));
    writeFileSync(join(folder(), 'in/big.md'), `${seed}${'x'.repeat(2_000)}`);
    symlinkSync('missing.md', join(folder(), 'in/dangling.md'));
    writeFileSync(join(folder(), 'in/locked.md'), seed.replace('BÁO CÁO', 'BÁO CÁO TÓM TẮT'));
    chmodSync(join(folder(), 'in/locked.md'), 0o000);
    symlinkSync('.', join(folder(), 'in/loop'));
    writeFileSync(
      join(folder(), 'in/nested.md'),
      Array.from({ length: 400 }, (_, i) => `${'  '.repeat(i)}- a`).join('\n'),
    );

    const { code } = run(
      'extract',
      'in',
      '-o',
      'out',
      '--max-bytes',
      String(Buffer.byteLength(seed) + 1_000),
    );

    expect(code).toBe(1);
    const byPath = new Map(manifest().inputs.map((entry) => [entry.path, entry]));
    expect(byPath.get('in/good.md')).toMatchObject({ status: 'ok', error: null });
    expect(byPath.get('in/empty.md')?.error?.ruleId).toBe('no-text');
    expect(byPath.get('in/image.md')?.error).toMatchObject({ ruleId: 'binary-content' });
    expect(byPath.get('in/latin1.md')?.error?.message).toMatch(
      /^in\/latin1\.md:1:2: ill-formed UTF-8/,
    );
    expect(byPath.get('in/big.md')?.error?.ruleId).toBe('too-large');
    expect(byPath.get('in/dangling.md')?.error?.message).toContain('ENOENT');
    // Root reads a file whatever its mode (CI runs as root); anyone else is refused, with a reason.
    if (process.getuid?.() === 0) expect(byPath.get('in/locked.md')?.status).toBe('ok');
    else expect(byPath.get('in/locked.md')?.error?.message).toContain('EACCES');
    // A folder named like a report is walked, not read; the loop is walked once. Both are said.
    expect(byPath.get('in/x.md')?.error?.ruleId).toBe('directory');
    expect(byPath.get('in/loop')?.error?.ruleId).toBe('symlink-loop');
    expect([...byPath.keys()].filter((path) => path.startsWith('in/loop/'))).toEqual([]);
    expect(documents().size).toBe(process.getuid?.() === 0 ? 2 : 1);
  });

  quick('stops an extraction over the time limit, replaces its worker and goes on', () => {
    mkdirSync(join(folder(), 'in'));
    // Twelve megabytes of report take the pipeline (linear, about 1 µs a byte) far over a second,
    // and the limit counts the extraction alone: the small ones take milliseconds of it.
    writeFileSync(join(folder(), 'in/a-huge.md'), `${seed}\n`.repeat(220));
    writeFileSync(join(folder(), 'in/b.md'), 'Đạt kế hoạch năm.\n');
    writeFileSync(join(folder(), 'in/c.md'), 'Vượt kế hoạch quý.\n');
    const { code, stderr } = run('extract', 'in', '-o', 'out', '--workers', '1', '--timeout', '1');
    expect(code).toBe(1);
    expect(stderr).toContain('in/a-huge.md: extraction took longer than 1 s (--timeout)');
    expect(statuses(manifest())).toEqual(['timeout', 'ok', 'ok']);
  });

  quick('stops a worker whose heap outgrows --max-memory, fails its input and goes on', () => {
    mkdirSync(join(folder(), 'in'));
    // Three megabytes of report need hundreds of megabytes of heap; the small ones fit in 64.
    writeFileSync(join(folder(), 'in/a-big.md'), `${seed}\n`.repeat(55));
    writeFileSync(join(folder(), 'in/b.md'), seed);
    writeFileSync(join(folder(), 'in/c.md'), 'Vượt kế hoạch quý.\n');
    const { code, stderr } = run('extract', 'in', '-o', 'out', '-w', '1', '--max-memory', '64');
    expect(code).toBe(1);
    expect(stderr).toContain(
      'in/a-big.md: extraction needed more than 64 MB of memory (--max-memory); its worker was stopped',
    );
    expect(statuses(manifest())).toEqual(['out-of-memory', 'ok', 'ok']);
  });

  heavy('splits a run into shards and merges them into the same result', () => {
    writeCorpus(20);
    expect(run('extract', 'in', '-o', 'whole', '--no-db').code).toBe(0);
    expect(run('extract', 'in', '-o', 'out', '--shard', '1/2').code).toBe(0);
    expect(run('merge', '-o', 'out', '--no-db').code).toBe(2);
    expect(run('extract', 'in', '-o', 'out', '--shard', '2/2').code).toBe(0);
    const one = manifest('out', 'manifest.shard-1-of-2.json').inputs.length;
    const two = manifest('out', 'manifest.shard-2-of-2.json').inputs.length;
    expect(one + two).toBe(20);
    expect(Math.min(one, two)).toBeGreaterThan(0);
    expect(run('merge', '-o', 'out', '--no-db').code).toBe(0);
    expect(documents()).toEqual(documents('whole'));
    const { run: _a, ...merged } = manifest();
    const { run: _b, ...whole } = manifest('whole');
    expect(merged).toEqual(whole);
  });

  quick('rejects bad options as usage errors', () => {
    expect(run('extract', '--workers', '0').code).toBe(2);
    expect(run('extract', '--shard', '3/2').code).toBe(2);
    expect(run('extract', '--log-format', 'xml').code).toBe(2);
    expect(run('extract', '--prune', '--no-prune').code).toBe(2);
    expect(run('extract', '--max-memory', '0').code).toBe(2);
  });
});

describe('batch safety', { timeout: 120_000 }, () => {
  quick('refuses a second run on the same output folder while the first holds it', () => {
    mkdirSync(join(folder(), 'in'));
    writeFileSync(join(folder(), 'in/a.md'), seed);
    mkdirSync(join(folder(), 'out'));
    // A live process holds the lock: this test's own.
    writeFileSync(join(folder(), 'out/manifest.json.lock'), String(process.pid));
    const refused = run('extract', 'in', '-o', 'out');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('another run');
    // A dead process's lock is taken over.
    writeFileSync(join(folder(), 'out/manifest.json.lock'), '999999999');
    expect(run('extract', 'in', '-o', 'out').code).toBe(0);
  });

  quick(
    'prunes nothing after a run that saw no input, and keeps a failed input’s last document',
    () => {
      writeCorpus(3);
      expect(run('extract', 'in', '-o', 'out').code).toBe(0);
      rmSync(join(folder(), 'in'), { recursive: true });
      mkdirSync(join(folder(), 'in'));
      expect(run('extract', 'in', '-o', 'out').code).toBe(0);
      expect(documents().size).toBe(3);

      rmSync(join(folder(), 'in'), { recursive: true });
      writeCorpus(3);
      writeFileSync(join(folder(), 'in/00/r001.md'), Buffer.from([0x42, 0xff, 0x0a]));
      expect(run('extract', 'in', '-o', 'out').code).toBe(1);
      expect(documents().size).toBe(3);
    },
  );
});
