/**
 * The loads of one output folder's records, for the benchmark, in a process of its own:
 * `node dist/tools/bench-load.js <out>` copies `<out>/records/` into a fresh folder, then times the
 * DuckDB load (a new database) and the PostgreSQL load (a new schema of a throwaway cluster,
 * src/tools/postgres-cluster.ts) of the same records, and prints
 * `{ documents, rows, duckdbSeconds, postgresSeconds }`. Prints `{ skipped }` where no PostgreSQL
 * server is installed.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { duckdbDestination } from '../emit/duckdb.js';
import { recordsDir } from '../emit/output-folder.js';
import { postgresDestination } from '../emit/postgres.js';
import { type PostgresServer, startPostgres } from './postgres-cluster.js';

const [out] = process.argv.slice(2);
if (!out) {
  process.stderr.write('usage: bench-load <out>\n');
  process.exit(2);
}
const work = mkdtempSync(join(tmpdir(), 'baocao-bench-load-'));
let server: PostgresServer | undefined;
try {
  cpSync(recordsDir(out), recordsDir(work), { recursive: true });
  server = await startPostgres().catch((error: Error) => {
    process.stdout.write(`${JSON.stringify({ skipped: error.message.split('\n')[0] })}\n`);
    return undefined;
  });
  if (server) await measure(server);
} finally {
  server?.stop();
  rmSync(work, { recursive: true, force: true });
}

async function measure(server: PostgresServer): Promise<void> {
  const time = async (load: () => Promise<unknown>) => {
    const started = performance.now();
    const report = await load();
    return { seconds: (performance.now() - started) / 1000, report };
  };
  const duckdb = await time(() => duckdbDestination(work).load(work, []));
  const postgres = await time(() =>
    postgresDestination({ url: server.url, schema: 'bench' }).load(work, []),
  );
  const report = duckdb.report as { inserted: number; counts: Record<string, number> };
  process.stdout.write(
    `${JSON.stringify({
      documents: report.inserted,
      rows: Object.values(report.counts).reduce((sum, n) => sum + n, 0),
      duckdbSeconds: duckdb.seconds,
      postgresSeconds: postgres.seconds,
    })}\n`,
  );
}
