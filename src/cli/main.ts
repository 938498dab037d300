#!/usr/bin/env node
/**
 * The `baocao` command: parses arguments (commander), calls the batch runner and the emitters,
 * reports. Nothing else lives here.
 *
 * Each command loads what it uses when it runs (`await import`): a one-file `extract --no-db`
 * never loads DuckDB's native module, `ddl` never loads the batch runner.
 *
 * One exit-code policy for every command (EXIT below):
 *   0   done: every input ok or skipped, the query answered, the pages written
 *   1   done, but some of what was asked failed on its data, and the output says which: inputs
 *       failed (or failed --fail-on), a document file unreadable (review), SQL DuckDB refused
 *   2   usage error, and nothing was done: an unknown command or option, a bad value, a path
 *       that does not exist, an output folder with no database, another run holding the folder
 *   3   the run could not finish: the output folder or the database could not be written (disk
 *       full, read-only, permission), or an internal error (a bug: please report it)
 *   130 interrupted (Ctrl-C): the inputs in flight were finished and the manifest written
 */
import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import type { BatchOptions, Shard } from '../batch/run.js';
import {
  POSTGRES_URL_VARIABLE,
  type PostgresTarget,
  postgresTarget,
} from '../emit/postgres-target.js';
import type { PublishReport } from '../emit/warehouse.js';
import { FORMATS } from '../read/formats.js';
import type { FailOn, Manifest } from '../schema/manifest.js';
import { VERSION } from '../version.js';
import { Reporter } from './reporter.js';

export const EXIT = { ok: 0, failed: 1, usage: 2, incomplete: 3, interrupted: 130 } as const;

const EXIT_HELP = `Exit codes (every command):
  0    done: every input ok or skipped
  1    done, but some inputs failed (the manifest lists them), a document could not be read
       (review) or DuckDB refused the SQL (query)
  2    usage error: nothing was done
  3    the run could not finish: the output folder or database could not be written, or an
       internal error
  130  interrupted (Ctrl-C): the inputs in flight were finished and the manifest written`;

/** A mistake in the command line, found after parsing: said like commander's own, exit 2. */
class UsageError extends Error {}

/** The extensions the pipeline reads, from the one table of formats. */
const READ_EXTENSIONS = FORMATS.filter((format) => format.readable)
  .flatMap((format) => format.extensions.map((extension) => `*${extension}`))
  .join(', ');

function wholeNumber(name: string) {
  return (value: string): number => {
    if (!/^\d+$/.test(value) || Number(value) < 1)
      throw new InvalidArgumentError(`${name} takes a whole number above 0.`);
    return Number(value);
  };
}

function parseShard(value: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(value);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || index < 1 || count < 1 || index > count)
    throw new InvalidArgumentError('--shard takes K/N with 1 <= K <= N.');
  return { index, count };
}

const collect = (value: string, previous: string[]) => [...previous, value];

/** The program: every command with its options, help and short usage on error. */
function program(argv: readonly string[], setCode: (code: number) => void): Command {
  const root = new Command('baocao')
    .description(
      'Turn Vietnamese government reports (báo cáo) converted to markdown or text into validated JSON documents, warehouse records and a DuckDB database.',
    )
    .version(VERSION, '-v, --version', 'show the version')
    .helpOption('-h, --help', 'show this help')
    .helpCommand('help [command]', 'show the help of a command')
    .exitOverride()
    .showSuggestionAfterError(true)
    .configureOutput({
      writeOut: (text) => process.stdout.write(text),
      writeErr: (text) => process.stderr.write(text),
      // `error: unknown option '--worker'` → `baocao: unknown option '--worker'`.
      outputError: (text, write) => write(text.replace(/^error: /, 'baocao: ')),
    })
    .addHelpText(
      'after',
      `\nRun 'baocao <command> --help' for a command's options.\n\n${EXIT_HELP}\n`,
    );
  root.showHelpAfterError("Run 'baocao --help' for the commands.");

  /** A command with the shared help option. */
  const command = (nameAndArgs: string, description: string) => {
    const sub = root.command(nameAndArgs).description(description);
    sub.helpOption('-h, --help', 'show this help');
    return sub;
  };

  command(
    'extract',
    'Extract reports into validated JSON documents and record files (and a DuckDB database).',
  )
    .argument(
      '[paths...]',
      `files, or folders walked recursively for ${READ_EXTENSIONS} (default: corpus/)`,
    )
    .option('-o, --out <dir>', 'output folder', 'output')
    .option('--db', 'load the records into DIR/baocao.duckdb (default: when DIR has one)')
    .option('--no-db', 'leave DIR/baocao.duckdb as it is (the record files are still written)')
    .option(
      '--postgres <url>',
      `also load the records into PostgreSQL, per document (also when ${POSTGRES_URL_VARIABLE} is set; see 'baocao load')`,
    )
    .option('--schema <name>', 'the PostgreSQL schema for --postgres (default: public)')
    .option(
      '-w, --workers <n>',
      `worker threads (default: the cores available, here ${availableParallelism()})`,
      wholeNumber('--workers'),
    )
    .option(
      '--include <glob>',
      'in a walked folder, take only files matching (repeatable)',
      collect,
      [],
    )
    .option(
      '--exclude <glob>',
      'in a walked folder, leave out files and folders matching (repeatable)',
      collect,
      [],
    )
    .option('--force', 'redo every input, changed or not', false)
    .option(
      '--prune',
      'remove documents no input gives any more (default: when every path is a folder)',
    )
    .option('--no-prune', 'keep documents no input gives any more')
    .option(
      '--max-bytes <n>',
      'inputs larger than N bytes fail unread (default: 20971520, 20 MiB)',
      wholeNumber('--max-bytes'),
    )
    .option(
      '--timeout <s>',
      'an extraction that takes longer than S seconds fails (default: 30)',
      wholeNumber('--timeout'),
    )
    .option(
      '--max-memory <mb>',
      'a worker whose heap grows past MB megabytes is stopped and its input fails (default: 2048)',
      wholeNumber('--max-memory'),
    )
    .option(
      '--shard <k/n>',
      "take the K-th of N deterministic shards of the inputs; 'baocao merge' joins them",
      parseShard,
    )
    .option('--review', "also write the review pages into DIR/review/ (see 'baocao review')", false)
    .addOption(
      new Option('--fail-on <grade>', 'fail documents read no better than this grade').choices([
        'poor',
        'partial',
      ]),
    )
    .option('-q, --quiet', 'print nothing but errors', false)
    .addOption(
      new Option('--log-format <format>', 'json: one JSON line per input on stderr')
        .choices(['text', 'json'])
        .default('text'),
    )
    .addHelpText(
      'after',
      `
Writes into the output folder (default output/):
  documents/<docId>.json   one validated document per report
  manifest.json            every input: ok, skipped or failed, and why
  records/<type>.ndjson    flat records, one file per record type
  baocao.duckdb            the records as DuckDB tables: with --db, and kept current once made

The database is made on demand: by --db, or by the first 'baocao query' or 'export'. A folder
that has one gets it loaded by every run (not with --no-db), so it never lags the records.

In a walked folder every file is accounted for in the manifest: a README, or a file of a format
baocao does not read (PDF, Word, an image…), is listed as skipped with the reason and what to do;
hidden files and folders (.git, .DS_Store) are not inputs. --include and --exclude take globs
matched against the path below the walked folder ('2023/*.md'; a pattern without '/' matches a
name at any depth, '*.txt'); a path named on the command line is always taken.

An input whose bytes and extractor are unchanged since the last run into DIR is skipped (--force
redoes it). --timeout counts the extraction itself, not the worker's start or the file's read.
A run stopped with Ctrl-C finishes the inputs in flight, writes the manifest and exits 130.

${EXIT_HELP}
`,
    )
    .action(async (paths: string[], options: ExtractFlags) => {
      setCode(await extractCommand(paths, options, argv));
    });

  command(
    'merge',
    'Combine the shard manifests of an output folder into its manifest, and write its records and database.',
  )
    .option('-o, --out <dir>', 'output folder', 'output')
    .option('--db', 'load the records into DIR/baocao.duckdb (default: when DIR has one)')
    .option('--no-db', 'leave DIR/baocao.duckdb as it is')
    .action(async (options: { out: string; db?: boolean }) => {
      setCode(await mergeCommand(options));
    });

  command(
    'query',
    'Run read-only SQL on DIR/baocao.duckdb (made or brought up to date from the records first) and print the result.',
  )
    .argument('<sql>', 'the SQL text')
    .option('-o, --out <dir>', 'output folder', 'output')
    .addOption(
      new Option(
        '--format <format>',
        'table (cells cut at 60 characters only on a terminal), csv (RFC 4180, a header line) or json (one object per line)',
      )
        .choices(['table', 'csv', 'json'])
        .default('table'),
    )
    .option('--json', 'the same as --format json')
    .addHelpText(
      'after',
      '\nTables: documents, sections, blocks, footnotes, footnote_citations, tables, table_rows,\ntable_cells, facts, quantities, citations, cited_documents, diagnostics.\n',
    )
    .action(async (sql: string, options: { out: string; format: string; json?: boolean }) => {
      setCode(await queryCommand(sql, options));
    });

  command(
    'export',
    'Write one Parquet file per record type of DIR/baocao.duckdb (made or brought up to date first).',
  )
    .requiredOption('--parquet <folder>', 'where the Parquet files go')
    .option('-o, --out <dir>', 'output folder', 'output')
    .action(async (options: { out: string; parquet: string }) => {
      setCode(await exportCommand(options));
    });

  const ddl = command(
    'ddl',
    'Print the CREATE TABLE statements of the record tables for a warehouse.',
  )
    .option(
      '--schema <name>',
      'a schema (PostgreSQL, DuckDB), dataset (BigQuery, default baocao) or database (ClickHouse)',
    )
    .action(async (options: { dialect: string; schema?: string }) => {
      setCode(await ddlCommand(options));
    });
  // The dialects come from the DDL module; it is loaded only when `ddl` is the command.
  const dialect = new Option('--dialect <name>', 'the warehouse').makeOptionMandatory();
  if (dialects !== undefined) dialect.choices(dialects);
  ddl.addOption(dialect);

  command('load', 'Load the records of an output folder into PostgreSQL, per document.')
    .option('-o, --out <dir>', 'output folder', 'output')
    .option(
      '--postgres <url>',
      `postgres://user:password@host/db (or set ${POSTGRES_URL_VARIABLE}, which keeps it out of process lists); never printed`,
    )
    .option(
      '--schema <name>',
      'the schema the tables go in (default: public; created when missing)',
    )
    // Taken, to be refused without being echoed: a URL given without --postgres holds a password.
    .argument('[stray...]')
    .addHelpText(
      'after',
      `
The tables are those of 'baocao ddl --dialect postgres'. Per document, in one transaction: the
rows of documents changed or gone are deleted, new ones inserted (COPY); a second load of the same
records changes nothing.

${EXIT_HELP}
`,
    )
    .action(
      async (stray: string[], options: { out: string; postgres?: string; schema?: string }) => {
        setCode(await loadCommand(stray, options));
      },
    );

  command('review', 'Write HTML pages to check extracted documents against their source.')
    .argument(
      '[paths...]',
      "document JSON files, or output folders of 'baocao extract' (default: output/)",
    )
    .option('-o, --out <dir>', 'where the pages go (default: review/ in the first folder given)')
    .action(async (paths: string[], options: { out?: string }) => {
      setCode(await reviewCommand(paths, options));
    });
  // Each command's errors end with its usage line (its arguments known by now) and where help is.
  for (const sub of root.commands)
    sub.showHelpAfterError(
      `Usage: baocao ${sub.name()} ${sub.usage()}\nRun 'baocao ${sub.name()} --help' for its options.`,
    );
  return root;
}

/** `ddl`'s dialects, when `ddl` is the command (or the one whose help is asked). */
let dialects: readonly string[] | undefined;

interface ExtractFlags {
  out: string;
  db?: boolean;
  workers?: number;
  include: string[];
  exclude: string[];
  force: boolean;
  prune?: boolean;
  maxBytes?: number;
  timeout?: number;
  maxMemory?: number;
  shard?: Shard;
  review: boolean;
  failOn?: FailOn;
  quiet: boolean;
  logFormat: 'text' | 'json';
  postgres?: string;
  schema?: string;
}

async function extractCommand(
  given: string[],
  flags: ExtractFlags,
  argv: readonly string[],
): Promise<number> {
  if (flags.out === '') throw new UsageError('--out needs a folder');
  if ((await kindOf(flags.out)) === 'other')
    throw new UsageError(`--out ${flags.out} is a file, not a folder`);
  const options = argv.slice(0, argv.includes('--') ? argv.indexOf('--') : undefined);
  if (options.includes('--prune') && options.includes('--no-prune'))
    throw new UsageError('--prune and --no-prune contradict each other');
  const paths = given.length > 0 ? given : ['corpus'];
  // A path that is not there is a mistake in the command, found before anything is written: an
  // unmounted archive must not leave an empty database behind, nor look like a run with failures.
  for (const path of paths)
    if ((await kindOf(path)) === 'missing')
      throw new UsageError(
        `${path}: no such file or folder${given.length === 0 ? ' (give the files or folders to extract)' : ''}`,
      );

  const database = await wantsDatabase(flags.out, flags.db);
  const { runBatch, manifestName, countInputs, BatchInUse } = await import('../batch/run.js');
  // The records' modules load while the batch runs (in a worker, on another core).
  const publishing = import('../emit/warehouse.js');
  publishing.catch(() => undefined);
  const reporter = new Reporter({
    quiet: flags.quiet,
    json: flags.logFormat === 'json',
    tty: process.stderr.isTTY === true,
  });
  const filters = { include: flags.include, exclude: flags.exclude };
  if (process.stderr.isTTY && !flags.quiet && flags.logFormat === 'text') {
    // The total, for the progress line, from a walk that reads no file.
    countInputs(paths, flags.shard, filters).then(
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
      ...filters,
      outDir: flags.out,
      force: flags.force,
      signal: interrupt.signal,
      onEntry: (entry) => reporter.entry(entry),
    };
    if (flags.workers !== undefined) options.workers = flags.workers;
    if (flags.maxBytes !== undefined) options.maxBytes = flags.maxBytes;
    if (flags.timeout !== undefined) options.timeoutMs = flags.timeout * 1000;
    if (flags.maxMemory !== undefined) options.maxMemoryMb = flags.maxMemory;
    if (flags.shard) options.shard = flags.shard;
    if (flags.prune !== undefined) options.prune = flags.prune;
    if (flags.failOn) options.failOn = flags.failOn;
    let publishFailed = false;
    // The records, the database and the pages are written while the run still holds the lock.
    options.whileLocked = async (manifest) => {
      reporter.done(manifest, flags.out, manifestName(flags.shard));
      // A shard's records wait for the merge, which sees every shard.
      if (!manifest.run.interrupted && flags.shard === undefined) {
        const published = await publish(
          flags.out,
          manifest,
          database,
          postgresTarget(flags.postgres, flags.schema),
        );
        if (published === undefined) {
          publishFailed = true;
          return;
        }
        reporter.published(published, flags.out);
      }
      if (flags.review) {
        const { reviewDir } = await import('../emit/output-folder.js');
        await reviewPages([flags.out], reviewDir(flags.out), flags.quiet, manifest);
      }
    };
    let manifest: Manifest;
    try {
      manifest = await runBatch(options);
    } catch (error) {
      if (error instanceof BatchInUse) throw new UsageError(error.message);
      throw error;
    }
    if (publishFailed) return EXIT.incomplete;
    if (manifest.run.interrupted) return EXIT.interrupted;
    return manifest.totals.failed > 0 ? EXIT.failed : EXIT.ok;
  } finally {
    process.removeListener('SIGINT', onSigint);
  }
}

async function mergeCommand({ out, db }: { out: string; db?: boolean }): Promise<number> {
  if ((await kindOf(out)) !== 'folder') throw new UsageError(`${out}: no such output folder`);
  const database = await wantsDatabase(out, db);
  const [{ lockFolder }, { BatchInUse }, { MergeError, mergeShards }] = await Promise.all([
    import('../emit/output-folder.js'),
    import('../batch/lock.js'),
    import('../batch/merge.js'),
  ]);
  let lock: Awaited<ReturnType<typeof lockFolder>>;
  try {
    lock = await lockFolder(out);
  } catch (error) {
    if (error instanceof BatchInUse) throw new UsageError(error.message);
    throw error;
  }
  try {
    const manifest = await mergeShards(out);
    if ((await publish(out, manifest, database)) === undefined) return EXIT.incomplete;
    process.stderr.write(
      `baocao: merged ${manifest.totals.inputs} inputs into ${out}/manifest.json\n`,
    );
    return manifest.totals.failed > 0 ? EXIT.failed : EXIT.ok;
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
): Promise<PublishReport | undefined> {
  const [{ publishRecords }, { OutputFault, faultCause }, { PostgresLoadError }] =
    await Promise.all([
      import('../emit/warehouse.js'),
      import('../batch/faults.js'),
      // Only a run that loads PostgreSQL loads its client.
      postgres ? import('../emit/postgres.js') : { PostgresLoadError: undefined },
    ]);
  try {
    return await publishRecords(outDir, manifest, { database, ...(postgres && { postgres }) });
  } catch (error) {
    if (PostgresLoadError && error instanceof PostgresLoadError) {
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

async function loadCommand(
  stray: string[],
  options: { out: string; postgres?: string; schema?: string },
): Promise<number> {
  if (stray.length > 0)
    throw new UsageError('load takes no arguments: the URL goes after --postgres');
  const target = postgresTarget(options.postgres, options.schema);
  if (target === undefined)
    throw new UsageError(`load needs --postgres URL or ${POSTGRES_URL_VARIABLE}`);
  const [{ loadFolder, NoRecords }, { postgresDestination, PostgresLoadError }, { BatchInUse }] =
    await Promise.all([
      import('../emit/warehouse.js'),
      import('../emit/postgres.js'),
      import('../batch/lock.js'),
    ]);
  const reporter = new Reporter({ quiet: false, json: false, tty: false });
  try {
    for (const load of await loadFolder(options.out, [postgresDestination(target)]))
      reporter.loaded(load);
    return EXIT.ok;
  } catch (error) {
    if (error instanceof NoRecords || error instanceof BatchInUse)
      throw new UsageError(error.message);
    if (!(error instanceof PostgresLoadError)) throw error;
    process.stderr.write(`baocao: cannot load the records of ${options.out}: ${error.message}\n`);
    return EXIT.incomplete;
  }
}

async function queryCommand(
  sql: string,
  options: { out: string; format: string; json?: boolean },
): Promise<number> {
  await needDatabase(options.out);
  const [{ queryDatabase }, { formatCsv, formatTable }] = await Promise.all([
    import('../emit/duckdb.js'),
    import('./table.js'),
  ]);
  let result: Awaited<ReturnType<typeof queryDatabase>>;
  try {
    result = await queryDatabase(options.out, sql);
  } catch (error) {
    // A mistake in the SQL is the user's, not an internal error: say what DuckDB said.
    process.stderr.write(`baocao: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.failed;
  }
  const format = options.json ? 'json' : options.format;
  if (format === 'json') {
    for (const row of result.rows) process.stdout.write(`${JSON.stringify(row)}\n`);
  } else if (format === 'csv') {
    process.stdout.write(formatCsv(result.columns, result.rows));
  } else {
    // Cells are cut to keep a terminal's lines readable; piped, every character is kept.
    const cut = process.stdout.isTTY === true;
    process.stdout.write(formatTable(result.columns, result.rows, cut ? { maxCell: 60 } : {}));
  }
  return EXIT.ok;
}

async function exportCommand({ out, parquet }: { out: string; parquet: string }): Promise<number> {
  await needDatabase(out);
  const { exportParquet } = await import('../emit/duckdb.js');
  const written = await exportParquet(out, parquet);
  process.stderr.write(`baocao: wrote ${written.length} Parquet files into ${parquet}\n`);
  return EXIT.ok;
}

async function ddlCommand(options: { dialect: string; schema?: string }): Promise<number> {
  const { renderDdl } = await import('../emit/ddl.js');
  const dialect = options.dialect as Parameters<typeof renderDdl>[0];
  const schema = options.schema ?? (dialect === 'bigquery' ? 'baocao' : undefined);
  process.stdout.write(renderDdl(dialect, schema === undefined ? {} : { schema }));
  return EXIT.ok;
}

async function reviewCommand(given: string[], options: { out?: string }): Promise<number> {
  const { ReviewInputError } = await import('../review/index.js');
  const paths = given.length > 0 ? given : ['output'];
  const folder = paths.find((path) => !path.endsWith('.json'));
  const out = options.out ?? (folder ? join(folder, 'review') : 'review');
  try {
    return (await reviewPages(paths, out, false)) ? EXIT.ok : EXIT.failed;
  } catch (error) {
    if (error instanceof ReviewInputError) throw new UsageError(error.message);
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
  const { writeReview } = await import('../review/index.js');
  const { pages, problems } = await writeReview({ paths, outDir, ...(manifest && { manifest }) });
  for (const problem of problems) process.stderr.write(`baocao: ${problem}\n`);
  if (!quiet)
    process.stderr.write(`baocao: ${pages} review pages in ${join(outDir, 'index.html')}\n`);
  return problems.length === 0;
}

/**
 * DuckDB is an optional dependency (a native module of tens of megabytes): a command that needs
 * it says so before doing anything when it is not installed.
 */
/** Says, before any work, that the database's optional package is missing. */
function needDuckdb(otherwise: string): void {
  try {
    import.meta.resolve('@duckdb/node-api');
  } catch {
    throw new UsageError(
      `the database needs the optional package @duckdb/node-api, which is not installed: 'npm install @duckdb/node-api'${otherwise}`,
    );
  }
}

/**
 * Whether a run into `outDir` loads its database: as asked (`--db`, `--no-db`), else when the
 * folder has one (the rule is publishRecords'; it is applied here first to check for DuckDB).
 */
async function wantsDatabase(outDir: string, asked: boolean | undefined): Promise<boolean> {
  const { hasDatabase } = await import('../emit/output-folder.js');
  const database = asked ?? (await hasDatabase(outDir));
  if (database) needDuckdb(', or run with --no-db');
  return database;
}

/**
 * The folder's database, made or brought up to date from its record files before it is read
 * (`query`, `export`): a run makes it only when asked. A current database costs a read-only check.
 * When the folder's lock cannot be taken (a run in progress, a read-only folder), or the records
 * are not there (a database copied alone), a database already there is read as it is: the last
 * complete one.
 */
async function needDatabase(outDir: string): Promise<void> {
  needDuckdb('');
  const [
    { hasDatabase, databasePath },
    { loadFolder, NoRecords },
    { duckdbDestination, isDatabaseCurrent },
  ] = await Promise.all([
    import('../emit/output-folder.js'),
    import('../emit/warehouse.js'),
    import('../emit/duckdb.js'),
  ]);
  // Checked before the lock is taken, so that queries never keep a run from starting.
  if (await isDatabaseCurrent(outDir)) return;
  let loads: Awaited<ReturnType<typeof loadFolder>>;
  try {
    loads = await loadFolder(outDir, [duckdbDestination(outDir)]);
  } catch (error) {
    const [{ BatchInUse }, { OutputFault }] = await Promise.all([
      import('../batch/lock.js'),
      import('../batch/faults.js'),
    ]);
    // What keeps the load from starting; a load that fails on its data is an error.
    const cannotLoad =
      error instanceof NoRecords || error instanceof BatchInUse || error instanceof OutputFault;
    if (cannotLoad && (await hasDatabase(outDir))) {
      process.stderr.write(`baocao: ${error.message}: reading ${databasePath(outDir)} as it is\n`);
      return;
    }
    if (error instanceof NoRecords) throw new UsageError(error.message);
    if (error instanceof BatchInUse)
      throw new UsageError(`${error.message}, and it has no database yet: query when it ends`);
    throw error;
  }
  for (const { report } of loads)
    if (report.inserted > 0 || report.deleted > 0)
      process.stderr.write(
        `baocao: ${databasePath(outDir)}: ${report.inserted} documents loaded, ${report.deleted} removed\n`,
      );
}

async function kindOf(path: string): Promise<'folder' | 'other' | 'missing'> {
  try {
    return (await stat(path)).isDirectory() ? 'folder' : 'other';
  } catch {
    return 'missing';
  }
}

async function main(argv: readonly string[]): Promise<number> {
  const named = argv[0] === 'help' ? argv[1] : argv[0];
  if (named === 'ddl') dialects = (await import('../emit/ddl.js')).DIALECTS;
  let code: number = EXIT.ok;
  const root = program(argv, (value) => {
    code = value;
  });
  if (argv.length === 0) {
    process.stderr.write('baocao: a command is needed\n\n');
    root.outputHelp({ error: true });
    return EXIT.usage;
  }
  try {
    await root.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version end well; every other parse error is a usage error, already said.
      const fine = ['commander.helpDisplayed', 'commander.version', 'commander.help'];
      return fine.includes(error.code) && error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof UsageError) {
      // Said as commander says its own errors: the message, the usage line, where help is.
      const sub = root.commands.find((command) => command.name() === named);
      (sub ?? root).error(`error: ${error.message}`, {
        exitCode: EXIT.usage,
        code: 'baocao.usage',
      });
    }
    throw error;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  async (error: unknown) => {
    if (error instanceof CommanderError) {
      process.exitCode = EXIT.usage;
      return;
    }
    const { OutputFault } = await import('../batch/faults.js');
    if (error instanceof OutputFault) {
      // Disk full, read-only, permission: the folder's fault, said in one line.
      process.stderr.write(`baocao: cannot write the output folder: ${error.message}\n`);
    } else {
      process.stderr.write(
        `baocao: internal error (a bug: please report it): ${error instanceof Error ? error.stack : error}\n`,
      );
    }
    process.exitCode = EXIT.incomplete;
  },
);
