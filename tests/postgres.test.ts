/**
 * PostgreSQL as a destination, against a real server (Debian's `postgresql`, a throwaway cluster):
 * `extract --postgres`, `baocao load`, per document and in step with DuckDB through an input
 * changed, one removed and one added, with the change feed naming them; the URL never printed.
 */
import { spawnSync } from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordColumns } from '../src/emit/ddl.js';
import { openDatabase, readAll } from '../src/emit/duckdb.js';
import { ChangeRecordSchema, RECORD_TYPES } from '../src/schema/records.js';
import { type PostgresServer, startPostgres } from '../src/tools/postgres-cluster.js';
import { cliPath, runCli, runCliWithEnv, temporaryFolder } from './support/cli.js';

const seed = join(process.cwd(), 'corpus/thanh-uy-hai-phong_bao-cao_2023-q1.md');
const FIXTURES = ['table-checks', 'table-hierarchy', 'footnote-syntax-gfm', 'chapters-articles'];
/** A password the server (trust authentication) ignores: it must never be printed. */
const PASSWORD = 's3cret-Pw';
const SCHEMA = 'warehouse';

let server: PostgresServer;
let url = '';
beforeAll(async () => {
  server = await startPostgres();
  url = server.url.replace('baocao@', `baocao:${PASSWORD}@`);
}, 60_000);
afterAll(() => server?.stop());

const folder = temporaryFolder('baocao-postgres-');

/** `baocao …`, checked never to print the password; `env` adds to the environment. */
function run(env: Record<string, string>, ...args: string[]) {
  const result = runCliWithEnv(folder(), env, ...args);
  expect(`${result.stdout}${result.stderr}`).not.toContain(PASSWORD);
  return result;
}

/** Numbers as text without a fraction's trailing zeros: `12.5000000000` → `12.5`. */
const plain = (value: unknown) =>
  value === null || value === undefined
    ? null
    : String(value).includes('.')
      ? String(value).replace(/0+$/, '').replace(/\.$/, '')
      : String(value);

type Figures = Record<string, Record<string, string | number | null>>;

/**
 * Per table: the row count, the exact sum of every integer and decimal column, the sum of every
 * double column, and the documents it holds rows of.
 */
function figuresSql(name: string, cast: (column: string) => string): string {
  const type = RECORD_TYPES.find((candidate) => candidate.name === name);
  if (type === undefined) throw new Error(name);
  const sums = recordColumns(type)
    .filter(({ type: columnType }) => ['integer', 'decimal', 'double'].includes(columnType))
    .map(({ name: column, type: columnType }) =>
      columnType === 'double'
        ? `sum("${column}") AS "${column}"`
        : `${cast(`sum("${column}")`)} AS "${column}"`,
    );
  return `SELECT count(*) AS "rows", count(DISTINCT doc_id) AS "documents"${sums.map((s) => `, ${s}`).join('')} FROM `;
}

function normalize(name: string, row: Record<string, unknown>) {
  const type = RECORD_TYPES.find((candidate) => candidate.name === name);
  const doubles = new Set(
    recordColumns(type ?? RECORD_TYPES[0])
      .filter((column) => column.type === 'double')
      .map((column) => column.name),
  );
  return Object.fromEntries(
    Object.entries(row).map(([column, value]) => [
      column,
      doubles.has(column) ? (value === null ? null : Number(value)) : plain(value),
    ]),
  );
}

async function duckFigures(): Promise<Figures> {
  const db = await openDatabase(join(folder(), 'out/baocao.duckdb'), { readOnly: true });
  try {
    const figures: Figures = {};
    for (const { name } of RECORD_TYPES) {
      const sql = `${figuresSql(name, (sum) => `${sum}::VARCHAR`)}"${name}"`;
      const [row] = (await readAll(db.connection, sql)).rows;
      figures[name] = normalize(name, row ?? {}) as Figures[string];
    }
    return figures;
  } finally {
    db.close();
  }
}

async function withPostgres<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const postgresFigures = (schema = SCHEMA) =>
  withPostgres(async (client) => {
    const figures: Figures = {};
    for (const { name } of RECORD_TYPES) {
      const sql = `${figuresSql(name, (sum) => `${sum}::text`)}"${schema}"."${name}"`;
      const { rows } = await client.query(sql);
      figures[name] = normalize(name, rows[0] ?? {}) as Figures[string];
    }
    return figures;
  });

function expectSameFigures(postgres: Figures, duck: Figures) {
  for (const { name } of RECORD_TYPES) {
    const left = postgres[name] ?? {};
    const right = duck[name] ?? {};
    expect(Object.keys(left).sort(), name).toEqual(Object.keys(right).sort());
    for (const [column, value] of Object.entries(left)) {
      const other = right[column] ?? null;
      if (typeof value === 'number' && typeof other === 'number')
        expect(value, `${name}.${column}`).toBeCloseTo(other, 6);
      else expect(value, `${name}.${column}`).toBe(other);
    }
  }
}

/**
 * The README's psql recipe, as written there, run in the test folder against the server (schema
 * public): `baocao` is this build's CLI.
 */
function runReadmeRecipe(): void {
  const readme = readFileSync('README.md', 'utf8');
  const start = readme.indexOf('# PostgreSQL with psql alone');
  const recipe = readme.slice(readme.lastIndexOf('```sh', start) + 5, readme.indexOf('```', start));
  writeFileSync(join(folder(), 'recipe.sh'), recipe);
  // The recipe reads output/, the tests write out/.
  if (!existsSync(join(folder(), 'output'))) symlinkSync('out', join(folder(), 'output'));
  const result = spawnSync(
    'bash',
    ['-c', 'baocao() { node "$CLI" "$@"; }; export -f baocao; bash recipe.sh'],
    {
      cwd: folder(),
      encoding: 'utf8',
      env: { ...process.env, CLI: cliPath, DATABASE_URL: url },
    },
  );
  expect(result.status, result.stderr).toBe(0);
}

const documentsOf = (path: string) =>
  readFileSync(join(folder(), path), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));

describe('PostgreSQL destination', { timeout: 180_000 }, () => {
  it('loads, reloads without change, and follows a changed, a removed and an added input as DuckDB does', async () => {
    mkdirSync(join(folder(), 'in'));
    cpSync(seed, join(folder(), 'in/seed.md'));
    for (const name of FIXTURES)
      cpSync(join('tests/fixtures', name, 'input.md'), join(folder(), 'in', `${name}.md`));

    const first = run(
      {},
      ...['extract', 'in', '--out', 'out', '--db', '--postgres', url, '--schema', SCHEMA],
    );
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toContain(
      `PostgreSQL schema ${SCHEMA}: ${1 + FIXTURES.length} documents loaded, 0 removed`,
    );
    const firstFigures = await postgresFigures();
    expect(firstFigures.documents?.rows).toBe(String(1 + FIXTURES.length));
    for (const { name } of RECORD_TYPES)
      expect(Number(firstFigures[name]?.rows), name).toBeGreaterThan(0);
    expectSameFigures(firstFigures, await duckFigures());
    // The README's recipe, from the change feed (every document added), agrees too.
    runReadmeRecipe();
    expectSameFigures(await postgresFigures('public'), await duckFigures());

    // Again: no error, nothing loaded, the same figures.
    const again = run({}, 'load', '--out', 'out', '--postgres', url, '--schema', SCHEMA);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toContain(`PostgreSQL schema ${SCHEMA}: 0 documents loaded, 0 removed`);
    expect(await postgresFigures()).toEqual(firstFigures);

    // One input changed, one removed, one added.
    const before = new Map(
      documentsOf('out/records/documents.ndjson').map((row) => [row.path, row.doc_id]),
    );
    appendFileSync(
      join(folder(), 'in/table-hierarchy.md'),
      '\nThu ngân sách quý I đạt 1.250 tỷ đồng, tăng 12,5% so với cùng kỳ.\n',
    );
    rmSync(join(folder(), 'in/table-checks.md'));
    cpSync('tests/fixtures/table-continued/input.md', join(folder(), 'in/table-continued.md'));
    const second = run({}, 'extract', 'in', '--out', 'out');
    expect(second.code, second.stderr).toBe(0);
    expect(second.stderr).toContain('1 documents added, 1 changed, 1 removed (out/changes.ndjson)');

    // The change feed names the three documents.
    const changes = documentsOf('out/changes.ndjson').map((line) => ChangeRecordSchema.parse(line));
    const after = new Map(
      documentsOf('out/records/documents.ndjson').map((row) => [row.path, row.doc_id]),
    );
    const [fingerprint] = new Set(
      documentsOf('out/records/documents.ndjson').map((row) => row.extractor_fingerprint),
    );
    expect(changes.sort((a, b) => a.change.localeCompare(b.change))).toEqual([
      {
        doc_id: after.get('in/table-continued.md'),
        change: 'added',
        path: 'in/table-continued.md',
        extractor_fingerprint: fingerprint,
        previous_doc_id: null,
      },
      {
        doc_id: after.get('in/table-hierarchy.md'),
        change: 'changed',
        path: 'in/table-hierarchy.md',
        extractor_fingerprint: fingerprint,
        previous_doc_id: before.get('in/table-hierarchy.md'),
      },
      {
        doc_id: before.get('in/table-checks.md'),
        change: 'removed',
        path: 'in/table-checks.md',
        extractor_fingerprint: fingerprint,
        previous_doc_id: null,
      },
    ]);

    // The URL from the environment this time, never printed.
    const load = run({ BAOCAO_POSTGRES_URL: url }, 'load', '--out', 'out', '--schema', SCHEMA);
    expect(load.code, load.stderr).toBe(0);
    expect(load.stderr).toContain(`PostgreSQL schema ${SCHEMA}: 2 documents loaded, 2 removed`);
    const postgres = await postgresFigures();
    expectSameFigures(postgres, await duckFigures());
    // The recipe follows the feed, and applying it twice changes nothing.
    runReadmeRecipe();
    expectSameFigures(await postgresFigures('public'), postgres);
    runReadmeRecipe();
    expectSameFigures(await postgresFigures('public'), postgres);
    expect(postgres.documents?.rows).toBe(String(1 + FIXTURES.length));

    const gone = [before.get('in/table-checks.md'), before.get('in/table-hierarchy.md')];
    await withPostgres(async (client) => {
      for (const { name } of RECORD_TYPES) {
        const { rows } = await client.query(
          `SELECT count(*)::int AS n FROM "${SCHEMA}"."${name}" WHERE doc_id = ANY($1)`,
          [gone],
        );
        expect(rows[0]?.n, name).toBe(0);
      }
      const { rows } = await client.query(`SELECT path FROM "${SCHEMA}".documents ORDER BY path`);
      expect(rows.map((row) => row.path)).toEqual([...after.keys()].sort());
    });
  });

  it('says why a load failed, without the URL or its password', () => {
    const result = run(
      {},
      'load',
      '--out',
      'nowhere',
      '--postgres',
      url.replace(/\/postgres$/, '/no_such_database'),
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      "nowhere holds no records: run 'baocao extract --out nowhere' first",
    );

    mkdirSync(join(folder(), 'in'));
    cpSync(join('tests/fixtures/table-checks/input.md'), join(folder(), 'in/a.md'));
    expect(runCli(folder(), 'extract', 'in', '--out', 'out', '--no-db').code).toBe(0);
    const refused = run(
      { BAOCAO_POSTGRES_URL: url.replace(/\/postgres$/, '/no_such_database') },
      'load',
      '--out',
      'out',
    );
    // The records could not be loaded: the run's work did not finish (exit 3, as for DuckDB).
    expect(refused.code).toBe(3);
    expect(refused.stderr).toContain(
      'baocao: cannot load the records of out: PostgreSQL: database "no_such_database" does not exist',
    );
    expect(refused.stderr).not.toContain(PASSWORD);
    expect(refused.stderr).not.toContain('no_such_database@');

    const stray = run({}, 'load', '--out', 'out', url);
    expect(stray.code).toBe(2);
    expect(stray.stderr).toContain('load takes no arguments: the URL goes after --postgres');

    const missing = run({ BAOCAO_POSTGRES_URL: '' }, 'load', '--out', 'out');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('load needs --postgres URL or BAOCAO_POSTGRES_URL');
  });
});
