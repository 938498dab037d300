/** Running the compiled CLI as users do, in a temporary folder of each test's own. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';

export const cliPath = join(process.cwd(), 'dist/cli/main.js');

/** A fresh folder for each test, removed after it; call the result for the current one. */
export function temporaryFolder(prefix: string): () => string {
  let current = '';
  beforeEach(() => {
    current = mkdtempSync(join(tmpdir(), prefix));
  });
  afterEach(() => {
    rmSync(current, { recursive: true, force: true });
  });
  return () => current;
}

/** `baocao …` in `cwd`: its exit code and what it printed. */
export function runCli(cwd: string, ...args: string[]) {
  return runCliWith({}, cwd, ...args);
}

/** `baocao …` with variables added to its environment. */
export function runCliWith(env: Record<string, string>, cwd: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [cliPath, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** `baocao …` in `cwd` with variables added to the environment. */
export function runCliWithEnv(cwd: string, env: Record<string, string>, ...args: string[]) {
  const result = spawnSync(process.execPath, [cliPath, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
