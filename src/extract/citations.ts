/**
 * extract: every reference to another document in blocks and footnotes (src/vi/document-reference.ts
 * reads them), and the distinct documents cited, with how often.
 *
 *   footnote fn1: `Kế hoạch … thực hiện Nghị quyết số 12-NQ/TW, ngày 16/3/2022 của Bộ Chính trị …`
 *   → citations: { id: 'fn1:c1', sourceId: 'fn1', kind: 'resolution', number: 12,
 *       code: '12-NQ/TW', date: '2022-03-16', issuer: 'Bộ Chính trị', raw, start, end }
 *   → citedDocuments: { key: '12-NQ/TW', …, count: 1, citationIds: ['fn1:c1'] }
 *
 * A document cited twice with two different dates is reported (`citation-date-conflict`): one of
 * them is a typing or reading slip.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { Citation, CitedDocument } from '../schema/document.js';
import '../types/vfile-data.js';
import { findDocumentReferences } from '../vi/document-reference.js';
import { lineAt, proseSources } from './prose-sources.js';

/** The same code written alike: spaces dropped, letters upper case (`Đ` stays `Đ`). */
export function citationKey(code: string): string {
  return code.normalize('NFC').replace(/\s+/gu, '').toUpperCase();
}

export default function citations() {
  return (_tree: Root, file: VFile): undefined => {
    const found: Citation[] = [];
    const documents = new Map<string, CitedDocument>();
    for (const source of proseSources(file)) {
      findDocumentReferences(source.text).forEach((reference, index) => {
        const citation: Citation = {
          id: `${source.id}:c${index + 1}`,
          sourceId: source.id,
          kind: reference.kind,
          number: reference.number,
          code: reference.code,
          key: citationKey(reference.code),
          date: reference.date ?? null,
          issuer: reference.issuer ?? null,
          raw: reference.raw,
          start: reference.start,
          end: reference.end,
        };
        found.push(citation);
        const { key } = citation;
        const known = documents.get(key);
        if (known === undefined) {
          documents.set(key, {
            key,
            kind: citation.kind,
            number: citation.number,
            code: citation.code,
            date: citation.date,
            issuer: citation.issuer,
            count: 1,
            citationIds: [citation.id],
          });
          return;
        }
        known.count++;
        known.citationIds.push(citation.id);
        known.issuer ??= citation.issuer;
        if (known.date === null) known.date = citation.date;
        else if (citation.date !== null && citation.date !== known.date) {
          const line = lineAt(source, citation.start);
          file.message(
            `${citation.code} is cited as of ${citation.date} here and of ${known.date} before`,
            {
              place: line === undefined ? undefined : { line, column: 1 },
              ruleId: 'citation-date-conflict',
              source: 'baocao',
            },
          );
        }
      });
    }
    file.data.citations = found;
    file.data.citedDocuments = [...documents.values()];
  };
}
