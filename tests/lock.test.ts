/** The output folder's lock (src/batch/lock.ts): atomic, held by its owner, taken only from the dead. */
import { mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BatchInUse, LEASE_MS, OutputLock } from '../src/batch/lock.js';

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'baocao-lock-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('OutputLock', () => {
  it('is given to exactly one of many runs that race for it', async () => {
    const path = join(dir, 'manifest.json.lock');
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, () => OutputLock.take(path)),
    );
    const held = results.filter((result) => result.status === 'fulfilled');
    expect(held).toHaveLength(1);
    for (const result of results) {
      if (result.status === 'rejected') expect(result.reason).toBeInstanceOf(BatchInUse);
    }
    await (held[0] as PromiseFulfilledResult<OutputLock>).value.release();
    // Nothing left behind: neither the lock nor its staging files.
    expect(readdirSync(dir)).toEqual([]);
  });

  it('takes over the lock of a dead process, and of a host whose lease ran out', async () => {
    const path = join(dir, 'manifest.json.lock');
    writeFileSync(path, JSON.stringify({ host: hostname(), pid: 999_999_999 }));
    await (await OutputLock.take(path)).release();

    writeFileSync(path, JSON.stringify({ host: 'elsewhere', pid: 12 }));
    await expect(OutputLock.take(path)).rejects.toThrow(/process 12 on elsewhere/);
    const past = new Date(Date.now() - LEASE_MS - 1000);
    utimesSync(path, past, past);
    await (await OutputLock.take(path)).release();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses a lock being written (empty) and takes one left empty past the lease', async () => {
    const path = join(dir, 'manifest.json.lock');
    writeFileSync(path, '');
    await expect(OutputLock.take(path)).rejects.toThrow(/being written/);
    const past = new Date(Date.now() - LEASE_MS - 1000);
    utimesSync(path, past, past);
    await (await OutputLock.take(path)).release();
  });

  it('is not removed by a run that no longer holds it', async () => {
    const path = join(dir, 'manifest.json.lock');
    const lock = await OutputLock.take(path);
    writeFileSync(path, JSON.stringify({ host: hostname(), pid: process.pid, token: 'other' }));
    await lock.release();
    expect(readdirSync(dir)).toEqual(['manifest.json.lock']);
  });
});
