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
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { type Document, DocumentSchema } from '../schema/document.js';
import type { RecordTypeName } from '../schema/records.js';

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

/** A name beside `path` for writing it before it is renamed into place: `<path>.<pid>.<hex>.tmp`. */
export function temporaryPath(path: string): string {
  return `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
}

/** Reads a document file and checks it against the schema; the error names the file and the field. */
export async function readDocumentFile(path: string): Promise<Document> {
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
