/**
 * One run at a time per output folder (per manifest): a lock file beside the manifest, held from
 * before the first document is written until the records and the database are.
 *
 * - Taken atomically with its owner in it: the owner (`{ host, pid, token, since }`) is written
 *   to a file of its own, which is then hard-linked to the lock's name. `link` fails when the name
 *   exists, so the lock never exists without its owner, and no run can read it half-written and
 *   take it for a dead one's. (Where a file system has no hard links, `wx` creates it and writes
 *   the owner; a lock found empty is then taken for one being written, never for a dead one.)
 * - Held: while the run goes, the lock's modification time is renewed (a lease), so a run on
 *   another host sharing the folder (NFS, a Kubernetes volume) can tell a live lock from the
 *   lock of a run whose host died.
 * - Taken over only from a dead owner: on the same host, a process that no longer exists; on
 *   another host (or of unknown owner), a lease not renewed for `LEASE_MS`. Taking over renames
 *   the dead lock away first, which only one run can do; a run that finds it renamed a live lock
 *   instead (it was taken in between) puts it back.
 * - Released only by its owner (the token), so a run never removes a lock it lost.
 */
import { randomBytes } from 'node:crypto';
import { link, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';

/** A lock whose lease was not renewed for this long belongs to a run that is gone. */
export const LEASE_MS = 120_000;
const RENEW_MS = 20_000;

export class BatchInUse extends Error {}

interface Owner {
  host: string;
  pid: number;
  token?: string;
  since?: string;
}

export class OutputLock {
  #renewal: NodeJS.Timeout | undefined;

  private constructor(
    readonly path: string,
    private readonly token: string,
  ) {
    this.#renewal = setInterval(() => {
      const now = new Date();
      utimes(this.path, now, now).catch(() => undefined);
    }, RENEW_MS);
    // The lease must not keep the process alive once the run is over.
    this.#renewal.unref();
  }

  /** Takes the lock at `path`, or throws BatchInUse naming the live owner. */
  static async take(path: string): Promise<OutputLock> {
    const token = randomBytes(8).toString('hex');
    const owner: Owner = {
      host: hostname(),
      pid: process.pid,
      token,
      since: new Date().toISOString(),
    };
    const content = JSON.stringify(owner);
    for (let attempt = 0; attempt < 5; attempt++) {
      if (await create(path, content)) return new OutputLock(path, token);
      const found = await readLock(path);
      if (found === undefined) continue; // Released in between: try again.
      const live = liveOwner(found);
      if (live !== undefined)
        throw new BatchInUse(`${path}: ${live} is writing this output folder`);
      await takeOver(path, found.text);
    }
    throw new BatchInUse(`${path}: cannot take the lock (other runs keep taking it)`);
  }

  /** Releases the lock if this run still holds it. */
  async release(): Promise<void> {
    clearInterval(this.#renewal);
    const found = await readLock(this.path);
    if (found && parseOwner(found.text)?.token === this.token) await rm(this.path, { force: true });
  }
}

/** Creates the lock with its owner in one step; false when it exists. */
async function create(path: string, content: string): Promise<boolean> {
  const staged = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  await writeFile(staged, content);
  try {
    await link(staged, path);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS' && code !== 'EOPNOTSUPP')
      throw error;
  } finally {
    await rm(staged, { force: true });
  }
  // No hard links here: create exclusively, then write (an empty lock reads as one being written).
  try {
    await writeFile(path, content, { flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

async function readLock(path: string): Promise<{ text: string; age: number } | undefined> {
  try {
    const [text, info] = await Promise.all([readFile(path, 'utf8'), stat(path)]);
    return { text, age: Date.now() - info.mtimeMs };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** The owner a lock names: this module's JSON, or a bare process id (an older baocao's lock). */
function parseOwner(text: string): Owner | undefined {
  if (/^\d+$/.test(text.trim())) return { host: hostname(), pid: Number(text.trim()) };
  try {
    const owner = JSON.parse(text) as Partial<Owner>;
    if (typeof owner.host === 'string' && Number.isInteger(owner.pid)) return owner as Owner;
  } catch {
    // Not (yet) a whole owner: see liveOwner.
  }
  return undefined;
}

/** Who holds a lock that is still live, in words; undefined when its owner is gone. */
function liveOwner({ text, age }: { text: string; age: number }): string | undefined {
  const owner = parseOwner(text);
  if (owner === undefined) {
    // Being written by a run that has just created it, or left half-written by a dead one.
    return age < LEASE_MS ? 'another run (its lock is being written)' : undefined;
  }
  if (owner.host === hostname()) {
    return isAlive(owner.pid) ? `another run (process ${owner.pid})` : undefined;
  }
  return age < LEASE_MS ? `another run (process ${owner.pid} on ${owner.host})` : undefined;
}

/** Removes a dead run's lock, unless another run replaced it in between. */
async function takeOver(path: string, deadText: string): Promise<void> {
  const aside = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.stale.tmp`;
  try {
    await rename(path, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  const moved = await readFile(aside, 'utf8').catch(() => deadText);
  if (moved !== deadText) {
    // A live run took the lock between our reading and renaming it: give it back.
    await link(aside, path).catch(() => undefined);
  }
  await rm(aside, { force: true });
}

export function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
