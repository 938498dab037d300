/**
 * The machine's own ceiling for parallel extraction: `node dist/tools/bench-ceiling.js <file> <runs>`
 * extracts one report `runs` times in this process (no pool, no batch) and prints the seconds.
 * The bench runs one copy, then one per core at once: what independent processes gain is what
 * any pool can hope for on this machine (shared caches, GC threads and the host's scheduling
 * included).
 */
import { readFileSync } from 'node:fs';
import { extract } from '../extract.js';

const [path, runs] = process.argv.slice(2);
if (!path || !runs) {
  process.stderr.write('usage: bench-ceiling <file> <runs>\n');
  process.exit(2);
}
const bytes = readFileSync(path);
for (let i = 0; i < 5; i++) await extract({ path, bytes });
const started = performance.now();
for (let i = 0; i < Number(runs); i++) await extract({ path, bytes });
process.stdout.write(`${(performance.now() - started) / 1000}\n`);
