/**
 * The batch runner: a thin shell around `extract`. It walks the inputs in a stable order, extracts
 * each, writes each Document as soon as it is ready and records every input in the manifest: `ok`,
 * `skipped` or `failed` with a reason. One bad file never stops the others.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { VFileMessage } from 'vfile-message';
import { JsonOutput } from '../emit/documents.js';
import { extract } from '../extract.js';
import type { InputError, Manifest, ManifestEntry } from '../schema/manifest.js';
import { MANIFEST_VERSION, ManifestSchema } from '../schema/manifest.js';
import { VERSION } from '../version.js';
import { describe, type InputEntry, walkInputs } from './inputs.js';

export interface BatchOptions {
  /** Files and directories to extract. */
  paths: readonly string[];
  /** The output folder; created when missing. */
  outDir: string;
  /** Called once per input, in input order, as soon as its outcome is known. */
  onEntry?: (entry: ManifestEntry) => void;
}

export async function runBatch({ paths, outDir, onEntry }: BatchOptions): Promise<Manifest> {
  const output = await JsonOutput.open(outDir);
  // The first input with a given text owns its docId; a later copy would overwrite its document.
  const owners = new Map<string, string>();
  const entries: ManifestEntry[] = [];
  for await (const input of walkInputs(paths)) {
    const entry = await processInput(input, output, owners);
    entries.push(entry);
    onEntry?.(entry);
  }
  const count = (status: ManifestEntry['status']) =>
    entries.filter((entry) => entry.status === status).length;
  const manifest = ManifestSchema.parse({
    manifestVersion: MANIFEST_VERSION,
    tool: { name: 'baocao', version: VERSION },
    totals: {
      inputs: entries.length,
      ok: count('ok'),
      skipped: count('skipped'),
      failed: count('failed'),
    },
    inputs: entries,
  });
  await output.writeManifest(manifest);
  return manifest;
}

async function processInput(
  input: InputEntry,
  output: JsonOutput,
  owners: Map<string, string>,
): Promise<ManifestEntry> {
  const { path } = input;
  if (input.kind !== 'file') {
    const error = { ruleId: input.ruleId, message: input.reason };
    return { path, status: input.kind, docId: null, sha256: null, error };
  }

  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const message = `${path}: ${describe(error)}`;
    return {
      path,
      status: 'failed',
      docId: null,
      sha256: null,
      error: { ruleId: 'read-error', message },
    };
  }

  try {
    const document = await extract({ path, bytes });
    const { docId } = document;
    const sha256 = document.source.sha256;
    if (document.stats.textLines === 0) {
      const message = `${path}: the file holds no text; no document written`;
      return { path, status: 'skipped', docId, sha256, error: { ruleId: 'no-text', message } };
    }
    const owner = owners.get(docId);
    if (owner !== undefined) {
      const message = `${path}: the same text as ${owner} (docId ${docId}); extracted once`;
      return { path, status: 'skipped', docId, sha256, error: { ruleId: 'duplicate', message } };
    }
    owners.set(docId, path);
    await output.writeDocument(document);
    return { path, status: 'ok', docId, sha256, error: null };
  } catch (error) {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    return { path, status: 'failed', docId: null, sha256, error: toInputError(path, error) };
  }
}

function toInputError(path: string, error: unknown): InputError {
  if (error instanceof VFileMessage) {
    const place = error.line == null ? '' : `:${error.line}:${error.column ?? 1}`;
    const inputError: InputError = {
      ruleId: error.ruleId ?? 'unreadable',
      message: `${path}${place}: ${error.reason}`,
    };
    if (error.line != null) inputError.line = error.line;
    if (error.column != null) inputError.column = error.column;
    return inputError;
  }
  const detail = error instanceof Error ? error.message : String(error);
  return {
    ruleId: 'internal-error',
    message: detail.startsWith(path) ? detail : `${path}: ${detail}`,
  };
}
