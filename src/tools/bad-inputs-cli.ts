#!/usr/bin/env node
/**
 * Writes the bad-input catalogue (src/tools/bad-inputs.ts) to a folder, with `expected.json`
 * listing each case and the outcome a run must give it:
 *
 *   npm run gen-bad-inputs -- --out /tmp/bad [--full]
 *   npx baocao extract /tmp/bad --out /tmp/bad-out    # then compare manifest.json and expected.json
 *
 * `--full` writes the huge cases at full size (a 5 MB line, 100 000 footnote markers, 19 MB of
 * reports). The seed report is read from corpus/. Exit codes: 0 done, 2 usage.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { badInputs } from './bad-inputs.js';

const USAGE = 'usage: bad-inputs-cli --out DIR [--full]\n';

function main(argv: readonly string[]): number {
  let values: { out?: string; full?: boolean };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: { out: { type: 'string' }, full: { type: 'boolean', default: false } },
    }));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (!values.out) {
    process.stderr.write(`--out is needed\n${USAGE}`);
    return 2;
  }
  const seed = readFileSync('corpus/thanh-uy-hai-phong_bao-cao_2023-q1.md', 'utf8');
  const cases = badInputs({ seed, full: values.full === true });
  for (const input of cases) {
    const path = join(values.out, input.name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, input.bytes());
  }
  const expected = cases.map(({ name, what, expect }) => ({ name, what, expect }));
  writeFileSync(join(values.out, 'expected.json'), `${JSON.stringify(expected, null, 2)}\n`);
  process.stderr.write(`gen-bad-inputs: ${cases.length} cases in ${values.out}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
