/**
 * The read stage's dispatch by format (src/read/formats.ts): an original goes through its reader and
 * becomes a file like a markdown input's, its source the original's bytes and a map of where each
 * line came from; a format baocao does not read, or an original its reader cannot read, fails with a
 * message naming the file.
 */
import { createHash } from 'node:crypto';
import { VFile } from 'vfile';
import { afterEach, describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import { readInput } from '../src/read/index.js';
import { ORIGINAL_READERS, type OriginalReader } from '../src/read/original.js';

const saved = { ...ORIGINAL_READERS };
afterEach(() => {
  for (const key of Object.keys(ORIGINAL_READERS)) delete ORIGINAL_READERS[key as 'html'];
  Object.assign(ORIGINAL_READERS, saved);
});

/** Stands in for a reader: the text and origins it is given. */
const fake =
  (reader: OriginalReader): (() => Promise<OriginalReader>) =>
  async () =>
    reader;

describe('read: originals through their readers', () => {
  it('makes the file from the reader text: sha256 of the original bytes, docId of the text, origins', async () => {
    const text = 'BÁO CÁO\n\nThu ngân sách đạt 25,6% dự toán.\n';
    ORIGINAL_READERS.html = fake(async () => ({
      text,
      origins: [{ paragraph: 1 }, undefined, { paragraph: 2 }],
      evidence: ['blocks 2'],
    }));
    const bytes = Buffer.from('<p>BÁO CÁO</p><p>Thu ngân sách đạt 25,6% dự toán.</p>');
    const file = await readInput({ path: 'a.html', bytes }, undefined);
    expect(String(file)).toBe(text);
    expect(file.data.source).toEqual({
      path: 'a.html',
      sha256: createHash('sha256').update(bytes).digest('hex'),
      bytes: bytes.length,
      encoding: 'utf-8',
      normalizations: [],
      dialect: { name: 'html', evidence: ['blocks 2'] },
      format: 'html',
      origins: [{ paragraph: 1 }, null, { paragraph: 2 }],
    });
    expect(file.data.docId).toBe(createHash('sha256').update(text).digest('hex').slice(0, 16));
    const document = await extract({ path: 'a.html', bytes });
    expect(document.source.format).toBe('html');
    expect(document.stats.coverage).toBe(1);
  });

  it('a library error on a broken original is original-unreadable, naming the file', async () => {
    ORIGINAL_READERS.html = fake(async () => {
      throw new Error('invalid zip data');
    });
    await expect(extract({ path: 'hỏng.html', bytes: Buffer.from('x') })).rejects.toMatchObject({
      file: 'hỏng.html',
      ruleId: 'original-unreadable',
      reason: 'the html file cannot be read: invalid zip data',
    });
  });

  it("a reader's own failure passes as it is", async () => {
    ORIGINAL_READERS.html = fake(async (_bytes, path) => {
      const file: VFile = new VFile({ path });
      file.fail('no text layer on pages 1-3', { ruleId: 'needs-ocr', source: 'baocao' });
    });
    await expect(extract({ path: 'scan.html', bytes: Buffer.from('x') })).rejects.toMatchObject({
      file: 'scan.html',
      ruleId: 'needs-ocr',
    });
  });

  it.each([
    ['bao-cao.doc', 'save it as .docx'],
    ['bao-cao.ODT', 'save it as .docx'],
    ['bao-cao.rtf', 'save it as .docx'],
  ])('%s fails with unsupported-format and the hint', async (path, hint) => {
    const error = await extract({ path, bytes: Buffer.from('{\\rtf1 x}') }).catch((e) => e);
    expect(error).toMatchObject({ file: path, ruleId: 'unsupported-format' });
    expect(error.reason).toContain(hint);
  });
});
