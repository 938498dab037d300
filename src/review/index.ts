/**
 * review: static HTML pages to check an extraction by eye, one per document and an index, written
 * from the JSON output (documents and manifest) and the source files they name. No server, no
 * network: every page is one self-contained file.
 *
 *   <out>/index.html          every input: status, coverage, counts, diagnostics; sortable
 *   <out>/<docId>.html        one document beside its source text
 *
 * A document file that cannot be read or is not a Document is named in the result's `problems`
 * and in the index, and the other pages are still written.
 */
import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import {
  documentPath,
  documentsDir,
  manifestPath,
  readDocumentFile,
  writeFileAtomic,
} from '../emit/output-folder.js';
import type { Document } from '../schema/document.js';
import { type Manifest, ManifestSchema } from '../schema/manifest.js';
import { pageName, renderDocumentPage } from './document-page.js';
import { type IndexRow, renderIndexPage, summarize } from './index-page.js';
import { loadSource } from './source.js';

export { renderDocumentPage } from './document-page.js';
export { escapeHtml } from './html.js';
export { renderIndexPage } from './index-page.js';
export { loadSource, type SourceText } from './source.js';

export interface ReviewOptions {
  /** Document JSON files, or output folders (their `manifest.json` and `documents/`). */
  paths: readonly string[];
  /** Where the pages go; created when missing. */
  outDir: string;
  /** The folder the extraction ran in: documents' `source.path` are relative to it. Default: cwd. */
  sourceRoot?: string;
  /** The manifest of the first folder, when the caller has it (a run that just finished). */
  manifest?: Manifest;
}

export interface ReviewResult {
  /** Pages written, the index not counted. */
  pages: number;
  rows: IndexRow[];
  /** A sentence per document file that could not be shown, naming the file. */
  problems: string[];
}

/** A path given to `review` that is not there or holds nothing to review. */
export class ReviewInputError extends Error {}

interface Item {
  path: string;
  status: IndexRow['status'];
  reason: string | null;
  documentFile: string | null;
}

export async function writeReview(options: ReviewOptions): Promise<ReviewResult> {
  const items: Item[] = [];
  for (const [index, path] of options.paths.entries()) {
    // One by one: an archive of 200 000 documents spread as arguments overflows the stack.
    for (const item of await collect(path, index === 0 ? options.manifest : undefined))
      items.push(item);
  }
  await mkdir(options.outDir, { recursive: true });
  const rows: IndexRow[] = [];
  const problems: string[] = [];
  /** Document file → the page made from it, so a file two inputs share is rendered once. */
  const done = new Map<string, Pick<IndexRow, 'page' | 'document' | 'reason'>>();
  for (const item of items) {
    const row: IndexRow = { ...item, page: null, document: null };
    const file = item.documentFile;
    if (file !== null) {
      let result = done.get(file);
      if (!result) {
        result = await reviewDocument(file, item, options);
        if (result.page === null && result.reason !== null && result.reason !== item.reason)
          problems.push(result.reason);
        done.set(file, result);
      }
      Object.assign(row, result);
    }
    rows.push(row);
  }
  const pages = new Set(rows.flatMap((row) => row.page ?? []));
  await removeStalePages(options.outDir, pages);
  await writeFileAtomic(join(options.outDir, 'index.html'), renderIndexPage(rows));
  return { pages: pages.size, rows, problems };
}

async function reviewDocument(
  file: string,
  item: Item,
  options: ReviewOptions,
): Promise<Pick<IndexRow, 'page' | 'document' | 'reason'>> {
  let document: Document;
  try {
    document = await readDocumentFile(file);
  } catch (error) {
    // A skipped input may have no document file (no text): the manifest's reason says why.
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    if (missing && item.status !== null && item.status !== 'ok') {
      return { page: null, document: null, reason: item.reason };
    }
    return { page: null, document: null, reason: (error as Error).message };
  }
  const source = await loadSource(document.source, options.sourceRoot);
  const page = pageName(document.docId);
  await writeFileAtomic(join(options.outDir, page), renderDocumentPage(document, source));
  return { page, document: summarize(document, source.status === 'same'), reason: item.reason };
}

/** A document file, or an output folder: its manifest's inputs, else its document files. */
async function collect(path: string, known?: Manifest): Promise<Item[]> {
  let isFolder: boolean;
  try {
    isFolder = (await stat(path)).isDirectory();
  } catch {
    throw new ReviewInputError(`${path}: no such file or folder`);
  }
  if (!isFolder) return [{ path, status: null, reason: null, documentFile: path }];
  const manifest = known ?? (await readManifest(manifestPath(path)));
  if (manifest) {
    return manifest.inputs.map((entry) => ({
      path: entry.path,
      status: entry.status,
      reason: entry.error?.message ?? null,
      documentFile: entry.docId === null ? null : documentPath(path, entry.docId),
    }));
  }
  const documents = (await isDirectory(documentsDir(path))) ? documentsDir(path) : path;
  const files = (await readdir(documents))
    .filter((name) => name.endsWith('.json') && !name.startsWith('manifest'))
    .sort();
  if (files.length === 0) {
    throw new ReviewInputError(`${path}: no manifest.json and no document files to review`);
  }
  return files.map((name) => {
    const file = join(documents, name);
    return { path: file, status: null, reason: null, documentFile: file };
  });
}

async function readManifest(file: string): Promise<Manifest | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return undefined;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ReviewInputError(`${file}: not JSON: ${(error as Error).message}`);
  }
  const parsed = ManifestSchema.safeParse(json);
  if (!parsed.success) throw new ReviewInputError(`${file}: not a baocao manifest`);
  return parsed.data;
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/** Pages of documents no longer reviewed: only files named like a page are touched. */
async function removeStalePages(dir: string, keep: ReadonlySet<string>): Promise<void> {
  for (const name of await readdir(dir)) {
    if (/^[0-9a-f]{16}\.html$/.test(name) && !keep.has(name)) await rm(join(dir, name));
  }
}
