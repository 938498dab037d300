/**
 * After a batch: the record files, and the embedded database loaded from them. Both follow the
 * manifest, so they hold exactly the documents the output folder holds.
 */
import type { Manifest } from '../schema/manifest.js';
import type { LoadReport } from './duckdb.js';
import { type RecordFilesReport, writeRecordFiles } from './record-files.js';

export interface PublishOptions {
  /** Load `<out>/baocao.duckdb` too (default true; `--no-db` turns it off). */
  database?: boolean;
  /** Rebuild the record files even when they look current. */
  force?: boolean;
}

export interface PublishReport {
  records: RecordFilesReport;
  database: LoadReport | null;
}

export async function publishRecords(
  outDir: string,
  manifest: Manifest,
  options: PublishOptions = {},
): Promise<PublishReport> {
  const records = await writeRecordFiles(outDir, manifest, { force: options.force ?? false });
  // DuckDB's native module takes a third of a second to load: only a run that loads it pays.
  const database =
    options.database === false
      ? null
      : await (await import('./duckdb.js')).loadDatabase(outDir, manifest.extractor.fingerprint);
  return { records, database };
}
