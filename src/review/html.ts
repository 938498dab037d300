/**
 * The one way text gets into a review page. `escapeHtml` makes any string inert in HTML text and in
 * a quoted attribute value; the `html` template tag runs every interpolated value through it unless
 * the value is already `Html` (built by this tag), so document text can never become markup or
 * script by being forgotten somewhere.
 *
 *   html`<p title="${'a"b'}">${'<script>'}</p>`  →  <p title="a&quot;b">&lt;script&gt;</p>
 */

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text → HTML that shows exactly that text, in element content or a quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

/** Markup this module built: the only thing the `html` tag inserts without escaping. */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** What may stand in a `${}` of `html`: text (escaped), markup, lists of either, or nothing. */
export type Interpolation = string | number | Html | null | undefined | false | Interpolation[];

export function html(strings: TemplateStringsArray, ...values: Interpolation[]): Html {
  let out = strings[0] ?? '';
  for (let index = 0; index < values.length; index++) {
    out += render(values[index]) + (strings[index + 1] ?? '');
  }
  return new Html(out);
}

/** Several pieces as one, for a list built in a loop. */
export function join(parts: readonly Interpolation[]): Html {
  return new Html(parts.map(render).join(''));
}

function render(value: Interpolation): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}
