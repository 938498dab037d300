/** Every real report in corpus/ extracts to a valid Document with nothing lost. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';

const reports = readdirSync('corpus')
  .filter((name) => /\.(md|markdown|txt)$/.test(name) && !/^readme\./i.test(name))
  .sort();

describe.each(reports)('corpus/%s', (name) => {
  const path = `corpus/${name}`;
  const bytes = readFileSync(path);

  it('extracts with every text line covered and no error', async () => {
    const document = await extract({ path, bytes });
    expect(document.stats.coverage).toBe(1);
    expect(document.stats.blocks).toBeGreaterThan(0);
    expect(document.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('gives the same document on every run', async () => {
    const first = await extract({ path, bytes });
    expect(await extract({ path, bytes })).toEqual(first);
  });

  it('gives the same docId and blocks when saved with a BOM, CRLF and decomposed letters', async () => {
    const original = await extract({ path, bytes });
    const text = bytes.toString('utf8').normalize('NFD').replaceAll('\n', '\r\n');
    const resaved = await extract({
      path,
      bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]),
    });
    expect(resaved.docId).toBe(original.docId);
    expect(resaved.blocks).toEqual(original.blocks);
    expect(resaved.source.normalizations).toEqual(['strip-bom', 'crlf-to-lf', 'nfc']);
  });

  it('gives the same blocks from UTF-16', async () => {
    const original = await extract({ path, bytes });
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from(bytes.toString('utf8'), 'utf16le'),
    ]);
    const decoded = await extract({ path, bytes: utf16 });
    expect(decoded.source.encoding).toBe('utf-16le');
    expect(decoded.blocks).toEqual(original.blocks);
  });
});

describe('the seed report', () => {
  it('reads as 115 blocks in document order, the appendix table last', async () => {
    const path = 'corpus/thanh-uy-hai-phong_bao-cao_2023-q1.md';
    const document = await extract({ path, bytes: readFileSync(path) });
    expect(document.blocks).toHaveLength(115);
    expect(document.blocks[0]).toMatchObject({ kind: 'paragraph', text: 'BÁO CÁO' });
    expect(document.blocks[3]).toMatchObject({
      kind: 'item',
      marker: '1.',
      text: 'Về công tác xây dựng Đảng, hệ thống chính trị, vận động Nhân dân',
      sources: [{ startLine: 9, endLine: 9 }],
    });
    expect(document.blocks.at(-1)).toMatchObject({
      kind: 'table',
      sources: [{ startLine: 226, endLine: 243 }],
    });
    expect(document.blocks.at(-1)?.text.split('\n')).toHaveLength(17);
    const lines = document.blocks.map((block) => block.sources[0]?.startLine ?? 0);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
  });
});
