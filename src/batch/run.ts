/**
 * The batch runner: a shell around `extract`, run on worker threads.
 *
 * - Streams the inputs (src/batch/inputs.ts), a bounded number in flight, so memory stays flat on
 *   any corpus; a pool of worker threads (piscina, one per core by default) reads, hashes, extracts
 *   and writes each input (src/batch/worker.ts), so this thread only walks and commits. A run of
 *   one or two small inputs does that work in this thread: a worker would cost more than it.
 * - Commits results in input order, so that the outputs are the same bytes whatever the number
 *   of workers: documents are written atomically, each input goes to a journal as it is
 *   committed, and the manifest replaces the journal at the end.
 * - Skips an input whose bytes and extractor are unchanged since the last run into the same
 *   folder (`force` redoes all); prunes documents no input gives any more.
 * - Limits: inputs over `maxBytes`, extractions over `timeoutMs` (counted from the extraction's
 *   start, not the worker's) and workers whose heap grows past `maxMemoryMb` fail with that
 *   reason (the worker is stopped and replaced, the run goes on); an abort signal (SIGINT) lets the inputs in flight finish,
 *   then writes the manifest of what was done.
 * - `shard: { index, count }` takes a deterministic 1/count of the inputs, by a hash of the path,
 *   and writes `manifest.shard-K-of-N.json`; `mergeShards` combines them.
 */
import { createHash } from 'node:crypto';
import { rename, rm, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { MessageChannel } from 'node:worker_threads';
import pLimit from 'p-limit';
import { Piscina } from 'piscina';
import { JsonOutput } from '../emit/documents.js';
import { toJson } from '../emit/json.js';
import {
  documentsDir,
  journalPath,
  lockFolder,
  lockPath,
  manifestName,
  manifestPath,
  pruneDocumentFiles,
  writeFileAtomic,
} from '../emit/output-folder.js';
import type { Quality } from '../schema/document.js';
import {
  type FailOn,
  failsOn,
  holdsDocument,
  type InputStatus,
  MANIFEST_VERSION,
  type Manifest,
  type ManifestEntry,
  ManifestSchema,
  totalsOf,
} from '../schema/manifest.js';
import { VERSION } from '../version.js';
import { faultCause, OutputFault, outputFault, writing } from './faults.js';
import { comparePaths, type InputEntry, type WalkFilters, walkInputs } from './inputs.js';
import { BatchInUse } from './lock.js';
import { extractorFingerprint, Journal, previousState } from './state.js';
import { removeTemporaryFiles } from './temporary.js';
import type { Task, TaskResult } from './worker.js';

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

export interface BatchOptions {
  /** Files and directories to extract. */
  paths: readonly string[];
  /** Globs that choose what a walk of a folder takes (src/batch/inputs.ts). */
  include?: readonly string[];
  exclude?: readonly string[];
  /** The output folder; created when missing. */
  outDir: string;
  /** Worker threads; default: the cores available. */
  workers?: number;
  /** Redo every input, changed or not. */
  force?: boolean;
  /** Remove documents that no input of this run gives (default: when every path is a folder). */
  prune?: boolean;
  /** Inputs larger than this fail unread. Default 20 MB. */
  maxBytes?: number;
  /**
   * An extraction that takes longer fails, and its worker is replaced. Default 30 s. It counts
   * from the moment the extraction starts: a worker's start-up and the file's read are not in it.
   */
  timeoutMs?: number;
  /**
   * A worker's heap (V8 old generation) may grow to this many MB; an extraction that needs more
   * fails, and its worker is replaced. Default 2048.
   */
  maxMemoryMb?: number;
  shard?: Shard;
  /** Documents read this poorly fail (status `failed`, `poor-extraction`): `--fail-on`. */
  failOn?: FailOn;
  /** Aborting stops the walk; the inputs in flight finish and the manifest is written. */
  signal?: AbortSignal;
  /** Called once per input, in input order, as soon as it is committed. */
  onEntry?: (entry: ManifestEntry) => void;
  /**
   * What must still be written under the output folder's lock once the manifest is (the CLI's
   * records and database): the lock is released only after it.
   */
  whileLocked?: (manifest: Manifest) => Promise<void>;
}

export { BatchInUse, OutputFault };

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
export const DEFAULT_TIMEOUT_MS = 30_000;
/** Extracting an input of the default --max-bytes (20 MiB) peaks near 1.3 GB of heap (bench). */
export const DEFAULT_MAX_MEMORY_MB = 2048;

/** How many inputs a run will see (for a progress line's total): the walk, without reading. */
export async function countInputs(
  paths: readonly string[],
  shard?: Shard,
  filters: WalkFilters = {},
): Promise<number> {
  let count = 0;
  for await (const input of walkInputs(paths, filters))
    if (!shard || inShard(input.path, shard)) count++;
  return count;
}

export { manifestName };

/**
 * Runs the batch. A fault of the output folder (disk full, read-only, permission) ends the run
 * with an OutputFault naming the file and the cause, after the manifest of what was done is
 * written if the folder still takes it; the lock is released either way.
 */
export async function runBatch(options: BatchOptions): Promise<Manifest> {
  const { outDir, shard } = options;
  const output = await writing(documentsDir(outDir), () => JsonOutput.open(outDir));
  const lock = await lockFolder(outDir, shard);
  try {
    await writing(outDir, () => removeTemporaryFiles(outDir, lockPath(outDir, shard)));
    const manifest = await runLocked(options, output, manifestPath(outDir, shard));
    await options.whileLocked?.(manifest);
    return manifest;
  } finally {
    await lock.release().catch(() => undefined);
  }
}

/** The run itself, once this process holds the output folder's lock. */
async function runLocked(
  options: BatchOptions,
  output: JsonOutput,
  manifestFile: string,
): Promise<Manifest> {
  const startedAt = new Date().toISOString();
  const { paths, outDir, shard, signal, onEntry } = options;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxMemoryMb = options.maxMemoryMb ?? DEFAULT_MAX_MEMORY_MB;
  const journalFile = journalPath(outDir, shard);
  const fingerprint = await extractorFingerprint();
  const { known, journalValid, resumed } = await previousState(
    // A shard run knows what the last merge said too (its own manifest is gone after a merge).
    shard ? [manifestPath(outDir), manifestFile] : [manifestFile],
    journalFile,
    fingerprint,
  );
  const journal = await writing(journalFile, () =>
    Journal.open(journalFile, fingerprint, journalValid),
  );
  /** The first fault of the output folder: the run stops taking inputs and ends with it. */
  let fault: OutputFault | undefined;

  // A run of a handful of small inputs is extracted in this thread: starting a worker (a thread
  // that loads the whole pipeline again) would cost more than the extraction.
  const { inputs, few } = await lookAhead(walkInputs(paths, options), shard);
  const executor = few
    ? await inThread(timeoutMs)
    : onPool(Math.max(1, options.workers ?? availableParallelism()), timeoutMs, maxMemoryMb);
  const workers = executor.workers;
  // The first input with a given text owns its docId; a later copy would overwrite its document.
  const owners = new Map<string, string>();
  const entries: ManifestEntry[] = [];
  let ticket = 0;

  const prepare = async (input: InputEntry): Promise<TaskResult | ManifestEntry> => {
    const { path } = input;
    if (input.kind !== 'file') {
      return makeEntry(path, input.kind, {
        error: { ruleId: input.ruleId, message: input.reason },
      });
    }
    const before = known.get(path);
    const task: Task = {
      path,
      location: input.location,
      maxBytes,
      known:
        !options.force && before?.sha256 && holdsDocument(before)
          ? { sha256: before.sha256, docId: before.docId }
          : null,
      documentsDir: output.documentsDir,
      ticket: `${process.pid}-${ticket++}`,
    };
    try {
      return await executor.run(task);
    } catch (error) {
      // piscina rejects a task stopped by its signal with an AbortError; `extract` in this
      // thread rejects with the time limit's TimeoutError.
      const timedOut =
        error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError');
      const outOfMemory = (error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY';
      const message = timedOut
        ? `${path}: extraction took longer than ${timeoutMs / 1000} s (--timeout); ${executor.stopped}`
        : outOfMemory
          ? `${path}: extraction needed more than ${maxMemoryMb} MB of memory (--max-memory); its worker was stopped`
          : `${path}: ${error instanceof Error ? error.message : String(error)}`;
      const ruleId = timedOut ? 'timeout' : outOfMemory ? 'out-of-memory' : 'internal-error';
      return makeEntry(path, 'failed', { error: { ruleId, message } });
    }
  };

  const commit = async (path: string, result: TaskResult | ManifestEntry): Promise<void> => {
    let entry: ManifestEntry;
    if ('status' in result) entry = result;
    else if (result.kind === 'failed') {
      entry = makeEntry(path, 'failed', { sha256: result.sha256, error: result.error });
    } else {
      const { docId, sha256: digest } = result;
      const owner = owners.get(docId);
      const found = { docId, sha256: digest };
      if (owner !== undefined) {
        const message = `${path}: the same text as ${owner} (docId ${docId}); extracted once`;
        entry = makeEntry(path, 'skipped', { ...found, error: { ruleId: 'duplicate', message } });
      } else if (result.kind === 'ok' && result.textLines === 0) {
        const message = `${path}: the file holds no text; no document written`;
        entry = makeEntry(path, 'skipped', { ...found, error: { ruleId: 'no-text', message } });
      } else if (
        result.kind === 'unchanged' &&
        resumed.has(path) &&
        known.get(path)?.status === 'ok'
      ) {
        // Extracted by the killed run this one completes: ok, as a run never killed would say.
        owners.set(docId, path);
        entry = makeEntry(path, 'ok', found);
      } else if (result.kind === 'unchanged') {
        owners.set(docId, path);
        const quality = known.get(path)?.quality ?? null;
        const message = `${path}: unchanged since the last run`;
        entry = makeEntry(path, 'skipped', {
          ...found,
          quality,
          error: { ruleId: 'unchanged', message },
        });
        if (quality && failsOn(quality.grade, options.failOn)) {
          entry = poorlyRead(path, found, quality, options.failOn);
        }
      } else if (failsOn(result.quality.grade, options.failOn)) {
        entry = poorlyRead(path, found, result.quality, options.failOn);
      } else {
        owners.set(docId, path);
        entry = makeEntry(path, 'ok', { ...found, quality: result.quality });
        try {
          if (result.temporary) await rename(result.temporary, output.documentPath(docId));
        } catch (error) {
          const message = `${path}: cannot write its document ${output.documentPath(docId)}: ${faultCause(error)}`;
          entry = makeEntry(path, 'failed', {
            sha256: digest,
            error: { ruleId: 'write-error', message },
          });
        }
      }
      if (result.kind === 'ok' && result.temporary && entry.status !== 'ok') {
        await rm(result.temporary, { force: true });
      }
    }
    if (fault === undefined) {
      try {
        await journal.append(entry);
      } catch (error) {
        fault = outputFault(journal.path, error);
      }
    }
    entries.push(entry);
    onEntry?.(entry);
  };

  // Results are committed in input order; at most `window` inputs are in flight at once.
  const window = workers * 4;
  const inFlight: Promise<void>[] = [];
  let chain: Promise<void> = Promise.resolve();
  let interrupted = false;
  try {
    for await (const input of inputs) {
      if (signal?.aborted || fault !== undefined) {
        interrupted = true;
        break;
      }
      if (inFlight.length >= window) await inFlight.shift();
      const work = prepare(input);
      chain = chain.then(async () => commit(input.path, await work));
      inFlight.push(chain);
    }
    await chain;
  } finally {
    await executor.destroy();
  }
  if (fault !== undefined) interrupted = true;

  const prune = options.prune ?? (await allFolders(paths));
  // A run that saw no input at all (an unmounted archive) prunes nothing.
  const pruning = prune && !interrupted && !shard && entries.length > 0;
  // Without pruning, the manifest still lists what the folder holds from earlier runs (a run
  // on some files, an interrupted run), so that the next run knows it.
  const seen = new Set(entries.map((entry) => entry.path));
  const carried = pruning
    ? []
    : [...known.values()].filter((entry) => !seen.has(entry.path) && holdsDocument(entry));
  const listed =
    carried.length === 0
      ? entries
      : [...entries, ...carried].sort((a, b) => comparePaths(a.path, b.path));
  const manifest = ManifestSchema.parse({
    manifestVersion: MANIFEST_VERSION,
    tool: { name: 'baocao', version: VERSION },
    extractor: { version: VERSION, fingerprint },
    run: {
      startedAt,
      finishedAt: new Date().toISOString(),
      workers,
      shard: shard ? `${shard.index}/${shard.count}` : null,
      interrupted,
    },
    totals: totalsOf(listed),
    inputs: listed,
  });
  if (fault !== undefined) {
    // What was done is said if the folder still takes it; the journal stays for the next run.
    await writeFileAtomic(manifestFile, toJson(manifest)).catch(() => undefined);
    await journal.close(false).catch(() => undefined);
    throw fault;
  }
  await writing(manifestFile, () => writeFileAtomic(manifestFile, toJson(manifest)));
  await writing(journalFile, () => journal.close(true));

  if (pruning) {
    // A failed input keeps the document of its last good run: a read error is no deletion.
    const kept = entries.flatMap((entry) =>
      entry.status === 'failed' ? [known.get(entry.path)].flatMap((k) => (k ? [k] : [])) : [entry],
    );
    await pruneDocuments(output, kept);
  }
  return manifest;
}

/** A run in this thread when it has at most this many inputs to read, */
const IN_THREAD_INPUTS = 2;
/** each no larger than this: the pipeline is linear, and such an input takes a second at most. */
const IN_THREAD_BYTES = 1024 * 1024;

/**
 * The run's inputs (of its shard), and whether they are few and small enough to be extracted in
 * this thread: the walk is read ahead until it ends or says otherwise, then replayed.
 */
async function lookAhead(
  walk: AsyncGenerator<InputEntry>,
  shard: Shard | undefined,
): Promise<{ inputs: AsyncGenerator<InputEntry>; few: boolean }> {
  const mine = async function* () {
    for await (const input of walk) if (!shard || inShard(input.path, shard)) yield input;
  };
  const iterator = mine();
  const head: InputEntry[] = [];
  let files = 0;
  let few = true;
  for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
    head.push(next.value);
    if (next.value.kind !== 'file') continue;
    const { location } = next.value;
    const size = await stat(typeof location === 'string' ? location : Buffer.from(location)).then(
      (info) => info.size,
      () => 0,
    );
    if (++files > IN_THREAD_INPUTS || size > IN_THREAD_BYTES) {
      few = false;
      break;
    }
  }
  const inputs = async function* () {
    yield* head;
    yield* iterator;
  };
  return { inputs: inputs(), few };
}

/** Where extractions run: a pool of worker threads, or this thread for a handful of inputs. */
interface Executor {
  workers: number;
  run(task: Task): Promise<TaskResult>;
  destroy(): Promise<void>;
  /** What happened to an extraction stopped by the time limit. */
  stopped: string;
}

async function inThread(timeoutMs: number): Promise<Executor> {
  const { runTask } = await import('./worker.js');
  // One at a time: the time limit of each counts its own extraction.
  const one = pLimit(1);
  return {
    workers: 1,
    run: (task) => one(() => runTask(task, () => AbortSignal.timeout(timeoutMs))),
    destroy: async () => undefined,
    stopped: 'it was stopped',
  };
}

function onPool(workers: number, timeoutMs: number, maxMemoryMb: number): Executor {
  // A task goes to the pool only when a thread is free, so that its time limit counts its own
  // work, not the wait behind another input.
  const dispatch = pLimit(workers);
  const pool = new Piscina<Task, TaskResult>({
    filename: new URL('./worker.js', import.meta.url).href,
    minThreads: workers,
    maxThreads: workers,
    // A runaway document cannot take the machine's memory: Node stops the worker at this size,
    // piscina rejects its task with ERR_WORKER_OUT_OF_MEMORY and starts another worker.
    resourceLimits: { maxOldGenerationSizeMb: maxMemoryMb },
  });
  return {
    workers,
    run: (task) => dispatch(() => runTimed(pool, task, timeoutMs)),
    destroy: () => pool.destroy(),
    stopped: 'its worker was stopped',
  };
}

/**
 * Runs a task on the pool with its time limit counted from the moment the worker says the
 * extraction starts: a thread's start-up (loading the pipeline) and the file's read are not the
 * input's fault, and on a busy machine they alone took longer than a one-second limit.
 */
async function runTimed(
  pool: Piscina<Task, TaskResult>,
  task: Task,
  timeoutMs: number,
): Promise<TaskResult> {
  const { port1, port2 } = new MessageChannel();
  const stop = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  port1.once('message', () => {
    timer = setTimeout(() => stop.abort(), timeoutMs);
  });
  try {
    return await pool.run(
      { ...task, started: port2 },
      { signal: stop.signal, transferList: [port2] },
    );
  } finally {
    clearTimeout(timer);
    port1.close();
  }
}

function makeEntry(
  path: string,
  status: InputStatus,
  fields: Partial<ManifestEntry> = {},
): ManifestEntry {
  return { path, status, docId: null, sha256: null, error: null, quality: null, ...fields };
}

/** An input whose document `--fail-on` refuses: failed, naming the grade and its signals. */
function poorlyRead(
  path: string,
  found: { docId: string; sha256: string },
  quality: Quality,
  failOn: FailOn | undefined,
): ManifestEntry {
  const signals = quality.signals.length > 0 ? `: ${quality.signals.join(', ')}` : '';
  const message = `${path}: read ${quality.grade === 'poor' ? 'poorly' : 'in part'} (grade ${quality.grade}, score ${quality.score}${signals}); --fail-on ${failOn}`;
  return makeEntry(path, 'failed', {
    ...found,
    quality,
    error: { ruleId: 'poor-extraction', message },
  });
}

export function inShard(path: string, { index, count }: Shard): boolean {
  const hash = createHash('sha256').update(path).digest().readUInt32BE(0);
  return hash % count === index - 1;
}

async function allFolders(paths: readonly string[]): Promise<boolean> {
  for (const path of paths) {
    try {
      if (!(await stat(path)).isDirectory()) return false;
    } catch {
      return false;
    }
  }
  return paths.length > 0;
}

/** Removes documents that no input of the run gives: a deleted or changed report's old record. */
export async function pruneDocuments(
  output: JsonOutput,
  entries: readonly ManifestEntry[],
): Promise<void> {
  const kept = new Set(entries.filter(holdsDocument).map((entry) => entry.docId));
  await pruneDocumentFiles(output.dir, kept);
}
