/**
 * Faults of the output folder (disk full, read-only, permission): not a bug of baocao and not a
 * fault of one input, but the end of the run. Each becomes one line that names the file and the
 * cause, `out/manifest.journal.ndjson: the disk is full (ENOSPC)`, for the CLI to print before it
 * exits 1: never a stack trace.
 */
import { describe } from './inputs.js';

export class OutputFault extends Error {
  constructor(
    readonly path: string,
    readonly code: string | undefined,
    cause: string,
  ) {
    super(`${path}: ${cause}`);
  }
}

const CAUSES: Readonly<Record<string, string>> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EROFS: 'the file system is read-only',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EIO: 'an input/output error of the disk',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EISDIR: 'a folder stands where a file must be written',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files',
};

/** The cause of a file-system error in words, with its code. */
export function faultCause(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const cause = code === undefined ? undefined : CAUSES[code];
  return cause === undefined ? describe(error) : `${cause} (${code})`;
}

/** An error met writing `path`, as the output fault it is (an OutputFault is kept as it is). */
export function outputFault(path: string, error: unknown): OutputFault {
  if (error instanceof OutputFault) return error;
  return new OutputFault(path, (error as NodeJS.ErrnoException).code, faultCause(error));
}

/** Runs `write`, turning a file-system error it throws into an OutputFault naming `path`. */
export async function writing<T>(path: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (typeof (error as NodeJS.ErrnoException)?.code !== 'string') throw error;
    throw outputFault(path, error);
  }
}
