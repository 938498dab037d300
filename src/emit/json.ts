/**
 * emit: a Document or a manifest as JSON text. Keys come in schema order (zod's output follows the
 * shape), indentation is fixed and there is a final newline, so the same input gives the same bytes
 * on every machine and in every run.
 */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
