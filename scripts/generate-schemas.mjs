#!/usr/bin/env node
// Writes schemas/*.schema.json from the zod schemas (run `npm run schemas`, which builds first).
// tests/schema.test.ts fails when the committed files differ from what this writes.
import { writeFileSync } from 'node:fs';
import { renderJsonSchemas } from '../dist/schema/json-schema.js';

for (const [name, text] of renderJsonSchemas()) {
  writeFileSync(new URL(`../schemas/${name}`, import.meta.url), text);
  console.log(`wrote schemas/${name}`);
}
