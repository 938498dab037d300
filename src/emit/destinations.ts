/**
 * Destinations: where the record files of an output folder are loaded. Each one is a `load(outDir,
 * changes)` that brings its tables in line with the record files, per document: a changed
 * document's rows are deleted and inserted, a removed one's deleted, an unchanged run touches
 * nothing. `changes` is the run's change feed (`<out>/changes.ndjson`); DuckDB and PostgreSQL also
 * keep which documents they hold, by which extractor (`_baocao_loaded`), and go by it, so that a
 * load missed or killed is caught up by the next one.
 */
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import {
  type ChangeRecord,
  ChangeRecordSchema,
  RECORD_TYPES,
  type RecordTypeName,
} from '../schema/records.js';
import { changesPath, recordFile } from './output-folder.js';

export interface LoadReport {
  /** Documents whose rows were inserted. */
  inserted: number;
  /** Documents whose rows were deleted (gone from the folder, or about to be replaced). */
  deleted: number;
  /** Rows per table after the load. */
  counts: Record<RecordTypeName, number>;
}

export interface Destination {
  /** What messages call it (`out/baocao.duckdb`, `PostgreSQL schema public`): never a credential. */
  readonly label: string;
  load(outDir: string, changes: readonly ChangeRecord[]): Promise<LoadReport>;
}

/** The change feed of the last run that wrote the record files of `outDir`. */
export async function readChanges(outDir: string): Promise<ChangeRecord[]> {
  let text: string;
  try {
    text = await readFile(changesPath(outDir), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line, index) => {
      const parsed = ChangeRecordSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${changesPath(outDir)}:${index + 1}: not a change`);
      return parsed.data;
    });
}

/** The documents' record type: its file lists the documents a load must hold. */
const DOCUMENTS = RECORD_TYPES[0];
const DOC_ID_PREFIX = '{"doc_id":"';

/**
 * A record line's `doc_id`. Every record is written with `doc_id` first (the schemas put it
 * first), so it is read from the line's start; any other line is parsed whole.
 */
export function docIdOf(line: string): string {
  if (line.startsWith(DOC_ID_PREFIX)) {
    const end = line.indexOf('"', DOC_ID_PREFIX.length);
    const id = line.slice(DOC_ID_PREFIX.length, end);
    if (end > 0 && !id.includes('\\')) return id;
  }
  return String((JSON.parse(line) as { doc_id: unknown }).doc_id);
}

/** The lines of a record file, one at a time (the files may hold millions). */
export async function* recordLines(outDir: string, name: RecordTypeName): AsyncGenerator<string> {
  const lines = createInterface({
    input: createReadStream(recordFile(outDir, name)),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  for await (const line of lines) if (line !== '') yield line;
}

/** docId → extractor fingerprint of every document the record files hold. */
export async function recordDocuments(outDir: string): Promise<Map<string, string>> {
  const documents = new Map<string, string>();
  for await (const line of recordLines(outDir, DOCUMENTS.name)) {
    const row = JSON.parse(line) as { doc_id: string; extractor_fingerprint: string };
    documents.set(row.doc_id, row.extractor_fingerprint);
  }
  return documents;
}

/**
 * Which documents a destination holding `loaded` (docId → fingerprint) must delete and insert to
 * hold `current`: documents gone or of another extractor are stale; documents not held (or
 * stale) are to insert.
 */
export function reconcile(
  loaded: ReadonlyMap<string, string>,
  current: ReadonlyMap<string, string>,
): { stale: string[]; todo: string[] } {
  const stale = [...loaded]
    .filter(([docId, fingerprint]) => current.get(docId) !== fingerprint)
    .map(([docId]) => docId);
  const todo = [...current]
    .filter(([docId, fingerprint]) => loaded.get(docId) !== fingerprint)
    .map(([docId]) => docId);
  return { stale, todo };
}
