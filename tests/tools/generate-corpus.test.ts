/**
 * The corpus generator: deterministic, lazy, stable names, varied documents that the pipeline reads
 * whole (coverage 1, every footnote found and read as the generator wrote it), and its CLI.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extract } from '../../src/extract.js';
import { eachBlock } from '../../src/structure/walk.js';
import {
  type GeneratedReport,
  generateReports,
  reportName,
  type SourceReport,
} from '../../src/tools/generate-corpus.js';

const seedPath = 'corpus/thanh-uy-hai-phong_bao-cao_2023-q1.md';
const sources: SourceReport[] = [{ name: seedPath, text: readFileSync(seedPath, 'utf8') }];

const generate = (count: number, seed: number): GeneratedReport[] => [
  ...generateReports({ sources, count, seed }),
];

/** The text as the pipeline reads it: no BOM, LF line ends, NFC. */
const normalized = (text: string) =>
  text
    .replace(/^\uFEFF/, '')
    .replaceAll('\r\n', '\n')
    .normalize('NFC');

/** Footnote definitions written in the text, in any of the four syntaxes. */
const definitionsIn = (text: string) =>
  normalized(text).match(/^(?:[⁰¹²³⁴⁵⁶⁷⁸⁹]+ |<sup>\d+<\/sup> |\[\^\d+\]: |\^\d+\^ )/gm)?.length ??
  0;

describe('generateReports', () => {
  it('gives byte-identical reports for the same seed', () => {
    expect(generate(25, 42)).toEqual(generate(25, 42));
  });

  it('gives other reports for another seed', () => {
    const one = generate(10, 1);
    const two = generate(10, 2);
    one.forEach((report, i) => {
      expect(report.name).toBe(two[i]?.name);
      expect(report.text).not.toBe(two[i]?.text);
    });
  });

  it('makes exactly `count` reports, and none for 0', () => {
    expect(generate(7, 1)).toHaveLength(7);
    expect(generate(0, 1)).toEqual([]);
  });

  it('is lazy: the first of a billion reports comes at once', () => {
    const reports = generateReports({ sources, count: 1_000_000_000, seed: 3 });
    const first = reports.next();
    expect(first.done).toBe(false);
    expect(first.value?.name).toBe('0000/gen-000000.md');
  });

  it('names reports zero-padded, a hundred a folder, unique and stable whatever the count', () => {
    const many = generate(250, 9);
    const names = many.map((report) => report.name);
    expect(new Set(names).size).toBe(250);
    expect(names.slice(0, 2)).toEqual(['0000/gen-000000.md', '0000/gen-000001.md']);
    expect(names[123]).toBe('0001/gen-000123.md');
    expect(names.every((name, i) => name === reportName(i))).toBe(true);
    expect(names.every((name) => /^\d{4}\/gen-\d{6}\.md$/.test(name))).toBe(true);
    // Report i depends on the seed and i only.
    expect(generate(3, 9)).toEqual(many.slice(0, 3));
    expect(reportName(1_234_567)).toBe('12345/gen-1234567.md');
  });

  it('rejects a bad count, seed or source list', () => {
    expect(() => generate(-1, 1)).toThrow(RangeError);
    expect(() => generate(1.5, 1)).toThrow(RangeError);
    expect(() => generate(1, Number.NaN)).toThrow(RangeError);
    expect(() => [...generateReports({ sources: [], count: 1, seed: 1 })]).toThrow(RangeError);
  });

  it('varies sections, figures, footnote syntax, pages, header and encoding', () => {
    const reports = generate(80, 11);
    const texts = reports.map((report) => normalized(report.text));
    const count = (test: (text: string) => boolean) => texts.filter(test).length;
    // Footnote syntaxes: superscript, HTML, GFM, caret.
    expect(count((t) => /^¹ /m.test(t))).toBeGreaterThan(10);
    expect(count((t) => /^<sup>1<\/sup> /m.test(t))).toBeGreaterThan(5);
    expect(count((t) => /^\[\^1\]: /m.test(t))).toBeGreaterThan(5);
    expect(count((t) => /^\^1\^ /m.test(t))).toBeGreaterThan(5);
    // Page numbers, a header block, other quarters, CRLF / NFD / BOM.
    expect(count((t) => /^(?:- \d+ -|Trang \d+)$/m.test(t))).toBeGreaterThan(10);
    expect(count((t) => /^Số:? \d+[-/]BC/m.test(t))).toBeGreaterThan(10);
    expect(count((t) => /nhiệm vụ quý (?:II|III);/.test(t))).toBeGreaterThan(10);
    expect(reports.filter((r) => r.text.includes('\r\n')).length).toBeGreaterThan(0);
    expect(reports.filter((r) => r.text !== r.text.normalize('NFC')).length).toBeGreaterThan(0);
    // Sections dropped and reordered: the number and order of top-level headings vary.
    const outlines = new Set(texts.map((t) => (t.match(/^[IVX]+\. .*$/gm) ?? []).join(' / ')));
    expect(outlines.size).toBeGreaterThan(5);
    // Figures changed, in the same format; dates, years and document numbers kept.
    expect(count((t) => t.includes('24.042,91 tỷ đồng'))).toBeLessThan(4);
    expect(count((t) => /Thu ngân sách nhà nước đạt \d{1,3}\.\d{3},\d\d tỷ đồng/.test(t))).toBe(
      count((t) => t.includes('Thu ngân sách nhà nước đạt')),
    );
    for (const t of texts.filter((t) => t.includes('Nghị quyết số 12-NQ/TW'))) {
      expect(t).toContain('Nghị quyết số 12-NQ/TW, ngày 16/3/2022 của Bộ Chính trị');
    }
    // Footnotes as many as the text defines, numbered from 1.
    for (const report of reports) expect(definitionsIn(report.text)).toBe(report.footnotes.length);
  });
});

describe('generated reports, read by the pipeline', () => {
  const sample = generate(40, 2024);

  it.each(sample.map((report) => [report.name, report] as const))(
    '%s: read whole, every footnote as written, no error',
    async (_name, report) => {
      const document = await extract({ path: report.name, bytes: Buffer.from(report.text) });
      expect(document.stats.coverage).toBe(1);
      const ruleIds = document.diagnostics.map((d) => d.ruleId);
      expect(ruleIds).not.toContain('text-lost');
      expect(document.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      // Footnotes: as many as the text defines, read as the generator wrote them, none
      // undefined, uncited, out of order or left unplaced; tables consistent.
      expect(document.footnotes).toHaveLength(definitionsIn(report.text));
      expect(document.footnotes.map((footnote) => footnote.text)).toEqual(report.footnotes);
      expect(ruleIds.filter((id) => /^(?:footnote|table)-/.test(id ?? ''))).toEqual([]);
      // Every paragraph cut at a page end was joined again: no block starts mid-sentence.
      for (const block of eachBlock(document.blocks, document.sections)) {
        expect(block.text).not.toMatch(/^\p{Ll}/u);
      }
    },
  );
});

describe('generate-corpus-cli', () => {
  const cli = 'dist/tools/generate-corpus-cli.js';
  const folders: string[] = [];
  const tempFolder = () => {
    const folder = mkdtempSync(join(tmpdir(), 'baocao-gen-'));
    folders.push(folder);
    return folder;
  };
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
  afterAll(() => {
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  });

  it('writes the reports into nested folders, the same bytes as the library', () => {
    const out = join(tempFolder(), 'new', 'corpus');
    const result = run('--count', '105', '--out', out, '--seed', '5', '--from', 'corpus');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(
      /^gen-corpus: 105 reports \([\d.]+ MB\) from 1 source in .*, seed 5, [\d.]+ s\n$/,
    );
    expect(readdirSync(out).sort()).toEqual(['0000', '0001']);
    expect(readdirSync(join(out, '0000'))).toHaveLength(100);
    expect(readdirSync(join(out, '0001')).sort()).toEqual(
      ['100', '101', '102', '103', '104'].map((n) => `gen-000${n}.md`),
    );
    for (const report of generateReports({ sources, count: 105, seed: 5 })) {
      if (report.name.endsWith('0.md')) {
        expect(readFileSync(join(out, report.name), 'utf8')).toBe(report.text);
      }
    }
  });

  it('fails with exit code 2 and the usage on a bad or missing option', () => {
    const out = tempFolder();
    const empty = tempFolder();
    const cases = [
      ['--out', out],
      ['--count', '3'],
      ['--count', 'many', '--out', out],
      ['--count', '-2', '--out', out],
      ['--count', '3', '--out', out, '--seed', '1.5'],
      ['--count', '3', '--out', out, '--colour'],
      ['--count', '3', '--out', out, 'extra'],
      ['--count', '3', '--out', out, '--from', empty],
      ['--count', '3', '--out', out, '--from', join(empty, 'missing')],
    ];
    for (const args of cases) {
      const result = run(...args);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stderr).toMatch(/^gen-corpus: /);
    }
    expect(readdirSync(out)).toEqual([]);
  });

  it('prints its usage on --help', () => {
    const result = run('--help');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^usage: generate-corpus-cli --count N --out DIR/);
  });
});
