#!/usr/bin/env node
// Writes schemas/*.schema.json from the zod schemas (run `npm run schemas`, which builds first).
// tests/schema.test.ts fails when the committed files differ from what this writes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { renderJsonSchemas } from '../dist/schema/json-schema.js';

for (const [name, text] of renderJsonSchemas()) {
  const url = new URL(`../schemas/${name}`, import.meta.url);
  mkdirSync(new URL('.', url), { recursive: true });
  writeFileSync(url, text);
  console.log(`wrote schemas/${name}`);
}
