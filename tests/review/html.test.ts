import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { escapeHtml, Html, html, join } from '../../src/review/html.js';

describe('escapeHtml', () => {
  it.each([
    ['plain Vietnamese', 'Thành ủy Hải Phòng', 'Thành ủy Hải Phòng'],
    ['a script tag', '<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    [
      'an image with a handler',
      '<img src=x onerror=alert(1)>',
      '&lt;img src=x onerror=alert(1)&gt;',
    ],
    ['quotes that would end an attribute', `a"b'c`, 'a&quot;b&#39;c'],
    ['an entity that must stay text', '&amp; &lt;', '&amp;amp; &amp;lt;'],
    ['an empty string', '', ''],
  ])('%s', (_name, input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
  });

  // The HTML parser gives back exactly the text, and no element, in content and in attributes.
  const text = fc.string({ unit: 'binary' }).map((s) => s.replace(/[\r\0]/g, ''));
  it('round-trips any text through an HTML parser, as element content', () => {
    fc.assert(
      fc.property(text, (value) => {
        const { document } = parseHTML(
          `<!doctype html><html><body><p>${escapeHtml(value)}</p></body></html>`,
        );
        const p = document.querySelector('p');
        expect(p?.children.length).toBe(0);
        expect(p?.textContent).toBe(value);
      }),
    );
  });
  it('round-trips any text through an HTML parser, as an attribute value', () => {
    fc.assert(
      fc.property(text, (value) => {
        const { document } = parseHTML(
          `<!doctype html><html><body><p title="${escapeHtml(value)}" id="x"></p></body></html>`,
        );
        const p = document.querySelector('p');
        expect(p?.getAttribute('title')).toBe(value);
        expect(p?.getAttribute('id')).toBe('x');
        expect(p?.attributes.length).toBe(2);
      }),
    );
  });
});

describe('html', () => {
  it('escapes what it interpolates, but not markup it built', () => {
    const inner = html`<b>${'<i>'}</b>`;
    expect(String(html`<p title="${'"x"'}">${inner}${'&'}</p>`)).toBe(
      '<p title="&quot;x&quot;"><b>&lt;i&gt;</b>&amp;</p>',
    );
  });
  it('drops null, undefined and false, joins lists, writes numbers', () => {
    expect(String(html`${null}${undefined}${false}${[html`<a>`, '<', 3]}`)).toBe('<a>&lt;3');
    expect(String(join(['<', html`<br>`]))).toBe('&lt;<br>');
  });
  it('takes an Html only from itself: a look-alike object is escaped as text', () => {
    const fake = { value: '<script>', toString: () => '<script>' } as unknown as string;
    expect(String(html`${fake}`)).toBe('&lt;script&gt;');
    expect(new Html('<b>').toString()).toBe('<b>');
  });
});
