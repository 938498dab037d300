import { pipeline } from './pipeline.js';
import { type Input, readSource } from './read/index.js';
import type { Document } from './schema/document.js';

export type { Input } from './read/index.js';

/**
 * One report in, one validated Document out.
 *
 * Rejects with a VFileMessage (`file`, `line`, `column`, `ruleId`) when the input cannot be read as
 * text, and with a SchemaViolation if a stage produced a Document that breaks its schema (a bug).
 */
export async function extract(input: Input): Promise<Document> {
  const file = readSource(input);
  await pipeline.run(pipeline.parse(file), file);
  const { document } = file.data;
  if (!document) throw new Error(`${input.path}: the validate stage did not run`);
  return document;
}
