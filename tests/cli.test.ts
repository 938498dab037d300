import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DocumentSchema } from '../src/schema/document.js';
import { ManifestSchema } from '../src/schema/manifest.js';
import { RECORD_TYPES } from '../src/schema/records.js';
import { cliPath as cli, runCli, runCliWith, temporaryFolder } from './support/cli.js';

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
    writeFileSync(join(folder(), 'in/notes.xlsx'), 'not a report');
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
        ['in/notes.xlsx', 'skipped', 'unsupported-format'],
      ],
    );
    expect(manifest.totals).toEqual({
      inputs: 5,
      ok: 1,
      skipped: 4,
      failed: 0,
      grades: { good: 1, partial: 0, poor: 0 },
    });
  });

  it('refuses a path that does not exist before writing anything (exit 2)', () => {
    cpSync(seed, join(folder(), 'a.md'));
    const { code, stderr } = run('extract', 'missing.md', 'a.md', '--out', 'out');
    expect(code).toBe(2);
    expect(stderr).toContain('baocao: missing.md: no such file or folder');
    // No empty database, no manifest: an unmounted archive leaves nothing behind.
    expect(existsSync(join(folder(), 'out'))).toBe(false);
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
    expect(bare.stderr).toContain(
      'baocao: a command is needed\n\nUsage: baocao [options] [command]',
    );
  });

  it('exits 2 on a usage error, and documents every option in --help', () => {
    const unknown = run('extract', '--frobnicate');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown option '--frobnicate'");
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

const COMMANDS = ['extract', 'merge', 'query', 'export', 'ddl', 'review'];

/** What a user mistake must never print: a stack trace, or the words of a bug. */
function expectPlain(stderr: string): void {
  expect(stderr).not.toMatch(/^\s+at /m);
  expect(stderr).not.toContain('internal error');
}

describe('the command line (commander)', () => {
  it.each(COMMANDS)('%s --help and help %s print its usage and options, exit 0', (command) => {
    for (const args of [
      [command, '--help'],
      [command, '-h'],
      ['help', command],
    ]) {
      const help = run(...args);
      expect(help.code, args.join(' ')).toBe(0);
      expect(help.stdout).toContain(`Usage: baocao ${command} `);
      expect(help.stdout).toContain('-h, --help');
      expect(help.stderr).toBe('');
    }
  });

  it('lists every command and the exit codes in the main help', () => {
    const help = run('--help');
    expect(help.code).toBe(0);
    for (const command of COMMANDS) expect(help.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
    expect(help.stdout).toContain('Exit codes (every command)');
  });

  it('suggests the option or command meant, with one usage line and no full help', () => {
    const option = run('extract', '--worker', '2');
    expect(option.code).toBe(2);
    expect(option.stdout).toBe('');
    expect(option.stderr).toBe(
      "baocao: unknown option '--worker'\n(Did you mean --workers?)\n" +
        "Usage: baocao extract [options] [paths...]\nRun 'baocao extract --help' for its options.\n",
    );
    const command = run('extrat', 'in');
    expect(command.code).toBe(2);
    expect(command.stderr).toContain("baocao: unknown command 'extrat'\n(Did you mean extract?)");
    const query = run('query', '--formt', 'csv', 'SELECT 1');
    expect(query.stderr).toContain('(Did you mean --format?)');
    expect(query.stderr).toContain('Usage: baocao query [options] <sql>');
  });

  it('says a bad value in one line with the usage line, exit 2', () => {
    const workers = run('extract', '--workers', 'many');
    expect(workers.code).toBe(2);
    expect(workers.stderr).toContain('--workers takes a whole number above 0');
    const format = run('query', '--format', 'xml', 'SELECT 1');
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('Allowed choices are table, csv, json');
    expect(format.stderr).toContain("Run 'baocao query --help'");
  });

  // One policy: a path or folder that is not there is a usage error (2), in every command.
  it.each([
    ['extract', 'nowhere'],
    ['merge', '--out', 'nowhere'],
    ['review', 'nowhere'],
    ['query', '--out', 'nowhere', 'SELECT 1'],
    ['export', '--out', 'nowhere', '--parquet', 'p'],
  ])('%s on a missing path: exit 2, one plain line, nothing written', (...args) => {
    const result = run(...args);
    expect(result.code, result.stderr).toBe(2);
    expect(result.stderr).toMatch(/^baocao: .*nowhere/);
    expect(result.stderr).toContain(`Usage: baocao ${args[0]} `);
    expectPlain(result.stderr);
    expect(readdirSync(folder())).toEqual([]);
  });

  it('gives no stack trace for other user mistakes', () => {
    mkdirSync(join(folder(), 'out'));
    for (const args of [
      ['merge', '--out', 'out'],
      ['ddl'],
      ['ddl', '--dialect', 'oracle'],
      ['export', '--out', 'out'],
      ['query'],
      ['extract', '--shard', '0/2'],
    ]) {
      const result = run(...args);
      expect(result.code, args.join(' ')).toBe(2);
      expectPlain(result.stderr);
    }
  });

  it("names the shard's own manifest in a shard run's summary", () => {
    mkdirSync(join(folder(), 'in'));
    writeFileSync(join(folder(), 'in/a.md'), 'Vượt kế hoạch quý.\n');
    const { code, stderr } = run('extract', 'in', '-o', 'out', '--shard', '1/1', '--no-db');
    expect(code).toBe(0);
    expect(stderr).toContain('see out/manifest.shard-1-of-1.json');
    expect(stderr).not.toContain('manifest.json');
  });
});

describe('baocao query --format', () => {
  it('prints whole cells when piped: table, CSV (RFC 4180) and JSON lines', () => {
    mkdirSync(join(folder(), 'in'));
    writeFileSync(join(folder(), 'in/a.md'), 'Vượt kế hoạch quý.\n');
    expect(run('extract', 'in', '-o', 'out', '-q').code).toBe(0);
    const sql = `SELECT repeat('x', 100) AS long, 'a,"b"' || chr(10) || 'c' AS quoted, NULL AS nothing, 7 AS n`;
    const table = run('query', '-o', 'out', sql);
    expect(table.code, table.stderr).toBe(0);
    // Piped (not a terminal): no cell is cut; a line break in a cell becomes a space.
    expect(table.stdout.split('\n')[2]).toBe(`${'x'.repeat(100)} | a,"b" c |         | 7`);
    const csv = run('query', '-o', 'out', '--format', 'csv', sql);
    expect(csv.stdout).toBe(`long,quoted,nothing,n\r\n${'x'.repeat(100)},"a,""b""\nc",,7\r\n`);
    const json = run('query', '-o', 'out', '--format', 'json', sql);
    expect(JSON.parse(json.stdout)).toEqual({
      long: 'x'.repeat(100),
      quoted: 'a,"b"\nc',
      nothing: null,
      n: 7,
    });
    expect(run('query', '-o', 'out', '--json', sql).stdout).toBe(json.stdout);
  });
});

describe('--timeout', () => {
  it('counts the extraction itself, not a worker’s start-up', () => {
    mkdirSync(join(folder(), 'in'));
    for (const name of ['a', 'b', 'c'])
      writeFileSync(join(folder(), `in/${name}.md`), `Vượt kế hoạch quý ${name}.\n`);
    // Every worker thread takes 1.5 s to start (a preloaded module that waits): more than the
    // limit, every time, whatever the load. Three inputs: the run uses its pool.
    const slow = join(folder(), 'slow-start.mjs');
    writeFileSync(
      slow,
      "import { isMainThread } from 'node:worker_threads';\n" +
        'if (!isMainThread) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1500);\n',
    );
    const result = runCliWith(
      { NODE_OPTIONS: `--import=${pathToFileURL(slow).href}` },
      folder(),
      ...['extract', 'in', '-o', 'out', '--no-db', '--workers', '2', '--timeout', '1'],
    );
    expect(result.code, result.stderr).toBe(0);
    expect(readManifest('out').totals.ok).toBe(3);
  });
});

describe('files a walk does not read', () => {
  it('lists every other file as skipped, unsupported-format, with what to do', () => {
    mkdirSync(join(folder(), 'in/scans'), { recursive: true });
    mkdirSync(join(folder(), 'in/.git'));
    for (const name of ['b.doc', 'c.doc', 'd.odt', 'e.rtf', 'data.csv', 'scans/p1.png', 'NOTES'])
      writeFileSync(join(folder(), 'in', name), 'x');
    writeFileSync(join(folder(), 'in/.git/x.doc'), 'x');
    writeFileSync(join(folder(), 'in/.DS_Store'), 'x');

    const { code, stderr } = run('extract', 'in', '-o', 'out', '--no-db');

    // Nothing failed: a folder of legacy Word files is not an error, but it is never silent.
    expect(code).toBe(0);
    const manifest = readManifest('out');
    expect(manifest.inputs.map(({ path, status, error }) => [path, status, error?.ruleId])).toEqual(
      ['NOTES', 'b.doc', 'c.doc', 'd.odt', 'data.csv', 'e.rtf', 'scans/p1.png'].map((name) => [
        `in/${name}`,
        'skipped',
        'unsupported-format',
      ]),
    );
    const message = (path: string) =>
      manifest.inputs.find((entry) => entry.path === path)?.error?.message;
    // A format the table knows gets its row's hint; any other name says what is read.
    expect(message('in/b.doc')).toBe(
      'in/b.doc: a DOC file, a format baocao does not read yet; a legacy binary Word file: save it as .docx (libreoffice --headless --convert-to docx)',
    );
    expect(message('in/data.csv')).toBe(
      "in/data.csv: '.csv' is no report format baocao reads (.md, .markdown, .txt, .docx, .pdf, .html, .htm, .xhtml); not read",
    );
    expect(stderr).toContain('0 of 7 inputs extracted into out/ (7 skipped, 0 failed)');
    expect(stderr).toContain('7 files not read, of a format baocao does not read');
    expect(stderr).toContain(
      'save it as .docx (libreoffice --headless --convert-to docx) (and 1 more like it)',
    );
  });

  it('takes what --include and --exclude choose; a path named is always taken', () => {
    mkdirSync(join(folder(), 'in/2023/drafts'), { recursive: true });
    mkdirSync(join(folder(), 'in/2024'));
    for (const name of [
      '2023/q1.md',
      '2023/q2.txt',
      '2023/drafts/q3.md',
      '2024/q1.md',
      '2024/x.pdf',
    ])
      writeFileSync(join(folder(), 'in', name), `Vượt kế hoạch ${name}.\n`);
    writeFileSync(join(folder(), 'named.txt'), 'Vượt kế hoạch năm.\n');
    const paths = (out: string) => readManifest(out).inputs.map((entry) => entry.path);

    const args = ['in', 'named.txt', '--no-db', '-q'];
    expect(
      run('extract', ...args, '-o', 'a', '--include', '*.md', '--exclude', 'drafts').code,
    ).toBe(0);
    expect(paths('a')).toEqual(['in/2023/q1.md', 'in/2024/q1.md', 'named.txt']);
    expect(
      run('extract', ...args, '-o', 'b', '--include', '2023/**', '--exclude', '*.txt').code,
    ).toBe(0);
    expect(paths('b')).toEqual(['in/2023/drafts/q3.md', 'in/2023/q1.md', 'named.txt']);
  });

  it('skips a file named on the command line whose format is not read yet', () => {
    writeFileSync(join(folder(), 'a.doc'), 'x');
    const { code } = run('extract', 'a.doc', '-o', 'out', '--no-db');
    expect(code).toBe(0);
    expect(readManifest('out').inputs[0]?.error?.ruleId).toBe('unsupported-format');
  });
});

describe('originals through the command line', () => {
  it('reads Word, PDF and HTML files of a walked folder in the workers, and fails a scan with needs-ocr', () => {
    mkdirSync(join(folder(), 'in'));
    const originals = new URL('./originals/', import.meta.url).pathname;
    copyFileSync(join(originals, 'ubnd-lao-cai_bao-cao_2024-q1.docx'), join(folder(), 'in/a.docx'));
    copyFileSync(join(originals, 'ubnd-lao-cai_bao-cao_2024-q1.pdf'), join(folder(), 'in/b.pdf'));
    copyFileSync(
      join(originals, 'html-pandoc/ubnd-lao-cai_bao-cao_2024-q1.html'),
      join(folder(), 'in/c.html'),
    );
    copyFileSync(join(originals, 'pdf/scan-ubnd-lao-cai.pdf'), join(folder(), 'in/d.pdf'));

    // Two workers, so that the readers run in worker threads as in any batch.
    const { code, stderr } = run('extract', 'in', '-o', 'out', '--no-db', '--workers', '2');

    expect(code).toBe(1);
    const manifest = readManifest('out');
    expect(manifest.inputs.map(({ path, status, error }) => [path, status, error?.ruleId])).toEqual(
      [
        ['in/a.docx', 'ok', undefined],
        ['in/b.pdf', 'ok', undefined],
        ['in/c.html', 'ok', undefined],
        ['in/d.pdf', 'failed', 'needs-ocr'],
      ],
    );
    expect(stderr).toContain('in/d.pdf: pages 1–2 of 2 have no text layer');
    const formats = manifest.inputs
      .filter((entry) => entry.status === 'ok')
      .map((entry) => {
        const document = DocumentSchema.parse(
          JSON.parse(readFileSync(join(folder(), 'out/documents', `${entry.docId}.json`), 'utf8')),
        );
        return [document.source.format, document.quality.grade, document.source.origins?.length];
      });
    expect(formats.map(([format, grade]) => [format, grade])).toEqual([
      ['docx', 'good'],
      ['pdf', 'good'],
      ['html', 'good'],
    ]);
    for (const [, , origins] of formats) expect(origins).toBeGreaterThan(20);
  });
});
