/**
 * The warehouse outputs of a run, as users get them from the command line: record files, the
 * embedded DuckDB database, Parquet, `baocao query` and the DDL, applied to a real PostgreSQL
 * (PGlite, in process).
 */
import { spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { describe, expect, it } from 'vitest';
import { recordColumns, renderDdl } from '../src/emit/ddl.js';
import { openDatabase, readAll } from '../src/emit/duckdb.js';
import { RECORD_TYPES, type RecordTypeName } from '../src/schema/records.js';
import { cliPath, runCli, temporaryFolder } from './support/cli.js';

const seed = join(process.cwd(), 'corpus/thanh-uy-hai-phong_bao-cao_2023-q1.md');
/** Fixtures with tables, footnotes, chapters and diagnostics, so every table gets rows. */
const FIXTURES = [
  'table-checks',
  'table-hierarchy',
  'footnote-syntax-gfm',
  'chapters-articles',
  'undefined-reference',
];

const folder = temporaryFolder('baocao-warehouse-');
const run = (...args: string[]) => runCli(folder(), ...args);

/** `baocao …` as a process that does not block this one (a run goes on meanwhile). */
function runAsync(
  ...args: string[]
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cliPath, ...args], { cwd: folder() });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

function makeInputs(): void {
  mkdirSync(join(folder(), 'in'));
  cpSync(seed, join(folder(), 'in/seed.md'));
  for (const name of FIXTURES)
    cpSync(join('tests/fixtures', name, 'input.md'), join(folder(), 'in', `${name}.md`));
}

function ndjson(out: string, name: RecordTypeName): Record<string, unknown>[] {
  const text = readFileSync(join(folder(), out, 'records', `${name}.ndjson`), 'utf8');
  return text === ''
    ? []
    : text
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line));
}

async function withDuckDb<T>(
  path: string,
  work: (query: (sql: string) => Promise<Record<string, unknown>[]>) => Promise<T>,
) {
  const db = await openDatabase(path);
  try {
    return await work(async (sql) => (await readAll(db.connection, sql)).rows);
  } finally {
    db.close();
  }
}

async function tableCounts(out: string): Promise<Record<string, number>> {
  return withDuckDb(join(folder(), out, 'baocao.duckdb'), async (query) => {
    const counts: Record<string, number> = {};
    for (const { name } of RECORD_TYPES) {
      const [row] = await query(`SELECT count(*) AS n FROM "${name}"`);
      counts[name] = Number(row?.n);
    }
    return counts;
  });
}

const lineCounts = (out: string) =>
  Object.fromEntries(RECORD_TYPES.map(({ name }) => [name, ndjson(out, name).length]));

/** A record value as JSON gives it, made comparable with DuckDB's: exact decimals without trailing zeros. */
function comparable(name: RecordTypeName, row: Record<string, unknown>): Record<string, unknown> {
  const type = RECORD_TYPES.find((candidate) => candidate.name === name);
  if (type === undefined) throw new Error(name);
  return Object.fromEntries(
    recordColumns(type).map(({ name: column, type: columnType }) => {
      const value = row[column] ?? null;
      if (value === null) return [column, null];
      if (columnType === 'json')
        return [column, typeof value === 'string' ? JSON.parse(value) : value];
      if (columnType === 'decimal')
        return [
          column,
          String(value)
            .replace(/(\.\d*?)0+$/, '$1')
            .replace(/\.$/, ''),
        ];
      if (columnType === 'integer' || columnType === 'double') return [column, Number(value)];
      return [column, value];
    }),
  );
}

const byKey = (name: RecordTypeName) => {
  const type = RECORD_TYPES.find((candidate) => candidate.name === name);
  const key = (row: Record<string, unknown>) =>
    JSON.stringify(type?.primaryKey.map((column) => row[column]));
  return (a: Record<string, unknown>, b: Record<string, unknown>) =>
    key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
};

describe('extract: record files and the DuckDB database', { timeout: 120_000 }, () => {
  it('loads every record type; table counts equal the NDJSON line counts, and stay so on a re-run', async () => {
    makeInputs();
    const first = run('extract', 'in', '--out', 'out', '--db');
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toContain(`${1 + FIXTURES.length} documents loaded`);

    const lines = lineCounts('out');
    for (const { name } of RECORD_TYPES) expect(lines[name], name).toBeGreaterThan(0);
    expect(lines.documents).toBe(1 + FIXTURES.length);
    expect(await tableCounts('out')).toEqual(lines);

    // A folder that has a database gets it loaded by every run, without --db.
    const again = run('extract', 'in', '--out', 'out');
    expect(again.code).toBe(0);
    expect(again.stderr).toContain(
      'current in out/records/; out/baocao.duckdb: 0 documents loaded, 0 removed',
    );
    expect(lineCounts('out')).toEqual(lines);
    expect(await tableCounts('out')).toEqual(lines);

    // --force redoes every document: the rows are replaced, not appended.
    const forced = run('extract', 'in', '--out', 'out', '--force');
    expect(forced.code).toBe(0);
    expect(await tableCounts('out')).toEqual(lines);
  });

  it('replaces the rows of a removed or changed input, and of nothing else', async () => {
    makeInputs();
    expect(run('extract', 'in', '--out', 'out', '--db').code).toBe(0);
    const [gone] = ndjson('out', 'documents').filter((row) => row.path === 'in/table-checks.md');
    rmSync(join(folder(), 'in/table-checks.md'));
    cpSync(
      join('tests/fixtures/table-continued/input.md'),
      join(folder(), 'in/table-continued.md'),
    );

    const second = run('extract', 'in', '--out', 'out');
    expect(second.code, second.stderr).toBe(0);
    expect(second.stderr).toContain('1 documents loaded, 1 removed');
    const lines = lineCounts('out');
    expect(await tableCounts('out')).toEqual(lines);
    await withDuckDb(join(folder(), 'out/baocao.duckdb'), async (query) => {
      for (const { name } of RECORD_TYPES) {
        const [row] = await query(
          `SELECT count(*) AS n FROM "${name}" WHERE doc_id = '${gone?.doc_id}'`,
        );
        expect(row?.n, name).toBe(0);
      }
      const paths = (await query('SELECT path FROM documents ORDER BY path')).map(
        (row) => row.path,
      );
      expect(paths).toContain('in/table-continued.md');
      expect(paths).not.toContain('in/table-checks.md');
    });
  });

  it('completes a load that was killed after inserting rows but before marking them loaded', async () => {
    makeInputs();
    expect(run('extract', 'in', '--out', 'out', '--db').code).toBe(0);
    const lines = lineCounts('out');
    // What a kill between the inserts and the final bookkeeping leaves: rows nobody marked.
    await withDuckDb(join(folder(), 'out/baocao.duckdb'), (query) =>
      query('DELETE FROM _baocao_loaded'),
    );
    const again = run('extract', 'in', '--out', 'out');
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toContain(`${1 + FIXTURES.length} documents loaded`);
    expect(await tableCounts('out')).toEqual(lines);
  });

  it('runs while readers hold the database open; a query during a run reads the last complete database', async () => {
    makeInputs();
    expect(run('extract', 'in', '--out', 'out', '--db').code).toBe(0);
    const path = join(folder(), 'out/baocao.duckdb');
    const documents = 1 + FIXTURES.length;
    const count = async (...args: string[]) => {
      const result = await runAsync(
        'query',
        '--out',
        'out',
        '--json',
        ...args,
        'SELECT count(*) AS n FROM documents',
      );
      expect(result.code, result.stderr).toBe(0);
      return JSON.parse(result.stdout).n as number;
    };
    // A BI tool holds it read-only, while `baocao query` runs again and again during the run.
    const reader = await openDatabase(path, { readOnly: true });
    try {
      rmSync(join(folder(), 'in/table-checks.md'));
      const extract = runAsync('extract', 'in', '--out', 'out');
      let running = true;
      void extract.then(() => {
        running = false;
      });
      const seen = new Set<number>();
      while (running) seen.add(await count());
      const during = await extract;
      expect(during.code, during.stderr).toBe(0);
      expect(during.stderr).toContain('0 documents loaded, 1 removed');
      // Never a half-loaded database: the old count or the new one.
      for (const n of seen) expect([documents, documents - 1]).toContain(n);
      // The reader still sees the database it opened, whole; whatever opens it now, the new one.
      const held = await readAll(reader.connection, 'SELECT count(*) AS n FROM documents');
      expect(Number(held.rows[0]?.n)).toBe(documents);
      expect(await count()).toBe(documents - 1);
    } finally {
      reader.close();
    }
    // The DuckDB CLI holds it read-write (its default).
    const writer = await openDatabase(path);
    try {
      cpSync(join('tests/fixtures/table-checks/input.md'), join(folder(), 'in/table-checks.md'));
      const during = run('extract', 'in', '--out', 'out');
      expect(during.code, during.stderr).toBe(0);
      expect(during.stderr).toContain('1 documents loaded, 0 removed');
    } finally {
      writer.close();
    }
    expect(await tableCounts('out')).toEqual(lineCounts('out'));
    expect(readdirSync(join(folder(), 'out')).filter((name) => name.includes('.tmp'))).toEqual([]);
  });

  it('names a document file it cannot read, and exits 3 with the documents left as they are', () => {
    makeInputs();
    expect(run('extract', 'in', '--out', 'out').code).toBe(0);
    const [victim] = ndjson('out', 'documents');
    writeFileSync(
      join(folder(), 'out/documents', `${victim?.doc_id}.json`),
      '{"schemaVersion": 1}',
    );
    rmSync(join(folder(), 'out/records/state.json'));
    const result = run('extract', 'in', '--out', 'out');
    expect(result.code).toBe(3);
    expect(result.stderr).toContain(
      `baocao: cannot write the records of out: out/documents/${victim?.doc_id}.json: not a baocao document (docId: `,
    );
  });

  it('makes the database only when asked, or on the first query; --no-db leaves it as it is', async () => {
    makeInputs();
    const documents = 1 + FIXTURES.length;
    const first = run('extract', 'in', '--out', 'out');
    expect(first.code, first.stderr).toBe(0);
    expect(existsSync(join(folder(), 'out/records/facts.ndjson'))).toBe(true);
    expect(existsSync(join(folder(), 'out/baocao.duckdb'))).toBe(false);
    expect(first.stderr).not.toContain('baocao.duckdb');

    const count = () =>
      run('query', '--out', 'out', '--json', 'SELECT count(*) AS n FROM documents');
    const made = count();
    expect(made.code, made.stderr).toBe(0);
    expect(JSON.parse(made.stdout).n).toBe(documents);
    expect(made.stderr).toBe(
      `baocao: out/baocao.duckdb: ${documents} documents loaded, 0 removed\n`,
    );
    // A current database is read without a load, and without a word.
    expect(count().stderr).toBe('');

    rmSync(join(folder(), 'in/table-checks.md'));
    expect(run('extract', 'in', '--out', 'out', '--no-db').code).toBe(0);
    expect(lineCounts('out').documents).toBe(documents - 1);
    await withDuckDb(join(folder(), 'out/baocao.duckdb'), async (query) => {
      expect(Number((await query('SELECT count(*) AS n FROM documents'))[0]?.n)).toBe(documents);
    });
    // The next query brings it in line with the records.
    const behind = count();
    expect(JSON.parse(behind.stdout).n).toBe(documents - 1);
    expect(behind.stderr).toContain('0 documents loaded, 1 removed');
    expect(await tableCounts('out')).toEqual(lineCounts('out'));
  });

  it('a shard run leaves records to the merge, which writes them for every shard', async () => {
    makeInputs();
    expect(run('extract', 'in', '--out', 'out', '--shard', '1/2').code).toBe(0);
    expect(run('extract', 'in', '--out', 'out', '--shard', '2/2').code).toBe(0);
    expect(existsSync(join(folder(), 'out/records'))).toBe(false);
    expect(run('merge', '--out', 'out', '--db').code).toBe(0);
    expect(lineCounts('out').documents).toBe(1 + FIXTURES.length);
    expect(await tableCounts('out')).toEqual(lineCounts('out'));
  });
});

describe('baocao export --parquet', { timeout: 120_000 }, () => {
  it('writes one Parquet file per record type that reads back row for row as the NDJSON', async () => {
    makeInputs();
    expect(run('extract', 'in', '--out', 'out').code).toBe(0);
    const exported = run('export', '--out', 'out', '--parquet', 'parquet');
    expect(exported.code, exported.stderr).toBe(0);

    await withDuckDb(':memory:', async (query) => {
      for (const { name } of RECORD_TYPES) {
        const path = join(folder(), 'parquet', `${name}.parquet`);
        const fromParquet = (await query(`SELECT * FROM read_parquet('${path}')`)).map((row) =>
          comparable(name, row),
        );
        const fromNdjson = ndjson('out', name).map((row) => comparable(name, row));
        expect(fromParquet.sort(byKey(name)), name).toEqual(fromNdjson.sort(byKey(name)));
        // Typed as the schema says: an exact DECIMAL for base values, a DATE for dates.
        if (name === 'facts') {
          const [types] = await query(
            `SELECT typeof(base_value) AS base, typeof(period_from) AS period, typeof(value) AS value FROM read_parquet('${path}') LIMIT 1`,
          );
          expect(types).toEqual({ base: 'DECIMAL(38,10)', period: 'DATE', value: 'DOUBLE' });
        }
      }
    });
  });

  it('needs records to make the database from, and says so', () => {
    mkdirSync(join(folder(), 'empty'));
    const result = run('export', '--out', 'empty', '--parquet', 'p');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      "empty holds no records: run 'baocao extract --out empty' first",
    );
  });
});

describe('baocao query', { timeout: 120_000 }, () => {
  it('prints a table, or JSON lines with --json; a bad query exits 1 with DuckDB’s reason', () => {
    makeInputs();
    expect(run('extract', 'in', '--out', 'out').code).toBe(0);
    const sql =
      "SELECT measure, count(*) AS facts FROM facts WHERE doc_id IN (SELECT doc_id FROM documents WHERE path = 'in/seed.md') GROUP BY measure ORDER BY measure";
    const table = run('query', '--out', 'out', sql);
    expect(table.code, table.stderr).toBe(0);
    expect(table.stdout.split('\n').slice(0, 2)).toEqual([
      'measure       | facts',
      '--------------|------',
    ]);

    // The same count, from the record file by hand.
    const [seedRecord] = ndjson('out', 'documents').filter((row) => row.path === 'in/seed.md');
    const expected = new Map<string, number>();
    for (const fact of ndjson('out', 'facts')) {
      if (fact.doc_id !== seedRecord?.doc_id) continue;
      expected.set(String(fact.measure), (expected.get(String(fact.measure)) ?? 0) + 1);
    }
    expect(table.stdout).toContain(`(${expected.size} rows)`);
    const json = run('query', '--out', 'out', '--json', sql);
    expect(
      json.stdout
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line)),
    ).toEqual([...expected].sort().map(([measure, facts]) => ({ measure, facts })));

    const bad = run('query', '--out', 'out', 'SELECT nothing FROM nowhere');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^baocao: Catalog Error: Table with name nowhere does not exist/);
  });

  it('is read-only', () => {
    makeInputs();
    expect(run('extract', 'in', '--out', 'out').code).toBe(0);
    const write = run('query', '--out', 'out', 'DELETE FROM facts');
    expect(write.code).toBe(1);
    expect(write.stderr).toContain('read-only');
  });
});

describe('baocao ddl', { timeout: 120_000 }, () => {
  it.each(['postgres', 'bigquery', 'clickhouse', 'duckdb'])(
    '%s: a table per record type, as in schemas/records/',
    (dialect) => {
      const result = run('ddl', '--dialect', dialect);
      expect(result.code).toBe(0);
      expect(result.stdout.match(/CREATE TABLE IF NOT EXISTS/g)).toHaveLength(RECORD_TYPES.length);
      expect(result.stdout).toBe(readFileSync(`schemas/records/${dialect}.sql`, 'utf8'));
    },
  );

  it('refuses an unknown dialect', () => {
    const result = run('ddl', '--dialect', 'oracle');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      "argument 'oracle' is invalid. Allowed choices are duckdb, postgres, bigquery, clickhouse.",
    );
  });

  it('postgres: applies to a real PostgreSQL, which takes every record and agrees with DuckDB', async () => {
    makeInputs();
    expect(run('extract', 'in', '--out', 'out', '--db').code).toBe(0);
    const pg = new PGlite();
    try {
      await pg.exec(renderDdl('postgres'));
      // The load the README gives: each NDJSON line into a jsonb staging table, then typed rows.
      for (const { name } of RECORD_TYPES) {
        await pg.exec('CREATE TABLE staging (line jsonb)');
        const lines = readFileSync(join(folder(), 'out/records', `${name}.ndjson`));
        await pg.query(
          "COPY staging FROM '/dev/blob' WITH (FORMAT csv, QUOTE e'\\x01', DELIMITER e'\\x02')",
          [],
          {
            blob: new Blob([lines]),
          },
        );
        await pg.exec(
          `INSERT INTO "${name}" SELECT r.* FROM staging, jsonb_populate_record(NULL::"${name}", line) r; DROP TABLE staging`,
        );
      }
      const counts: Record<string, number> = {};
      for (const { name } of RECORD_TYPES) {
        const result = await pg.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${name}"`);
        counts[name] = result.rows[0]?.n ?? -1;
      }
      expect(counts).toEqual(await tableCounts('out'));
      // Exact decimals survive: the same sum of base values in both databases.
      const pgSum = await pg.query<{ total: string }>(
        `SELECT sum(base_value)::text AS total FROM facts WHERE currency = 'VND'`,
      );
      const duckSum = await withDuckDb(join(folder(), 'out/baocao.duckdb'), (query) =>
        query(`SELECT sum(base_value)::VARCHAR AS total FROM facts WHERE currency = 'VND'`),
      );
      expect(Number(pgSum.rows[0]?.total)).toBeGreaterThan(0);
      expect(pgSum.rows[0]?.total).toBe(duckSum[0]?.total);
    } finally {
      await pg.close();
    }
  });
});
