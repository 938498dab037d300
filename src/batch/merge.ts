/**
 * `baocao merge`: the shard manifests of one output folder (`manifest.shard-K-of-N.json`, written
 * by `extract --shard K/N`) combined into its `manifest.json`, inputs in path order; documents no
 * shard kept are pruned. Every shard must be there: a missing one is an error that names it.
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { JsonOutput } from '../emit/documents.js';
import { toJson } from '../emit/json.js';
import { manifestPath, SHARD_MANIFEST, writeFileAtomic } from '../emit/output-folder.js';
import { type Manifest, ManifestSchema, totalsOf } from '../schema/manifest.js';
import { comparePaths } from './inputs.js';
import { pruneDocuments } from './run.js';

export class MergeError extends Error {}

export async function mergeShards(outDir: string): Promise<Manifest> {
  const names = (await readdir(outDir)).filter((name) => SHARD_MANIFEST.test(name));
  if (names.length === 0)
    throw new MergeError(`${outDir}: no shard manifests (manifest.shard-K-of-N.json)`);
  const shards: Manifest[] = [];
  for (const name of names) {
    shards.push(ManifestSchema.parse(JSON.parse(await readFile(join(outDir, name), 'utf8'))));
  }
  const counts = new Set(shards.map((shard) => shard.run.shard?.split('/')[1]));
  const [count] = counts;
  if (counts.size !== 1 || count === undefined)
    throw new MergeError(`${outDir}: shard manifests of different runs`);
  const missing = Array.from({ length: Number(count) }, (_, i) => i + 1).filter(
    (k) => !shards.some((shard) => shard.run.shard === `${k}/${count}`),
  );
  if (missing.length > 0)
    throw new MergeError(`${outDir}: shards ${missing.join(', ')} of ${count} are missing`);
  const fingerprints = new Set(shards.map((shard) => shard.extractor.fingerprint));
  if (fingerprints.size !== 1)
    throw new MergeError(`${outDir}: shards were extracted by different versions`);

  const inputs = shards
    .flatMap((shard) => shard.inputs)
    .sort((a, b) => comparePaths(a.path, b.path));
  const first = shards[0] as Manifest;
  const manifest = ManifestSchema.parse({
    ...first,
    run: {
      startedAt: shards.map((s) => s.run.startedAt).sort()[0],
      finishedAt: shards
        .map((s) => s.run.finishedAt)
        .sort()
        .at(-1),
      workers: shards.reduce((sum, s) => sum + s.run.workers, 0),
      shard: null,
      interrupted: shards.some((s) => s.run.interrupted),
    },
    totals: totalsOf(inputs),
    inputs,
  });
  await writeFileAtomic(manifestPath(outDir), toJson(manifest));
  for (const name of names) await rm(join(outDir, name), { force: true });
  if (!manifest.run.interrupted) await pruneDocuments(await JsonOutput.open(outDir), inputs);
  return manifest;
}
