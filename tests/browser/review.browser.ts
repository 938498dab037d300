/**
 * The seed's review page in headless Chromium: a footnote reference and a join mark clicked as a
 * reviewer would, what they show checked, and a screenshot saved: `output/review-seed.png`, or
 * with `UPDATE_SCREENSHOT=1` the README's `docs/review-seed.png` (so a CI run leaves the clone
 * clean). Needs `/usr/bin/chromium` (Debian's `chromium` package).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliPath } from '../support/cli.js';

const seed = 'corpus/thanh-uy-hai-phong_bao-cao_2023-q1.md';
const docId = '4a9592c711ef06a8';
const screenshot = join(
  process.cwd(),
  process.env.UPDATE_SCREENSHOT ? 'docs/review-seed.png' : 'output/review-seed.png',
);

let folder = '';
let context: BrowserContext;
let page: Page;
/** What the page did that it must not: errors, blocked scripts, requests off the disk. */
const trouble: string[] = [];

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'baocao-browser-'));
  // From the repository, so that the document's source path (`corpus/…`) resolves.
  const out = join(folder, 'out');
  const run = spawnSync(process.execPath, [cliPath, 'extract', seed, '--out', out, '--review'], {
    encoding: 'utf8',
  });
  expect(run.status, run.stderr).toBe(0);
  context = await chromium.launchPersistentContext(join(folder, 'profile'), {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: { width: 1440, height: 900 },
  });
  page = context.pages()[0] ?? (await context.newPage());
  page.on('console', (message) => {
    if (message.type() === 'error') trouble.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => trouble.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    if (!request.url().startsWith('file:')) trouble.push(`request: ${request.url()}`);
  });
  await page.goto(pathToFileURL(join(out, 'review', `${docId}.html`)).href);
});

afterAll(async () => {
  await context?.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

/** Whether the element's box lies inside its scrolling pane's visible part. */
const inView = (selector: string) =>
  page.$eval(selector, (element) => {
    const box = element.getBoundingClientRect();
    const pane = element.closest('.source, .extraction');
    const frame = pane
      ? pane.getBoundingClientRect()
      : { top: 0, bottom: element.ownerDocument.documentElement.clientHeight };
    return box.bottom > frame.top && box.top < frame.bottom;
  });

describe('the seed’s review page in Chromium', () => {
  it('follows a footnote reference to its footnote and back, highlighting the source lines', async () => {
    await page.click('a.fnref[href="#fn2"]');
    expect(new URL(page.url()).hash).toBe('#fn2');
    await expect
      .poll(() => page.getAttribute('#fn2', 'class'), { timeout: 10_000 })
      .toContain('sel');
    expect(await page.textContent('#selection')).toBe('footnote 2 · lines 17, 25, 27');
    // A footnote continued over two page breaks: each of its three parts is lit.
    for (const line of ['L17', 'L25', 'L27']) {
      expect(await page.getAttribute(`#${line}`, 'class')).toContain('hl');
    }
    expect(await inView('#fn2')).toBe(true);
    expect(await inView('#L17')).toBe(true);

    await page.click('#fn2 a.backref');
    const back = new URL(page.url()).hash.slice(1);
    expect(back).toMatch(/^r\d+-0$/);
    expect(
      await page.$eval(`#${back}`, (ref) => ref.closest('.blk')?.classList.contains('sel')),
    ).toBe(true);
    expect(await page.getAttribute('#fn2', 'class')).not.toContain('sel');
  });

  it('shows the two halves of a page-break join when its mark is clicked', async () => {
    const mark = 'button.join[data-halves="23-23,43-43"]';
    await page.$eval(mark, (element) => element.scrollIntoView({ block: 'center' }));
    await page.click(mark);
    const pop = page.locator('#pop');
    await expect.poll(() => pop.isVisible(), { timeout: 10_000 }).toBe(true);
    const labels = await pop.locator('.pop-label').allTextContents();
    expect(labels).toEqual(['Before the break · line 23', 'After the break · line 43']);
    const [before, after] = await pop.locator('blockquote').allTextContents();
    expect(before).toMatch(/kết nạp được$/);
    expect(after).toMatch(/^54\/350 đảng viên mới/);
    expect(await page.getAttribute('#L23', 'class')).toContain('half1');
    expect(await page.getAttribute('#L43', 'class')).toContain('half2');
    expect(await inView('#L23')).toBe(true);
    expect(await page.textContent('#selection')).toBe('I/1:b5 · lines 23, 43');

    await page.screenshot({ path: screenshot });

    await page.keyboard.press('Escape');
    await expect.poll(() => pop.isVisible(), { timeout: 10_000 }).toBe(false);
  });

  it('takes a diagnostic to its block, with its own line marked', async () => {
    await page.click('.diags a.where');
    expect(new URL(page.url()).hash).toBe('#b5');
    await expect
      .poll(() => page.getAttribute('#L43', 'class'), { timeout: 10_000 })
      .toContain('hl-line');
    expect(await page.getAttribute('#b5', 'class')).toContain('sel');
    expect(await inView('#L43')).toBe(true);
  });

  it('sorts the index and opens a document from it', async () => {
    await page.click('a.back');
    await page.click('th:nth-child(4) button');
    expect(await page.getAttribute('th:nth-child(4)', 'aria-sort')).toBe('ascending');
    await page.click('th:nth-child(4) button');
    expect(await page.getAttribute('th:nth-child(4)', 'aria-sort')).toBe('descending');
    await page.click(`a[href="${docId}.html"]`);
    expect(page.url().endsWith(`/review/${docId}.html`)).toBe(true);
    expect(await page.textContent('h1')).toContain('BÁO CÁO');
  });

  it('ran its script under its own policy, and asked for nothing off the disk', () => {
    expect(trouble).toEqual([]);
  });
});
