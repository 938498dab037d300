/**
 * The one table of input formats: which file names a run takes, how each is read, and what a user
 * is told about a file it does not read. The walker (src/batch/inputs.ts) and the readers
 * (src/read) both look formats up here, so a format becomes readable by changing its row only.
 */
import { extname } from 'node:path';
import type { FormatName } from '../schema/document.js';

/** The names are the schema's (`source.format`): FormatNameSchema in src/schema/document.ts. */
export type { FormatName };

export interface Format {
  name: FormatName;
  /** File name extensions, lower case with the dot. */
  extensions: readonly string[];
  /** Whether the pipeline reads it today; when not, the file is skipped with `unsupported-format`. */
  readable: boolean;
  /** For an unreadable format: what to do instead. */
  hint?: string;
}

export const FORMATS: readonly Format[] = [
  { name: 'markdown', extensions: ['.md', '.markdown'], readable: true },
  // Plain text from a PDF extractor or OCR: the plain-text reader (src/parse/plain-text) lays it out.
  { name: 'text', extensions: ['.txt'], readable: true },
  // Originals: their readers (src/read/original.ts) write the markdown. A PDF needs a text layer:
  // a scan fails with `needs-ocr`.
  { name: 'docx', extensions: ['.docx'], readable: true },
  { name: 'pdf', extensions: ['.pdf'], readable: true },
  { name: 'html', extensions: ['.html', '.htm', '.xhtml'], readable: true },
  {
    name: 'doc',
    extensions: ['.doc'],
    readable: false,
    hint: 'a legacy binary Word file: save it as .docx (libreoffice --headless --convert-to docx)',
  },
  {
    name: 'odt',
    extensions: ['.odt'],
    readable: false,
    hint: 'save it as .docx (libreoffice --headless --convert-to docx)',
  },
  {
    name: 'rtf',
    extensions: ['.rtf'],
    readable: false,
    hint: 'save it as .docx (libreoffice --headless --convert-to docx)',
  },
];

const byExtension = new Map(
  FORMATS.flatMap((format) => format.extensions.map((extension) => [extension, format] as const)),
);

/**
 * What a user is told of a file whose format the pipeline does not read: what it is and what to
 * do (`a DOC file, a format baocao does not read yet; save it as .docx …`). The walk and the read
 * stage say it alike.
 */
export function notReadReason(format: Format): string {
  const instead = format.hint ?? 'convert it to markdown first';
  return `a ${format.name.toUpperCase()} file, a format baocao does not read yet; ${instead}`;
}

/** The format a file name says, or undefined for a name no row knows. */
export function formatOf(path: string): Format | undefined {
  return byExtension.get(extname(path).toLowerCase());
}
