/**
 * One run of the main job for the benchmark, in a process of its own so that its peak memory is
 * its own: `node dist/tools/bench-batch.js <in> <out> <workers>` prints
 * `{ seconds, cores, publishSeconds, batchRssMb, maxRssMb, totals }`: the batch, then (unless
 * `batch-only`) the records and the DuckDB load, as `baocao extract --db` does. Peak RSS covers the worker threads too: they live in this process.
 */
import { runBatch } from '../batch/run.js';
import { publishRecords } from '../emit/warehouse.js';

const [input, out, workers, mode] = process.argv.slice(2);
if (!input || !out || !workers) {
  process.stderr.write('usage: bench-batch <in> <out> <workers> [batch-only]\n');
  process.exit(2);
}
const started = performance.now();
const cpuBefore = process.cpuUsage();
const manifest = await runBatch({ paths: [input], outDir: out, workers: Number(workers) });
const seconds = (performance.now() - started) / 1000;
// Cores kept busy by the batch: worker threads, the main thread and V8's GC threads together.
const cpu = process.cpuUsage(cpuBefore);
const cores = (cpu.user + cpu.system) / 1e6 / seconds;
const batchRssMb = process.resourceUsage().maxRSS / 1024;
if (mode !== 'batch-only') await publishRecords(out, manifest, { database: true });
const publishSeconds = (performance.now() - started) / 1000 - seconds;
const maxRssMb = process.resourceUsage().maxRSS / 1024;
process.stdout.write(
  `${JSON.stringify({ seconds, cores, publishSeconds, batchRssMb, maxRssMb, totals: manifest.totals })}\n`,
);
