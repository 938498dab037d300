/**
 * PostgreSQL as a destination, through node-postgres: the record tables in a schema (default
 * `public`), created from the same DDL as `baocao ddl --dialect postgres`, loaded per document.
 *
 * One load is one transaction: the rows of documents gone or extracted by another extractor are
 * deleted, and the documents not held yet are inserted (each table's rows streamed with COPY into
 * a staging table of JSON lines, then typed by `jsonb_populate_record`, so decimals stay exact);
 * `_baocao_loaded` says which documents the tables hold and by which extractor. A load that fails
 * leaves the tables as they were; two loads into one schema wait for each other (an advisory lock);
 * an unchanged load changes nothing.
 *
 * The connection URL holds a password: it is never printed, and errors are cleaned of it.
 */
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { RECORD_TYPES, type RecordTypeName } from '../schema/records.js';
import { quoteIdentifier, renderDdl, tableDdl } from './ddl.js';
import {
  type Destination,
  docIdOf,
  type LoadReport,
  reconcile,
  recordDocuments,
  recordLines,
} from './destinations.js';
import type { PostgresTarget } from './postgres-target.js';

export type { PostgresTarget } from './postgres-target.js';

/** A load into PostgreSQL failed; the message names no credential. */
export class PostgresLoadError extends Error {}

const LOADED = '_baocao_loaded';
const SCHEMA_STATE = '_baocao_schema';
/** Rows of a COPY are sent in chunks of about this many characters. */
const CHUNK = 1 << 16;

const quote = (name: string) => quoteIdentifier('postgres', name);

/** The DDL's hash: another one means the tables are created again (a column was added). */
const schemaHash = () => createHash('sha256').update(renderDdl('postgres')).digest('hex');

/** `message` without the URL or its password, however they were written into it. */
export function redact(message: string, url: string): string {
  const secrets = [url];
  try {
    const { password, username } = new URL(url);
    if (password) secrets.push(password, decodeURIComponent(password));
    if (username && password) secrets.push(`${username}:${password}`);
  } catch {
    // Not a URL: only the whole text is a secret.
  }
  let clean = message;
  for (const secret of secrets.filter((s) => s.length > 0).sort((a, b) => b.length - a.length))
    clean = clean.split(secret).join('***');
  return clean;
}

export function postgresDestination(target: PostgresTarget): Destination {
  const schema = target.schema ?? 'public';
  return {
    label: `PostgreSQL schema ${schema}`,
    load: (outDir) => loadPostgres(outDir, target),
  };
}

/** Brings the tables of `target` in line with the record files of `outDir`. */
export async function loadPostgres(outDir: string, target: PostgresTarget): Promise<LoadReport> {
  const schema = target.schema ?? 'public';
  let client: pg.Client;
  try {
    client = new pg.Client({ connectionString: target.url, application_name: 'baocao' });
  } catch (error) {
    throw failure(error, target.url);
  }
  // A connection lost mid-load is reported by the query that fails; this keeps it from crashing.
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('BEGIN');
    const report = await load(client, outDir, schema);
    await client.query('COMMIT');
    return report;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw failure(error, target.url);
  } finally {
    await client.end().catch(() => undefined);
  }
}

function failure(error: unknown, url: string): PostgresLoadError {
  const message = error instanceof Error ? error.message || String(error) : String(error);
  const code = (error as { code?: unknown }).code;
  const detail = typeof code === 'string' && !message.includes(code) ? ` (${code})` : '';
  return new PostgresLoadError(`PostgreSQL: ${redact(message, url)}${detail}`);
}

async function load(client: pg.Client, outDir: string, schema: string): Promise<LoadReport> {
  const table = (name: string) => `${quote(schema)}.${quote(name)}`;
  // One load per schema at a time: a second waits here until the first commits.
  await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`baocao:${schema}`]);
  const exists = await client.query('SELECT to_regnamespace($1) IS NOT NULL AS found', [
    quote(schema),
  ]);
  if (!exists.rows[0]?.found) await client.query(`CREATE SCHEMA ${quote(schema)}`);
  await client.query(`CREATE TABLE IF NOT EXISTS ${table(SCHEMA_STATE)} (hash TEXT NOT NULL)`);
  const hash = schemaHash();
  const known = await client.query<{ hash: string }>(`SELECT hash FROM ${table(SCHEMA_STATE)}`);
  if (known.rows[0]?.hash !== hash) {
    for (const { name } of [...RECORD_TYPES].reverse())
      await client.query(`DROP TABLE IF EXISTS ${table(name)}`);
    await client.query(`DROP TABLE IF EXISTS ${table(LOADED)}`);
    await client.query(`DELETE FROM ${table(SCHEMA_STATE)}`);
    await client.query(`INSERT INTO ${table(SCHEMA_STATE)} VALUES ($1)`, [hash]);
  }
  await client.query(RECORD_TYPES.map((type) => tableDdl('postgres', type, { schema })).join('\n'));
  await client.query(
    `CREATE TABLE IF NOT EXISTS ${table(LOADED)} (doc_id TEXT PRIMARY KEY, fingerprint TEXT NOT NULL)`,
  );

  const loaded = await client.query<{ doc_id: string; fingerprint: string }>(
    `SELECT doc_id, fingerprint FROM ${table(LOADED)}`,
  );
  const current = await recordDocuments(outDir);
  const { stale, todo } = reconcile(
    new Map(loaded.rows.map((row) => [row.doc_id, row.fingerprint])),
    current,
  );
  if (stale.length > 0 || todo.length > 0) {
    // Rows of a document about to be inserted go too, whatever put them there.
    const gone = [...new Set([...stale, ...todo])];
    for (const { name } of [...RECORD_TYPES].reverse())
      await client.query(`DELETE FROM ${table(name)} WHERE doc_id = ANY($1)`, [gone]);
    await client.query(`DELETE FROM ${table(LOADED)} WHERE doc_id = ANY($1)`, [gone]);
  }
  if (todo.length > 0) {
    const wanted = new Set(todo);
    await client.query('CREATE TEMP TABLE _baocao_staging (line JSONB) ON COMMIT DROP');
    for (const { name } of RECORD_TYPES) {
      await client.query('TRUNCATE _baocao_staging');
      // CSV whose quote and delimiter are bytes JSON never holds unescaped: each line arrives whole.
      const copy = client.query(
        copyFrom(
          "COPY _baocao_staging (line) FROM STDIN WITH (FORMAT csv, QUOTE e'\\x01', DELIMITER e'\\x02')",
        ),
      );
      await pipeline(Readable.from(chunks(recordLines(outDir, name), wanted)), copy);
      await client.query(
        `INSERT INTO ${table(name)} SELECT r.* FROM _baocao_staging, jsonb_populate_record(NULL::${table(name)}, line) r`,
      );
    }
    await client.query(
      `INSERT INTO ${table(LOADED)} (doc_id, fingerprint) SELECT * FROM unnest($1::text[], $2::text[])`,
      [todo, todo.map((docId) => current.get(docId))],
    );
  }
  const counts = {} as Record<RecordTypeName, number>;
  for (const { name } of RECORD_TYPES) {
    const result = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${table(name)}`);
    counts[name] = Number(result.rows[0]?.n ?? 0);
  }
  return { inserted: todo.length, deleted: stale.length, counts };
}

/** The lines of documents in `wanted`, joined into chunks for the COPY stream. */
async function* chunks(lines: AsyncIterable<string>, wanted: ReadonlySet<string>) {
  let chunk = '';
  for await (const line of lines) {
    if (!wanted.has(docIdOf(line))) continue;
    chunk += `${line}\n`;
    if (chunk.length >= CHUNK) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk !== '') yield chunk;
}
