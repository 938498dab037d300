/**
 * validate: assemble the parts the earlier stages left on `file.data` into a Document and parse it
 * with its zod schema. The Document is only ever written after this check. A mismatch is a bug in
 * baocao, not in the report, so it throws a SchemaViolation naming the path of each bad field.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import type { ZodError } from 'zod';
import {
  type Diagnostic,
  type Document,
  DocumentSchema,
  type Metadata,
  SCHEMA_VERSION,
} from '../schema/document.js';
import '../types/vfile-data.js';
import { measure } from './stats.js';

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

/** Metadata nothing has read yet: every field unknown, never guessed. */
const unknownMetadata: Metadata = {
  documentType: null,
  title: null,
  issuer: null,
  documentNumber: null,
  place: null,
  issuedOn: null,
  period: null,
  signer: null,
  recipients: [],
};

export default function validate() {
  return (_tree: Root, file: VFile): undefined => {
    const { source, docId, blocks = [], footnotes = [], furniture = [] } = file.data;
    if (!source || !docId) throw new Error(`${file.path}: the read stage did not run`);
    const parts = { blocks, sections: [], footnotes, tables: [] };
    const document: Document = {
      schemaVersion: SCHEMA_VERSION,
      docId,
      source,
      metadata: unknownMetadata,
      ...parts,
      diagnostics: file.messages.map(toDiagnostic),
      stats: measure({ text: String(file), ...parts, furniture }),
    };
    const result = DocumentSchema.safeParse(document);
    if (!result.success) throw new SchemaViolation(file.path, result.error.issues);
    file.data.document = result.data;
  };
}

function toDiagnostic(message: VFileMessage): Diagnostic {
  const diagnostic: Diagnostic = {
    ruleId: message.ruleId ?? 'unknown',
    severity: message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info',
    message: message.reason,
  };
  if (message.line != null) diagnostic.line = message.line;
  if (message.column != null) diagnostic.column = message.column;
  return diagnostic;
}
