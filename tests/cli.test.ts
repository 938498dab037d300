import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DocumentSchema } from '../src/schema/document.js';
import { ManifestSchema } from '../src/schema/manifest.js';
import { RECORD_TYPES } from '../src/schema/records.js';
import { cliPath as cli, runCli, temporaryFolder } from './support/cli.js';

const seed = join(process.cwd(), 'corpus/thanh-uy-hai-phong_bao-cao_2023-q1.md');

const folder = temporaryFolder('baocao-cli-');
const run = (...args: string[]) => runCli(folder(), ...args);

function readManifest(out: string) {
  return ManifestSchema.parse(
    JSON.parse(readFileSync(join(folder(), out, 'manifest.json'), 'utf8')),
  );
}

describe('baocao extract', () => {
  it('writes the good file, records the broken one with its reason, and exits 1', () => {
    mkdirSync(join(folder(), 'in'));
    cpSync(seed, join(folder(), 'in/bao-cao.md'));
    writeFileSync(join(folder(), 'in/hong.md'), Buffer.from([0x42, 0xc3, 0x28, 0x0a]));

    const { code, stderr } = run('extract', 'in', '--out', 'out');

    expect(code).toBe(1);
    expect(stderr).toContain(
      'in/hong.md:1:2: ill-formed UTF-8 sequence at byte offset 1 (0xC3 0x28)',
    );
    const manifest = readManifest('out');
    expect(manifest.totals).toEqual({
      inputs: 2,
      ok: 1,
      skipped: 0,
      failed: 1,
      grades: { good: 1, partial: 0, poor: 0 },
    });
    const [good, broken] = manifest.inputs;
    expect(good).toMatchObject({ path: 'in/bao-cao.md', status: 'ok', error: null });
    expect(broken).toMatchObject({
      path: 'in/hong.md',
      status: 'failed',
      docId: null,
      error: { ruleId: 'invalid-utf8', line: 1, column: 2 },
    });
    expect(readdirSync(join(folder(), 'out/documents'))).toEqual([`${good?.docId}.json`]);
    const document = DocumentSchema.parse(
      JSON.parse(readFileSync(join(folder(), `out/documents/${good?.docId}.json`), 'utf8')),
    );
    expect(document.source.path).toBe('in/bao-cao.md');
    expect(document.stats.coverage).toBe(1);
  });

  it('gives byte-identical files on two runs', () => {
    mkdirSync(join(folder(), 'in'));
    cpSync(seed, join(folder(), 'in/a.md'));
    writeFileSync(join(folder(), 'in/b.txt'), '- Thu nội địa đạt 8.132,00 tỷ đồng\n');
    expect(run('extract', 'in', '-o', 'first').code).toBe(0);
    expect(run('extract', 'in', '-o', 'second').code).toBe(0);
    const files = (out: string) =>
      readdirSync(join(folder(), out), { recursive: true, encoding: 'utf8' })
        .filter((name) => name.endsWith('.json') || name.endsWith('.ndjson'))
        .sort()
        .map((name) => [name, readFileSync(join(folder(), out, name), 'utf8')] as const);
    // 2 documents, the manifest, the record files with their state, and the change feed.
    expect(files('first').length).toBe(3 + RECORD_TYPES.length + 2);
    // The manifest's run facts (times, workers) differ; everything else is the same bytes.
    const withoutRun = (list: ReturnType<typeof files>) =>
      list.map(([name, text]) =>
        name === 'manifest.json'
          ? [name, JSON.stringify({ ...JSON.parse(text), run: null })]
          : [name, text],
      );
    expect(withoutRun(files('second'))).toEqual(withoutRun(files('first')));
  });

  it('walks folders in a stable order, skips READMEs, duplicates and empty files with a reason', () => {
    mkdirSync(join(folder(), 'in/b'), { recursive: true });
    mkdirSync(join(folder(), 'in/.git'));
    cpSync(seed, join(folder(), 'in/b/z.md'));
    cpSync(seed, join(folder(), 'in/a.markdown'));
    writeFileSync(join(folder(), 'in/README.md'), '# Corpus\n');
    writeFileSync(join(folder(), 'in/empty.txt'), '  \n');
    writeFileSync(join(folder(), 'in/notes.docx'), 'not a report');
    writeFileSync(join(folder(), 'in/.git/HEAD.md'), 'ref: main\n');

    const { code } = run('extract', 'in', '--out', 'out');

    expect(code).toBe(0);
    const manifest = readManifest('out');
    expect(manifest.inputs.map(({ path, status, error }) => [path, status, error?.ruleId])).toEqual(
      [
        ['in/README.md', 'skipped', 'readme'],
        ['in/a.markdown', 'ok', undefined],
        ['in/b/z.md', 'skipped', 'duplicate'],
        ['in/empty.txt', 'skipped', 'no-text'],
      ],
    );
    expect(manifest.totals).toEqual({
      inputs: 4,
      ok: 1,
      skipped: 3,
      failed: 0,
      grades: { good: 1, partial: 0, poor: 0 },
    });
  });

  it('records a missing input as failed and goes on', () => {
    cpSync(seed, join(folder(), 'a.md'));
    const { code, stderr } = run('extract', 'missing.md', 'a.md', '--out', 'out');
    expect(code).toBe(1);
    expect(stderr).toContain('missing.md: ENOENT: no such file or directory');
    expect(readManifest('out').inputs.map((entry) => entry.status)).toEqual(['failed', 'ok']);
  });

  it('defaults to corpus/ into output/', () => {
    mkdirSync(join(folder(), 'corpus'));
    cpSync(seed, join(folder(), 'corpus/a.md'));
    expect(run('extract').code).toBe(0);
    expect(readManifest('output').totals.ok).toBe(1);
  });

  it('survives a symbolic link loop and reports each report once', () => {
    mkdirSync(join(folder(), 'in/sub'), { recursive: true });
    cpSync(seed, join(folder(), 'in/sub/a.md'));
    symlinkSync('..', join(folder(), 'in/sub/loop'));
    const { code } = run('extract', 'in', '--out', 'out');
    expect(code).toBe(0);
    expect(readManifest('out').inputs.map(({ path, status }) => [path, status])).toEqual([
      ['in/sub/a.md', 'ok'],
      ['in/sub/loop', 'skipped'],
    ]);
  });

  it('exits 2 when --out is a file, and when no command is given', () => {
    writeFileSync(join(folder(), 'taken'), '');
    const taken = run('extract', '--out', 'taken');
    expect(taken.code).toBe(2);
    expect(taken.stderr).toContain('--out taken is a file, not a folder');
    const bare = run();
    expect(bare.code).toBe(2);
    expect(bare.stdout).toBe('');
    expect(bare.stderr).toContain('Usage: baocao <command>');
  });

  it('exits 2 on a usage error, and documents every option in --help', () => {
    const unknown = run('extract', '--frobnicate');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("Unknown option '--frobnicate'");
    expect(run('transmogrify').code).toBe(2);
    expect(run('extract', '--out').code).toBe(2);

    const help = run('extract', '--help');
    expect(help.code).toBe(0);
    for (const option of ['--out', '--quiet', '--help']) expect(help.stdout).toContain(option);
  });

  it('prints its version', () => {
    const version = JSON.parse(readFileSync('package.json', 'utf8')).version;
    expect(execFileSync(process.execPath, [cli, '--version'], { encoding: 'utf8' })).toBe(
      `${version}\n`,
    );
  });
});
