/**
 * The normalized source text a page shows beside the extraction, read again through the read stage
 * from `source.path` (the text is not in the Document). For an original (Word, PDF, HTML) that is
 * its reader's text, made again from the file: the text the spans count, with `source.origins`
 * telling where each line stands in the original. The page must not pass off other text as
 * the source: a file whose bytes changed since extraction is shown with that said, a missing or
 * unreadable file is named with the reason.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { readInput } from '../read/index.js';
import type { Source } from '../schema/document.js';

export type SourceText =
  /** The bytes extracted: the lines are the ones the spans count. */
  | { status: 'same'; path: string; lines: string[] }
  /** The file is there but its bytes changed since extraction: the spans may point elsewhere. */
  | { status: 'changed'; path: string; lines: string[]; sha256: string }
  /** No text to show, and why. */
  | { status: 'missing' | 'unreadable'; path: string; reason: string };

/** `source.path` is relative to the folder the extraction ran in: `root` (default: the cwd). */
export async function loadSource(source: Source, root = process.cwd()): Promise<SourceText> {
  const path = resolve(root, source.path);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : (error as Error).message;
    return { status: code === 'ENOENT' ? 'missing' : 'unreadable', path, reason };
  }
  let text: string;
  let sha256: string | undefined;
  try {
    const file = await readInput({ path: source.path, bytes }, undefined);
    text = String(file.value);
    sha256 = file.data.source?.sha256;
  } catch (error) {
    return { status: 'unreadable', path, reason: (error as Error).message };
  }
  const lines = text.split('\n');
  if (sha256 === source.sha256) return { status: 'same', path, lines };
  return { status: 'changed', path, lines, sha256: sha256 ?? '' };
}
