/**
 * Array helpers that never spread an input-sized array as arguments (`push(...rows)`,
 * `Math.max(...xs)`): V8 passes each element on the stack, and a long table overflows it.
 */

export function append<T>(target: T[] | undefined, items: Iterable<T>): void {
  if (target) for (const item of items) target.push(item);
}

export function maxOf(values: Iterable<number>, empty = 0): number {
  let out = Number.NEGATIVE_INFINITY;
  for (const value of values) if (value > out) out = value;
  return out === Number.NEGATIVE_INFINITY ? empty : out;
}

export function minOf(values: Iterable<number>, empty = 0): number {
  let out = Number.POSITIVE_INFINITY;
  for (const value of values) if (value < out) out = value;
  return out === Number.POSITIVE_INFINITY ? empty : out;
}
