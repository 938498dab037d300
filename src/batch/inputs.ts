/**
 * The inputs of a run, in a stable order: each path given, and for a directory every report file
 * below it (`*.md`, `*.markdown`, `*.txt`), walked depth first with entries sorted by code point so
 * that every machine sees the same order. Directories are streamed, never listed whole up front.
 *
 * Left out of a directory walk, and said so: README files (a corpus's own documentation, not a
 * report) are yielded as skipped. Hidden files and folders (`.git`, `.DS_Store`) are not inputs.
 */
import type { Dirent } from 'node:fs';
import { opendir, realpath, stat } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';

export const REPORT_EXTENSIONS: ReadonlySet<string> = new Set(['.md', '.markdown', '.txt']);

export type InputEntry =
  | { kind: 'file'; path: string }
  | { kind: 'skipped'; path: string; ruleId: string; reason: string }
  | { kind: 'failed'; path: string; ruleId: string; reason: string };

export async function* walkInputs(paths: readonly string[]): AsyncGenerator<InputEntry> {
  for (const path of paths) {
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(path);
    } catch (error) {
      yield failed(path, error);
      continue;
    }
    if (info.isDirectory()) yield* walkDirectory(path, new Set());
    else yield { kind: 'file', path: displayPath(path) };
  }
}

async function* walkDirectory(dir: string, visited: Set<string>): AsyncGenerator<InputEntry> {
  // Symbolic links may loop back to a folder already walked; its real path says so.
  let real: string;
  try {
    real = await realpath(dir);
  } catch (error) {
    yield failed(dir, error);
    return;
  }
  if (visited.has(real)) return;
  visited.add(real);

  let entries: Dirent[];
  try {
    entries = [];
    for await (const entry of await opendir(dir)) entries.push(entry);
  } catch (error) {
    yield failed(dir, error);
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    let isDirectory = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const target = await stat(path);
        isDirectory = target.isDirectory();
        isFile = target.isFile();
      } catch (error) {
        yield failed(path, error);
        continue;
      }
    }
    if (isDirectory) {
      yield* walkDirectory(path, visited);
    } else if (isFile && REPORT_EXTENSIONS.has(extname(entry.name).toLowerCase())) {
      if (/^readme\./i.test(entry.name)) {
        yield {
          kind: 'skipped',
          path: displayPath(path),
          ruleId: 'readme',
          reason: `${displayPath(path)}: a README documents the folder; it is not a report`,
        };
      } else {
        yield { kind: 'file', path: displayPath(path) };
      }
    }
  }
}

function failed(path: string, error: unknown): InputEntry {
  const shown = displayPath(path);
  return {
    kind: 'failed',
    path: shown,
    ruleId: 'read-error',
    reason: `${shown}: ${describe(error)}`,
  };
}

/** `ENOENT: no such file or directory`, without the syscall and path that Node appends. */
export function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/, \w+ '[^']*'(?: -> '[^']*')?$/, '');
}

/** The path as a run reports it: relative to the working folder when inside it, with `/`. */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  const shown = rel === '' || rel.startsWith('..') || /^[A-Za-z]:/.test(rel) ? path : rel;
  return shown.split(sep).join('/');
}
