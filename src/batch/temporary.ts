/**
 * Temporary files a killed run left in an output folder. Every file baocao writes goes first to a
 * temporary name beside its target that names the writing process:
 *
 *   documents/<docId>.<pid>-<n>.tmp              a document, before its input is committed
 *   <file>.<pid>.<hex>.tmp                       writeFileAtomic (manifest, state, pages)
 *   records/<type>.ndjson.<pid>.<hex>.tmp        a record file being written
 *   baocao.duckdb.<pid>.<hex>.tmp[.wal]          the database being loaded, and DuckDB's log
 *   manifest.json.lock.<pid>.<hex>[.stale].tmp   the lock's staging and take-over files
 *
 * A later run removes them anywhere in the folder, except those of a process still alive on this
 * host, and, while another run holds a lock in the folder (a shard on another host sharing the
 * volume, whose process ids mean nothing here), those younger than the lock's lease.
 */
import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { TEMPORARY_NAME } from '../emit/output-folder.js';
import { isAlive, LEASE_MS } from './lock.js';

/** Removes the temporary files of dead runs below `outDir`; returns how many. */
export async function removeTemporaryFiles(outDir: string, ownLock: string): Promise<number> {
  const otherLocks = (await readdir(outDir)).some(
    (name) => name.endsWith('.lock') && join(outDir, name) !== ownLock,
  );
  let removed = 0;
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        await walk(path);
        continue;
      }
      const writer = TEMPORARY_NAME.exec(entry.name)?.[1];
      if (writer === undefined || isAlive(Number(writer))) continue;
      if (otherLocks) {
        const age = Date.now() - (await stat(path).catch(() => ({ mtimeMs: 0 }))).mtimeMs;
        if (age < LEASE_MS) continue;
      }
      await rm(path, { force: true });
      removed++;
    }
  };
  await walk(outDir);
  return removed;
}
