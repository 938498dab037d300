/**
 * The output folder, in one place: every path baocao writes under `--out`, the temporary names it
 * writes them under first, and the schema-checked read of a document file.
 *
 *   <out>/documents/<docId>.json        one validated Document per report
 *   <out>/manifest.json                 every input of the run (a shard's: manifest.shard-K-of-N.json)
 *   <out>/manifest.json.lock            held by the run writing the folder
 *   <out>/manifest.journal.ndjson       the inputs committed so far, while a run goes
 *   <out>/records/<type>.ndjson         flat records, one file per record type
 *   <out>/records/state.json            which documents and extractor the record files hold
 *   <out>/changes.ndjson                the change feed of the last run that rebuilt the records
 *   <out>/baocao.duckdb                 the embedded database
 *   <out>/review/                       the review pages
 *
 * A temporary name is the target's with `.<pid>.<hex>.tmp` after it (src/batch/temporary.ts
 * removes those of dead processes), so no name ever derives from document content.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writing } from '../batch/faults.js';
import { OutputLock } from '../batch/lock.js';
import { type Document, DocumentSchema } from '../schema/document.js';
import type { RecordTypeName } from '../schema/records.js';

/** A shard of a run (`--shard K/N`): its manifest is its own. */
export interface ShardName {
  /** 1-based. */
  index: number;
  count: number;
}

/** `manifest.json`, or a shard's `manifest.shard-K-of-N.json`. */
export function manifestName(shard?: ShardName): string {
  return shard ? `manifest.shard-${shard.index}-of-${shard.count}.json` : 'manifest.json';
}

/** The name of a shard's manifest, as `manifestName` writes it. */
export const SHARD_MANIFEST = /^manifest\.shard-\d+-of-\d+\.json$/;

export function manifestPath(outDir: string, shard?: ShardName): string {
  return join(outDir, manifestName(shard));
}

/** The lock of a run's manifest: one run at a time writes it (src/batch/lock.ts). */
export function lockPath(outDir: string, shard?: ShardName): string {
  return `${manifestPath(outDir, shard)}.lock`;
}

/** The journal of a run in progress, beside its manifest. */
export function journalPath(outDir: string, shard?: ShardName): string {
  return manifestPath(outDir, shard).replace(/\.json$/, '.journal.ndjson');
}

/** Takes the folder's lock (of a shard's manifest, or the folder's), or throws BatchInUse. */
export async function lockFolder(outDir: string, shard?: ShardName): Promise<OutputLock> {
  const path = lockPath(outDir, shard);
  return writing(path, () => OutputLock.take(path));
}

/** Creates the folder and its `documents/` (not recursively: see below). */
export async function openFolder(outDir: string): Promise<void> {
  await mkdir(outDir, { recursive: true });
  // Not recursive: a recursive mkdir says ENOENT where the folder is read-only (EROFS).
  await mkdir(documentsDir(outDir)).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') throw error;
  });
}

export function documentsDir(outDir: string): string {
  return join(outDir, 'documents');
}

export function documentPath(outDir: string, docId: string): string {
  return join(documentsDir(outDir), `${docId}.json`);
}

export function recordsDir(outDir: string): string {
  return join(outDir, 'records');
}

export function recordFile(outDir: string, name: RecordTypeName): string {
  return join(recordsDir(outDir), `${name}.ndjson`);
}

export function recordsStatePath(outDir: string): string {
  return join(recordsDir(outDir), 'state.json');
}

export function changesPath(outDir: string): string {
  return join(outDir, 'changes.ndjson');
}

export function databasePath(outDir: string): string {
  return join(outDir, 'baocao.duckdb');
}

/** Whether the folder has a database: once made, every run into the folder keeps it current. */
export async function hasDatabase(outDir: string): Promise<boolean> {
  return stat(databasePath(outDir)).then(
    () => true,
    () => false,
  );
}

/** Whether the folder has record files to load (a run or a merge wrote them). */
export async function hasRecords(outDir: string): Promise<boolean> {
  return stat(recordsStatePath(outDir)).then(
    () => true,
    () => false,
  );
}

export function reviewDir(outDir: string): string {
  return join(outDir, 'review');
}

/** A name beside `path` for writing it before it is renamed into place: `<path>.<pid>.<hex>.tmp`. */
export function temporaryPath(path: string): string {
  return `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
}

/**
 * Any temporary name baocao writes under (`temporaryPath`, `stagedDocumentPath`, the lock's
 * staging and take-over files, DuckDB's log of a database being loaded); group 1 is the writing
 * process, so that src/batch/temporary.ts removes only a dead one's.
 */
export const TEMPORARY_NAME = /\.(\d+)(?:[-.][0-9a-f]+)?(?:\.stale)?\.tmp(?:\.wal)?$/;

/** Where a worker writes a document before its input is committed: `<docId>.<pid>-<n>.tmp`. */
export function stagedDocumentPath(documents: string, docId: string, ticket: string): string {
  return join(documents, `${docId}.${ticket}.tmp`);
}

/**
 * Writes a file so that readers (and a re-run after a crash) see either the old content or the
 * new, never half of it: a temporary file beside the target, renamed over it.
 */
export async function writeFileAtomic(path: string, data: string): Promise<void> {
  const temporary = temporaryPath(path);
  try {
    await writeFile(temporary, data);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** Removes the document files of `documents/` whose docId is not kept. */
export async function pruneDocumentFiles(outDir: string, kept: ReadonlySet<string>): Promise<void> {
  const dir = documentsDir(outDir);
  for (const name of await readdir(dir)) {
    if (name.endsWith('.json') && !kept.has(name.slice(0, -'.json'.length)))
      await rm(join(dir, name), { force: true });
  }
}

/**
 * Reads a document file and checks it against the schema; the error names the file and what is
 * wrong (`not JSON: …`, `not a baocao document (docId: …)`).
 */
export async function readDocumentFile(path: string): Promise<Document> {
  const text = await readFile(path, 'utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`${path}: not JSON: ${(error as Error).message}`);
  }
  const parsed = DocumentSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') || 'top level';
    throw new Error(`${path}: not a baocao document (${where}: ${issue?.message})`);
  }
  return parsed.data;
}
