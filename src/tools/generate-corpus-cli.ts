#!/usr/bin/env node
/**
 * Writes a generated corpus to disk, one report at a time (never all texts in memory):
 *
 *   node dist/tools/generate-corpus-cli.js --count 2000 --out /tmp/gen [--seed 1] [--from corpus]
 *   npm run gen-corpus -- --count 2000 --out /tmp/gen
 *   → /tmp/gen/0000/gen-000000.md … /tmp/gen/0019/gen-001999.md
 *   stderr: gen-corpus: 2000 reports (97.4 MB) from 1 source in /tmp/gen, seed 1, 1.8 s
 *
 * The sources are the reports (`.md`, `.markdown`, `.txt`, README aside) directly in `--from`, in
 * name order. Existing files of the same name are overwritten; others are left alone.
 * Exit codes: 0 done, 2 usage (a bad or missing option, no source report), 1 anything else.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateReports, type SourceReport } from './generate-corpus.js';

const USAGE =
  'usage: generate-corpus-cli --count N --out DIR [--seed N] [--from DIR]\n' +
  '  --count N   how many reports to write (a whole number ≥ 0)\n' +
  '  --out DIR   the folder to write them to (created if missing)\n' +
  '  --seed N    the seed: the same seed writes the same bytes (default 1)\n' +
  '  --from DIR  the folder of real reports to vary (default corpus)';

class UsageError extends Error {}

function wholeNumber(name: string, value: string, min: number): number {
  const number = Number(value);
  if (!/^-?\d+$/.test(value.trim()) || !Number.isSafeInteger(number) || number < min) {
    throw new UsageError(`--${name} must be a whole number ≥ ${min}, not ${JSON.stringify(value)}`);
  }
  return number;
}

function readSources(folder: string): SourceReport[] {
  let names: string[];
  try {
    names = readdirSync(folder, { withFileTypes: true })
      .filter((entry) => entry.isFile() && /\.(?:md|markdown|txt)$/i.test(entry.name))
      .map((entry) => entry.name)
      .filter((name) => !/^readme\./i.test(name))
      .sort();
  } catch (error) {
    throw new UsageError(`--from ${folder}: ${(error as Error).message}`);
  }
  if (names.length === 0) throw new UsageError(`--from ${folder}: no report (.md, .txt) in it`);
  return names.map((name) => ({ name, text: readFileSync(join(folder, name), 'utf8') }));
}

function main(argv: readonly string[]): number {
  const started = process.hrtime.bigint();
  let options: { count: number; out: string; seed: number; from: string };
  try {
    const { values } = parseArgs({
      args: [...argv],
      options: {
        count: { type: 'string' },
        out: { type: 'string' },
        seed: { type: 'string', default: '1' },
        from: { type: 'string', default: 'corpus' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    });
    if (values.help) {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    if (values.count === undefined) throw new UsageError('--count is required');
    if (values.out === undefined || values.out === '') throw new UsageError('--out is required');
    options = {
      count: wholeNumber('count', values.count, 0),
      out: values.out,
      seed: wholeNumber('seed', values.seed, Number.MIN_SAFE_INTEGER),
      from: values.from,
    };
  } catch (error) {
    process.stderr.write(`gen-corpus: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }

  let sources: SourceReport[];
  try {
    sources = readSources(options.from);
  } catch (error) {
    process.stderr.write(`gen-corpus: ${(error as Error).message}\n`);
    return error instanceof UsageError ? 2 : 1;
  }

  const made = new Set<string>();
  let bytes = 0;
  let written = 0;
  try {
    for (const report of generateReports({ sources, count: options.count, seed: options.seed })) {
      const path = join(options.out, report.name);
      const folder = dirname(path);
      // One mkdir per folder, not per file: a folder holds a hundred reports.
      if (!made.has(folder)) {
        mkdirSync(folder, { recursive: true });
        made.add(folder);
      }
      const data = Buffer.from(report.text, 'utf8');
      writeFileSync(path, data);
      bytes += data.length;
      written++;
    }
  } catch (error) {
    process.stderr.write(`gen-corpus: ${(error as Error).message} (after ${written} reports)\n`);
    return 1;
  }

  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  process.stderr.write(
    `gen-corpus: ${written} reports (${(bytes / 1e6).toFixed(1)} MB) from ${sources.length} source${sources.length === 1 ? '' : 's'} in ${options.out}, seed ${options.seed}, ${seconds.toFixed(1)} s\n`,
  );
  return 0;
}

process.exitCode = main(process.argv.slice(2));
