/**
 * The worker thread's task: one input's bytes in, the Document as JSON text out (or why not).
 * Errors are turned into plain values here, since a VFileMessage does not survive the trip
 * between threads.
 */
import { toJson } from '../emit/json.js';
import { extract } from '../extract.js';
import type { InputError } from '../schema/manifest.js';
import { toInputError } from './errors.js';

export interface Task {
  path: string;
  bytes: Uint8Array;
}

export type TaskResult =
  | { kind: 'ok'; docId: string; textLines: number; json: string }
  | { kind: 'failed'; error: InputError };

export default async function extractTask({ path, bytes }: Task): Promise<TaskResult> {
  try {
    const document = await extract({ path, bytes });
    return {
      kind: 'ok',
      docId: document.docId,
      textLines: document.stats.textLines,
      json: toJson(document),
    };
  } catch (error) {
    return { kind: 'failed', error: toInputError(path, error) };
  }
}
