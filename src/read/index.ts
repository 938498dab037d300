/**
 * read: input bytes → a VFile holding the normalized text, with `file.data.source` and
 * `file.data.docId` set. Undecodable input fails here with a message naming the file, the line and
 * the byte (`file.fail` throws a VFileMessage, as unified's own readers do).
 */

import { createHash } from 'node:crypto';
import { VFile } from 'vfile';
import { detectDialect } from '../parse/dialect.js';
import '../types/vfile-data.js';
import { hasWords } from '../vi/text.js';
import { decode } from './decode.js';
import { deepestNesting, densestInline, MAX_INLINE_MARKS, MAX_NESTING } from './nesting.js';

export interface Input {
  /** The path to report in the document and in messages (as given to the run, `/` separators). */
  path: string;
  bytes: Uint8Array;
}

export function readSource({ path, bytes }: Input): VFile {
  const file: VFile = new VFile({ path });
  const decoded = decode(bytes);
  if (!decoded.ok) {
    file.fail(decoded.reason, {
      place: { line: decoded.line, column: decoded.column },
      ruleId: decoded.ruleId,
      source: 'baocao',
    });
  }
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
    dialect: detectDialect(decoded.text),
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
