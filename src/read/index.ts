/**
 * read: input bytes → a VFile holding the normalized text, with `file.data.source` and
 * `file.data.docId` set. Undecodable input fails here with a message naming the file, the line and
 * the byte (`file.fail` throws a VFileMessage, as unified's own readers do).
 */

import { createHash } from 'node:crypto';
import { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import { detectDialect } from '../parse/dialect.js';
import '../types/vfile-data.js';
import { type Dialect, type DialectName, DialectNameSchema } from '../schema/document.js';
import { hasWords } from '../vi/text.js';
import { type DecodedText, decode } from './decode.js';
import { type FormatName, formatOf, notReadReason } from './formats.js';
import { deepestNesting, densestInline, MAX_INLINE_MARKS, MAX_NESTING } from './nesting.js';
import { ORIGINAL_READERS, type OriginalText } from './original.js';

export interface Input {
  /** The path to report in the document and in messages (as given to the run, `/` separators). */
  path: string;
  bytes: Uint8Array;
}

/**
 * The read stage, by the input's format (src/read/formats.ts): an original (Word, PDF, HTML) through
 * its reader, loaded on first use; a format baocao does not read fails with `unsupported-format`
 * and the table's hint; anything else is read as text.
 */
export async function readInput(input: Input, signal: AbortSignal | undefined): Promise<VFile> {
  const format = formatOf(input.path);
  if (format && !format.readable) {
    const failed: VFile = new VFile({ path: input.path });
    failed.fail(notReadReason(format), { ruleId: 'unsupported-format', source: 'baocao' });
  }
  const loader = format && ORIGINAL_READERS[format.name];
  if (!format || !loader) return readSource(input);
  const reader = await loader();
  let original: OriginalText;
  try {
    original = await reader(input.bytes, input.path, signal);
  } catch (error) {
    // A reader's own failure (`needs-ocr` …) and an abort pass as they are; a library's error on
    // a broken file becomes a message naming the file.
    if (error instanceof VFileMessage || signal?.aborted) throw error;
    const failed: VFile = new VFile({ path: input.path });
    failed.fail(`the ${format.name} file cannot be read: ${(error as Error).message}`, {
      ruleId: 'original-unreadable',
      source: 'baocao',
    });
  }
  signal?.throwIfAborted();
  return readOriginalText(input, format.name, original);
}

export function readSource({ path, bytes }: Input): VFile {
  const decoded = decode(bytes);
  if (!decoded.ok) {
    const failed: VFile = new VFile({ path });
    failed.fail(decoded.reason, {
      place: { line: decoded.line, column: decoded.column },
      ruleId: decoded.ruleId,
      source: 'baocao',
    });
  }
  return textFile({ path, bytes }, decoded, {
    dialect: detectDialect(decoded.text),
    format: formatOf(path)?.name ?? 'markdown',
  });
}

/**
 * An original (Word, PDF, HTML) read by its reader: the reader's markdown becomes the file's text,
 * held to the same checks as a markdown input's; `source` describes the original's bytes, and
 * `source.origins` maps each line of the text back into the original.
 */
export function readOriginalText(
  { path, bytes }: Input,
  format: FormatName,
  original: OriginalText,
): VFile {
  if (!isOriginalFormat(format)) throw new Error(`${path}: ${format} is not an original's format`);
  const lines = original.text.split('\n');
  // A final `\n` ends the last line; it does not start another (as the stats count lines).
  if (original.text.endsWith('\n')) lines.pop();
  if (lines.length !== original.origins.length) {
    // A reader bug, not bad input: the map would point lines at the wrong places.
    throw new Error(
      `${path}: the ${format} reader gave ${original.origins.length} origins for ${lines.length} lines`,
    );
  }
  const text = original.text.normalize('NFC');
  const file = textFile(
    { path, bytes },
    { ok: true, text, encoding: 'utf-8', normalizations: text === original.text ? [] : ['nfc'] },
    { dialect: { name: format, evidence: original.evidence }, format },
  );
  if (file.data.source) file.data.source.origins = original.origins.map((o) => o ?? null);
  return file;
}

/** The formats whose reader's name is the dialect (`docx`, `pdf`, `html`). */
const isOriginalFormat = (format: FormatName): format is FormatName & DialectName =>
  (DialectNameSchema.options as readonly string[]).includes(format);

/**
 * The one way a VFile is made from decoded text, for a text input and an original's reading alike:
 * the hostile-input checks, `source` (sha256 and size of the input bytes as given), the docId from
 * the text, and the messages about how it was read.
 */
function textFile(
  { path, bytes }: Input,
  decoded: DecodedText,
  how: { dialect: Dialect; format: FormatName },
): VFile {
  const file: VFile = new VFile({ path });
  file.value = decoded.text;
  const nesting = deepestNesting(decoded.text);
  if (nesting.depth > MAX_NESTING) {
    file.fail(
      `block quotes and list items nested ${nesting.depth} deep; a report nests a few levels, and more than ${MAX_NESTING} would stall the markdown parser`,
      { place: { line: nesting.line, column: 1 }, ruleId: 'nesting-too-deep', source: 'baocao' },
    );
  }
  const density = densestInline(decoded.text);
  if (density.count > MAX_INLINE_MARKS) {
    file.fail(
      `more than ${MAX_INLINE_MARKS} marks of ${density.marks} in one paragraph; a report writes a few, and this many would stall the markdown parser`,
      { place: { line: density.line, column: 1 }, ruleId: 'syntax-too-dense', source: 'baocao' },
    );
  }
  file.data.source = {
    path,
    sha256: sha256(bytes),
    bytes: bytes.length,
    encoding: decoded.encoding,
    normalizations: decoded.normalizations,
    dialect: how.dialect,
    format: how.format,
  };
  // The id hashes the normalized text, so a report saved with a BOM, CRLF or NFD is the same report.
  file.data.docId = sha256(decoded.text).slice(0, 16);
  if (decoded.detected) {
    // The text is right, but how it was told should be seen: a dashboard may count these files.
    file.message(decoded.detected.reason, { ruleId: decoded.detected.ruleId, source: 'baocao' });
  }
  if (!hasWords(decoded.text)) {
    file.message('the file holds no text (empty, or white space and punctuation only)', {
      ruleId: 'no-text',
      source: 'baocao',
    });
  }
  return file;
}

export function sha256(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}
