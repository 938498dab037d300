/**
 * A throwaway PostgreSQL server for the tests and the bench: Debian's `postgresql` binaries (`initdb`, `pg_ctl`), a
 * cluster in a temporary folder, on a free port of 127.0.0.1, trust authentication, stopped and
 * removed after. PostgreSQL refuses to run as root, so as root the cluster is the user `nobody`'s.
 * `.ci/run` installs the package when it is missing.
 */
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = '/usr/lib/postgresql';
const UNPRIVILEGED = 'nobody';

/** The newest installed PostgreSQL's bin folder. */
function binaries(): string {
  const versions = existsSync(ROOT)
    ? readdirSync(ROOT)
        .filter((name) => existsSync(join(ROOT, name, 'bin/initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  const [newest] = versions;
  if (newest === undefined)
    throw new Error(`no PostgreSQL server in ${ROOT}: apt-get install postgresql (.ci/run does)`);
  return join(ROOT, newest, 'bin');
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('port')),
      );
    });
  });
}

export interface PostgresServer {
  /** `postgres://baocao@127.0.0.1:PORT/postgres` */
  url: string;
  stop(): void;
}

export async function startPostgres(): Promise<PostgresServer> {
  const bin = binaries();
  const dir = mkdtempSync(join(tmpdir(), 'baocao-pg-'));
  const asRoot = process.getuid?.() === 0;
  const run = (command: string, args: string[]) => {
    const program = join(bin, command);
    const [file, argv] = asRoot
      ? ['runuser', ['-u', UNPRIVILEGED, '--', program, ...args]]
      : [program, args];
    execFileSync(file, argv, { stdio: ['ignore', 'pipe', 'pipe'], cwd: dir });
  };
  if (asRoot) {
    const id = (flag: string) =>
      Number(execFileSync('id', [flag, UNPRIVILEGED], { encoding: 'utf8' }).trim());
    chownSync(dir, id('-u'), id('-g'));
  }
  const data = join(dir, 'data');
  const port = await freePort();
  try {
    run('initdb', ['-D', data, '-U', 'baocao', '--auth=trust', '-E', 'UTF8', '--no-locale', '-N']);
    run('pg_ctl', [
      '-D',
      data,
      '-l',
      join(dir, 'server.log'),
      '-w',
      '-o',
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off`,
      'start',
    ]);
  } catch (error) {
    const log = existsSync(join(dir, 'server.log'))
      ? readFileSync(join(dir, 'server.log'), 'utf8')
      : '';
    rmSync(dir, { recursive: true, force: true });
    const stderr = (error as { stderr?: Buffer }).stderr?.toString() ?? '';
    throw new Error(`cannot start PostgreSQL: ${stderr}${log}`);
  }
  return {
    url: `postgres://baocao@127.0.0.1:${port}/postgres`,
    stop() {
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
