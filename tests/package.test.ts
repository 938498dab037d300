/**
 * What adopters get: the package's file list (`npm pack --dry-run`), what its `exports` let them
 * import, the container image's recipe, and README examples that never run an unpublished name
 * through npx.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

describe('the package', { timeout: 120_000 }, () => {
  it('ships the compiled library and CLI, the schemas and the licence; no tools, tests or maps', () => {
    const [packed] = JSON.parse(
      execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }),
    );
    const files: string[] = packed.files.map((file: { path: string }) => file.path).sort();
    for (const needed of [
      'LICENSE',
      'README.md',
      'package.json',
      'dist/index.js',
      'dist/index.d.ts',
      'dist/cli/main.js',
      'dist/batch/worker.js',
      'schemas/document.schema.json',
      'schemas/records/facts.schema.json',
      'schemas/records/postgres.sql',
    ])
      expect(files).toContain(needed);
    // Everything else is the compiled code (and its types) or a schema.
    expect(
      files.filter((file) => !/^(dist\/.*\.(js|d\.ts)|schemas\/.*\.(json|sql))$/.test(file)),
    ).toEqual(['LICENSE', 'README.md', 'package.json']);
    // No bench or corpus tools, no tests, no source maps pointing at sources not shipped.
    expect(files.filter((file) => /^dist\/tools\/|^tests\/|^src\/|\.map$/.test(file))).toEqual([]);
    // Every module the package's code imports is in it (a tool left out must be no dependency).
    const shipped = new Set(files);
    for (const file of files.filter((name) => name.endsWith('.js'))) {
      const code = readFileSync(file, 'utf8');
      for (const [, target] of code.matchAll(/(?:from |import\()'(\.{1,2}\/[^']+)'/g)) {
        const resolved = new URL(target ?? '', `file:///${file}`).pathname.slice(1);
        expect(shipped.has(resolved), `${file} imports ${target}`).toBe(true);
      }
    }
    expect(readFileSync('LICENSE', 'utf8')).toMatch(/^MIT License/);
    expect(pkg.license).toBe('MIT');
  });

  it('lets the library, its types and the JSON Schemas be imported by name', () => {
    // The package imports itself by its name (Node's self-reference), as an installed one would.
    const script = `
      import * as baocao from 'baocao';
      import document from 'baocao/schemas/document.schema.json' with { type: 'json' };
      import facts from 'baocao/schemas/records/facts.schema.json' with { type: 'json' };
      const names = ['extract', 'runBatch', 'mergeShards', 'publishRecords', 'toRecords',
        'renderDdl', 'DIALECTS', 'RECORD_TYPES', 'DocumentSchema', 'ManifestSchema', 'FactRecordSchema'];
      console.log(JSON.stringify({
        missing: names.filter((name) => baocao[name] === undefined),
        document: document.title ?? document.$schema, facts: facts.title ?? facts.$schema,
      }));`;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      encoding: 'utf8',
    });
    expect(result.status, result.stderr).toBe(0);
    const answer = JSON.parse(result.stdout);
    expect(answer.missing).toEqual([]);
    expect(answer.document).toBeTruthy();
    expect(answer.facts).toBeTruthy();
    expect(pkg.exports['.'].types).toBe('./dist/index.d.ts');
    expect(existsSync('dist/index.d.ts')).toBe(true);
  });
});

describe('the container image', () => {
  const dockerfile = readFileSync('Dockerfile', 'utf8');
  const instructions = dockerfile
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.trimStart().startsWith('#'));

  it('is built on Node 20 slim, installs without dev dependencies, runs as a non-root user', () => {
    const bases = instructions.filter((line) => line.startsWith('FROM '));
    expect(bases.length).toBeGreaterThan(0);
    for (const base of bases) expect(base).toMatch(/^FROM node:20-slim\b/);
    expect(dockerfile).toContain('npm ci --omit=dev');
    const users = instructions.filter((line) => line.startsWith('USER '));
    expect(users.at(-1)).toMatch(/^USER (?!root\b|0\b)\w+/);
    // The entry point is the package's CLI.
    const entry = instructions.find((line) => line.startsWith('ENTRYPOINT '));
    expect(JSON.parse(entry?.slice('ENTRYPOINT '.length) ?? '[]')).toEqual([
      'node',
      `/app/${pkg.bin.baocao}`,
    ]);
  });

  it('copies only files that exist and that .dockerignore lets through', () => {
    const ignored = readFileSync('.dockerignore', 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '' && !line.startsWith('#'));
    const copies = instructions.filter(
      (line) => line.startsWith('COPY ') && !line.includes('--from='),
    );
    expect(copies.length).toBeGreaterThan(0);
    for (const copy of copies) {
      const sources = copy.split(/\s+/).slice(1, -1);
      for (const source of sources) {
        expect(existsSync(source), source).toBe(true);
        expect(ignored, source).not.toContain(source);
      }
    }
    // What the run stage copies from the build stage is what the build writes.
    expect(dockerfile).toContain('tsc -p tsconfig.build.json');
    expect(JSON.parse(readFileSync('tsconfig.build.json', 'utf8')).compilerOptions.outDir).toBe(
      'dist',
    );
  });
});

describe('the README', () => {
  it('never runs baocao through npx (an unpublished name: whoever claims it would run)', () => {
    const readme = readFileSync('README.md', 'utf8');
    const commands = readme.match(/```(?:sh|console|yaml)\n[\s\S]*?```/g) ?? [];
    expect(commands.length).toBeGreaterThan(0);
    for (const block of commands) expect(block).not.toMatch(/npx\s+baocao/);
  });
});
