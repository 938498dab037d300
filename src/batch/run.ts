/**
 * The batch runner: a thin shell around `extract`. It walks the inputs in a stable order, extracts
 * each, writes each Document as soon as it is ready and records every input in the manifest: `ok`,
 * `skipped` or `failed` with a reason. One bad file never stops the others.
 */
import { readFile } from 'node:fs/promises';
import { VFileMessage } from 'vfile-message';
import { JsonOutput } from '../emit/documents.js';
import { extract } from '../extract.js';
import { sha256 } from '../read/index.js';
import type { InputError, InputStatus, Manifest, ManifestEntry } from '../schema/manifest.js';
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
  const entry = (status: InputStatus, fields: Partial<ManifestEntry> = {}): ManifestEntry => ({
    path,
    status,
    docId: null,
    sha256: null,
    error: null,
    ...fields,
  });
  if (input.kind !== 'file') {
    return entry(input.kind, { error: { ruleId: input.ruleId, message: input.reason } });
  }

  let bytes: Uint8Array;
  try {
    bytes = await readFile(input.location);
  } catch (error) {
    return entry('failed', {
      error: { ruleId: 'read-error', message: `${path}: ${describe(error)}` },
    });
  }

  try {
    const document = await extract({ path, bytes });
    const found = { docId: document.docId, sha256: document.source.sha256 };
    if (document.stats.textLines === 0) {
      const message = `${path}: the file holds no text; no document written`;
      return entry('skipped', { ...found, error: { ruleId: 'no-text', message } });
    }
    const owner = owners.get(document.docId);
    if (owner !== undefined) {
      const message = `${path}: the same text as ${owner} (docId ${document.docId}); extracted once`;
      return entry('skipped', { ...found, error: { ruleId: 'duplicate', message } });
    }
    owners.set(document.docId, path);
    await output.writeDocument(document);
    return entry('ok', found);
  } catch (error) {
    return entry('failed', { sha256: sha256(bytes), error: toInputError(path, error) });
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
