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
