/**
 * The seed report and the numbers written in it, for the tests of `src/vi/`. `numberTokens` is
 * written by hand-free scanning (no regular expression), so the coverage tests do not depend on
 * the code they check.
 */
import { readFileSync } from 'node:fs';

export const SEED = readFileSync(
  new URL('../../corpus/thanh-uy-hai-phong_bao-cao_2023-q1.md', import.meta.url),
  'utf8',
);

const isDigit = (char: string): boolean => char >= '0' && char <= '9';

/** Every run of ASCII digits with inner `.` and `,` (`24.042,91`, `12`, `2023`), in order. */
export function numberTokens(text: string): string[] {
  const tokens: string[] = [];
  let i = 0;
  while (i < text.length) {
    if (!isDigit(text.charAt(i))) {
      i++;
      continue;
    }
    let end = i;
    while (
      isDigit(text.charAt(end)) ||
      ((text.charAt(end) === '.' || text.charAt(end) === ',') && isDigit(text.charAt(end + 1)))
    ) {
      end++;
    }
    tokens.push(text.slice(i, end));
    i = end;
  }
  return tokens;
}
