#!/usr/bin/env node
/**
 * The `baocao` command: parses arguments, calls the batch runner, reports. Nothing else lives here.
 * Exit codes: 0 every input ok or skipped, 1 some input failed, 2 usage error (also: another run
 * holds the output folder), 130 interrupted.
 */
import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { MergeError, mergeShards } from '../batch/merge.js';
import { BatchInUse, type BatchOptions, countInputs, runBatch, type Shard } from '../batch/run.js';
import { VERSION } from '../version.js';
import { Reporter } from './reporter.js';

const USAGE = `Usage: baocao <command> [options]

Commands:
  extract [paths...]   Extract reports into validated JSON documents.
  merge [--out DIR]    Combine the shard manifests of an output folder into its manifest.

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
  -q, --quiet          Print nothing but errors.
  --log-format F       text (default) or json: one JSON line per input on stderr.
  -h, --help           Show this help.

A run stopped with Ctrl-C (SIGINT) finishes the inputs in flight, writes the manifest and
exits 130; a killed run leaves a journal that the next run into DIR picks up.

Exit codes: 0 all inputs ok or skipped, 1 some input failed, 2 usage error, 130 interrupted.
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
      quiet: { type: 'boolean', short: 'q', default: false },
      'log-format': { type: 'string', default: 'text' },
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
    let manifest: Awaited<ReturnType<typeof runBatch>>;
    try {
      manifest = await runBatch(options);
    } catch (error) {
      if (error instanceof BatchInUse) throw usage(error.message);
      throw error;
    }
    reporter.done(manifest, values.out);
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
    options: { out: { type: 'string', short: 'o', default: 'output' } },
  });
  try {
    const manifest = await mergeShards(values.out);
    process.stderr.write(
      `baocao: merged ${manifest.totals.inputs} inputs into ${values.out}/manifest.json\n`,
    );
    return manifest.totals.failed > 0 ? 1 : 0;
  } catch (error) {
    if (error instanceof MergeError) throw new UsageError(error.message);
    throw error;
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
