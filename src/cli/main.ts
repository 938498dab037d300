#!/usr/bin/env node
/**
 * The `baocao` command: parses arguments, calls the batch runner, reports. Nothing else lives here.
 * Exit codes: 0 every input ok or skipped, 1 some input failed, 2 usage error.
 */
import { stat } from 'node:fs/promises';
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { runBatch } from '../batch/run.js';
import type { ManifestEntry } from '../schema/manifest.js';
import { VERSION } from '../version.js';

const USAGE = `Usage: baocao <command> [options]

Commands:
  extract [paths...]   Extract reports into validated JSON documents.

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
  -q, --quiet          Print nothing but errors.
  -h, --help           Show this help.

Exit codes: 0 all inputs ok or skipped, 1 some input failed, 2 usage error.
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
      quiet: { type: 'boolean', short: 'q', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(EXTRACT_USAGE);
    return 0;
  }
  if (values.out === '') throw new UsageError('--out needs a folder', EXTRACT_USAGE);
  if (!(await isFolderOrMissing(values.out))) {
    throw new UsageError(`--out ${values.out} is a file, not a folder`, EXTRACT_USAGE);
  }

  const report = (entry: ManifestEntry) => {
    if (entry.status === 'failed') process.stderr.write(`failed  ${entry.error?.message}\n`);
  };
  const manifest = await runBatch({
    paths: positionals.length > 0 ? positionals : ['corpus'],
    outDir: values.out,
    onEntry: report,
  });
  const { inputs, ok, skipped, failed } = manifest.totals;
  if (!values.quiet) {
    process.stderr.write(
      `baocao: ${ok} of ${inputs} inputs extracted into ${values.out}/ ` +
        `(${skipped} skipped, ${failed} failed); see ${values.out}/manifest.json\n`,
    );
  }
  return failed > 0 ? 1 : 0;
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
