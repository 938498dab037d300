/**
 * Where, in a block's text, a page-break join was made. The Document keeps the source lines of
 * each half (`sources`, one span per half) but not the offset of the seam, so it is found again:
 * the first letters and digits of each later half's first source line are looked up in the
 * block's text, markup and footnote markers aside.
 *
 *   text    "… bằng các giải pháp cụ thể để phát triển …"
 *   sources [{23–23}, {43–43}], line 43 "thể để phát triển …"
 *   →       [offset of "thể"]
 *
 * Only letters and (decimal) digits are compared, so bold, links, HTML tags and superscript
 * footnote markers (`²`) in the source do not matter. When a phrase occurs more than once, the
 * occurrence nearest to where the half should start (counting the halves' lengths from the end)
 * wins. A seam that cannot be found is `null`: the page then shows the join at the block's end.
 */
import { SOURCE_MARKUP } from '../mdast/plain-text.js';
import type { Span } from '../schema/document.js';

/** Letters and digits compared per seam: enough to be unique in practice, short enough to fit. */
const PROBE = 24;

/** For each span after the first, the offset in `text` where that half starts, or null. */
export function joinOffsets(
  text: string,
  sources: readonly Span[],
  lines: readonly string[],
): Array<number | null> {
  if (sources.length < 2) return [];
  const projected = project(text);
  const halves = sources.map(
    (span) => project(spanText(span, lines).replace(SOURCE_MARKUP, ' ')).letters,
  );
  const offsets: Array<number | null> = [];
  let from = 0;
  for (let half = 1; half < sources.length; half++) {
    const probe = (halves[half] ?? '').slice(0, PROBE);
    const rest = halves.slice(half).reduce((sum, letters) => sum + letters.length, 0);
    const at = probe
      ? nearest(projected.letters, probe, from, projected.letters.length - rest)
      : -1;
    if (at < 0) {
      offsets.push(null);
      continue;
    }
    offsets.push(projected.offsets[at] ?? null);
    from = at + 1;
  }
  return offsets;
}

function spanText(span: Span, lines: readonly string[]): string {
  return lines.slice(span.startLine - 1, span.endLine).join('\n');
}

interface Projection {
  /** The letters and decimal digits of the text, lower-cased. */
  letters: string;
  /** For each of them, its offset (UTF-16) in the text. */
  offsets: number[];
}

function project(text: string): Projection {
  let letters = '';
  const offsets: number[] = [];
  const pattern = /[\p{L}\p{M}\p{Nd}]/gu;
  for (const match of text.matchAll(pattern)) {
    const lower = match[0].toLowerCase();
    for (let k = 0; k < lower.length; k++) offsets.push(match.index);
    letters += lower;
  }
  return { letters, offsets };
}

/** The occurrence of `probe` at or after `from` closest to `expected`, or -1. */
function nearest(haystack: string, probe: string, from: number, expected: number): number {
  let best = -1;
  for (let at = haystack.indexOf(probe, from); at >= 0; at = haystack.indexOf(probe, at + 1)) {
    if (best < 0 || Math.abs(at - expected) < Math.abs(best - expected)) best = at;
    if (at > expected) break;
  }
  return best;
}
