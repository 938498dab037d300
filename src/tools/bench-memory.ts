/**
 * Memory per byte of input, in a fresh process so that nothing else is on the heap:
 * `node --expose-gc dist/tools/bench-memory.js <file | --list N> [--bare]` extracts one input (a
 * file, or a generated report whose body is a list of N items), or with `--bare` only parses it
 * with remark-parse and remark-gfm (the baseline), and prints JSON: the input's bytes, the peak
 * heap and peak RSS growth over the process after a warm-up, the heap the Document keeps, and
 * the milliseconds. The bench divides by the bytes: a footprint that is a small multiple of the
 * input is what lets an embedding service bound it with `maxBytes`.
 *
 * The peak heap is the most the heap held before any collection during the run (v8.GCProfiler
 * records each collection's statistics), the peak RSS the kernel's high-water mark.
 */
import { readFileSync } from 'node:fs';
import { GCProfiler } from 'node:v8';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { extract } from '../extract.js';

const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) {
  process.stderr.write('bench-memory needs node --expose-gc\n');
  process.exit(2);
}

/** A report whose body is one list of `items` items, the shape that grew memory most (issue 22). */
export function listReport(items: number): string {
  const lines = ['**ỦY BAN NHÂN DÂN TỈNH X**', '', 'I. KẾT QUẢ', ''];
  for (let i = 1; i <= items; i++) lines.push(`- Xã số ${i} hoàn thành ${i % 97} chỉ tiêu`);
  return `${lines.join('\n')}\n`;
}

const bareParse = process.argv.includes('--bare');
const [first, second] = process.argv.slice(2).filter((argument) => argument !== '--bare');
const input =
  first === '--list'
    ? { path: `list-${second}.md`, bytes: Buffer.from(listReport(Number(second))) }
    : first !== undefined
      ? { path: first, bytes: readFileSync(first) }
      : undefined;
if (input === undefined) {
  process.stderr.write('usage: bench-memory <file> | --list <items>\n');
  process.exit(2);
}

const bare = unified().use(remarkParse).use(remarkGfm);
const run = async (bytes: Uint8Array, path: string) => {
  if (!bareParse) return (await extract({ path, bytes })).stats.blocks;
  bare.parse(Buffer.from(bytes).toString('utf8'));
  return null;
};

// Warm-up: the code compiled and the module state built, so that only the input's cost remains.
await run(Buffer.from(listReport(50)), 'warm-up.md');
gc();
const usedBefore = process.memoryUsage().heapUsed;
const profiler = new GCProfiler();
profiler.start();
const rssBefore = process.resourceUsage().maxRSS * 1024;
const started = performance.now();
const blocks = await run(input.bytes, input.path);
const ms = performance.now() - started;
const collections = profiler.stop()?.statistics ?? [];
let peakUsed = process.memoryUsage().heapUsed;
for (const { beforeGC } of collections) {
  peakUsed = Math.max(peakUsed, beforeGC.heapStatistics.usedHeapSize);
}
const heapPeak = peakUsed - usedBefore;
const rssPeak = process.resourceUsage().maxRSS * 1024 - rssBefore;
gc();
const retained = process.memoryUsage().heapUsed - usedBefore;
process.stdout.write(
  `${JSON.stringify({
    bytes: input.bytes.length,
    blocks,
    heapPeak,
    rssPeak,
    retained,
    ms,
  })}\n`,
);
