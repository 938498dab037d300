/**
 * After a batch: the record files (and the change feed), then every destination loaded from them:
 * the embedded DuckDB database when asked or when the folder has one, PostgreSQL when asked. All
 * follow the manifest, so they hold exactly the documents the output folder holds.
 *
 * The database is not made by default: it is derived from the record files, its native module
 * and load cost more than extracting one report, and `baocao query` and `export` make it on
 * demand (`currentDatabase`). Once made, it is kept current by every run, so a BI tool holding
 * the file never reads documents the folder no longer has.
 */
import type { Manifest } from '../schema/manifest.js';
import type { ChangeRecord } from '../schema/records.js';
import { type Destination, type LoadReport, readChanges } from './destinations.js';
import { hasDatabase, hasRecords, lockFolder } from './output-folder.js';
import type { PostgresTarget } from './postgres.js';
import { type RecordFilesReport, writeRecordFiles } from './record-files.js';

export interface PublishOptions {
  /**
   * Load `<out>/baocao.duckdb` too: true makes it (`--db`), false leaves it as it is (`--no-db`);
   * by default it is loaded when the folder has one.
   */
  database?: boolean;
  /** Load into PostgreSQL too (`--postgres URL`). */
  postgres?: PostgresTarget;
  /** Rebuild the record files even when they look current. */
  force?: boolean;
}

export interface PublishReport {
  records: RecordFilesReport;
  database: LoadReport | null;
  /** The other destinations loaded, by label. */
  loads: Array<{ label: string; report: LoadReport }>;
}

export async function publishRecords(
  outDir: string,
  manifest: Manifest,
  options: PublishOptions = {},
): Promise<PublishReport> {
  const records = await writeRecordFiles(outDir, manifest, { force: options.force ?? false });
  // DuckDB's native module takes a third of a second to load: only a run that loads it pays, and
  // only such a run needs the optional dependency installed.
  const database =
    (options.database ?? (await hasDatabase(outDir)))
      ? await (await import('./duckdb.js')).duckdbDestination(outDir).load(outDir, records.changes)
      : null;
  const loads = options.postgres
    ? await loadDestinations(
        outDir,
        [(await import('./postgres.js')).postgresDestination(options.postgres)],
        records.changes,
      )
    : [];
  return { records, database, loads };
}

/**
 * Loads the record files of `outDir` into each destination, in turn (`baocao load`): `changes`
 * defaults to the feed the last run wrote.
 */
export async function loadDestinations(
  outDir: string,
  destinations: readonly Destination[],
  changes?: readonly ChangeRecord[],
): Promise<Array<{ label: string; report: LoadReport }>> {
  const feed = changes ?? (await readChanges(outDir));
  const loads: Array<{ label: string; report: LoadReport }> = [];
  for (const destination of destinations)
    loads.push({ label: destination.label, report: await destination.load(outDir, feed) });
  return loads;
}

/** An output folder that holds no records to load. */
export class NoRecords extends Error {}

/**
 * `baocao load`: the records of an output folder into each destination, holding the folder's lock
 * so that no run changes them under the load (a run meanwhile waits for it: BatchInUse).
 */
export async function loadFolder(
  outDir: string,
  destinations: readonly Destination[],
): Promise<Array<{ label: string; report: LoadReport }>> {
  if (!(await hasRecords(outDir)))
    throw new NoRecords(`${outDir} holds no records: run 'baocao extract --out ${outDir}' first`);
  const lock = await lockFolder(outDir);
  try {
    return await loadDestinations(outDir, destinations);
  } finally {
    await lock.release();
  }
}
