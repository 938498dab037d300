/**
 * The review pages, read back with a DOM: what the seed's page holds, that every internal link
 * lands, and that document text (hostile text included) only ever shows up as text.
 */

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../src/extract.js';
import { documentScript } from '../../src/review/assets.js';
import { renderDocumentPage } from '../../src/review/document-page.js';
import { writeReview } from '../../src/review/index.js';
import { renderIndexPage } from '../../src/review/index-page.js';
import { loadSource, type SourceText } from '../../src/review/source.js';
import type { Block, Document, Section } from '../../src/schema/document.js';
import { eachBlock, eachSection } from '../../src/structure/walk.js';
import { temporaryFolder } from '../support/cli.js';

const seedPath = 'corpus/thanh-uy-hai-phong_bao-cao_2023-q1.md';
const seedText = readFileSync(seedPath, 'utf8');
let seed: Document;
let seedSource: SourceText;

beforeAll(async () => {
  seed = await extract({ path: seedPath, bytes: readFileSync(seedPath) });
  seedSource = await loadSource(seed.source);
});

const dom = (page: string) => parseHTML(page).document;

const allBlocks = (document: Document): Block[] => [
  ...eachBlock(document.blocks, document.sections),
];
const countSections = (sections: readonly Section[]) => [...eachSection(sections)].length;

/** Every `href="#…"` names an element of the page, and no id is used twice. */
function expectLinksResolve(page: ReturnType<typeof dom>) {
  const ids = [...page.querySelectorAll('[id]')].map((el) => el.getAttribute('id'));
  expect(new Set(ids).size).toBe(ids.length);
  const known = new Set(ids);
  const hrefs = [...page.querySelectorAll('a[href^="#"]')].map((a) => a.getAttribute('href'));
  expect(hrefs.length).toBeGreaterThan(0);
  expect(hrefs.filter((href) => !known.has(decodeURIComponent(href?.slice(1) ?? '')))).toEqual([]);
}

describe('the seed report’s page', () => {
  it('shows the outline, every block, footnote, table cell and diagnostic', () => {
    const page = dom(renderDocumentPage(seed, seedSource));
    expect(page.querySelector('h1')?.textContent).toBe(
      'BÁO CÁO: kết quả thực hiện nhiệm vụ quý I; nhiệm vụ, giải pháp trọng tâm quý II năm 2023',
    );
    expect(page.querySelectorAll('nav.outline a[href^="#s"]').length).toBe(
      countSections(seed.sections),
    );
    expect(page.querySelectorAll('.sec-h[id^="s"]').length).toBe(seed.stats.sections);
    expect(page.querySelectorAll('.blk').length).toBe(seed.stats.blocks);
    expect(page.querySelectorAll('li.fn').length).toBe(seed.stats.footnotes);
    const table = seed.tables[0];
    expect(page.querySelectorAll('#t1 table.cells tbody tr').length).toBe(table?.rows.length);
    const cells = table?.rows.flatMap((row) => row.cells) ?? [];
    expect(page.querySelectorAll('#t1 td.c').length).toBe(cells.length);
    expect(page.querySelectorAll('#t1 td.k-number').length).toBe(
      cells.filter((cell) => cell.kind === 'number').length,
    );
    // The range `12,7 - 13` shows as typed.
    const range = page.querySelector('#t1 td.k-range');
    expect(range?.querySelector('.raw')?.textContent).toBe('12,7 - 13');
    expect(range?.querySelector('.typed')?.textContent).toBe('range 12.7 … 13');
    // Sub-rows are indented under their numbered row.
    expect(page.querySelectorAll('#t1 td.d1').length).toBe(
      table?.rows.filter((row) => row.parentId !== null).length,
    );
    expect(page.querySelectorAll('.facts tbody tr').length).toBe(seed.facts.length);
    expect(page.querySelectorAll('.diags li').length).toBe(seed.diagnostics.length);
    expect(page.querySelector('#source .ln#L243')).not.toBeNull();
    expect(page.querySelector('.banner')).toBeNull();
  });

  it('marks every page-break join at its seam and every footnote reference', () => {
    const page = dom(renderDocumentPage(seed, seedSource));
    const joined = [...allBlocks(seed), ...seed.footnotes];
    const seams = joined.reduce((sum, part) => sum + part.sources.length - 1, 0);
    expect(seams).toBeGreaterThan(5);
    expect(page.querySelectorAll('button.join').length).toBe(seams);
    // Every seam was found in the text (none falls back to the block's end).
    expect(page.querySelectorAll('button.join.unplaced').length).toBe(0);
    // `… kết nạp được` ⟨join⟩ `54/350 đảng viên …`: the weak join of line 43.
    const mark = page.querySelector('button.join[data-halves="23-23,43-43"]');
    expect(mark?.previousSibling?.textContent?.endsWith('kết nạp được ')).toBe(true);
    expect(mark?.nextSibling?.textContent?.startsWith('54/350 đảng viên')).toBe(true);
    const refs = allBlocks(seed).reduce((sum, block) => sum + block.footnoteRefs.length, 0);
    expect(page.querySelectorAll('a.fnref').length).toBe(refs);
    // Each reference leads to the footnote whose `citedBy` names its block.
    for (const ref of page.querySelectorAll('a.fnref')) {
      const block = ref.closest('.blk')?.getAttribute('data-what');
      const footnote = seed.footnotes[Number(ref.getAttribute('href')?.slice(3)) - 1];
      expect(footnote?.citedBy).toContain(`${seed.docId}:${block}`);
    }
    const backrefs = seed.footnotes.reduce((sum, footnote) => sum + footnote.citedBy.length, 0);
    expect(page.querySelectorAll('a.backref').length).toBe(backrefs);
  });

  it('links a repeated footnote number to the footnote the extraction linked', async () => {
    // Two reports in one file: every footnote number occurs twice.
    const twice = await extract({ path: seedPath, bytes: Buffer.from(`${seedText}\n${seedText}`) });
    const page = dom(renderDocumentPage(twice, { status: 'same', path: seedPath, lines: [] }));
    const refs = [...page.querySelectorAll('a.fnref')];
    const seedRefs = allBlocks(seed).reduce((sum, block) => sum + block.footnoteRefs.length, 0);
    expect(refs.length).toBe(2 * seedRefs);
    const targets = refs.map((ref) => Number(ref.getAttribute('href')?.slice(3)) - 1);
    refs.forEach((ref, index) => {
      const block = ref.closest('.blk')?.getAttribute('data-what');
      expect(twice.footnotes[targets[index] ?? -1]?.citedBy).toContain(`${twice.docId}:${block}`);
    });
    expect(new Set(targets).size).toBe(twice.footnotes.filter((f) => f.citedBy.length > 0).length);
  });

  it('resolves every internal link, and every source line a selection names exists', () => {
    const page = dom(renderDocumentPage(seed, seedSource));
    expectLinksResolve(page);
    const lines = [...page.querySelectorAll('[data-src],[data-halves]')].flatMap((el) =>
      `${el.getAttribute('data-src') ?? ''},${el.getAttribute('data-halves') ?? ''}`
        .split(',')
        .filter(Boolean)
        .flatMap((span) => span.split('-').map(Number)),
    );
    expect(lines.length).toBeGreaterThan(100);
    expect(lines.filter((line) => !page.getElementById(`L${line}`))).toEqual([]);
    // The diagnostic links to the block that holds its line.
    const where = page.querySelector('.diags a.where');
    expect(where?.getAttribute('data-line')).toBe('43');
    expect(
      page.querySelector(where?.getAttribute('href') ?? '#none')?.getAttribute('data-src'),
    ).toBe('23-23,43-43');
  });

  it('runs only its own script and style, allowed by their hashes', () => {
    const text = renderDocumentPage(seed, seedSource);
    const page = dom(text);
    const scripts = page.querySelectorAll('script');
    expect(scripts.length).toBe(1);
    expect(scripts[0]?.textContent).toBe(documentScript);
    const policy =
      page.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ??
      '';
    const digest = (value: string) => createHash('sha256').update(value).digest('base64');
    expect(policy).toContain(`script-src 'sha256-${digest(documentScript)}'`);
    expect(policy).toContain(
      `style-src 'sha256-${digest(page.querySelector('style')?.textContent ?? '')}'`,
    );
    expect(policy).toContain("default-src 'none'");
    expect(text).not.toMatch(/https?:\/\//);
  });
});

describe('hostile document text', () => {
  const payload = '<script>alert(1)</script><img src=x onerror=alert(1)>"\'&amp;';

  /** Every string of the Document but the ids' shared prefix and hash, with the payload added. */
  function poison<T>(value: T): T {
    if (typeof value === 'string') return `${value}${payload}` as T;
    if (Array.isArray(value)) return value.map(poison) as T;
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value).map(([key, inner]) => [
          key,
          key === 'docId' || key === 'sha256' ? inner : poison(inner),
        ]),
      ) as T;
    }
    return value;
  }

  it('renders as text in headings, blocks, table cells, footnotes, metadata and source', () => {
    const document = poison(seed);
    const lines = seedText.split('\n').map((line) => `${line}${payload}`);
    const page = dom(renderDocumentPage(document, { status: 'same', path: seedPath, lines }));
    expect(page.querySelectorAll('script').length).toBe(1);
    expect(page.querySelectorAll('img').length).toBe(0);
    const handlers = [...page.querySelectorAll('*')].flatMap((el) =>
      [...el.attributes].filter((attribute) => attribute.name.startsWith('on')),
    );
    expect(handlers).toEqual([]);
    const shown = (selector: string) =>
      page.querySelector(selector)?.textContent?.includes(payload) ?? false;
    expect(shown('h1')).toBe(true);
    expect(shown('.sec-h')).toBe(true);
    expect(shown('.blk .txt')).toBe(true);
    expect(shown('#t1 td.c .raw')).toBe(true);
    expect(shown('#t1 th')).toBe(true);
    expect(shown('li.fn .txt')).toBe(true);
    expect(shown('.diags .msg')).toBe(true);
    expect(shown('.card[data-what="metadata"] dd')).toBe(true);
    expect(shown('#L1')).toBe(true);
    expect(page.querySelector('a.fnref[href="#fn3"]')?.getAttribute('title')).toContain(payload);
  });

  it('renders as text in the index', () => {
    const page = dom(
      renderIndexPage([
        { path: payload, status: 'failed', reason: payload, page: null, document: null },
      ]),
    );
    expect(page.querySelectorAll('script').length).toBe(1);
    expect(page.querySelectorAll('img').length).toBe(0);
    expect(page.querySelector('tbody td')?.textContent).toContain(payload);
  });
});

describe('the quality grade on the pages', () => {
  it('lists a poorly read document first, with its signals linked to their lines', async () => {
    // OCR text whose tables and note marks baocao cannot read: a poor reading.
    const flatText = readFileSync(
      'tests/fixtures/plain-ocr-cuc-thong-ke-thai-binh_bao-cao_2024-9t/input.txt',
      'utf8',
    );
    const flat = await extract({ path: 'flat.txt', bytes: new TextEncoder().encode(flatText) });
    const good = await extract({ path: seedPath, bytes: readFileSync(seedPath) });
    const lines = flatText.split('\n');
    const page = dom(renderDocumentPage(flat, { status: 'same', path: 'flat.txt', lines }));
    expect(page.querySelector('#quality .grade')?.textContent).toBe('poor');
    const items = [...page.querySelectorAll('#quality .signals li')];
    expect(items.map((item) => item.querySelector('code')?.textContent)).toEqual(
      flat.quality.signals,
    );
    for (const link of page.querySelectorAll('#quality a.where')) {
      const target = link.getAttribute('href')?.slice(1) ?? '';
      expect(page.getElementById(target)).not.toBeNull();
    }
    // Words kept are not words understood: no green coverage on a poor reading.
    expect(page.querySelector('.counts dd')?.className).toBe('warn-text');

    const { summarize } = await import('../../src/review/index-page.js');
    const index = dom(
      renderIndexPage([
        {
          path: seedPath,
          status: 'ok',
          reason: null,
          page: 'a.html',
          document: summarize(good, true),
        },
        {
          path: 'flat.txt',
          status: 'ok',
          reason: null,
          page: 'b.html',
          document: summarize(flat, true),
        },
      ]),
    );
    const rows = [...index.querySelectorAll('tbody tr')];
    expect(rows.map((row) => row.querySelector('.grade')?.textContent)).toEqual(['poor', 'good']);
    expect(rows[0]?.querySelector('.ok-text')).toBeNull();
    expect(rows[1]?.querySelector('.ok-text')?.textContent).toBe('100 %');
  });
});

describe('the source beside the extraction', () => {
  const folder = temporaryFolder('baocao-review-');

  it('says so when the source file changed since extraction, or is gone', async () => {
    const path = join(folder(), 'bao-cao.md');
    writeFileSync(path, seedText);
    const document = await extract({ path, bytes: readFileSync(path) });
    expect((await loadSource(document.source)).status).toBe('same');

    writeFileSync(path, seedText.replace('Thành ủy', 'Thành uỷ'));
    const changed = await loadSource(document.source);
    expect(changed.status).toBe('changed');
    const page = dom(renderDocumentPage(document, changed));
    expect(page.querySelector('.banner')?.textContent).toContain(
      'The source file changed since extraction.',
    );

    writeFileSync(path, Buffer.from([0x42, 0xc3, 0x28]));
    expect((await loadSource(document.source)).status).toBe('unreadable');

    const gone = await loadSource({ ...document.source, path: join(folder(), 'khong-co.md') });
    expect(gone).toMatchObject({ status: 'missing', reason: 'no such file' });
    const missingPage = dom(renderDocumentPage(document, gone));
    expect(missingPage.querySelector('.banner')?.textContent).toContain(
      'The source text cannot be shown',
    );
    expect(missingPage.querySelectorAll('.ln').length).toBe(0);
    expectLinksResolveWithoutLines(missingPage);
  });

  /** Without the source, links to lines have nothing to land on; all others must. */
  function expectLinksResolveWithoutLines(page: ReturnType<typeof dom>) {
    const hrefs = [...page.querySelectorAll('a[href^="#"]')]
      .map((a) => a.getAttribute('href')?.slice(1) ?? '')
      .filter((id) => !/^L\d+$/.test(id));
    expect(hrefs.filter((id) => !page.getElementById(id))).toEqual([]);
  }
});

describe('writeReview', () => {
  const folder = temporaryFolder('baocao-review-');

  it('writes a page per document and an index whose links all land, naming a broken file', async () => {
    const out = join(folder(), 'review');
    const documents = join(folder(), 'docs');
    mkdirSync(documents);
    writeFileSync(join(documents, 'a.json'), JSON.stringify(seed));
    writeFileSync(join(documents, 'b.json'), '{"schemaVersion": 1');
    writeFileSync(join(documents, 'c.json'), '{"schemaVersion": 1}');

    const result = await writeReview({ paths: [documents], outDir: out });

    expect(result.pages).toBe(1);
    expect(result.problems).toEqual([
      expect.stringMatching(/docs\/b\.json: not JSON/),
      expect.stringMatching(/docs\/c\.json: not a baocao document/),
    ]);
    const index = dom(readFileSync(join(out, 'index.html'), 'utf8'));
    const rows = [...index.querySelectorAll('tbody tr')];
    expect(rows.length).toBe(3);
    const links = [...index.querySelectorAll('a[href]')].map((a) => a.getAttribute('href') ?? '');
    expect(links).toEqual([`${seed.docId}.html`]);
    expect(links.every((href) => existsSync(join(out, href)))).toBe(true);
    expect(rows[1]?.textContent).toContain('not JSON');
    expect(index.querySelectorAll('th button').length).toBe(11);
    const page = dom(readFileSync(join(out, `${seed.docId}.html`), 'utf8'));
    expect(page.querySelector('a.back')?.getAttribute('href')).toBe('index.html');
  });

  it('removes the pages of documents no longer reviewed, and nothing else', async () => {
    const out = join(folder(), 'review');
    mkdirSync(out);
    writeFileSync(join(out, '0123456789abcdef.html'), 'old');
    writeFileSync(join(out, 'notes.html'), 'mine');
    const file = join(folder(), 'a.json');
    writeFileSync(file, JSON.stringify(seed));
    await writeReview({ paths: [file], outDir: out });
    expect(existsSync(join(out, '0123456789abcdef.html'))).toBe(false);
    expect(existsSync(join(out, 'notes.html'))).toBe(true);
    expect(existsSync(join(out, `${seed.docId}.html`))).toBe(true);
  });
});
