/**
 * extract (last step): the parts the earlier stages left on `file.data`, assembled into the
 * Document, with its stats. A source word that no record holds is reported (`text-lost`): the
 * pipeline checks itself for lost text on every report.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { type Diagnostic, SCHEMA_VERSION } from '../schema/document.js';
import '../types/vfile-data.js';
import { measure } from './stats.js';

export default function assembleDocument() {
  return (_tree: Root, file: VFile): undefined => {
    const { source, docId, metadata } = file.data;
    if (!source || !docId) throw new Error(`${file.path}: the read stage did not run`);
    if (!metadata) throw new Error(`${file.path}: the metadata stage did not run`);
    const { blocks = [], sections = [], footnotes = [], furniture = [] } = file.data;
    const { tables = [], facts = [], quantities = [], citations = [] } = file.data;
    const { citedDocuments = [] } = file.data;
    const parts = { metadata, sections, blocks, footnotes, tables, facts };
    const metadataLines = metadata.sources;
    const markers = [...(file.data.plainText?.markers ?? []), ...(file.data.hiddenMarkup ?? [])];
    const { stats, lost } = measure({
      text: String(file),
      ...parts,
      furniture,
      metadataLines,
      markers,
    });
    if (lost) {
      const shown = lost.words.map((w) => `«${w}»`).join(', ');
      file.message(
        `Text of the source is in no record (${shown}); coverage ${stats.coverage.toFixed(4)}`,
        {
          place: { line: lost.line, column: 1 },
          ruleId: 'text-lost',
          source: 'baocao',
        },
      );
    }
    file.data.draft = {
      schemaVersion: SCHEMA_VERSION,
      docId,
      source,
      ...parts,
      quantities,
      citations,
      citedDocuments,
      diagnostics: file.messages.map(toDiagnostic),
      stats,
    };
  };
}

export function toDiagnostic(message: VFileMessage): Diagnostic {
  const diagnostic: Diagnostic = {
    ruleId: message.ruleId ?? 'unknown',
    severity: message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info',
    message: message.reason,
  };
  if (message.line != null) diagnostic.line = message.line;
  if (message.column != null) diagnostic.column = message.column;
  return diagnostic;
}
