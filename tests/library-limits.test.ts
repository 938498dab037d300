/**
 * Issue 22: the library's `extract()` has the protection of a worker. Hostile syntax ends in a
 * typed error that names the line, soon, never in a RangeError or a stall; an embedding service
 * can bound a call with a signal and a size limit.
 */
import { readFileSync } from 'node:fs';
import { VFileMessage } from 'vfile-message';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';

const seed = readFileSync('corpus/thanh-uy-hai-phong_bao-cao_2023-q1.md');
const encode = (text: string) => new TextEncoder().encode(text);

async function failure(text: string): Promise<unknown> {
  return extract({ path: 'hostile.md', bytes: encode(text) }).then(
    () => undefined,
    (error: unknown) => error,
  );
}

// Each case took from half a minute to ten minutes, or overflowed the stack, before the guards.
describe('hostile syntax through the library', { timeout: 20_000 }, () => {
  it('refuses 20 KB of nested emphasis with the line, not a RangeError', async () => {
    const error = await failure(`BÁO CÁO\n\n${'*a '.repeat(7000)}b${'*'.repeat(7000)}\n`);
    expect(error).toBeInstanceOf(VFileMessage);
    expect(error).toMatchObject({ ruleId: 'syntax-too-dense', line: 3 });
  });

  it('refuses 200 KB of brackets in one paragraph instead of parsing for minutes', async () => {
    const error = await failure(`BÁO CÁO\n\n${'['.repeat(100_000)}${']'.repeat(100_000)}\n`);
    expect(error).toMatchObject({ ruleId: 'syntax-too-dense', line: 3 });
  });

  it('refuses emphasis nested deeper than the stages walk, under the density limit', async () => {
    // 900 levels of `*a `: 1 800 marks, under the limit; 900 nested nodes, over the depth.
    const error = await failure(`BÁO CÁO\n\n${'*a '.repeat(900)}b${'*'.repeat(900)}\n`);
    expect(error).toBeInstanceOf(VFileMessage);
    expect(error).toMatchObject({ ruleId: 'nesting-too-deep', line: 3 });
  });

  it('reads a report with a few thousand emphasis marks, brackets and footnotes as before', async () => {
    const paragraph = Array.from({ length: 300 }, (_, i) => `**Mục ${i}** [xem]`).join(' ');
    const document = await extract({ path: 'a.md', bytes: encode(`BÁO CÁO\n\n${paragraph}\n`) });
    expect(document.stats.coverage).toBe(1);
  });
});

describe('limits an embedding service sets', () => {
  it('stops at an aborted signal with an AbortError', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      extract({ path: 'a.md', bytes: seed }, { signal: controller.signal }),
    ).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('stops between stages when a time limit passes', async () => {
    await expect(
      extract({ path: 'a.md', bytes: seed }, { signal: AbortSignal.timeout(1) }),
    ).rejects.toMatchObject({ name: 'TimeoutError' });
  });

  it('refuses an input over maxBytes unread', async () => {
    await expect(extract({ path: 'a.md', bytes: seed }, { maxBytes: 1000 })).rejects.toMatchObject({
      ruleId: 'too-large',
    });
  });
});
