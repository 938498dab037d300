/**
 * The words of a text as a multiset, for the "nothing lost, nothing doubled" check: every word of a
 * report's source must come out exactly once, in a block, a footnote or a furniture line.
 */
export function wordCounts(texts: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const word of text.normalize('NFC').match(/[\p{L}\p{Nd}]+/gu) ?? []) {
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return counts;
}

/**
 * The words of markdown source as a reader sees them: footnote markers (`<sup>14</sup>`, `^14^`,
 * `[^14]`), tags and link targets are not text.
 */
export function sourceWords(markdown: string, skipLines: ReadonlySet<number>): Map<string, number> {
  const lines = markdown
    .split(/\r?\n/)
    .filter((_, index) => !skipLines.has(index + 1))
    .map((line) =>
      line
        .replace(/<sup>[^<]*<\/sup>|\^\d+\^|\[\^[^\]]+\]:?/gi, ' ')
        .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
        .replace(/\]\([^)]*\)/g, ']'),
    );
  return wordCounts(lines);
}
