/**
 * The inputs of a run, in a stable order: each path given, and for a directory every report file
 * below it (`*.md`, `*.markdown`, `*.txt`), walked depth first. Each folder's entries are read,
 * then sorted by code point of their NFC names, so that every machine and file system (macOS keeps
 * names decomposed) sees the same order; the walk yields as it goes, folder by folder.
 *
 * An input is reported by its path as given plus the part below it (`corpus/a.md` for `corpus`),
 * with `/` separators and NFC letters: the same command gives the same paths on every machine.
 *
 * Said so in the manifest, as skipped: README files (a corpus's own documentation, not a report),
 * a folder named like a report (`x.md/`, walked all the same) and a link back to a folder already
 * walked (a loop). Hidden files and folders (`.git`, `.DS_Store`) are not inputs.
 */
import type { Dirent } from 'node:fs';
import { opendir, realpath, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

export const REPORT_EXTENSIONS: ReadonlySet<string> = new Set(['.md', '.markdown', '.txt']);

export type InputEntry =
  /** `location` is where to read it; `path` is how the run reports it. */
  | { kind: 'file'; path: string; location: string }
  | { kind: 'skipped' | 'failed'; path: string; ruleId: string; reason: string };

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
    else yield { kind: 'file', path: reported(path), location: path };
  }
}

async function* walkDirectory(dir: string, visited: Set<string>): AsyncGenerator<InputEntry> {
  // Symbolic links may loop back to a folder already walked; its real path says so.
  let real: string;
  let entries: Dirent[];
  try {
    real = await realpath(dir);
    if (visited.has(real)) {
      const path = reported(dir);
      const reason = `${path}: a link back to a folder already walked; not walked again`;
      yield { kind: 'skipped', path, ruleId: 'symlink-loop', reason };
      return;
    }
    visited.add(real);
    entries = [];
    for await (const entry of await opendir(dir)) entries.push(entry);
  } catch (error) {
    yield failed(dir, error);
    return;
  }
  const named = entries
    .map((entry) => ({ entry, name: entry.name.normalize('NFC') }))
    .sort((a, b) => Buffer.compare(Buffer.from(a.name), Buffer.from(b.name)));

  for (const { entry, name } of named) {
    if (name.startsWith('.')) continue;
    const location = join(dir, entry.name);
    let isDirectory = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const target = await stat(location);
        isDirectory = target.isDirectory();
        isFile = target.isFile();
      } catch (error) {
        yield failed(location, error);
        continue;
      }
    }
    if (isDirectory) {
      if (REPORT_EXTENSIONS.has(extname(name).toLowerCase())) {
        const path = reported(location);
        const reason = `${path}: a folder named like a report; what it holds is walked`;
        yield { kind: 'skipped', path, ruleId: 'directory', reason };
      }
      yield* walkDirectory(location, visited);
    } else if (isFile && REPORT_EXTENSIONS.has(extname(name).toLowerCase())) {
      const path = reported(location);
      if (/^readme\./i.test(name)) {
        const reason = `${path}: a README documents the folder; it is not a report`;
        yield { kind: 'skipped', path, ruleId: 'readme', reason };
      } else {
        yield { kind: 'file', path, location };
      }
    }
  }
}

function failed(path: string, error: unknown): InputEntry {
  const shown = reported(path);
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

/** A path as the run reports it: normalized (`./a.md` → `a.md`), `/` separators, NFC letters. */
function reported(path: string): string {
  return normalize(path).split(sep).join('/').normalize('NFC');
}

/**
 * The walk's order: folder by folder, each folder's names by code point (`a/x.md` before
 * `a-b.md`, as the folder `a` sorts before the name `a-b.md`).
 */
export function comparePaths(a: string, b: string): number {
  const left = a.split('/');
  const right = b.split('/');
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const order = Buffer.compare(Buffer.from(left[i] ?? ''), Buffer.from(right[i] ?? ''));
    if (order !== 0) return order;
  }
  return left.length - right.length;
}
