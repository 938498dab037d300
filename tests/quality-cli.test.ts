/**
 * The grade where a user sees it: the manifest's entries and totals, the terminal summary, JSON
 * log lines, the documents record, and `--fail-on`, which makes a poor reading a failure.
 */
import { cpSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ManifestSchema } from '../src/schema/manifest.js';
import { runCli, temporaryFolder } from './support/cli.js';

const seedPath = 'corpus/thanh-uy-hai-phong_bao-cao_2023-q1.md';
const seed = join(process.cwd(), seedPath);
// A reading baocao grades poor: OCR text whose tables and note marks it cannot read.
const poorText = 'tests/fixtures/plain-ocr-cuc-thong-ke-thai-binh_bao-cao_2024-9t/input.txt';

describe('quality grades in a run', () => {
  const folder = temporaryFolder('baocao-quality-');

  const inputs = () => {
    mkdirSync(join(folder(), 'in'));
    cpSync(seed, join(folder(), 'in/a-seed.md'));
    cpSync(join(process.cwd(), poorText), join(folder(), 'in/b-ocr.txt'));
  };
  const manifest = () =>
    ManifestSchema.parse(JSON.parse(readFileSync(join(folder(), 'out/manifest.json'), 'utf8')));

  it('grades each document in the manifest, counts the grades, and names the poor ones', () => {
    inputs();
    const run = runCli(folder(), 'extract', 'in', '--out', 'out', '--no-db');
    expect(run.code).toBe(0);
    const { inputs: entries, totals } = manifest();
    expect(entries.map((entry) => [entry.status, entry.quality?.grade])).toEqual([
      ['ok', 'good'],
      ['ok', 'poor'],
    ]);
    expect(entries[1]?.quality?.signals).toContain('unread-footnote-mark');
    expect(totals.grades).toEqual({ good: 1, partial: 0, poor: 1 });
    expect(run.stderr).toContain('1 read poorly and 0 in part (1 good)');
    expect(run.stderr).toMatch(/poor {4}0\.\d\d {2}in\/b-ocr\.txt: .*unread-footnote-mark/);

    const records = readFileSync(join(folder(), 'out/records/documents.ndjson'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(records.map((record) => record.quality_grade).sort()).toEqual(['good', 'poor']);

    // Unchanged on a second run: the grade is kept with the document.
    runCli(folder(), 'extract', 'in', '--out', 'out', '--no-db');
    expect(manifest().inputs.map((entry) => entry.quality?.grade)).toEqual(['good', 'poor']);
  });

  it('--fail-on poor fails the poor document, naming its signals, and exits 1', () => {
    inputs();
    const run = runCli(folder(), 'extract', 'in', '--out', 'out', '--no-db', '--fail-on', 'poor');
    expect(run.code).toBe(1);
    const [good, poor] = manifest().inputs;
    expect(good?.status).toBe('ok');
    expect(poor?.status).toBe('failed');
    expect(poor?.error?.ruleId).toBe('poor-extraction');
    expect(poor?.error?.message).toContain('unread-footnote-mark');
    expect(poor?.quality?.grade).toBe('poor');
    expect(run.stderr).toContain('failed  in/b-ocr.txt: read poorly (grade poor');
  });

  it('--fail-on takes poor or partial only', () => {
    const run = runCli(folder(), 'extract', 'in', '--fail-on', 'bad');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      "option '--fail-on <grade>' argument 'bad' is invalid. Allowed choices are poor, partial.",
    );
  });

  it('--log-format json: each input’s line carries its grade, and a summary closes the run', () => {
    inputs();
    const run = runCli(
      folder(),
      'extract',
      'in',
      '--out',
      'out',
      '--no-db',
      '--log-format',
      'json',
    );
    const lines = run.stderr
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.filter((line) => line.path).map((line) => line.quality.grade)).toEqual([
      'good',
      'poor',
    ]);
    expect(lines.find((line) => line.event === 'summary')?.totals.grades).toEqual({
      good: 1,
      partial: 0,
      poor: 1,
    });
  });
});
