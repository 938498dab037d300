import { execFileSync } from 'node:child_process';

/** The CLI tests run the compiled CLI, as users do: build it once before any test runs. */
export default function buildOnce(): void {
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], {
    stdio: 'inherit',
  });
}
