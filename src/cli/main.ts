#!/usr/bin/env node
/**
 * The `baocao` command: parses arguments, calls the batch runner, reports. Nothing else lives here.
 * Exit codes: 0 every input ok or skipped, 1 some input failed, 2 usage error (also: another run
 * holds the output folder), 130 interrupted.
 */
import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { faultCause, OutputFault } from '../batch/faults.js';
import { BatchInUse, type OutputLock } from '../batch/lock.js';
import { MergeError, mergeShards } from '../batch/merge.js';
import {
  type BatchOptions,
  countInputs,
  manifestName,
  runBatch,
  type Shard,
} from '../batch/run.js';
import { DIALECTS, type Dialect, renderDdl } from '../emit/ddl.js';
import { exportParquet, queryDatabase } from '../emit/duckdb.js';
import { databasePath, lockFolder, reviewDir } from '../emit/output-folder.js';
import {
  POSTGRES_URL_VARIABLE,
  PostgresLoadError,
  type PostgresTarget,
  postgresDestination,
  postgresTarget,
} from '../emit/postgres.js';
import { loadFolder, NoRecords, publishRecords } from '../emit/warehouse.js';
import { ReviewInputError, writeReview } from '../review/index.js';
import { FailOnSchema, type Manifest } from '../schema/manifest.js';
import { VERSION } from '../version.js';
import { Reporter } from './reporter.js';
import { formatTable } from './table.js';

const USAGE = `Usage: baocao <command> [options]

Commands:
  extract [paths...]   Extract reports into validated JSON documents, record files and a
                       DuckDB database.
  merge [--out DIR]    Combine the shard manifests of an output folder into its manifest
                       (and write its records and database).
  query SQL            Run SQL on DIR/baocao.duckdb and print a table (--json: JSON lines).
  export --parquet D   Write one Parquet file per record type into folder D.
  load --postgres URL  Load the records into PostgreSQL, per document (URL also from
                       ${POSTGRES_URL_VARIABLE}).
  ddl --dialect D      Print CREATE TABLE statements for the records: postgres, bigquery,
                       clickhouse or duckdb.
  review [paths...]    Write HTML pages to check extracted documents against their source.

Options:
  -h, --help           Show this help.
  -v, --version        Show the version (${VERSION}).

Run 'baocao extract --help' for the options of extract.
`;

const EXTRACT_USAGE = `Usage: baocao extract [paths...] [options]

Extract Vietnamese reports (markdown converted from PDF) into validated JSON.

Arguments:
  paths                Files, or directories walked recursively for *.md, *.markdown and
                       *.txt in a stable (code point) order. Default: corpus/
                       In a directory walk, README files are recorded as skipped and hidden
                       files and folders (.git, .DS_Store) are not read.

Options:
  -o, --out DIR        Output folder (default: output/). Writes
                         DIR/documents/<docId>.json   one document per report
                         DIR/manifest.json            every input: ok, skipped or failed, and why
                         DIR/records/<type>.ndjson    flat records, one file per record type
                         DIR/baocao.duckdb            the records as DuckDB tables
  --no-db              Do not load DIR/baocao.duckdb (the record files are still written).
  --postgres URL       Load the records into PostgreSQL too (see 'baocao load --help'); also
                       when ${POSTGRES_URL_VARIABLE} is set. --schema NAME: the schema.
  -w, --workers N      Worker threads (default: the cores available, here ${availableParallelism()}).
  --force              Redo every input; by default an input whose bytes and extractor are
                       unchanged since the last run into DIR is skipped.
  --prune, --no-prune  Remove documents that no input gives any more (default: on when every
                       path is a folder).
  --max-bytes N        Inputs larger than N bytes fail unread (default: 20971520, 20 MiB).
  --timeout S          An extraction that takes longer than S seconds fails (default: 30).
  --max-memory MB      A worker whose heap grows past MB megabytes is stopped and its input
                       fails (default: 2048).
  --shard K/N          Take the K-th of N deterministic shards of the inputs (by a hash of the
                       path) and write DIR/manifest.shard-K-of-N.json; 'baocao merge' joins them.
  --review             Also write the review pages into DIR/review/ (see 'baocao review').
  --fail-on G          Fail documents read no better than grade G: poor, or partial (partial
                       and poor). Each ok document is graded good, partial or poor by how much of
                       it was read (its quality.signals say what was not); by default every
                       grade is ok and the summary counts them.
  -q, --quiet          Print nothing but errors.
  --log-format F       text (default) or json: one JSON line per input on stderr.
  -h, --help           Show this help.

A run stopped with Ctrl-C (SIGINT) finishes the inputs in flight, writes the manifest and
exits 130; a killed run leaves a journal that the next run into DIR picks up.

Exit codes: 0 all inputs ok or skipped, 1 some input failed (or failed --fail-on), 2 usage
error, 130 interrupted.
`;

const REVIEW_USAGE = `Usage: baocao review [paths...] [--out DIR]

Write static HTML pages (no server, no network) to check extracted documents by eye: each
document beside its source text, and an index of all of them. Open DIR/index.html in a browser.

Arguments:
  paths                Document JSON files, or output folders of 'baocao extract' (their
                       manifest.json and documents/). Default: output/
                       Source paths in the documents are read relative to the current folder.

Options:
  -o, --out DIR        Where the pages go (default: review/ in the first folder given, else review/).
  -h, --help           Show this help.

Exit codes: 0 every document shown, 1 some document file could not be read, 2 usage error.
`;

class UsageError extends Error {
  constructor(
    message: string,
    readonly usage = USAGE,
  ) {
    super(message);
  }
}

async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'extract':
        return await extractCommand(rest);
      case 'merge':
        return await mergeCommand(rest);
      case 'query':
        return await queryCommand(rest);
      case 'export':
        return await exportCommand(rest);
      case 'ddl':
        return ddlCommand(rest);
      case 'load':
        return await loadCommand(rest);
      case 'review':
        return await reviewCommand(rest);
      case '-v':
      case '--version':
        process.stdout.write(`${VERSION}\n`);
        return 0;
      case undefined:
        throw new UsageError('a command is needed');
      case 'help':
      case '-h':
      case '--help':
        process.stdout.write(USAGE);
        return 0;
      default:
        throw new UsageError(`unknown command '${command}'`);
    }
  } catch (error) {
    if (error instanceof OutputFault) {
      // Disk full, read-only, permission: the folder's fault, said in one line.
      process.stderr.write(`baocao: cannot write the output folder: ${error.message}\n`);
      return 1;
    }
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`baocao: ${error.message}\n\n${error.usage}`);
    return 2;
  }
}

async function extractCommand(args: readonly string[]): Promise<number> {
  const { values, positionals } = parseOrThrow(EXTRACT_USAGE, {
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: {
      out: { type: 'string', short: 'o', default: 'output' },
      workers: { type: 'string', short: 'w' },
      force: { type: 'boolean', default: false },
      prune: { type: 'boolean' },
      'no-prune': { type: 'boolean' },
      'max-bytes': { type: 'string' },
      timeout: { type: 'string' },
      'max-memory': { type: 'string' },
      shard: { type: 'string' },
      review: { type: 'boolean', default: false },
      quiet: { type: 'boolean', short: 'q', default: false },
      'log-format': { type: 'string', default: 'text' },
      'no-db': { type: 'boolean', default: false },
      'fail-on': { type: 'string' },
      postgres: { type: 'string' },
      schema: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(EXTRACT_USAGE);
    return 0;
  }
  const usage = (message: string) => new UsageError(message, EXTRACT_USAGE);
  if (values.out === '') throw usage('--out needs a folder');
  if (!(await isFolderOrMissing(values.out)))
    throw usage(`--out ${values.out} is a file, not a folder`);
  const workers = positiveInt(values.workers, '--workers', usage);
  const maxBytes = positiveInt(values['max-bytes'], '--max-bytes', usage);
  const timeout = positiveInt(values.timeout, '--timeout', usage);
  const maxMemory = positiveInt(values['max-memory'], '--max-memory', usage);
  const shard = values.shard === undefined ? undefined : parseShard(values.shard, usage);
  if (values['log-format'] !== 'text' && values['log-format'] !== 'json') {
    throw usage(`--log-format takes text or json, not ${values['log-format']}`);
  }
  if (values.prune && values['no-prune'])
    throw usage('--prune and --no-prune contradict each other');
  const failOn =
    values['fail-on'] === undefined ? undefined : FailOnSchema.safeParse(values['fail-on']);
  if (failOn && !failOn.success) {
    throw usage(`--fail-on takes poor or partial, not ${values['fail-on']}`);
  }

  const reporter = new Reporter({
    quiet: values.quiet,
    json: values['log-format'] === 'json',
    tty: process.stderr.isTTY === true,
  });
  const paths = positionals.length > 0 ? positionals : ['corpus'];
  if (process.stderr.isTTY && !values.quiet && values['log-format'] === 'text') {
    // The total, for the progress line, from a walk that reads no file.
    countInputs(paths, shard).then(
      (total) => {
        reporter.total = total;
      },
      () => undefined,
    );
  }
  const interrupt = new AbortController();
  const onSigint = () => interrupt.abort();
  process.once('SIGINT', onSigint);
  try {
    const options: BatchOptions = {
      paths,
      outDir: values.out,
      force: values.force,
      signal: interrupt.signal,
      onEntry: (entry) => reporter.entry(entry),
    };
    if (workers !== undefined) options.workers = workers;
    if (maxBytes !== undefined) options.maxBytes = maxBytes;
    if (timeout !== undefined) options.timeoutMs = timeout * 1000;
    if (maxMemory !== undefined) options.maxMemoryMb = maxMemory;
    if (shard) options.shard = shard;
    if (values.prune) options.prune = true;
    if (values['no-prune']) options.prune = false;
    if (failOn?.success) options.failOn = failOn.data;
    let publishFailed = false;
    // The records, the database and the pages are written while the run still holds the lock.
    options.whileLocked = async (manifest) => {
      reporter.done(manifest, values.out, manifestName(shard));
      // A shard's records wait for the merge, which sees every shard.
      if (!manifest.run.interrupted && shard === undefined) {
        const published = await publish(
          values.out,
          manifest,
          !values['no-db'],
          postgresTarget(values.postgres, values.schema),
        );
        if (published === undefined) {
          publishFailed = true;
          return;
        }
        reporter.published(published, values.out);
      }
      if (values.review)
        await reviewPages([values.out], reviewDir(values.out), values.quiet, manifest);
    };
    let manifest: Awaited<ReturnType<typeof runBatch>>;
    try {
      manifest = await runBatch(options);
    } catch (error) {
      if (error instanceof BatchInUse) throw usage(error.message);
      throw error;
    }
    if (publishFailed) return 1;
    if (manifest.run.interrupted) return 130;
    return manifest.totals.failed > 0 ? 1 : 0;
  } finally {
    process.removeListener('SIGINT', onSigint);
  }
}

async function mergeCommand(args: readonly string[]): Promise<number> {
  const { values } = parseOrThrow(USAGE, {
    args: [...args],
    strict: true,
    options: {
      out: { type: 'string', short: 'o', default: 'output' },
      'no-db': { type: 'boolean', default: false },
    },
  });
  if (!(await isFolder(values.out))) throw new UsageError(`${values.out}: no such output folder`);
  let lock: OutputLock;
  try {
    lock = await lockFolder(values.out);
  } catch (error) {
    if (error instanceof BatchInUse) throw new UsageError(error.message);
    throw error;
  }
  try {
    const manifest = await mergeShards(values.out);
    if ((await publish(values.out, manifest, !values['no-db'])) === undefined) return 1;
    process.stderr.write(
      `baocao: merged ${manifest.totals.inputs} inputs into ${values.out}/manifest.json\n`,
    );
    return manifest.totals.failed > 0 ? 1 : 0;
  } catch (error) {
    if (error instanceof MergeError) throw new UsageError(error.message);
    throw error;
  } finally {
    await lock.release();
  }
}

/** Records and database after a batch; a failure is reported, not thrown (the documents stand). */
async function publish(
  outDir: string,
  manifest: Manifest,
  database: boolean,
  postgres?: PostgresTarget,
) {
  try {
    return await publishRecords(outDir, manifest, { database, ...(postgres && { postgres }) });
  } catch (error) {
    if (error instanceof PostgresLoadError) {
      process.stderr.write(`baocao: cannot load the records of ${outDir}: ${error.message}\n`);
      return undefined;
    }
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      error instanceof OutputFault
        ? error.message
        : code !== undefined
          ? faultCause(error)
          : error instanceof Error
            ? error.message
            : String(error);
    process.stderr.write(`baocao: cannot write the records of ${outDir}: ${reason}\n`);
    return undefined;
  }
}

const QUERY_USAGE = `Usage: baocao query "SQL" [--out DIR] [--json]

Run SQL (read-only) on DIR/baocao.duckdb (default DIR: output/) and print the result as a
table, or with --json as one JSON object per line. Tables: documents, sections, blocks,
footnotes, footnote_citations, tables, table_rows, table_cells, facts, quantities,
citations, cited_documents, diagnostics.
`;

async function queryCommand(args: readonly string[]): Promise<number> {
  const { values, positionals } = parseOrThrow(QUERY_USAGE, {
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: {
      out: { type: 'string', short: 'o', default: 'output' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(QUERY_USAGE);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError('query takes one SQL text', QUERY_USAGE);
  await needDatabase(values.out, QUERY_USAGE);
  let result: Awaited<ReturnType<typeof queryDatabase>>;
  try {
    result = await queryDatabase(values.out, positionals[0] ?? '');
  } catch (error) {
    // A mistake in the SQL is the user's, not an internal error: say what DuckDB said.
    process.stderr.write(`baocao: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  if (values.json) {
    for (const row of result.rows) process.stdout.write(`${JSON.stringify(row)}\n`);
  } else {
    process.stdout.write(formatTable(result.columns, result.rows));
  }
  return 0;
}

const EXPORT_USAGE = `Usage: baocao export --parquet FOLDER [--out DIR]

Write FOLDER/<type>.parquet for every table of DIR/baocao.duckdb (default DIR: output/),
with the database's column types, rows ordered by key.
`;

async function exportCommand(args: readonly string[]): Promise<number> {
  const { values } = parseOrThrow(EXPORT_USAGE, {
    args: [...args],
    strict: true,
    options: {
      out: { type: 'string', short: 'o', default: 'output' },
      parquet: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(EXPORT_USAGE);
    return 0;
  }
  if (!values.parquet) throw new UsageError('export needs --parquet FOLDER', EXPORT_USAGE);
  await needDatabase(values.out, EXPORT_USAGE);
  const written = await exportParquet(values.out, values.parquet);
  process.stderr.write(`baocao: wrote ${written.length} Parquet files into ${values.parquet}\n`);
  return 0;
}

const LOAD_USAGE = `Usage: baocao load --postgres URL [--schema NAME] [--out DIR]

Load the records of DIR (default: output/) into PostgreSQL: the tables of 'baocao ddl
--dialect postgres' in schema NAME (default: public; created when missing). Per document, in one
transaction: the rows of documents changed or gone are deleted, new ones inserted (COPY); a
second load of the same records changes nothing. The URL (postgres://user:password@host/db) may
come from ${POSTGRES_URL_VARIABLE} instead, which keeps it out of process lists; it is never
printed.
`;

async function loadCommand(args: readonly string[]): Promise<number> {
  const { values, positionals } = parseOrThrow(LOAD_USAGE, {
    args: [...args],
    // Taken, to be refused without being echoed: a URL given without --postgres holds a password.
    allowPositionals: true,
    strict: true,
    options: {
      out: { type: 'string', short: 'o', default: 'output' },
      postgres: { type: 'string' },
      schema: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(LOAD_USAGE);
    return 0;
  }
  if (positionals.length > 0)
    throw new UsageError(`load takes no arguments: the URL goes after --postgres`, LOAD_USAGE);
  const target = postgresTarget(values.postgres, values.schema);
  if (target === undefined)
    throw new UsageError(`load needs --postgres URL or ${POSTGRES_URL_VARIABLE}`, LOAD_USAGE);
  const reporter = new Reporter({ quiet: false, json: false, tty: false });
  try {
    for (const load of await loadFolder(values.out, [postgresDestination(target)]))
      reporter.loaded(load);
    return 0;
  } catch (error) {
    if (error instanceof NoRecords || error instanceof BatchInUse)
      throw new UsageError(error.message, LOAD_USAGE);
    if (!(error instanceof PostgresLoadError)) throw error;
    process.stderr.write(`baocao: cannot load the records of ${values.out}: ${error.message}\n`);
    return 1;
  }
}

const DDL_USAGE = `Usage: baocao ddl --dialect ${DIALECTS.join('|')} [--schema NAME]

Print the CREATE TABLE statements of the record tables for a warehouse, generated from
schemas/records/. --schema puts the tables in a schema (PostgreSQL, DuckDB), a dataset
(BigQuery, where one is needed: default baocao) or a database (ClickHouse).
`;

function ddlCommand(args: readonly string[]): number {
  const { values } = parseOrThrow(DDL_USAGE, {
    args: [...args],
    strict: true,
    options: {
      dialect: { type: 'string' },
      schema: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(DDL_USAGE);
    return 0;
  }
  const dialect = values.dialect as Dialect | undefined;
  if (dialect === undefined || !DIALECTS.includes(dialect)) {
    throw new UsageError(`--dialect takes ${DIALECTS.join(', ')}`, DDL_USAGE);
  }
  const schema = values.schema ?? (dialect === 'bigquery' ? 'baocao' : undefined);
  process.stdout.write(renderDdl(dialect, schema === undefined ? {} : { schema }));
  return 0;
}

async function reviewCommand(args: readonly string[]): Promise<number> {
  const { values, positionals } = parseOrThrow(REVIEW_USAGE, {
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: {
      out: { type: 'string', short: 'o' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(REVIEW_USAGE);
    return 0;
  }
  const paths = positionals.length > 0 ? positionals : ['output'];
  const folder = paths.find((path) => !path.endsWith('.json'));
  const out = values.out ?? (folder ? join(folder, 'review') : 'review');
  try {
    return (await reviewPages(paths, out, false)) ? 0 : 1;
  } catch (error) {
    if (error instanceof ReviewInputError) throw new UsageError(error.message, REVIEW_USAGE);
    throw error;
  }
}

/** Writes the pages and says where; false when some document could not be shown. */
async function reviewPages(
  paths: string[],
  outDir: string,
  quiet: boolean,
  manifest?: Manifest,
): Promise<boolean> {
  const { pages, problems } = await writeReview({ paths, outDir, ...(manifest && { manifest }) });
  for (const problem of problems) process.stderr.write(`baocao: ${problem}\n`);
  if (!quiet)
    process.stderr.write(`baocao: ${pages} review pages in ${join(outDir, 'index.html')}\n`);
  return problems.length === 0;
}

async function needDatabase(outDir: string, usage: string): Promise<void> {
  try {
    await stat(databasePath(outDir));
  } catch {
    throw new UsageError(
      `${databasePath(outDir)} does not exist: run 'baocao extract --out ${outDir}' first`,
      usage,
    );
  }
}

function positiveInt(
  value: string | undefined,
  name: string,
  usage: (message: string) => UsageError,
): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < 1)
    throw usage(`${name} takes a whole number above 0, not ${value}`);
  return Number(value);
}

function parseShard(value: string, usage: (message: string) => UsageError): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(value);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || index < 1 || count < 1 || index > count) {
    throw usage(`--shard takes K/N with 1 <= K <= N, not ${value}`);
  }
  return { index, count };
}

async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

async function isFolderOrMissing(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return true;
  }
}

/** `parseArgs`, with its errors (unknown option, missing value) turned into usage errors. */
function parseOrThrow<const T extends ParseArgsConfig>(usage: string, config: T) {
  try {
    return parseArgs(config);
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : '';
    if (!code.startsWith('ERR_PARSE_ARGS')) throw error;
    throw new UsageError((error as Error).message, usage);
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `baocao: internal error: ${error instanceof Error ? error.stack : error}\n`,
    );
    process.exitCode = 1;
  },
);
