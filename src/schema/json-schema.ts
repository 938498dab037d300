/**
 * JSON Schema (draft 2020-12) files generated from the zod schemas, for warehouses and for users in
 * other languages. `npm run schemas` writes them to `schemas/`; a test fails when they are stale.
 */
import { z } from 'zod';
import { toJson } from '../emit/json.js';
import { DocumentSchema } from './document.js';
import { ManifestSchema } from './manifest.js';

const files = {
  'document.schema.json': { title: 'baocao Document', schema: DocumentSchema },
  'manifest.schema.json': { title: 'baocao run manifest', schema: ManifestSchema },
} as const;

export type SchemaFileName = keyof typeof files;

/** File name → JSON text, in the bytes that are committed under `schemas/`. */
export function renderJsonSchemas(): Map<SchemaFileName, string> {
  const rendered = new Map<SchemaFileName, string>();
  for (const [name, { title, schema }] of Object.entries(files)) {
    const jsonSchema = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'output' });
    rendered.set(name as SchemaFileName, toJson({ title, ...jsonSchema }));
  }
  return rendered;
}
