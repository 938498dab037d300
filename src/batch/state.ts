/**
 * What an output folder already holds, so that a re-run redoes only what changed, and a run killed
 * at any moment loses nothing when run again.
 *
 * - The last manifest says, per input path, the bytes' SHA-256 and the document it gave.
 * - A journal (`<manifest>.journal.ndjson`) gets one line per input as the run commits it; the
 *   manifest replaces it at the end. After a crash, the journal still says what was done.
 * - The extractor fingerprint (a hash of baocao's compiled code) must match: new code redoes all.
 */
import { createHash } from 'node:crypto';
import type { Dirent } from 'node:fs';
import { type FileHandle, open, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ManifestEntry, ManifestEntrySchema, ManifestSchema } from '../schema/manifest.js';
import { VERSION } from '../version.js';

/** A hash of every compiled module of baocao (and its version): changes when the code does. */
export async function extractorFingerprint(): Promise<string> {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const hash = createHash('sha256').update(VERSION);
  const walk = async (dir: string): Promise<void> => {
    const entries: Dirent[] = await readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (/\.(?:js|ts)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) {
        hash.update(entry.name).update(await readFile(path));
      }
    }
  };
  await walk(root);
  return hash.digest('hex').slice(0, 16);
}

/** The inputs an output folder knows, by path, from its manifest and an unfinished run's journal. */
export async function previousState(
  manifestPaths: readonly string[],
  journalPath: string,
  fingerprint: string,
): Promise<{
  known: Map<string, ManifestEntry>;
  journalValid: boolean;
  /** Inputs a killed run committed (its journal): this run finishes that run, so they are its. */
  resumed: Set<string>;
}> {
  const resumed = new Set<string>();
  const known = new Map<string, ManifestEntry>();
  for (const manifestPath of manifestPaths) {
    try {
      const manifest = ManifestSchema.parse(JSON.parse(await readFile(manifestPath, 'utf8')));
      if (manifest.extractor.fingerprint === fingerprint) {
        for (const entry of manifest.inputs) known.set(entry.path, entry);
      }
    } catch {
      // No manifest, or one from another version of the schema: nothing is known from it.
    }
  }
  let lines: string[];
  try {
    lines = (await readFile(journalPath, 'utf8')).split('\n');
  } catch {
    return { known, journalValid: false, resumed };
  }
  const [header, ...entries] = lines;
  if (header !== journalHeader(fingerprint)) return { known, journalValid: false, resumed };
  for (const line of entries) {
    // The last line of a killed run may be cut short: a line that does not parse is ignored.
    const parsed = ManifestEntrySchema.safeParse(safeJson(line));
    if (parsed.success) {
      known.set(parsed.data.path, parsed.data);
      resumed.add(parsed.data.path);
    }
  }
  return { known, journalValid: true, resumed };
}

function safeJson(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return undefined;
  }
}

function journalHeader(fingerprint: string): string {
  return JSON.stringify({ journal: 'baocao', fingerprint });
}

/** The run's journal: a line per committed input, flushed as it goes. */
export class Journal {
  private constructor(
    private readonly handle: FileHandle,
    readonly path: string,
  ) {}

  /**
   * Opens the journal, keeping the lines of a killed run when they are of this extractor (they
   * are still true, and the documents they name are on disk).
   */
  static async open(path: string, fingerprint: string, keep: boolean): Promise<Journal> {
    const handle = await open(path, keep ? 'a' : 'w');
    // A cut-short last line of the killed run is ended, so that the next line stands alone.
    await handle.write(keep ? '\n' : `${journalHeader(fingerprint)}\n`);
    return new Journal(handle, path);
  }

  async append(entry: ManifestEntry): Promise<void> {
    await this.handle.write(`${JSON.stringify(entry)}\n`);
  }

  /** Closes the journal; with `remove`, deletes it too (the manifest now says it all). */
  async close(remove: boolean): Promise<void> {
    await this.handle.close();
    if (remove) await rm(this.path, { force: true });
  }
}
