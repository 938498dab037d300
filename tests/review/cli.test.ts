import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { runCli, temporaryFolder } from '../support/cli.js';

const seed = join(process.cwd(), 'corpus/thanh-uy-hai-phong_bao-cao_2023-q1.md');
const docId = '4a9592c711ef06a8';

const folder = temporaryFolder('baocao-review-cli-');
const run = (...args: string[]) => runCli(folder(), ...args);
const read = (path: string) => parseHTML(readFileSync(join(folder(), path), 'utf8')).document;

describe('baocao review', () => {
  it('extract --review writes the pages; review rewrites them and sees a changed source', () => {
    mkdirSync(join(folder(), 'in'));
    cpSync(seed, join(folder(), 'in/bao-cao.md'));
    writeFileSync(join(folder(), 'in/hong.md'), Buffer.from([0x42, 0xc3, 0x28, 0x0a]));

    const extracted = run('extract', 'in', '--out', 'out', '--review');
    expect(extracted.code).toBe(1);
    expect(extracted.stderr).toContain('1 review pages in out/review/index.html');
    const index = read('out/review/index.html');
    expect(
      [...index.querySelectorAll('tbody tr')].map(
        (row) => row.querySelector('.status')?.textContent,
      ),
      // The worst first: the failure, then the document.
    ).toEqual(['failed', 'ok']);
    expect(index.querySelector('tbody a')?.getAttribute('href')).toBe(`${docId}.html`);
    expect(read(`out/review/${docId}.html`).querySelector('.banner')).toBeNull();

    writeFileSync(join(folder(), 'in/bao-cao.md'), `${readFileSync(seed, 'utf8')}\nThêm.\n`);
    const reviewed = run('review', 'out');
    expect(reviewed.code).toBe(0);
    expect(read(`out/review/${docId}.html`).querySelector('.banner')?.textContent).toContain(
      'The source file changed since extraction.',
    );
  });

  it('takes document files and --out, fails on a broken one, and rejects a missing path', () => {
    mkdirSync(join(folder(), 'in'));
    cpSync(seed, join(folder(), 'in/bao-cao.md'));
    expect(run('extract', 'in', '--out', 'out').code).toBe(0);
    writeFileSync(join(folder(), 'broken.json'), '[]');

    const result = run('review', `out/documents/${docId}.json`, 'broken.json', '--out', 'pages');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('broken.json: not a baocao document');
    expect(existsSync(join(folder(), `pages/${docId}.html`))).toBe(true);
    expect(existsSync(join(folder(), 'pages/index.html'))).toBe(true);

    const missing = run('review', 'khong-co');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('khong-co: no such file or folder');
  });
});
