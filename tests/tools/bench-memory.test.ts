/**
 * The bench's memory row measures what it says: a fresh process, the peak heap of one extraction
 * (or of the bare parse), and the input's bytes to divide by. No figure is asserted (timings and
 * sizes belong to the bench), only that the figures are there and consistent.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const run = (...args: string[]) => {
  const child = spawnSync(
    process.execPath,
    ['--expose-gc', 'dist/tools/bench-memory.js', ...args],
    { encoding: 'utf8' },
  );
  return { status: child.status, stderr: child.stderr, figures: child.stdout };
};

describe('bench-memory', () => {
  it('reports the peak heap of extracting a list of N items, and of its bare parse', () => {
    const full = run('--list', '300');
    expect(full.status).toBe(0);
    const figures = JSON.parse(full.figures);
    expect(figures).toMatchObject({ blocks: 300 });
    expect(figures.bytes).toBeGreaterThan(300 * 30);
    expect(figures.heapPeak).toBeGreaterThan(0);
    expect(figures.rssPeak).toBeGreaterThanOrEqual(0);

    const bare = JSON.parse(run('--list', '300', '--bare').figures);
    expect(bare).toMatchObject({ blocks: null, bytes: figures.bytes });
  });

  it('says how to call it', () => {
    const none = run();
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('usage: bench-memory');
  });
});
