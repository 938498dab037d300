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
 * a folder named like a report (`x.md/`, walked all the same), a link back to a folder already
 * walked (a loop), and every file of a format the pipeline does not read (`unsupported-format`:
 * a PDF or Word file with the hint of its row in src/read/formats.ts; a name no row knows, an
 * image or a spreadsheet, as such): every file of a walked folder is accounted for. Hidden files
 * and folders (`.git`, `.DS_Store`) are not inputs.
 *
 * `include` and `exclude` (globs, picomatch) choose what a walk takes, matched against the path
 * below the walked folder (`2023/q1.md`); a pattern without `/` matches a name at any depth. A
 * folder that `exclude` matches is not walked; a file is taken when no `exclude` and some
 * `include` (all, when none is given) match it. What they leave out is not listed. A path named on
 * the command line is taken whatever they say.
 */
import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { extname, normalize, sep } from 'node:path';
import picomatch from 'picomatch';
import { FORMATS, formatOf, notReadReason } from '../read/formats.js';

/** The extensions of the formats the pipeline reads (src/read/formats.ts holds the table). */
export const REPORT_EXTENSIONS: ReadonlySet<string> = new Set(
  FORMATS.filter((format) => format.readable).flatMap((format) => format.extensions),
);

export type InputEntry =
  /**
   * `location` is where to read it (bytes, for a name that is not UTF-8); `path` is how the run
   * reports it.
   */
  | { kind: 'file'; path: string; location: string | Uint8Array }
  | { kind: 'skipped' | 'failed'; path: string; ruleId: string; reason: string };

export interface WalkFilters {
  /** Globs a walked file must match one of (default: every file). */
  include?: readonly string[];
  /** Globs of files and folders a walk leaves out. */
  exclude?: readonly string[];
}

/** The filters as one test of a path below a walked folder. */
interface Chooser {
  takes(relative: string): boolean;
  excludes(relative: string): boolean;
}

function chooser({ include = [], exclude = [] }: WalkFilters): Chooser {
  const included = include.length > 0 ? matcher(include) : () => true;
  const excluded = exclude.length > 0 ? matcher(exclude) : () => false;
  return {
    takes: (relative) => included(relative) && !excluded(relative),
    excludes: (relative) => excluded(relative),
  };
}

/** Globs as one test: one with a `/` against the whole path, one without against the last name. */
function matcher(patterns: readonly string[]): (relative: string) => boolean {
  // `dot`: hidden names are left out by the walk itself, not by a pattern's wildcard.
  const options = { dot: true };
  const whole = patterns.filter((pattern) => pattern.includes('/'));
  const names = patterns.filter((pattern) => !pattern.includes('/'));
  const path = whole.length > 0 ? picomatch(whole, options) : () => false;
  const name = names.length > 0 ? picomatch(names, options) : () => false;
  return (relative) => path(relative) || name(relative.slice(relative.lastIndexOf('/') + 1));
}

export async function* walkInputs(
  paths: readonly string[],
  filters: WalkFilters = {},
): AsyncGenerator<InputEntry> {
  const choose = chooser(filters);
  for (const path of paths) {
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(path);
    } catch (error) {
      yield failed(path, error);
      continue;
    }
    if (info.isDirectory()) yield* walkDirectory(Buffer.from(path), '', new Set(), choose);
    else if (info.isFile()) {
      // Named on the command line: read whatever its name, unless its format is one baocao
      // knows it does not read yet.
      const format = formatOf(path);
      if (format && !format.readable) yield unsupported(path, path);
      else yield { kind: 'file', path: reported(path), location: path };
    } else yield notAFile(path, info);
  }
}

/** The extensions the pipeline reads, as a user is told them: `.md, .markdown, .txt`. */
const readableList = [...REPORT_EXTENSIONS].join(', ');

/** A file the pipeline does not read: skipped, saying what it is and what to do. */
function unsupported(location: string | Uint8Array, name: string): InputEntry {
  const path = reported(location);
  const format = formatOf(name);
  const extension = extname(name).toLowerCase();
  const reason = format
    ? `${path}: ${notReadReason(format)}`
    : `${path}: ${extension ? `'${extension}' is` : 'a name without an extension is'} no report format baocao reads (${readableList}); not read`;
  return { kind: 'skipped', path, ruleId: 'unsupported-format', reason };
}

/**
 * A FIFO, socket or device is no report, and opening one can block forever (a FIFO with no
 * writer): it is recorded as skipped and never opened.
 */
function notAFile(location: string | Buffer, info: Awaited<ReturnType<typeof stat>>): InputEntry {
  const path = reported(location);
  const what = info.isFIFO()
    ? 'a named pipe (FIFO)'
    : info.isSocket()
      ? 'a socket'
      : info.isCharacterDevice() || info.isBlockDevice()
        ? 'a device'
        : 'not a regular file';
  const reason = `${path}: ${what}, not a regular file; not read`;
  return { kind: 'skipped', path, ruleId: 'not-a-file', reason };
}

async function* walkDirectory(
  dir: Buffer,
  below: string,
  visited: Set<string>,
  choose: Chooser,
): AsyncGenerator<InputEntry> {
  // Symbolic links may loop back to a folder already walked; its real path says so.
  let real: string;
  let entries: Dirent<Buffer>[];
  try {
    real = (await realpath(dir, { encoding: 'buffer' })).toString('hex');
    if (visited.has(real)) {
      const path = reported(dir);
      const reason = `${path}: a link back to a folder already walked; not walked again`;
      yield { kind: 'skipped', path, ruleId: 'symlink-loop', reason };
      return;
    }
    visited.add(real);
    // Names as bytes: a name that is not UTF-8 must still be found again by its bytes.
    entries = await readdir(dir, { withFileTypes: true, encoding: 'buffer' });
  } catch (error) {
    yield failed(dir, error);
    return;
  }
  const named = entries
    .map((entry) => ({ entry, name: displayName(entry.name).normalize('NFC') }))
    .sort((a, b) => Buffer.compare(Buffer.from(a.name), Buffer.from(b.name)));

  for (const { entry, name } of named) {
    if (name.startsWith('.')) continue;
    const relative = below === '' ? name : `${below}/${name}`;
    const location = Buffer.concat([dir, Buffer.from(sep), entry.name]);
    let isDirectory = entry.isDirectory();
    let isFile = entry.isFile();
    let info: Awaited<ReturnType<typeof stat>> | undefined;
    if (entry.isSymbolicLink() || (!isDirectory && !isFile)) {
      try {
        info = await stat(location);
        isDirectory = info.isDirectory();
        isFile = info.isFile();
      } catch (error) {
        yield failed(location, error);
        continue;
      }
    }
    const report = REPORT_EXTENSIONS.has(extname(name).toLowerCase());
    if (isDirectory) {
      if (choose.excludes(relative)) continue;
      if (report) {
        const path = reported(location);
        const reason = `${path}: a folder named like a report; what it holds is walked`;
        yield { kind: 'skipped', path, ruleId: 'directory', reason };
      }
      yield* walkDirectory(location, relative, visited, choose);
      continue;
    }
    if (!choose.takes(relative)) continue;
    if (!isFile) {
      if (info !== undefined) yield notAFile(location, info);
    } else if (!report) {
      yield unsupported(location, name);
    } else {
      const path = reported(location);
      if (/^readme\./i.test(name)) {
        const reason = `${path}: a README documents the folder; it is not a report`;
        yield { kind: 'skipped', path, ruleId: 'readme', reason };
      } else {
        yield { kind: 'file', path, location: utf8Name(location) ?? location };
      }
    }
  }
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** The bytes as a string when they are UTF-8, else undefined. */
function utf8Name(bytes: Uint8Array): string | undefined {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return undefined;
  }
}

/** A name as text: UTF-8 as it is, and each byte that is not UTF-8 as `\xFF`. */
export function displayName(bytes: Uint8Array): string {
  const whole = utf8Name(bytes);
  if (whole !== undefined) return whole;
  let text = '';
  let i = 0;
  while (i < bytes.length) {
    let length = 1;
    let decoded: string | undefined;
    for (; length <= 4 && i + length <= bytes.length; length++) {
      decoded = utf8Name(bytes.subarray(i, i + length));
      if (decoded !== undefined) break;
    }
    if (decoded === undefined) {
      text += `\\x${(bytes[i] ?? 0).toString(16).toUpperCase().padStart(2, '0')}`;
      i++;
    } else {
      text += decoded;
      i += length;
    }
  }
  return text;
}

function failed(path: string | Uint8Array, error: unknown): InputEntry {
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
function reported(path: string | Uint8Array): string {
  const text = typeof path === 'string' ? path : displayName(path);
  return normalize(text).split(sep).join('/').normalize('NFC');
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
