/** Reading a run's output folder back in tests: its manifest, its documents, each input's outcome. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Manifest, ManifestSchema } from '../../src/schema/manifest.js';

export function readManifest(folder: string, out = 'out', name = 'manifest.json'): Manifest {
  return ManifestSchema.parse(JSON.parse(readFileSync(join(folder, out, name), 'utf8')));
}

/** The output folder's documents, name → bytes. */
export function readDocuments(folder: string, out = 'out'): Map<string, string> {
  const dir = join(folder, out, 'documents');
  return new Map(
    readdirSync(dir)
      .sort()
      .map((name) => [name, readFileSync(join(dir, name), 'utf8')]),
  );
}

/** Each input's outcome: its status, or the rule that skipped or failed it. */
export const statuses = (manifest: Manifest) =>
  manifest.inputs.map((entry) => entry.error?.ruleId ?? entry.status);
