/**
 * JSON Schema (draft 2020-12) files generated from the zod schemas, for warehouses and for users in
 * other languages. `npm run schemas` writes them to `schemas/`; a test fails when they are stale.
 */
import { z } from 'zod';
import { DIALECTS, renderDdl } from '../emit/ddl.js';
import { toJson } from '../emit/json.js';
import { DocumentSchema } from './document.js';
import { ManifestSchema } from './manifest.js';
import { ChangeRecordSchema, RECORD_TYPES, recordJsonSchema } from './records.js';

const files = {
  'document.schema.json': { title: 'baocao Document', schema: DocumentSchema },
  'manifest.schema.json': { title: 'baocao run manifest', schema: ManifestSchema },
  'changes.schema.json': {
    title: 'baocao change feed (changes.ndjson)',
    schema: ChangeRecordSchema,
  },
} as const;

/**
 * Path under `schemas/` → text, in the bytes that are committed: the Document and manifest
 * schemas, one schema per record type in `records/`, and the record tables' DDL per SQL dialect.
 */
export function renderJsonSchemas(): Map<string, string> {
  const rendered = new Map<string, string>();
  for (const [name, { title, schema }] of Object.entries(files)) {
    const jsonSchema = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'output' });
    rendered.set(name, toJson({ title, ...jsonSchema }));
  }
  for (const type of RECORD_TYPES) {
    const title = `baocao ${type.name} record (records/${type.name}.ndjson)`;
    rendered.set(
      `records/${type.name}.schema.json`,
      toJson({ title, ...recordJsonSchema(type), primaryKey: type.primaryKey }),
    );
  }
  for (const dialect of DIALECTS) {
    rendered.set(
      `records/${dialect}.sql`,
      renderDdl(dialect, dialect === 'bigquery' ? { schema: 'baocao' } : {}),
    );
  }
  return rendered;
}
