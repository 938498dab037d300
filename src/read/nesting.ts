/**
 * How deep a text nests its blocks (block quotes and list items), measured in one pass before it
 * is parsed. The markdown parser takes time that grows faster than the input with the depth
 * (10 000 nested list items on one line of 20 KB: minutes), and the stages walk the tree
 * recursively; a report nests six or seven levels deep. So a text nested deeper than
 * MAX_NESTING fails fast, naming the line, instead of stalling a worker.
 *
 *   deepestNesting('- a\n  - b\n    - c')        → { depth: 3, line: 3 }
 *   deepestNesting('> > > a')                   → { depth: 3, line: 1 }
 *   deepestNesting('- - - -')                   → { depth: 0, line: 1 }  (a rule, not lists)
 *
 * Counted per line: the container markers that open it (`>`, `-`, `*`, `+`, `1.`, `1)` followed by
 * a space), plus the list items still open from the lines above, told by indentation (an item
 * stays open while lines are indented to its content). Lazy continuation lines are not followed,
 * which can only count less, never more, than the parser will nest.
 */
export const MAX_NESTING = 100;

export function deepestNesting(text: string): { depth: number; line: number } {
  /** Content columns of the list items open, innermost last. */
  const open: number[] = [];
  let deepest = { depth: 0, line: 1 };
  let line = 1;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const depth = lineDepth(text, start, end, open);
    if (depth > deepest.depth) deepest = { depth, line };
    start = end + 1;
    line++;
  }
  return deepest;
}

function lineDepth(text: string, start: number, end: number, open: number[]): number {
  let i = start;
  let column = 0;
  const skipBlanks = () => {
    while (i < end) {
      const code = text.charCodeAt(i);
      if (code === 0x20) column++;
      else if (code === 0x09) column += 4 - (column % 4);
      else break;
      i++;
    }
  };
  skipBlanks();
  if (i === end) return open.length; // A blank line closes nothing by itself.
  const indent = column;
  while (open.length > 0 && indent < (open.at(-1) as number)) open.pop();
  const enclosing = open.length;
  // Four columns past the enclosing content is indented code, not a new container.
  if (indent >= (open.at(-1) ?? 0) + 4) return enclosing;

  let markers = 0;
  let listColumn = -1;
  let ruleChar = -1;
  let sameRuleChar = true;
  while (i < end) {
    const code = text.charCodeAt(i);
    const markerEnd = markerLength(text, i, end);
    if (markerEnd === 0) break;
    if (code !== 0x3e && listColumn < 0) listColumn = column + markerEnd + 1;
    if (ruleChar < 0) ruleChar = code;
    else if (code !== ruleChar) sameRuleChar = false;
    markers++;
    i += markerEnd;
    column += markerEnd;
    skipBlanks();
  }
  // `- - -`, `* * *`: a thematic break, not nested lists.
  if (i === end && sameRuleChar && (ruleChar === 0x2d || ruleChar === 0x2a) && markers >= 3) {
    return enclosing;
  }
  if (listColumn >= 0) open.push(listColumn);
  return enclosing + markers;
}

/** The length of a container marker at `i` (`>`, `-`, `*`, `+`, `12.`, `3)`), else 0. */
function markerLength(text: string, i: number, end: number): number {
  const code = text.charCodeAt(i);
  if (code === 0x3e) return 1;
  const spaceAfter = (at: number) => {
    const next = text.charCodeAt(at);
    return at === end || next === 0x20 || next === 0x09;
  };
  if ((code === 0x2d || code === 0x2a || code === 0x2b) && spaceAfter(i + 1)) return 1;
  let digits = 0;
  while (digits < 9 && i + digits < end) {
    const digit = text.charCodeAt(i + digits);
    if (digit < 0x30 || digit > 0x39) break;
    digits++;
  }
  const after = text.charCodeAt(i + digits);
  if (digits > 0 && (after === 0x2e || after === 0x29) && spaceAfter(i + digits + 1)) {
    return digits + 1;
  }
  return 0;
}

/**
 * How many marks that open or close an inline construct a stretch of text holds, at most: `*` and
 * `_` (emphasis), `[` and `]` (links, footnote calls), `` ` `` (code). The markdown parser matches
 * these within a paragraph (or a list item, a table cell) in time that grows with the square of
 * their number (200 KB of brackets: ten minutes; 20 KB of nested emphasis: half a minute, then a
 * stack overflow). A report writes a few per sentence: a paragraph with more than MAX_INLINE_MARKS
 * of one kind fails fast, naming the line where it passes the limit.
 *
 * A stretch is the lines between two block starts: a blank line, a list item, a heading, a quote
 * or a table row each begin a new one (their inline content is parsed apart). A footnote call
 * `[^14]` is read in one step, so its brackets are not counted (100 000 calls parse in linear
 * time). Counted in one pass.
 */
export const MAX_INLINE_MARKS = 2000;

export interface InlineDensity {
  count: number;
  /** `*` and `_`, `[` and `]`, or `` ` ``. */
  marks: string;
  line: number;
}

export function densestInline(text: string): InlineDensity {
  let emphasis = 0;
  let brackets = 0;
  let code = 0;
  let footnoteCall = false;
  let densest: InlineDensity = { count: 0, marks: '', line: 1 };
  let line = 1;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (startsBlock(text, start, end)) {
      emphasis = 0;
      brackets = 0;
      code = 0;
    }
    for (let i = start; i < end; i++) {
      const char = text.charCodeAt(i);
      if (char === 0x2a || char === 0x5f) emphasis++;
      else if (char === 0x5b) {
        // `[^14]`, a footnote call, is read in one step by its own construct: not counted.
        footnoteCall = text.charCodeAt(i + 1) === 0x5e;
        if (footnoteCall) continue;
        brackets++;
      } else if (char === 0x5d) {
        if (footnoteCall) {
          footnoteCall = false;
          continue;
        }
        brackets++;
      } else if (char === 0x60) code++;
      else continue;
      const count = Math.max(emphasis, brackets, code);
      if (count > densest.count) {
        const marks = count === emphasis ? '* and _' : count === brackets ? '[ and ]' : '`';
        densest = { count, marks, line };
      }
    }
    start = end + 1;
    line++;
  }
  return densest;
}

/** Does the line begin a block of its own: blank, list item, heading, quote or table row? */
function startsBlock(text: string, start: number, end: number): boolean {
  let i = start;
  while (i < end && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)) i++;
  if (i === end) return true;
  const code = text.charCodeAt(i);
  if (code === 0x23 || code === 0x3e || code === 0x7c) return true; // # > |
  return markerLength(text, i, end) > 0;
}
