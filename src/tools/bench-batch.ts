/**
 * One batch run for the benchmark, in a process of its own so that its peak memory is its own:
 * `node dist/tools/bench-batch.js <in> <out> <workers>` prints `{ seconds, maxRssMb, totals }`.
 * Peak RSS covers the worker threads too: they live in this process.
 */
import { runBatch } from '../batch/run.js';

const [input, out, workers] = process.argv.slice(2);
if (!input || !out || !workers) {
  process.stderr.write('usage: bench-batch <in> <out> <workers>\n');
  process.exit(2);
}
const started = performance.now();
const manifest = await runBatch({ paths: [input], outDir: out, workers: Number(workers) });
const seconds = (performance.now() - started) / 1000;
const maxRssMb = process.resourceUsage().maxRSS / 1024;
process.stdout.write(`${JSON.stringify({ seconds, maxRssMb, totals: manifest.totals })}\n`);
