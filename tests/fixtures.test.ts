/**
 * Golden tests: every folder in tests/fixtures holds an `input.md` (or an `input.txt`: plain text
 * from a PDF extractor, made by scripts/plain-text/generate.sh; or an original, `input.docx` or
 * `input.html`, made by scripts/originals/generate.mjs) and the Document expected from it in
 * `document.json`. Adding a case is adding a folder. After a deliberate change, regenerate
 * with `npm run fixtures:update` and review the diff of every golden file as you would code.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toJson } from '../src/emit/json.js';
import { extract } from '../src/extract.js';

const root = new URL('./fixtures/', import.meta.url);
const update = process.env.UPDATE_FIXTURES === '1';
const cases = readdirSync(root, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();
/** The input file's name in a case folder: `input.md`, `input.txt`, or an original (`input.docx` …). */
const inputOf = (name: string) =>
  readdirSync(new URL(`${name}/`, root)).find((file) => file.startsWith('input.')) ?? 'input.md';

describe('golden fixtures', () => {
  it('exist', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  it.each(cases)('%s', async (name) => {
    const input = new URL(`${name}/${inputOf(name)}`, root);
    const expectedFile = new URL(`${name}/document.json`, root);
    const document = await extract({
      path: `tests/fixtures/${name}/${inputOf(name)}`,
      bytes: readFileSync(input),
    });
    const actual = toJson(document);
    if (update) writeFileSync(expectedFile, actual);
    expect(actual).toBe(readFileSync(expectedFile, 'utf8'));
  });

  it.each(cases)('%s: loses no text', async (name) => {
    const bytes = readFileSync(new URL(`${name}/${inputOf(name)}`, root));
    const document = await extract({ path: `tests/fixtures/${name}/${inputOf(name)}`, bytes });
    expect(document.stats.coverage).toBe(1);
    expect(document.diagnostics.filter((d) => d.ruleId === 'text-lost')).toEqual([]);
  });
});
