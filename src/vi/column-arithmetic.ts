/**
 * The arithmetic a report's table keeps between its figure columns, and what it proves about a row
 * whose empty cells a converter dropped. A comparison column is a ratio of two others in percent
 * (`So với KH (%)` = `Thực hiện` ÷ `Kế hoạch` × 100; `So với cùng kỳ (%)`), a growth in percent
 * (`Tăng, giảm (%)` = that ratio − 100) or their difference (`Tăng (+), giảm (-)` = `Năm 2023` −
 * `Năm 2022`). mammoth, pdf.js and pdf2md leave nothing for
 * an empty cell, so a row of three figures in five columns (`+ Vốn đăng ký mới`, `251,1`, `198,3`,
 * `126,6`) does not say which are empty; the arithmetic the table's whole rows keep does
 * (251,1 ÷ 198,3 × 100 = 126,6: the second, third and fifth).
 *
 *   printedFigure('1.062,4')  → { value: 1062.4, decimals: 1 }
 *   printedFigure('(6)')      → { value: -6, decimals: 0 }
 *   tableArithmetic(rows)     → { relations: [{ kind: 'ratio', result: 4, left: 1, right: 2 }, …], decimals }
 *   placeFigures(arithmetic, [251.1, 198.3, 126.6] as printed, 5) → [1, 2, 4]
 *
 * A placement is taken only when it is proved: every figure takes part in a relation the whole rows
 * keep and the row keeps too, sharply (a share of `0,0` proves nothing), or stands where its order
 * between such figures leaves it one column (`pinned`), no relation it fills
 * fails, each figure printed as its column prints some figure (`80.000,0` is no count's), no
 * comparison without what it compares (a share of the plan where the plan is empty), and no other
 * placement is so proved. A row the arithmetic says nothing about stays unplaced: a wrong column
 * is a wrong fact. (A limit: where a row's own placement is not proved, figures that happen to
 * keep a relation in other columns prove a wrong one; real rows' figures rarely do.) Where the
 * arithmetic proves none or two, the headers may leave one (`laysOut`): how reports leave cells
 * empty, taken only for a row of counts of two figures or more, in a table of a few whole rows.
 */
import { parseQuantity } from './quantity.js';
import { type ColumnSense, isActual } from './table-headers.js';

/** A figure as printed: its value and how many decimals it shows (its rounding). */
export interface Printed {
  value: number;
  decimals: number;
}

/** A table's arithmetic, learnt from its whole rows: the relations, and each column's decimals. */
export interface TableArithmetic {
  relations: Relation[];
  /** The decimals each figure column prints some figure with. */
  decimals: Array<Set<number>>;
  /** What each figure column's header says of it, where the header is known (`columnSenses`). */
  senses?: readonly ColumnSense[];
  /** How many whole rows it was learnt from. */
  rows: number;
}

/**
 * `result ≈ left ÷ right × 100` (a ratio in percent: `So với KH (%)`), `result ≈ left ÷ right × 100
 * − 100` (a growth in percent: `Tăng, giảm (%)`) or `result ≈ left − right` (a change: `Tăng (+),
 * giảm (-)`).
 */
export interface Relation {
  kind: 'ratio' | 'growth' | 'change';
  result: number;
  left: number;
  right: number;
}

/** The fewest whole rows that must keep a relation before it is the table's. */
const MIN_ROWS = 2;
/** The fewest figures a row's headers alone place (`laysOut`). */
const MIN_LAID_OUT = 2;
/** The fewest whole rows a table's columns' decimals are learnt from before `laysOut` trusts them. */
const MIN_LAID_OUT_ROWS = 3;
/** The most figure columns whose placements are tried (C(12, 6) = 924 at worst). */
const MAX_COLUMNS = 12;

/** A cell's figure as printed (`1.062,4`, `(6)`, `-12`); undefined for a dash, a range or words. */
export function printedFigure(text: string): Printed | undefined {
  const parsed = parseQuantity(text.trim());
  if (!parsed.ok || parsed.value.kind !== 'number' || parsed.value.scale !== undefined) {
    return undefined;
  }
  if (parsed.value.unit !== undefined && parsed.value.unit !== '%') return undefined;
  return { value: parsed.value.value, decimals: /,(\d+)/u.exec(text)?.[1]?.length ?? 0 };
}

/**
 * A short row's cell as a placement reads it: its figure, `null` for a dash (a cell printed empty
 * of any figure: `86.412  -  112,6`, the share of a plan there is none of), undefined for words.
 */
export function printedCell(text: string): Printed | null | undefined {
  return /^[-–—]$/u.test(text.trim()) ? null : printedFigure(text);
}

/** Half a unit of a figure's last printed digit. */
const half = (figure: Printed) => 0.5 * 10 ** -figure.decimals;

/**
 * The rounding a figure brings where it is divided or subtracted: none for a whole number (`4` of
 * `7` is 57,1 %, not anything from 46,7 to 69,2), since a table's whole numbers are counts, or so
 * large that their rounding moves no ratio.
 */
const operandHalf = (figure: Printed) => (figure.decimals === 0 ? 0 : half(figure));

/** The most a relation's tolerance may be of its result for the row to prove anything by it. */
const SHARP = 0.05;

/**
 * Whether the three printed figures keep the relation, each within its rounding; `sharp`: whether
 * that says something, the tolerance a small part of the result (a share of `0,0` over a large base
 * is kept by any small figure).
 */
function keeps(
  kind: Relation['kind'],
  result: Printed,
  left: Printed,
  right: Printed,
): { kept: boolean; sharp: boolean } {
  // A little slack for the binary fractions of decimal figures.
  const slack = 1e-9 * (1 + Math.abs(result.value));
  const dl = operandHalf(left);
  const dr = operandHalf(right);
  if (kind === 'change') {
    // Whole numbers' difference is exact.
    const tolerance = operandHalf(result) + dl + dr;
    const size = Math.max(Math.abs(left.value), Math.abs(right.value));
    return {
      kept: Math.abs(result.value - (left.value - right.value)) <= tolerance + slack,
      sharp: tolerance <= SHARP * size,
    };
  }
  // Over a base near zero a ratio says nothing.
  if (right.value - dr <= 0 || left.value - dl < 0) return { kept: false, sharp: false };
  const base = kind === 'growth' ? 100 : 0;
  const low = ((left.value - dl) / (right.value + dr)) * 100 - base;
  const high = ((left.value + dl) / (right.value - dr)) * 100 - base;
  return {
    kept: result.value + half(result) + slack >= low && result.value - half(result) - slack <= high,
    sharp: high - low + 2 * half(result) <= SHARP * Math.abs(result.value),
  };
}

/**
 * A table's arithmetic from its whole rows (`rows`: each row's figure columns, undefined where not a
 * figure): the relations every whole row keeps (`columnRelations`), and each column's decimals.
 */
export function tableArithmetic(
  rows: ReadonlyArray<ReadonlyArray<Printed | undefined>>,
  senses?: readonly ColumnSense[],
): TableArithmetic {
  const columns = widest(rows);
  const decimals = Array.from({ length: columns }, (_, c) => {
    const seen = new Set<number>();
    for (const row of rows) {
      const figure = row[c];
      if (figure) seen.add(figure.decimals);
    }
    return seen;
  });
  let whole = 0;
  for (const row of rows) {
    if (row.length === columns && row.every((f) => f !== undefined)) whole++;
  }
  return {
    relations: columnRelations(rows),
    decimals,
    rows: whole,
    ...(senses ? { senses } : {}),
  };
}

/**
 * The relations every whole row keeps (at least `MIN_ROWS` of them holding the three figures, none
 * holding them and breaking it), one over any three columns, taken with its result the later
 * column (a comparison follows what it compares).
 */
export function columnRelations(
  rows: ReadonlyArray<ReadonlyArray<Printed | undefined>>,
): Relation[] {
  const relations: Relation[] = [];
  const triples = new Set<string>();
  for (const relation of candidates(widest(rows))) {
    const { kind, result, left, right } = relation;
    let held = 0;
    let broken = false;
    for (const row of rows) {
      const [r, l, b] = [row[result], row[left], row[right]];
      if (!r || !l || !b) continue;
      if (!keeps(kind, r, l, b).kept) {
        broken = true;
        break;
      }
      held++;
    }
    // One relation over three columns: `c = a ÷ b × 100` and `b = a ÷ c × 100` are one equation,
    // and another kind over the same three holds only within the rounding of a share printed to
    // one decimal beside large figures (`plan = nine months ÷ share × 100 − 100`, as a growth),
    // which a short row's figures would then break.
    const columns = [result, left, right].sort((a, b) => a - b).join(' ');
    if (broken || held < MIN_ROWS || triples.has(columns)) continue;
    triples.add(columns);
    relations.push(relation);
  }
  return relations;
}

/**
 * Every relation a table of `columns` figure columns could keep, its result from the last column
 * back (a comparison follows what it compares, so the later column is the one kept).
 */
function* candidates(columns: number): Generator<Relation> {
  for (let result = columns - 1; result >= 0; result--) {
    for (let left = 0; left < columns; left++) {
      for (let right = 0; right < columns; right++) {
        if (left === result || right === result || left === right) continue;
        for (const kind of ['ratio', 'growth', 'change'] as const)
          yield { kind, result, left, right };
      }
    }
  }
}

/** The fewest rows that must keep a relation before a row that breaks it is a misreading. */
const MIN_KEEPING = 3;
/** A relation most rows keep: at most one row in four holding its figures breaks it. */
const MOST = 4;

/**
 * The rows (their indexes) that break a relation most rows keep (at least `MIN_KEEPING` of them,
 * three in four of those that hold its three figures): a figure misread (OCR's `3186` for `318,6`,
 * where `53,1` is its share of `600,0`). A relation too few rows show proves nothing.
 */
export function rowsBreakingArithmetic(
  rows: ReadonlyArray<ReadonlyArray<Printed | undefined>>,
): number[] {
  const breaking = new Set<number>();
  for (const { kind, result, left, right } of candidates(widest(rows))) {
    const broken: number[] = [];
    let kept = 0;
    rows.forEach((row, k) => {
      const [r, l, b] = [row[result], row[left], row[right]];
      if (!r || !l || !b) return;
      // (Only a sharp keeping counts: small figures keep a loose relation by chance.)
      const keeping = keeps(kind, r, l, b);
      if (keeping.kept && keeping.sharp) kept++;
      else if (!keeping.kept) broken.push(k);
    });
    if (kept < MIN_KEEPING || broken.length * MOST > kept + broken.length) continue;
    for (const k of broken) breaking.add(k);
  }
  return [...breaking].sort((a, b) => a - b);
}

/**
 * The columns (of `columns`, in order) a row's figures fill, where the table's arithmetic proves
 * it: the one order-keeping placement in which each figure stands where its column prints figures
 * so, takes part in a relation the row keeps sharply or has no other column between those that do
 * (`pinned`), none the row fills fails, and no comparison stands without what it compares. Where
 * no placement, or more than one, is so proved: the one placement of two figures or more the
 * headers leave (`laysOut`), in a row that is no rate's (`rate`: its unit, or its name where it
 * has none, says a rate: `%`, `Tỷ lệ …`; see `isRateUnit`). A dash (`null`) stands
 * in a column of its own and takes part in no relation. Undefined where none is left, or several.
 */
export function placeFigures(
  arithmetic: TableArithmetic,
  figures: ReadonlyArray<Printed | null>,
  columns: number,
  rate = true,
): number[] | undefined {
  if (figures.length === 0 || figures.length > columns || columns > MAX_COLUMNS) return undefined;
  const { relations, decimals, senses } = arithmetic;
  // Only a row of counts or amounts, under headers, in a table of a few whole rows: a rate's row
  // (`%`, `Tỷ lệ …`) leaves its comparisons `-`, which a converter may drop (`95  92,4` is a plan
  // and its actual), and prints decimals its columns' counts do not show.
  // (And a table whose columns keep some relation: the arithmetic read them as the headers say.)
  // For two figures at least: a figure alone may be a plan with no actual yet, or the actual.
  const count = figures.filter((figure) => figure !== null).length;
  const layOut =
    !rate && count >= MIN_LAID_OUT && arithmetic.rows >= MIN_LAID_OUT_ROWS && relations.length > 0
      ? senses
      : undefined;
  const proved: number[][] = [];
  const laidOut: number[][] = [];
  for (const placement of placements(figures.length, columns)) {
    const printedSo = placement.every((column, k) => {
      const figure = figures[k];
      return figure === null || decimals[column]?.has((figure as Printed).decimals);
    });
    // A comparison stands only beside what it compares: an empty plan leaves its share empty.
    // (A dash stands in its column, a figure of none: it takes part in no relation.) Not a
    // measure its header names that a relation makes of others (`Ước quý IV` = `Ước năm` −
    // `Thực hiện 9 tháng`): a quarter's estimate stands without the year's.
    const placed = new Set(placement.filter((_, k) => figures[k] !== null));
    const closed = relations.every(
      (relation) =>
        !placed.has(relation.result) ||
        (placed.has(relation.left) && placed.has(relation.right)) ||
        isMeasure(senses?.[relation.result]),
    );
    if (!printedSo || !closed) continue;
    const at = new Map(placement.map((column, k) => [column, figures[k]]));
    const shown = new Set<number>();
    let fails = false;
    for (const relation of relations) {
      const result = at.get(relation.result);
      const left = at.get(relation.left);
      const right = at.get(relation.right);
      if (!result || !left || !right) continue;
      const { kept, sharp } = keeps(relation.kind, result, left, right);
      if (!kept) {
        fails = true;
        break;
      }
      if (sharp) shown.add(relation.result).add(relation.left).add(relation.right);
    }
    if (fails) continue;
    if (pinned(placement, shown, columns)) proved.push(placement);
    if (layOut && laysOut(placed, relations, layOut)) laidOut.push(placement);
  }
  if (proved.length === 1) return proved[0];
  // No placement, or more than one, the arithmetic proves: the one the headers leave (`laysOut`),
  // of those it proves where it proves several.
  const remaining =
    proved.length > 1 ? laidOut.filter((placement) => proved.includes(placement)) : laidOut;
  return remaining.length === 1 ? remaining[0] : undefined;
}

/** A column of figures of their own (a plan, an actual, an estimate), no comparison. */
const isMeasure = (sense: ColumnSense | undefined) =>
  sense !== undefined && (sense.role === 'plan' || isActual(sense.role));

/**
 * Whether the columns a row fills are as a report leaves a row's cells empty, by what their headers
 * say (`senses`): where a relation's two figures stand, so does its result (a plan and its actual
 * have their share); a comparison, and the base it compares with (last year's `Cùng kỳ`), stand
 * beside the report's own actual or estimate, and a share of the plan beside a plan; and an actual
 * of a period stands beside the actual of each longer period that holds it (a quarter's beside the
 * nine months'). `14.236  41.857  106,3` under plan, quarter, nine months, share of plan and growth: the
 * quarter, the nine months and the growth, the plan and its share empty, is the one such placement.
 */
function laysOut(
  placed: ReadonlySet<number>,
  relations: readonly Relation[],
  senses: readonly ColumnSense[],
): boolean {
  if (
    !relations.every(
      (relation) =>
        placed.has(relation.result) || !placed.has(relation.left) || !placed.has(relation.right),
    )
  ) {
    return false;
  }
  const filled = (test: (sense: ColumnSense) => boolean) =>
    senses.some((sense, column) => placed.has(column) && test(sense));
  // The report's own actual or estimate, not the base it compares with.
  const current = (sense: ColumnSense) => isActual(sense.role) && !sense.base;
  const plan = (sense: ColumnSense) => sense.role === 'plan';
  // (Only where a header names the plan: a plan's header misread would make the share's
  // placements wrongly fewer.)
  const planNamed = senses.some(plan);
  for (const column of placed) {
    const sense = senses[column];
    if (!sense) continue;
    const compares = sense.role === 'yoy' || sense.role === 'share_of_plan' || sense.base;
    if (compares && !filled(current)) return false;
    if (sense.role === 'share_of_plan' && planNamed && !filled(plan)) return false;
    // (Actuals only: an estimate of the whole year need not stand beside its months so far.)
    const { period } = sense;
    if (sense.role !== 'actual' || sense.base || !period) continue;
    const unheld = senses.some(
      (other, holder) =>
        other.role === 'actual' &&
        !other.base &&
        other.period !== undefined &&
        other.period.from <= period.from &&
        other.period.to >= period.to &&
        (other.period.from !== period.from || other.period.to !== period.to) &&
        !placed.has(holder),
    );
    if (unheld) return false;
  }
  return true;
}

/**
 * Whether each figure of a placement stands where it must: in a relation the row keeps sharply,
 * or where its order leaves it no other column, between two that are (`24 5 13 54,2` under plan,
 * quarter, nine months, share of plan and growth: the share proves the plan and the nine months,
 * and the quarter's figure printed between them can stand only in the column between) or as
 * many as the columns beyond the last or before the first that is.
 */
function pinned(
  placement: readonly number[],
  shown: ReadonlySet<number>,
  columns: number,
): boolean {
  const anchors = placement.flatMap((column, k) => (shown.has(column) ? [k] : []));
  if (anchors.length === 0) return false;
  // Every run of figures no relation shows lies between anchors (or an anchor and the row's
  // edge) whose columns leave room for exactly it.
  const bounds = [-1, ...anchors, placement.length];
  for (let b = 1; b < bounds.length; b++) {
    const from = bounds[b - 1] as number;
    const to = bounds[b] as number;
    const figures = to - from - 1;
    if (figures === 0) continue;
    const left = from < 0 ? -1 : (placement[from] as number);
    const right = to >= placement.length ? columns : (placement[to] as number);
    if (right - left - 1 !== figures) return false;
  }
  return true;
}

/** The most figure columns a row has. */
function widest(rows: ReadonlyArray<ReadonlyArray<unknown>>): number {
  return rows.reduce((most, row) => Math.max(most, row.length), 0);
}

/** Every choice of `count` of `columns` columns, in increasing order. */
function* placements(count: number, columns: number, from = 0): Generator<number[]> {
  if (count === 0) {
    yield [];
    return;
  }
  for (let column = from; column <= columns - count; column++) {
    for (const rest of placements(count - 1, columns, column + 1)) yield [column, ...rest];
  }
}
