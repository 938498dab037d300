/**
 * The worker thread's task: one input, from its path to its document on disk. Reading, hashing,
 * extracting, serializing and writing all happen here, so that the main thread only walks,
 * dispatches and commits: that is what lets a run scale with the cores.
 *
 * The document is written to a temporary file beside its final name; the main thread renames it
 * into place when it commits the input, in input order (or removes it: a duplicate). Errors become
 * plain values, since a VFileMessage does not survive the trip between threads.
 */
import { constants } from 'node:fs';
import { open, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { MessagePort } from 'node:worker_threads';
import { toJson } from '../emit/json.js';
import { stagedDocumentPath } from '../emit/output-folder.js';
import { extract } from '../extract.js';
import { sha256 } from '../read/index.js';
import type { Document, Quality } from '../schema/document.js';
import type { InputError } from '../schema/manifest.js';
import { toInputError } from './errors.js';
import { faultCause } from './faults.js';
import { describe } from './inputs.js';

export interface Task {
  /** How the run reports the input. */
  path: string;
  /** Where to read it (bytes, for a name that is not UTF-8). */
  location: string | Uint8Array;
  maxBytes: number;
  /** What the last run knew of this input, when its document may be kept. */
  known: { sha256: string; docId: string } | null;
  documentsDir: string;
  /** A name of its own for the temporary file: the run's process id and the input's place. */
  ticket: string;
  /**
   * Told (one message) when the extraction itself starts, once the file is read: the run's time
   * limit counts from there.
   */
  started?: MessagePort;
}

export type TaskResult =
  | { kind: 'unchanged'; docId: string; sha256: string }
  | {
      kind: 'ok';
      docId: string;
      sha256: string;
      textLines: number;
      quality: Quality;
      temporary: string | null;
    }
  | { kind: 'failed'; sha256: string | null; error: InputError };

/** The pool's entry: the time limit is the run's, told by `task.started` and enforced from there. */
export default function extractTask(task: Task): Promise<TaskResult> {
  return runTask(task, () => {
    task.started?.postMessage('extracting');
    return undefined;
  });
}

/**
 * One input, read, extracted and written. `starting` is called once the file is read, just before
 * the extraction: a run in this thread gets its time limit's signal from it, checked by `extract`
 * between stages; an extraction stopped by it rejects with the signal's reason.
 */
export async function runTask(
  task: Task,
  starting: () => AbortSignal | undefined,
): Promise<TaskResult> {
  const { path, location, maxBytes, known, documentsDir } = task;
  let bytes: Uint8Array;
  try {
    const read = await readRegularFile(path, location, maxBytes);
    if ('ruleId' in read) return { kind: 'failed', sha256: null, error: read };
    bytes = read.bytes;
  } catch (error) {
    const message = `${path}: ${describe(error)}`;
    return { kind: 'failed', sha256: null, error: { ruleId: 'read-error', message } };
  }
  const digest = sha256(bytes);
  if (known?.sha256 === digest && (await exists(join(documentsDir, `${known.docId}.json`)))) {
    return { kind: 'unchanged', docId: known.docId, sha256: digest };
  }
  let document: Document;
  const signal = starting();
  try {
    document = await extract({ path, bytes }, signal === undefined ? {} : { signal });
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    return { kind: 'failed', sha256: digest, error: toInputError(path, error) };
  }
  const { docId } = document;
  const textLines = document.stats.textLines;
  let temporary: string | null = null;
  if (textLines > 0) {
    temporary = stagedDocumentPath(documentsDir, docId, task.ticket);
    try {
      await writeFile(temporary, toJson(document));
    } catch (error) {
      // The output folder's fault (disk full, read-only), not the input's.
      await rm(temporary, { force: true }).catch(() => undefined);
      const message = `${path}: cannot write its document ${temporary}: ${faultCause(error)}`;
      return { kind: 'failed', sha256: digest, error: { ruleId: 'write-error', message } };
    }
  }
  return { kind: 'ok', docId, sha256: digest, textLines, quality: document.quality, temporary };
}

/**
 * The bytes of a regular file. Opened without blocking (a FIFO put in place of the file since the
 * walk looked at it would otherwise hold this thread, and the process, for ever), then checked to
 * be a regular file and within the size limit before anything is read.
 */
async function readRegularFile(
  path: string,
  location: string | Uint8Array,
  maxBytes: number,
): Promise<{ bytes: Uint8Array } | InputError> {
  const where = typeof location === 'string' ? location : Buffer.from(location);
  const handle = await open(where, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const info = await handle.stat();
    if (!info.isFile()) {
      return { ruleId: 'not-a-file', message: `${path}: not a regular file; not read` };
    }
    if (info.size > maxBytes) {
      const message = `${path}: ${info.size} bytes, over the limit of ${maxBytes} (--max-bytes)`;
      return { ruleId: 'too-large', message };
    }
    return { bytes: await handle.readFile() };
  } finally {
    await handle.close();
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
