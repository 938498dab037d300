/**
 * The record files of an output folder: `<out>/records/<type>.ndjson`, one line per record, for the
 * documents the manifest lists, in manifest order. They are rebuilt only when that list or the
 * extractor changed (`records/state.json` remembers which), so an unchanged re-run costs nothing.
 * A rebuild writes the change feed too (`<out>/changes.ndjson`, see `ChangeRecordSchema`): what it
 * added, replaced and removed since the record files the state describes.
 */
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { holdsDocument, type Manifest } from '../schema/manifest.js';
import { type ChangeRecord, RECORD_TYPES, type RecordTypeName } from '../schema/records.js';
import { toJson } from './json.js';
import {
  changesPath,
  documentPath,
  readDocumentFile,
  recordFile,
  recordsDir,
  recordsStatePath,
  temporaryPath,
  writeFileAtomic,
} from './output-folder.js';
import { toRecords } from './records.js';

/** The ids of the documents a manifest stands for, each once, in manifest order, with their path. */
export function manifestDocuments(manifest: Manifest): Map<string, string> {
  const documents = new Map<string, string>();
  for (const entry of manifest.inputs) {
    if (holdsDocument(entry) && !documents.has(entry.docId)) documents.set(entry.docId, entry.path);
  }
  return documents;
}

export function manifestDocIds(manifest: Manifest): string[] {
  return [...manifestDocuments(manifest).keys()];
}

export interface RecordFilesState {
  /** The extractor's fingerprint: records of another extractor are rebuilt. */
  fingerprint: string;
  /** SHA-256 of the ordered document ids. */
  documents: string;
  /** Lines per record file. */
  counts: Record<RecordTypeName, number>;
  /** docId → input path of every document in the files: what the next change feed is taken against. */
  paths?: Record<string, string>;
}

function stateOf(manifest: Manifest, docIds: readonly string[]) {
  const documents = createHash('sha256').update(docIds.join('\n')).digest('hex');
  return { fingerprint: manifest.extractor.fingerprint, documents };
}

async function readState(outDir: string): Promise<RecordFilesState | undefined> {
  try {
    return JSON.parse(await readFile(recordsStatePath(outDir), 'utf8'));
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

/**
 * What changed from the documents of `before` (docId → path, of extractor `previous`) to those of
 * `after` (of extractor `fingerprint`). A document whose input path is in both under another docId
 * changed (its text did); one of another extractor changed; one whose path moved changed (its
 * `documents` row did). Without a previous state every document is added.
 */
export function changesBetween(
  before: ReadonlyMap<string, string>,
  previous: string | undefined,
  after: ReadonlyMap<string, string>,
  fingerprint: string,
): ChangeRecord[] {
  const docOfPath = new Map([...before].map(([docId, path]) => [path, docId]));
  const changes: ChangeRecord[] = [];
  const replaced = new Set<string>();
  for (const [docId, path] of after) {
    const row = { doc_id: docId, path, extractor_fingerprint: fingerprint };
    const oldPath = before.get(docId);
    if (oldPath !== undefined) {
      if (oldPath !== path || previous !== fingerprint)
        changes.push({ ...row, change: 'changed', previous_doc_id: null });
      continue;
    }
    const old = docOfPath.get(path);
    if (old !== undefined && !after.has(old)) {
      replaced.add(old);
      changes.push({ ...row, change: 'changed', previous_doc_id: old });
    } else changes.push({ ...row, change: 'added', previous_doc_id: null });
  }
  for (const [docId, path] of before) {
    // A document replaced by its input's new text is said by that one's `changed` line.
    if (after.has(docId) || replaced.has(docId)) continue;
    changes.push({
      doc_id: docId,
      path,
      extractor_fingerprint: previous ?? fingerprint,
      change: 'removed',
      previous_doc_id: null,
    });
  }
  return changes;
}

export interface RecordFilesReport {
  /** False when the files were already current. */
  rebuilt: boolean;
  documents: number;
  counts: Record<RecordTypeName, number>;
  /** What this run changed in the record files (empty when they were current). */
  changes: ChangeRecord[];
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
  const documents = manifestDocuments(manifest);
  const docIds = [...documents.keys()];
  const wanted = stateOf(manifest, docIds);
  const previous = await readState(outDir);
  if (
    !options.force &&
    previous?.fingerprint === wanted.fingerprint &&
    previous.documents === wanted.documents &&
    (await filesExist(outDir))
  ) {
    // Nothing changed: the feed says so, so that a warehouse job never applies one twice.
    await writeFileAtomic(changesPath(outDir), '');
    return { rebuilt: false, documents: docIds.length, counts: previous.counts, changes: [] };
  }

  const dir = recordsDir(outDir);
  await mkdir(dir, { recursive: true });
  const temporary = new Map(
    RECORD_TYPES.map(({ name }) => [name, temporaryPath(recordFile(outDir, name))]),
  );
  const streams = new Map(
    RECORD_TYPES.map(({ name }) => [name, createWriteStream(temporary.get(name) ?? '')]),
  );
  const counts = Object.fromEntries(RECORD_TYPES.map(({ name }) => [name, 0])) as Record<
    RecordTypeName,
    number
  >;
  try {
    for (const docId of docIds) {
      const records = toRecords(await readDocumentFile(documentPath(outDir, docId)), {
        fingerprint: wanted.fingerprint,
      });
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
      await rename(temporary.get(name) ?? '', recordFile(outDir, name));
    }
  } catch (error) {
    for (const stream of streams.values()) stream.destroy();
    await Promise.all([...temporary.values()].map((path) => rm(path, { force: true })));
    throw error;
  }
  const changes = changesBetween(
    new Map(Object.entries(previous?.paths ?? {})),
    previous?.fingerprint,
    documents,
    wanted.fingerprint,
  );
  // The feed before the state: a run killed in between rebuilds and writes the same feed again.
  await writeFileAtomic(
    changesPath(outDir),
    changes.map((change) => `${JSON.stringify(change)}\n`).join(''),
  );
  const state: RecordFilesState = { ...wanted, counts, paths: Object.fromEntries(documents) };
  await writeFileAtomic(recordsStatePath(outDir), toJson(state));
  return { rebuilt: true, documents: docIds.length, counts, changes };
}
