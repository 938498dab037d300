/**
 * The record files of an output folder: `<out>/records/<type>.ndjson`, one line per record, for the
 * documents the manifest lists, in manifest order. They are rebuilt only when that list or the
 * extractor changed (`records/state.json` remembers which), so an unchanged re-run costs nothing.
 */
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { DocumentSchema } from '../schema/document.js';
import { holdsDocument, type Manifest } from '../schema/manifest.js';
import { RECORD_TYPES, type RecordTypeName } from '../schema/records.js';
import { writeFileAtomic } from './atomic-write.js';
import { toJson } from './json.js';
import { toRecords } from './records.js';

export function recordsDir(outDir: string): string {
  return join(outDir, 'records');
}

export function recordFile(outDir: string, name: RecordTypeName): string {
  return join(recordsDir(outDir), `${name}.ndjson`);
}

/** The ids of the documents a manifest stands for, each once, in manifest order. */
export function manifestDocIds(manifest: Manifest): string[] {
  return [...new Set(manifest.inputs.filter(holdsDocument).map((entry) => entry.docId))];
}

export interface RecordFilesState {
  /** The extractor's fingerprint: records of another extractor are rebuilt. */
  fingerprint: string;
  /** SHA-256 of the ordered document ids. */
  documents: string;
  /** Lines per record file. */
  counts: Record<RecordTypeName, number>;
}

function stateOf(manifest: Manifest, docIds: readonly string[]) {
  const documents = createHash('sha256').update(docIds.join('\n')).digest('hex');
  return { fingerprint: manifest.extractor.fingerprint, documents };
}

async function readState(outDir: string): Promise<RecordFilesState | undefined> {
  try {
    return JSON.parse(await readFile(join(recordsDir(outDir), 'state.json'), 'utf8'));
  } catch {
    return undefined;
  }
}

async function filesExist(outDir: string): Promise<boolean> {
  for (const { name } of RECORD_TYPES) {
    try {
      await stat(recordFile(outDir, name));
    } catch {
      return false;
    }
  }
  return true;
}

async function readDocument(path: string) {
  try {
    return DocumentSchema.parse(JSON.parse(await readFile(path, 'utf8')));
  } catch (error) {
    const [issue] = error instanceof z.ZodError ? error.issues : [];
    const reason = issue
      ? `${issue.path.join('.') || 'the document'}: ${issue.message}`
      : error instanceof Error
        ? error.message
        : String(error);
    throw new Error(`${path}: not a readable baocao document (${reason})`);
  }
}

export interface RecordFilesReport {
  /** False when the files were already current. */
  rebuilt: boolean;
  documents: number;
  counts: Record<RecordTypeName, number>;
}

/**
 * Writes the record files for the documents of `manifest` (read from `<out>/documents/`). Each file
 * is written beside its target and renamed into place, so a reader never sees half a file.
 */
export async function writeRecordFiles(
  outDir: string,
  manifest: Manifest,
  options: { force?: boolean } = {},
): Promise<RecordFilesReport> {
  const docIds = manifestDocIds(manifest);
  const wanted = stateOf(manifest, docIds);
  const previous = await readState(outDir);
  if (
    !options.force &&
    previous?.fingerprint === wanted.fingerprint &&
    previous.documents === wanted.documents &&
    (await filesExist(outDir))
  ) {
    return { rebuilt: false, documents: docIds.length, counts: previous.counts };
  }

  const dir = recordsDir(outDir);
  await mkdir(dir, { recursive: true });
  const suffix = `.${process.pid}.tmp`;
  const streams = new Map(
    RECORD_TYPES.map(({ name }) => [name, createWriteStream(recordFile(outDir, name) + suffix)]),
  );
  const counts = Object.fromEntries(RECORD_TYPES.map(({ name }) => [name, 0])) as Record<
    RecordTypeName,
    number
  >;
  try {
    for (const docId of docIds) {
      const path = join(outDir, 'documents', `${docId}.json`);
      const records = toRecords(await readDocument(path));
      for (const { name } of RECORD_TYPES) {
        const rows = records[name];
        if (rows.length === 0) continue;
        const stream = streams.get(name);
        if (stream === undefined) continue;
        counts[name] += rows.length;
        let text = '';
        for (const row of rows) text += `${JSON.stringify(row)}\n`;
        // Respect back-pressure: thousands of documents must not pile up in memory.
        if (!stream.write(text)) await once(stream, 'drain');
      }
    }
    await Promise.all(
      [...streams.values()].map(
        (stream) =>
          new Promise<void>((resolve, reject) =>
            stream.end((error?: Error | null) => (error ? reject(error) : resolve())),
          ),
      ),
    );
    for (const { name } of RECORD_TYPES) {
      await rename(recordFile(outDir, name) + suffix, recordFile(outDir, name));
    }
  } catch (error) {
    for (const stream of streams.values()) stream.destroy();
    await Promise.all(
      RECORD_TYPES.map(({ name }) => rm(recordFile(outDir, name) + suffix, { force: true })),
    );
    throw error;
  }
  const state: RecordFilesState = { ...wanted, counts };
  await writeFileAtomic(join(dir, 'state.json'), toJson(state));
  return { rebuilt: true, documents: docIds.length, counts };
}
