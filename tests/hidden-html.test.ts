/**
 * Issue 22, item 7: HTML a browser never shows (`<script>`, `<style>` …) is no text of the report.
 * Before, the body of a `<script>` reached the document title and became a block of its own; HTML
 * was turned into text by regexes over tags. Now it is rendered as a browser does (hast), and the
 * hidden parts are markup for the coverage count: not lost, not read.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import { htmlBlockText, stripTags } from '../src/mdast/plain-text.js';
import type { Document } from '../src/schema/document.js';

const HEAD = '**ỦY BAN NHÂN DÂN TỈNH X**\n\nSố: 12/BC-UBND\n\n';
const BODY = '\n\nI. KẾT QUẢ\n\nThu ngân sách đạt 1.714 tỷ đồng.\n';

async function read(text: string): Promise<Document> {
  return extract({ path: 'hidden.md', bytes: Buffer.from(text) });
}

/** Every text a record shows: title, blocks, section titles, cells. */
function shownText(document: Document): string {
  const parts: string[] = [document.metadata.title ?? ''];
  const visit = (sections: Document['sections']) => {
    for (const section of sections) {
      parts.push(section.title ?? '', ...section.blocks.map((block) => block.text));
      visit(section.children);
    }
  };
  parts.push(...document.blocks.map((block) => block.text));
  visit(document.sections);
  for (const table of document.tables) {
    for (const row of table.rows) parts.push(...row.cells.map((cell) => cell.raw));
  }
  return parts.join('\n');
}

describe('hidden HTML never reaches a record', () => {
  it.each([
    ['a script block between head and title', '<script>\nalert("giả mạo")\n</script>\n\n'],
    ['a one-line script block', '<script>alert("giả mạo")</script>\n\n'],
    ['a style block', '<style>\np { color: red } /* giả mạo */\n</style>\n\n'],
  ])('%s', async (_name, hidden) => {
    const document = await read(
      `${HEAD}${hidden}**BÁO CÁO**\n\n**Tình hình kinh tế quý I năm 2024**${BODY}`,
    );
    expect(document.metadata.title).toBe('Tình hình kinh tế quý I năm 2024');
    expect(shownText(document)).not.toMatch(/giả mạo|alert|color/);
    expect(document.stats.coverage).toBe(1);
    expect(document.diagnostics.map((d) => d.ruleId)).not.toContain('text-lost');
  });

  it('inline, in a title, a list item and a table cell; an unclosed script ends its paragraph', async () => {
    const document = await read(
      `${HEAD}**BÁO CÁO**\n\n**Tình hình kinh tế <script>alert("giả mạo")</script>quý I năm 2024**<style>b{}</style>\n\n` +
        '- Mục <SCRIPT type="x">giả mạo()</SCRIPT > một\n\n' +
        '| Chỉ tiêu | Giá trị |\n|---|---|\n| Thu <script>giả mạo</script>ngân sách | 1.714 |\n\n' +
        `Đoạn văn <script>giả mạo tới hết đoạn${BODY}`,
    );
    expect(document.metadata.title).toBe('Tình hình kinh tế quý I năm 2024');
    const shown = shownText(document);
    expect(shown).not.toMatch(/giả mạo|alert|b\{\}/);
    expect(shown).toContain('Mục một');
    expect(shown).toContain('Thu ngân sách');
    expect(shown).toContain('Đoạn văn');
    expect(document.stats.coverage).toBe(1);
  });

  it('reads a head wrapped in HTML, and what follows a hidden element', async () => {
    const document = await read(
      `${HEAD}<p align="center"><b>BÁO CÁO</b><br>Tình hình kinh tế quý I năm 2024<script>var x = "giả mạo";</script></p>${BODY}`,
    );
    expect(document.metadata.title).toBe('Tình hình kinh tế quý I năm 2024');
    expect(shownText(document)).not.toContain('giả mạo');
    expect(document.stats.coverage).toBe(1);
  });
});

describe('HTML as text, rendered as a browser does', () => {
  it.each([
    ['<i>Bao gồm:</i>', 'Bao gồm:'],
    ['<p>Dòng một<br>dòng hai</p>', 'Dòng một\ndòng hai'],
    ['<div>a &amp; b&nbsp;c &#273;&#x1EA1;t</div>', 'a & b\u00a0c đạt'],
    [
      '<table><tr><th>Chỉ tiêu</th><th>Quý I</th></tr><tr><td>Thu</td><td>1.714</td></tr></table>',
      'Chỉ tiêu | Quý I\nThu | 1.714',
    ],
    ['<table><tr><td></td><td>chỉ ô hai</td></tr></table>', 'chỉ ô hai'],
    ['<p>a</p><script>x()</script><style>p{}</style><template>t</template><p>b</p>', 'a\nb'],
    ['<!-- image -->', ''],
    ['<a<a<a<a', ''],
  ])('%s', (html, text) => {
    expect(htmlBlockText(html)).toBe(text);
  });

  it.each([
    ['<br>', ' '],
    ['<br/>', ' '],
    ['<i>', ''],
    ['</sup>', ''],
    ['<span class="x">', ''],
  ])('inline %s', (html, text) => {
    expect(stripTags(html)).toBe(text);
  });
});
