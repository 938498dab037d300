/**
 * The bad-input catalogue (src/tools/bad-inputs.ts), run as users run it: the compiled CLI over a
 * folder of every case. The run goes on past each; the manifest states each outcome and why; no
 * file is written anywhere but --out. BAD_INPUTS_FULL=1 runs the huge cases at full size.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract.js';
import { ManifestSchema } from '../../src/schema/manifest.js';
import { badInputs } from '../../src/tools/bad-inputs.js';
import { runCli, temporaryFolder } from '../support/cli.js';

const seed = readFileSync('corpus/thanh-uy-hai-phong_bao-cao_2023-q1.md', 'utf8');
const full = process.env.BAD_INPUTS_FULL === '1';
const cases = badInputs({ seed, full });
const folder = temporaryFolder('baocao-bad-');

/** Every file and folder below `root`, with a hash of each file's bytes. */
function tree(root: string): Map<string, string> {
  const entries = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      const key = relative(root, path);
      if (entry.isDirectory()) {
        entries.set(`${key}/`, 'folder');
        walk(path);
      } else {
        const digest = createHash('sha256').update(readFileSync(path)).digest('hex');
        entries.set(key, `${statSync(path).size}:${digest}`);
      }
    }
  };
  walk(root);
  return entries;
}

describe('the bad-input catalogue', { timeout: full ? 900_000 : 180_000 }, () => {
  it('goes on past every case, states each outcome, and writes nothing outside --out', () => {
    const root = folder();
    for (const input of cases) {
      const path = join(root, 'in', input.name);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, input.bytes());
    }
    const before = tree(root);

    // At full size a report of 19 MB takes longer than the default 30 s on a slow machine.
    const timeout = full ? ['--timeout', '600'] : [];
    const { code, stderr } = runCli(root, 'extract', 'in', '--out', 'out', '--quiet', ...timeout);

    expect(code, stderr).toBe(1);
    const after = tree(root);
    const changed = [...after].filter(([path, digest]) => before.get(path) !== digest);
    expect(changed.filter(([path]) => !path.startsWith('out/'))).toEqual([]);
    expect([...before.keys()].filter((path) => !after.has(path))).toEqual([]);
    const documents = readdirSync(join(root, 'out/documents'));
    expect(documents.filter((name) => !/^[0-9a-f]{16}\.json$/.test(name))).toEqual([]);

    const manifest = ManifestSchema.parse(
      JSON.parse(readFileSync(join(root, 'out/manifest.json'), 'utf8')),
    );
    const byPath = new Map(manifest.inputs.map((entry) => [entry.path, entry]));
    expect(manifest.inputs).toHaveLength(cases.length);
    const outcomes = cases.map((input) => {
      const path = `in/${input.name.normalize('NFC')}`;
      const entry = byPath.get(path);
      let ruleId = entry?.error?.ruleId;
      if (entry?.status === 'ok' && input.expect.ruleId && entry.docId) {
        const document = JSON.parse(
          readFileSync(join(root, 'out/documents', `${entry.docId}.json`), 'utf8'),
        ) as { diagnostics: Array<{ ruleId: string }> };
        ruleId = document.diagnostics.find((d) => d.ruleId === input.expect.ruleId)?.ruleId;
      }
      // A reason names the file, so that a report on thousands of inputs can be acted on.
      if (entry?.error) expect(entry.error.message.startsWith(path)).toBe(true);
      return { name: input.name, status: entry?.status, ...(ruleId ? { ruleId } : {}) };
    });
    expect(outcomes).toEqual(cases.map(({ name, expect }) => ({ name, ...expect })));
  });

  it('keeps __proto__, constructor and prototype as text, and pollutes no prototype', async () => {
    const input = cases.find((c) => c.name === 'prototype/proto.md');
    const own = Object.getOwnPropertyNames(Object.prototype).sort();
    const document = await extract({ path: 'proto.md', bytes: input?.bytes() ?? new Uint8Array() });
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(own);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(document.stats.coverage).toBe(1);
    expect(document.tables[0]?.columns.map((column) => column.name)).toEqual([
      '__proto__',
      'constructor',
      'prototype',
      'toString',
    ]);
    expect(document.footnotes.map((footnote) => footnote.text)).toContain(
      '__proto__ constructor prototype',
    );
  });

  it('keeps HTML and script as text, never run', async () => {
    const input = cases.find((c) => c.name === 'html/script.md');
    const document = await extract({
      path: 'script.md',
      bytes: input?.bytes() ?? new Uint8Array(),
    });
    expect((globalThis as Record<string, unknown>).pwned).toBeUndefined();
    expect(document.stats.coverage).toBe(1);
  });
});
