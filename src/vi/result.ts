/**
 * Results as values: every parser in `src/vi/` returns one of these instead of throwing, so a
 * malformed figure in one report never stops a batch.
 *
 *   ok(3)            → { ok: true, value: 3 }
 *   fail('12.34 …')  → { ok: false, reason: '12.34 …' }
 */

export interface Ok<T> {
  ok: true;
  value: T;
}

export interface Failure {
  ok: false;
  /** Why the text was rejected, in English, quoting the offending text. */
  reason: string;
}

export type Result<T> = Ok<T> | Failure;

export function ok<T>(value: T): Ok<T> {
  return { ok: true, value };
}

export function fail(reason: string): Failure {
  return { ok: false, reason };
}

/** Quotes report text in a reason, cut short so a 1 MB input does not make a 1 MB message. */
export function quote(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}
