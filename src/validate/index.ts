/**
 * validate: the assembled Document parsed with its zod schema; only what passes is ever written.
 * A mismatch is a bug in baocao, not in the report, so it throws a SchemaViolation naming the path
 * of each bad field.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { ZodError } from 'zod';
import { DocumentSchema } from '../schema/document.js';
import '../types/vfile-data.js';

export class SchemaViolation extends Error {
  override name = 'SchemaViolation';
  constructor(
    readonly path: string,
    readonly issues: ZodError['issues'],
  ) {
    const fields = issues
      .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
      .join('; ');
    super(`${path}: the document does not match its schema (a bug in baocao): ${fields}`);
  }
}

export default function validate() {
  return (_tree: Root, file: VFile): undefined => {
    const result = DocumentSchema.safeParse(file.data.draft);
    if (!result.success) throw new SchemaViolation(file.path, result.error.issues);
    file.data.document = result.data;
  };
}
