/**
 * The embedded database `<out>/baocao.duckdb`: one table per record type, loaded from the record
 * files. A load is per document: rows of documents that are gone, were extracted by another
 * extractor or are about to be loaded are deleted; then each table takes the rows of the
 * documents not loaded yet; a document counts as loaded only once every table has its rows. So a
 * re-run replaces a document's rows and never appends twice, even after a load that was killed.
 * Each table's insert commits on its own, so memory stays bounded on any archive size.
 *
 * Readers never stand in the way: a load works on a copy of the database beside it and renames
 * it over the published file once complete. A BI tool, a notebook or `baocao query` holding the
 * file open keeps reading the last complete database (the file it opened), and the next one opened
 * is the new one. A load that changes nothing leaves the published file as it is.
 */

import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import { copyFile, mkdir, rename, rm, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { RECORD_TYPES, type RecordType, type RecordTypeName } from '../schema/records.js';
import { quoteIdentifier, recordColumns, renderDdl, sqlType } from './ddl.js';
import type { Destination, LoadReport } from './destinations.js';
import { databasePath, recordFile, temporaryPath } from './output-folder.js';

export type { LoadReport };

/** Which document rows the tables hold, and by which extractor. */
const LOADED = '_baocao_loaded';
/** The schema the tables were created with; another one means they are created again. */
const SCHEMA_STATE = '_baocao_schema';

/** A hash of the DDL: it changes exactly when a table would change. */
const schemaHash = () => createHash('sha256').update(renderDdl('duckdb')).digest('hex');

/** A SQL string literal. */
export function sqlString(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

/** The documents' record type: its file lists the documents a load must hold. */
const DOCUMENTS = RECORD_TYPES[0];

/** A table or column name, quoted as the DDL quotes it. */
const quote = (name: string) => quoteIdentifier('duckdb', name);

/**
 * `read_json` of a record file with every column typed, so nothing is guessed from the data.
 * Decimals are read as text and cast by the insert, exactly.
 */
function readRecords(outDir: string, type: RecordType): string {
  const columns = recordColumns(type)
    .map(({ name, type: columnType }) => {
      const read = columnType === 'decimal' ? 'VARCHAR' : sqlType('duckdb', columnType);
      return `${sqlString(name)}: '${read}'`;
    })
    .join(', ');
  const path = sqlString(resolve(recordFile(outDir, type.name)));
  return `read_json(${path}, format = 'newline_delimited', columns = {${columns}})`;
}

/**
 * DuckDB would take up to 80 % of the machine's memory; a load needs about 300 MB (measured on
 * 1 000 documents: 128 MB is too little for its JSON reader), and beyond the limit it spills to a
 * temporary folder beside the database instead of growing.
 */
export const DATABASE_MEMORY_LIMIT = '1GB';

export async function openDatabase(path: string, options: { readOnly?: boolean } = {}) {
  const settings: Record<string, string> = { memory_limit: DATABASE_MEMORY_LIMIT };
  if (options.readOnly) settings.access_mode = 'READ_ONLY';
  const instance = await DuckDBInstance.create(path, settings);
  const connection = await instance.connect();
  return {
    connection,
    close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

/** The rows of every record table, in one statement (a statement costs more than a count). */
async function tableCounts(connection: DuckDBConnection): Promise<Record<RecordTypeName, number>> {
  const reader = await connection.runAndReadAll(
    `SELECT ${RECORD_TYPES.map(({ name }) => `(SELECT count(*) FROM ${quote(name)})`).join(', ')}`,
  );
  const row = reader.getRows()[0] ?? [];
  const counts = {} as Record<RecordTypeName, number>;
  RECORD_TYPES.forEach(({ name }, index) => {
    counts[name] = Number(row[index] ?? 0);
  });
  return counts;
}

async function count(connection: DuckDBConnection, sql: string): Promise<number> {
  const reader = await connection.runAndReadAll(sql);
  return Number(reader.getRows()[0]?.[0] ?? 0);
}

/** Creates the tables; true when they were (re)created empty for a new schema. */
async function createTables(connection: DuckDBConnection): Promise<boolean> {
  const hash = schemaHash();
  await connection.run(`CREATE TABLE IF NOT EXISTS ${SCHEMA_STATE} (hash VARCHAR NOT NULL)`);
  const current = await connection.runAndReadAll(`SELECT hash FROM ${SCHEMA_STATE}`);
  const known = current.getRows()[0]?.[0];
  if (known !== hash) {
    // A new schema (a column added by a new baocao): rebuild from the record files.
    for (const { name } of [...RECORD_TYPES].reverse())
      await connection.run(`DROP TABLE IF EXISTS ${quote(name)}`);
    await connection.run(`DROP TABLE IF EXISTS ${LOADED}`);
    await connection.run(`DELETE FROM ${SCHEMA_STATE}`);
    await connection.run(`INSERT INTO ${SCHEMA_STATE} VALUES (${sqlString(hash)})`);
  }
  await connection.run(renderDdl('duckdb'));
  await connection.run(
    `CREATE TABLE IF NOT EXISTS ${LOADED} (doc_id VARCHAR PRIMARY KEY, fingerprint VARCHAR NOT NULL)`,
  );
  return known !== hash;
}

/**
 * Brings `<out>/baocao.duckdb` in line with the record files of `<out>/records/` (written by
 * `writeRecordFiles`): loads a copy, then publishes it by a rename.
 */
export async function loadDatabase(outDir: string): Promise<LoadReport> {
  await mkdir(outDir, { recursive: true });
  const published = databasePath(outDir);
  // Nothing to load (an unchanged re-run): read-only, no copy; the file stays as it is.
  const current = await readIfCurrent(published, outDir);
  if (current) return current;
  const staged = temporaryPath(published);
  let existed = true;
  try {
    // A reflink where the file system has them (instant), a copy elsewhere.
    await copyFile(published, staged, constants.COPYFILE_FICLONE);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    existed = false;
  }
  // A log left beside the published file (a writer killed before its checkpoint) goes with the
  // copy, which replays it; it must not stay beside the new file, whose log it is not.
  const log = `${published}.wal`;
  const logged =
    existed &&
    (await copyFile(log, `${staged}.wal`).then(
      () => true,
      () => false,
    ));
  try {
    const { report, changed } = await loadInto(staged, outDir);
    if (changed || !existed || logged) {
      await rm(log, { force: true });
      await rename(staged, published);
    } else await rm(staged, { force: true });
    return report;
  } catch (error) {
    await rm(staged, { force: true });
    await rm(`${staged}.wal`, { force: true });
    throw error;
  }
}

/**
 * Whether `<out>/baocao.duckdb` holds exactly the documents of the record files: a read-only
 * check, which needs no lock (`baocao query` reads such a database without loading it).
 */
export async function isDatabaseCurrent(outDir: string): Promise<boolean> {
  return (await readIfCurrent(databasePath(outDir), outDir)) !== undefined;
}

/**
 * The report of a database that already holds exactly the documents of the record files, by
 * their extractor, in the current schema; undefined when a load has work to do, or the file
 * cannot be opened read-only (a read-write holder: the load then works on a copy anyway).
 */
async function readIfCurrent(path: string, outDir: string): Promise<LoadReport | undefined> {
  if (!(await exists(path)) || (await exists(`${path}.wal`))) return undefined;
  let db: Awaited<ReturnType<typeof openDatabase>>;
  try {
    db = await openDatabase(path, { readOnly: true });
  } catch {
    return undefined;
  }
  try {
    const { connection } = db;
    const state = await connection.runAndReadAll(`SELECT hash FROM ${SCHEMA_STATE}`);
    if (state.getRows()[0]?.[0] !== schemaHash()) return undefined;
    const differing = await count(
      connection,
      `SELECT count(*) FROM (SELECT DISTINCT doc_id, extractor_fingerprint AS fingerprint
         FROM ${readRecords(outDir, DOCUMENTS)}) c
       FULL OUTER JOIN ${LOADED} l ON c.doc_id = l.doc_id
       WHERE c.doc_id IS NULL OR l.doc_id IS NULL OR c.fingerprint IS DISTINCT FROM l.fingerprint`,
    );
    if (differing > 0) return undefined;
    return { inserted: 0, deleted: 0, counts: await tableCounts(connection) };
  } catch {
    // Tables missing or of another shape: the load rebuilds them.
    return undefined;
  } finally {
    db.close();
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

async function loadInto(
  path: string,
  outDir: string,
): Promise<{ report: LoadReport; changed: boolean }> {
  const db = await openDatabase(path);
  const { connection } = db;
  try {
    const created = await createTables(connection);
    await connection.run(
      `CREATE OR REPLACE TEMP TABLE _current AS SELECT DISTINCT doc_id, extractor_fingerprint AS fingerprint
       FROM ${readRecords(outDir, DOCUMENTS)}`,
    );
    await connection.run(
      `CREATE OR REPLACE TEMP TABLE _stale AS SELECT doc_id FROM ${LOADED} l
       WHERE NOT EXISTS (SELECT 1 FROM _current c WHERE c.doc_id = l.doc_id AND c.fingerprint = l.fingerprint)`,
    );
    const deleted = await count(connection, 'SELECT count(*) FROM _stale');
    await connection.run(
      `CREATE OR REPLACE TEMP TABLE _todo AS SELECT doc_id, fingerprint FROM _current
       WHERE doc_id NOT IN (SELECT doc_id FROM ${LOADED} WHERE doc_id NOT IN (SELECT doc_id FROM _stale))`,
    );
    const inserted = await count(connection, 'SELECT count(*) FROM _todo');
    // Tables just created are empty: nothing to delete.
    if (!created && (deleted > 0 || inserted > 0)) {
      // Rows of a document being loaded go too: a killed load may have left some of them.
      await connection.run('BEGIN TRANSACTION');
      try {
        for (const { name } of [...RECORD_TYPES].reverse()) {
          await connection.run(
            `DELETE FROM ${quote(name)} WHERE doc_id IN (SELECT doc_id FROM _stale UNION ALL SELECT doc_id FROM _todo)`,
          );
        }
        await connection.run(`DELETE FROM ${LOADED} WHERE doc_id IN (SELECT doc_id FROM _stale)`);
        await connection.run('COMMIT');
      } catch (error) {
        await connection.run('ROLLBACK');
        throw error;
      }
    }
    if (inserted > 0) {
      for (const type of RECORD_TYPES) {
        const columns = recordColumns(type)
          .map(({ name }) => quote(name))
          .join(', ');
        await connection.run(
          `INSERT INTO ${quote(type.name)} (${columns}) SELECT ${columns} FROM ${readRecords(outDir, type)}
           WHERE doc_id IN (SELECT doc_id FROM _todo)`,
        );
      }
      await connection.run(`INSERT INTO ${LOADED} SELECT doc_id, fingerprint FROM _todo`);
    }
    const counts = await tableCounts(connection);
    // Everything in the file itself before it is published: no write-ahead log left beside it.
    await connection.run('CHECKPOINT');
    return {
      report: { inserted, deleted, counts },
      changed: created || deleted > 0 || inserted > 0,
    };
  } finally {
    db.close();
  }
}

/** The embedded database as a destination. */
export function duckdbDestination(outDir: string): Destination {
  return { label: databasePath(outDir), load: (folder) => loadDatabase(folder) };
}

/** Writes `<dir>/<type>.parquet` for every table of the database, ordered by key (zstd-compressed). */
export async function exportParquet(outDir: string, dir: string): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const db = await openDatabase(databasePath(outDir), { readOnly: true });
  try {
    const written: string[] = [];
    for (const { name, primaryKey } of RECORD_TYPES) {
      const path = resolve(join(dir, `${name}.parquet`));
      const order = primaryKey.map(quote).join(', ');
      await db.connection.run(
        `COPY (SELECT * FROM ${quote(name)} ORDER BY ${order}) TO ${sqlString(path)} (FORMAT PARQUET, COMPRESSION ZSTD)`,
      );
      written.push(path);
    }
    return written;
  } finally {
    db.close();
  }
}

export interface QueryResult {
  columns: string[];
  /** Values as JSON: integers as numbers while a double holds them; decimals as exact strings. */
  rows: Record<string, unknown>[];
}

const INTEGER_TYPES = new Set([
  'TINYINT',
  'SMALLINT',
  'INTEGER',
  'BIGINT',
  'HUGEINT',
  'UTINYINT',
  'USMALLINT',
  'UINTEGER',
  'UBIGINT',
  'UHUGEINT',
]);

/**
 * A value as DuckDB's JSON conversion gives it, made friendlier: `'2023'` of a BIGINT becomes
 * 2023 (while a double holds it exactly), `'92.3100000000'` of a DECIMAL becomes `'92.31'`.
 */
export function plainValue(type: string, value: unknown): unknown {
  if (typeof value !== 'string') return value;
  if (INTEGER_TYPES.has(type)) {
    const number = Number(value);
    return Number.isSafeInteger(number) ? number : value;
  }
  if (type.startsWith('DECIMAL') && value.includes('.')) {
    // Trailing zeros of the scale go (`92.3100000000` → `92.31`), by a loop: no regex rescans.
    let end = value.length;
    while (value.charCodeAt(end - 1) === 48) end--;
    if (value.charCodeAt(end - 1) === 46) end--;
    return value.slice(0, end);
  }
  return value;
}

/** Runs SQL and reads every row, with plain values. */
export async function readAll(connection: DuckDBConnection, sql: string): Promise<QueryResult> {
  const reader = await connection.runAndReadAll(sql);
  const columns = reader.columnNames();
  const types = reader.columnTypes().map(String);
  const rows = reader
    .getRowsJson()
    .map((values) =>
      Object.fromEntries(
        columns.map((column, index) => [column, plainValue(types[index] ?? '', values[index])]),
      ),
    );
  return { columns, rows };
}

/** Runs SQL on the database of `outDir`, read-only. */
export async function queryDatabase(outDir: string, sql: string): Promise<QueryResult> {
  const db = await openDatabase(databasePath(outDir), { readOnly: true });
  try {
    return await readAll(db.connection, sql);
  } finally {
    db.close();
  }
}
