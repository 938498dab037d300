import { readFileSync } from 'node:fs';
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import reportSyntax from '../src/parse/syntax.js';

const parseReport = (text: string): Root =>
  unified().use(remarkParse).use(reportSyntax).parse(text);
const parseGfm = (text: string): Root => unified().use(remarkParse).use(remarkGfm).parse(text);

describe('reportSyntax', () => {
  it('parses the seed report exactly as remark-gfm does (autolinks, tasks, strikes aside)', () => {
    const text = readFileSync('corpus/thanh-uy-hai-phong_bao-cao_2023-q1.md', 'utf8');
    expect(parseReport(text)).toEqual(parseGfm(text));
  });

  it('reads GFM tables, with their alignment and positions', () => {
    const tree = parseReport('| TT | Chỉ tiêu |\n|:--|--:|\n| 1 | GRDP |\n');
    const table = tree.children[0];
    expect(table).toMatchObject({
      type: 'table',
      align: ['left', 'right'],
      position: { start: { line: 1 }, end: { line: 3 } },
    });
  });

  it('reads GFM footnote references and definitions', () => {
    const tree = parseReport('Đơn thư[^14].\n\n[^14]: Lưu 181 đơn thư.\n');
    expect(tree.children.map((node) => node.type)).toEqual(['paragraph', 'footnoteDefinition']);
    expect(tree.children[0]).toMatchObject({
      children: [
        { type: 'text' },
        { type: 'footnoteReference', identifier: '14' },
        { type: 'text' },
      ],
    });
  });

  it('leaves web addresses, tildes and task markers as text', () => {
    const tree = parseReport('Xem www.haiphong.gov.vn ~~nháp~~\n\n- [ ] việc\n');
    expect(tree.children[0]).toMatchObject({
      children: [{ type: 'text', value: 'Xem www.haiphong.gov.vn ~~nháp~~' }],
    });
    expect(tree.children[1]).toMatchObject({ type: 'list', children: [{ checked: null }] });
  });
});
