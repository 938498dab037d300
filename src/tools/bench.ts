/**
 * `npm run bench`: the figures that say whether baocao is fast enough, each as a ratio against a
 * baseline measured in the same run, on the real corpus and on a generated one. Not part of
 * `npm test`: timings belong here, never in assertions.
 *
 * 1. Per document: the full `extract` against a bare remark-parse + remark-gfm parse of the same
 *    text (median of many runs after warm-up), and each stage's share of the time; the plain-text
 *    reader (src/parse/plain-text) against the markdown parser on the same extractor outputs; a
 *    Word original's extraction (reader and pipeline) against its clean markdown's.
 * 2. Batch: throughput with 1 worker and with every core, the scaling ratio against the machine's
 *    own ceiling (independent extract processes, `bench-ceiling.ts`); an unchanged re-run
 *    against the cold run; the PostgreSQL load of the records against the DuckDB load
 *    (`bench-load.ts`); peak RSS for 1 000 and for 10 000 generated documents.
 *    Memory: peak heap per byte of input on the seed and on a 10⁵-item list, against the bare
 *    parse's (bench-memory.ts, a fresh process each).
 * 3. The vi module: throughput on report text, and time on 1 MB hostile strings.
 * 4. One report through the command line (`baocao extract FILE`, a process each time) against a
 *    process that imports the library and calls `extract` once: what a user waits for.
 *
 * Options: `--quick` (fewer documents and runs, for a smoke test), `--keep DIR` (work folder),
 * `--skip-batch` (per-document and vi figures only), `--one-file` (figure 4 only).
 */
import { execFile, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { type Plugin, unified } from 'unified';
import type { VFile } from 'vfile';
import reportSyntax from '../parse/syntax.js';
import { pipeline } from '../pipeline.js';
import { readSource } from '../read/index.js';
import { findDates } from '../vi/date.js';
import { findDocumentReferences } from '../vi/document-reference.js';
import { parseNumber } from '../vi/number.js';
import { findPeriods } from '../vi/period.js';
import { findQuantities } from '../vi/quantity.js';
import { findStatements } from '../vi/statements.js';
import { wordOriginalRows } from './bench-originals.js';
import { generateReports } from './generate-corpus.js';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    keep: { type: 'string' },
    'skip-batch': { type: 'boolean', default: false },
    'one-file': { type: 'boolean', default: false },
  },
});
const quick = values.quick;
const work = values.keep ?? mkdtempSync(join(tmpdir(), 'baocao-bench-'));
mkdirSync(work, { recursive: true });
const dist = new URL('..', import.meta.url);
const rows: [string, string, string][] = [];
const row = (figure: string, value: string, note = '') => {
  rows.push([figure, value, note]);
  process.stderr.write(`  ${figure}: ${value} ${note}\n`);
};

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

async function timeIt(run: () => unknown, runs: number, warmup: number): Promise<number> {
  for (let i = 0; i < warmup; i++) await run();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

// 4. One report through the command line, against importing the library and extracting it in one
// process. Each run is a fresh process (what a user waits for), the two alternate so that a
// change of the machine's load falls on both, and the medians are compared.
async function oneFileFigures(): Promise<void> {
  const seedPath = 'corpus/thanh-uy-hai-phong_bao-cao_2023-q1.md';
  const entry = new URL('index.js', dist).href;
  const inProcess = `import { readFileSync } from 'node:fs';
const { extract } = await import(${JSON.stringify(entry)});
await extract({ path: ${JSON.stringify(seedPath)}, bytes: readFileSync(${JSON.stringify(seedPath)}) });`;
  const cli = new URL('cli/main.js', dist).pathname;
  const timed = (args: string[]) => {
    const started = performance.now();
    const result = spawnSync(process.execPath, args, { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(result.stderr);
    return performance.now() - started;
  };
  const times = { library: [] as number[], records: [] as number[], db: [] as number[] };
  const count = quick ? 3 : 9;
  for (let i = 0; i < count; i++) {
    const out = join(work, `one-file-${i}`);
    times.library.push(timed(['--input-type=module', '-e', inProcess]));
    times.records.push(timed([cli, 'extract', seedPath, '--out', `${out}-records`, '-q']));
    times.db.push(timed([cli, 'extract', seedPath, '--out', out, '--db', '-q']));
  }
  const library = median(times.library);
  const records = median(times.records);
  const db = median(times.db);
  row(
    'one report: baocao extract (document and records) ÷ import the library and extract, seed',
    `${(records / library).toFixed(2)}×`,
    `(${records.toFixed(0)} ms vs ${library.toFixed(0)} ms, medians of ${count} processes each)`,
  );
  row(
    'one report: baocao extract --db (and the DuckDB load) ÷ import the library and extract',
    `${(db / library).toFixed(2)}×`,
    `(${db.toFixed(0)} ms vs ${library.toFixed(0)} ms)`,
  );
}
if (values['one-file']) {
  await oneFileFigures();
  process.stdout.write(
    `${rows.map(([figure, value, note]) => `| ${figure} | ${value} | ${note} |`).join('\n')}\n`,
  );
  if (!values.keep) rmSync(work, { recursive: true, force: true });
  process.exit(0);
}

// 1. Per document.
const corpusDir = 'corpus';
const sources = readdirSync(corpusDir)
  .filter((name) => /\.(md|markdown|txt)$/.test(name) && !/^readme\./i.test(name))
  .map((name) => ({ name, text: readFileSync(join(corpusDir, name), 'utf8') }));
const samples = [
  ...sources.map(({ name, text }) => ({ name: `corpus/${name}`, text })),
  ...[...generateReports({ sources, count: 3, seed: 11 })].map(({ name, text }) => ({
    name: `generated ${name}`,
    text,
  })),
];
const bare = unified().use(remarkParse).use(remarkGfm);
const runs = quick ? 15 : 60;
process.stderr.write('per document\n');
for (const { name, text } of samples) {
  const bytes = Buffer.from(text);
  const parse = await timeIt(() => bare.parse(text), runs, 15);
  const full = await timeIt(
    async () => {
      const file = readSource({ path: name, bytes });
      await pipeline.run(pipeline.parse(file), file);
    },
    runs,
    15,
  );
  row(
    `extract ÷ bare parse, ${name} (${(bytes.length / 1024).toFixed(0)} KB)`,
    `${(full / parse).toFixed(2)}×`,
    `(${full.toFixed(1)} ms vs ${parse.toFixed(1)} ms)`,
  );
}

// The plain-text reader against the markdown parser, on the same text: what pdftotext, its layout
// mode, pdf.js and OCR made of one report (the fixtures of scripts/plain-text/generate.sh).
const markdownParser = unified().use(remarkParse).use(reportSyntax);
const plainDir = 'tests/fixtures';
for (const flavour of ['pdftotext', 'layout', 'pdfjs', 'ocr']) {
  const path = join(plainDir, `plain-${flavour}-ubnd-lao-cai_bao-cao_2024-q1`, 'input.txt');
  const text = readFileSync(path, 'utf8');
  const markdown = await timeIt(() => markdownParser.parse(text), runs, 15);
  // The same file each time: decoding and hashing belong to the read stage, not to the parse.
  const file = readSource({ path, bytes: Buffer.from(text) });
  const reader = await timeIt(() => pipeline.parse(file), runs, 15);
  row(
    `plain-text reader ÷ markdown parse, ${flavour} (${(text.length / 1024).toFixed(0)} KB)`,
    `${(reader / markdown).toFixed(2)}×`,
    `(${reader.toFixed(2)} ms vs ${markdown.toFixed(2)} ms)`,
  );
}

// The Word reader: a Word original extracted against its clean markdown (src/tools/bench-originals.ts).
for (const [figure, value, note] of await wordOriginalRows(timeIt, quick ? 10 : 30)) {
  row(figure, value, note);
}

// Stage by stage: the same pipeline with each transformer timed.
const stageTimes = new Map<string, number>();
const timed = unified();
for (const [plugin, ...options] of pipeline.attachers) {
  const name = plugin.name || 'anonymous';
  const wrapped: Plugin<unknown[], Root> = function (this: unknown, ...args: unknown[]) {
    const transformer = (plugin as (...a: unknown[]) => unknown).apply(this, args);
    if (typeof transformer !== 'function') return undefined;
    return (tree: Root, file: VFile) => {
      const start = performance.now();
      (transformer as (t: Root, f: VFile) => void)(tree, file);
      stageTimes.set(name, (stageTimes.get(name) ?? 0) + performance.now() - start);
    };
  };
  Object.defineProperty(wrapped, 'name', { value: name });
  timed.use(wrapped, ...options);
}
const seed = samples[0];
if (seed) {
  const bytes = Buffer.from(seed.text);
  let readTime = 0;
  let parseTime = 0;
  for (let i = 0; i < runs; i++) {
    let start = performance.now();
    const file = readSource({ path: seed.name, bytes });
    readTime += performance.now() - start;
    start = performance.now();
    const tree = timed.parse(file);
    parseTime += performance.now() - start;
    await timed.run(tree, file);
  }
  const total = readTime + parseTime + [...stageTimes.values()].reduce((a, b) => a + b, 0);
  const share = (ms: number) => `${((ms / total) * 100).toFixed(1)} %`;
  row('stage: read (decode, NFC, hash)', share(readTime));
  row('stage: parse (remark-parse, tables, footnotes)', share(parseTime));
  for (const [name, ms] of stageTimes) row(`stage: ${name}`, share(ms));
}

// Memory per byte of input, each in a fresh process (bench-memory.ts): the seed, and the shape
// that grew memory most, a long list (issue 22), against remark's bare parse of the same input.
process.stderr.write('memory\n');
interface MemoryFigures {
  bytes: number;
  heapPeak: number;
  rssPeak: number;
  ms: number;
}
const memoryOf = (...args: string[]): MemoryFigures => {
  const script = new URL('bench-memory.js', import.meta.url).pathname;
  const child = spawnSync(process.execPath, ['--expose-gc', script, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (child.status !== 0) throw new Error(`bench-memory ${args.join(' ')}: ${child.stderr}`);
  return JSON.parse(child.stdout) as MemoryFigures;
};
const listItems = quick ? 10_000 : 100_000;
let largeList: MemoryFigures | undefined;
for (const [name, args] of [
  ['seed', [join(corpusDir, sources[0]?.name ?? '')]],
  [`${listItems}-item list`, ['--list', String(listItems)]],
] as const) {
  const full = memoryOf(...args);
  if (args[0] === '--list') largeList = full;
  const parseOnly = memoryOf(...args, '--bare');
  row(
    `peak heap per input byte, ${name} (${(full.bytes / 1024).toFixed(0)} KB)`,
    `${(full.heapPeak / full.bytes).toFixed(0)} B/B`,
    `(${(full.heapPeak / 1e6).toFixed(0)} MB, ${(full.heapPeak / parseOnly.heapPeak).toFixed(2)}× the bare parse's ${(parseOnly.heapPeak / 1e6).toFixed(0)} MB; peak RSS growth ${(full.rssPeak / 1e6).toFixed(0)} MB)`,
  );
}
if (!quick && largeList) {
  const small = memoryOf('--list', String(listItems / 10));
  const large = largeList;
  row(
    `time, ${listItems}-item list ÷ ${listItems / 10}-item list`,
    `${(large.ms / small.ms).toFixed(1)}×`,
    `(linear: 10×; ${(large.ms / 1000).toFixed(1)} s vs ${(small.ms / 1000).toFixed(1)} s)`,
  );
}

// 2. Batch (`--skip-batch` leaves it out, to iterate on the per-document figures).
const cores = availableParallelism();
async function batchFigures(): Promise<void> {
  const generate = (count: number, dir: string) => {
    const started = performance.now();
    const result = spawnSync(
      process.execPath,
      [
        new URL('tools/generate-corpus-cli.js', dist).pathname,
        '--count',
        String(count),
        '--out',
        dir,
        '--seed',
        '3',
      ],
      { encoding: 'utf8' },
    );
    if (result.status !== 0) throw new Error(result.stderr);
    return (performance.now() - started) / 1000;
  };
  interface BatchFigures {
    seconds: number;
    /** CPU seconds per second of the batch: how many cores it kept busy. */
    cores: number;
    publishSeconds: number;
    /** Peak RSS when the batch ended, before the records and the database. */
    batchRssMb: number;
    maxRssMb: number;
    totals: { inputs: number };
  }
  const batch = (input: string, out: string, workers: number, batchOnly = false): BatchFigures => {
    const result = spawnSync(
      process.execPath,
      [
        new URL('tools/bench-batch.js', dist).pathname,
        input,
        out,
        String(workers),
        ...(batchOnly ? ['batch-only'] : []),
      ],
      { encoding: 'utf8' },
    );
    if (result.status !== 0) throw new Error(result.stderr);
    return JSON.parse(result.stdout) as BatchFigures;
  };
  /** Throughput of one extract loop per core at once, against one loop alone (`bench-ceiling`). */
  const machineCeiling = async (): Promise<number> => {
    const script = new URL('tools/bench-ceiling.js', dist).pathname;
    const seedPath = join(corpusDir, sources[0]?.name ?? '');
    const runs = quick ? 40 : 150;
    const loop = () =>
      new Promise<number>((resolve, reject) => {
        execFile(process.execPath, [script, seedPath, String(runs)], (error, stdout) =>
          error ? reject(error) : resolve(Number(stdout)),
        );
      });
    const alone = await loop();
    const together = await Promise.all(Array.from({ length: cores }, loop));
    return (cores * alone) / Math.max(...together);
  };
  const small = quick ? 200 : 1_000;
  const large = quick ? 1_000 : 10_000;
  process.stderr.write(`batch (${cores} cores)\n`);
  generate(small, join(work, 'small'));
  const megabytes = (dir: string) => {
    let size = 0;
    for (const folder of readdirSync(dir))
      for (const name of readdirSync(join(dir, folder)))
        size += readFileSync(join(dir, folder, name)).length;
    return size / 1024 / 1024;
  };
  const smallMb = megabytes(join(work, 'small'));
  const one = batch(join(work, 'small'), join(work, 'out-1'), 1);
  const all = batch(join(work, 'small'), join(work, 'out-all'), cores);
  const rerun = batch(join(work, 'small'), join(work, 'out-all'), cores);
  const rate = (f: BatchFigures) =>
    `${(f.totals.inputs / f.seconds).toFixed(1)} docs/s, ${(smallMb / f.seconds).toFixed(2)} MB/s`;
  const busy = (f: BatchFigures) => `${f.cores.toFixed(2)} cores busy`;
  row(`batch, ${small} docs, 1 worker`, rate(one), `(${one.seconds.toFixed(1)} s, ${busy(one)})`);
  row(
    `batch, ${small} docs, ${cores} workers`,
    rate(all),
    `(${all.seconds.toFixed(1)} s, ${busy(all)})`,
  );
  row(`scaling, ${cores} workers ÷ 1`, `${(one.seconds / all.seconds).toFixed(2)}×`);
  const ceiling = await machineCeiling();
  row(
    `machine ceiling: ${cores} independent extract processes ÷ 1`,
    `${ceiling.toFixed(2)}×`,
    '(the most any pool can scale here)',
  );
  row(
    `records + DuckDB load after the batch, ${small} docs`,
    `${all.publishSeconds.toFixed(2)} s`,
    `(unchanged re-run: ${rerun.publishSeconds.toFixed(2)} s)`,
  );
  // The same records into PostgreSQL (a throwaway cluster) and into a new DuckDB database.
  const loads = spawnSync(
    process.execPath,
    [new URL('tools/bench-load.js', dist).pathname, join(work, 'out-all')],
    { encoding: 'utf8' },
  );
  if (loads.status !== 0) throw new Error(loads.stderr);
  const load = JSON.parse(loads.stdout) as {
    skipped?: string;
    rows: number;
    duckdbSeconds: number;
    postgresSeconds: number;
  };
  if (load.skipped) row(`PostgreSQL load ÷ DuckDB load, ${small} docs`, 'skipped', load.skipped);
  else
    row(
      `PostgreSQL load ÷ DuckDB load, ${small} docs`,
      `${(load.postgresSeconds / load.duckdbSeconds).toFixed(2)}×`,
      `(${load.postgresSeconds.toFixed(2)} s against ${load.duckdbSeconds.toFixed(2)} s, ${load.rows} rows)`,
    );
  const total = (f: BatchFigures) => f.seconds + f.publishSeconds;
  row(
    'unchanged re-run, cold ÷ re-run (batch + records + database)',
    `${(total(all) / total(rerun)).toFixed(1)}×`,
    `(${total(rerun).toFixed(2)} s against ${total(all).toFixed(1)} s)`,
  );
  row(
    `peak RSS, ${small} docs, batch`,
    `${all.batchRssMb.toFixed(0)} MB`,
    `(with records and the DuckDB load: ${all.maxRssMb.toFixed(0)} MB)`,
  );
  generate(large, join(work, 'large'));
  // The batch alone: loading 10 000 documents' records into DuckDB would double the run's time.
  const big = batch(join(work, 'large'), join(work, 'out-large'), cores, true);
  row(
    `peak RSS, ${large} docs, batch`,
    `${big.batchRssMb.toFixed(0)} MB`,
    `(${big.seconds.toFixed(1)} s, ${rate(big).split(',')[0]})`,
  );
}
if (!values['skip-batch']) await batchFigures();

await oneFileFigures();

// 3. The vi module.
process.stderr.write('vi module\n');
const text = seed?.text ?? '';
const viRuns = quick ? 5 : 20;
const quantities = await timeIt(() => findQuantities(text), viRuns, 3);
row(
  'vi findQuantities on report text',
  `${(text.length / 1024 / 1024 / (quantities / 1000)).toFixed(1)} MB/s`,
);
const hostile: [string, string][] = [
  ['digits', '9'.repeat(1 << 20)],
  ['dots and digits', '1.'.repeat(1 << 19)],
  ['commas and digits', '1,'.repeat(1 << 19)],
  ['spaces and digits', '1 '.repeat(1 << 19)],
  ['parentheses', '(1'.repeat(1 << 19)],
  ['mixed', '1.2,3 4-5/6%'.repeat((1 << 20) / 12)],
];
const functions: [string, (s: string) => unknown][] = [
  ['parseNumber', parseNumber],
  ['findQuantities', findQuantities],
  ['findDates', findDates],
  ['findPeriods', findPeriods],
  ['findDocumentReferences', findDocumentReferences],
  ['findStatements', findStatements],
];
let worst = 0;
let worstName = '';
for (const [shape, input] of hostile) {
  for (const [name, fn] of functions) {
    const start = performance.now();
    fn(input);
    const ms = performance.now() - start;
    if (ms > worst) {
      worst = ms;
      worstName = `${name} on ${shape}`;
    }
  }
}
row('vi on 1 MB hostile strings, slowest', `${(worst / 1000).toFixed(2)} s`, `(${worstName})`);

const machine = `${cores} cores (${cpus()[0]?.model ?? 'unknown'}), Node ${process.version}`;
const table = [
  `Measured ${new Date().toISOString().slice(0, 10)} on ${machine}, \`npm run bench${quick ? ' -- --quick' : ''}\`.`,
  '',
  '| figure | value | |',
  '| --- | --- | --- |',
  ...rows.map(([figure, value, note]) => `| ${figure} | ${value} | ${note} |`),
].join('\n');
process.stdout.write(`${table}\n`);
writeFileSync(join(work, 'bench.md'), `${table}\n`);
if (!values.keep) rmSync(work, { recursive: true, force: true });
