/**
 * The review folder's index: every input with its status, and for each extracted document its
 * grade, coverage, counts and diagnostics, sortable by any column, linking to the document's page.
 * The worst-read come first: failures, then documents by their quality score, lowest first.
 */
import type { Document, Quality } from '../schema/document.js';
import { indexScript, indexStyle, page } from './assets.js';
import { formatPeriod, formatShare, gradeBadge } from './format.js';
import { type Html, html, type Interpolation } from './html.js';

export interface IndexRow {
  /** The input's path, or the document file's when no manifest names the input. */
  path: string;
  /** From the manifest; null when the pages were made from document files alone. */
  status: 'ok' | 'skipped' | 'failed' | null;
  /** Why it was skipped or failed, or why its page could not be made. */
  reason: string | null;
  /** The page's file name, when one was written. */
  page: string | null;
  document: Summary | null;
}

/** What the index shows of a document (the page holds the rest). */
export interface Summary {
  docId: string;
  title: string;
  period: string;
  quality: Quality;
  coverage: number;
  sections: number;
  blocks: number;
  footnotes: number;
  tables: number;
  facts: number;
  errors: number;
  warnings: number;
  infos: number;
  /** False when the source file is missing, unreadable or changed since extraction. */
  sourceOk: boolean;
}

export function summarize(document: Document, sourceOk: boolean): Summary {
  const count = (severity: string) =>
    document.diagnostics.filter((diagnostic) => diagnostic.severity === severity).length;
  const { metadata, stats } = document;
  return {
    docId: document.docId,
    title: [metadata.documentType, metadata.title].filter(Boolean).join(': '),
    period: formatPeriod(metadata.period),
    quality: document.quality,
    coverage: stats.coverage,
    sections: stats.sections,
    blocks: stats.blocks,
    footnotes: stats.footnotes,
    tables: stats.tables,
    facts: document.facts.length,
    errors: count('error'),
    warnings: count('warning'),
    infos: count('info'),
    sourceOk,
  };
}

/** Failures first, then documents by score (the lowest first), then inputs without a document. */
function worstFirst(rows: readonly IndexRow[]): IndexRow[] {
  const rank = (row: IndexRow) =>
    row.status === 'failed' ? -1 : row.document ? row.document.quality.score : 2;
  return [...rows].sort((a, b) => rank(a) - rank(b));
}

export function renderIndexPage(unsorted: readonly IndexRow[]): string {
  const rows = worstFirst(unsorted);
  const pages = rows.filter((row) => row.page !== null).length;
  const failed = rows.filter((row) => row.status === 'failed').length;
  const graded = (grade: Quality['grade']) =>
    rows.filter((row) => row.document?.quality.grade === grade).length;
  const number = (value: number | undefined, shown: Interpolation = value) =>
    html`<td class="n" data-v="${value ?? ''}">${value === undefined ? '' : shown}</td>`;
  const body = rows.map((row) => {
    const doc = row.document;
    const name = doc?.title || row.path;
    const link = row.page ? html`<a href="${encodeURIComponent(row.page)}">${name}</a>` : name;
    const status = row.status ?? 'ok';
    const diagnostics = doc && doc.errors + doc.warnings + doc.infos;
    const diagnosticsText =
      doc &&
      [
        doc.errors > 0 && `${doc.errors} error${doc.errors > 1 ? 's' : ''}`,
        doc.warnings > 0 && `${doc.warnings} warning${doc.warnings > 1 ? 's' : ''}`,
        doc.infos > 0 && `${doc.infos} info`,
      ]
        .filter(Boolean)
        .join(', ');
    return html`<tr>
<td>${link}${doc && html`<div class="path">${row.path}</div>`}${row.reason && html`<div class="why">${row.reason}</div>`}${doc && !doc.sourceOk && html`<div class="why warn-text">source file missing or changed</div>`}</td>
<td data-v="${status}">${row.status === null ? html`<span class="none">—</span>` : html`<span class="status status-${row.status}">${row.status}</span>`}</td>
<td>${doc?.period ?? ''}</td>
${number(doc?.quality.score, doc && html`${gradeBadge(doc.quality)}${doc.quality.signals.length > 0 && html`<div class="why">${doc.quality.signals.join(', ')}</div>`}`)}
${number(doc?.coverage, doc && html`<span class="${doc.quality.grade !== 'good' || doc.coverage < 1 ? 'warn-text' : 'ok-text'}">${formatShare(doc.coverage)}</span>`)}
${number(doc?.sections)}${number(doc?.blocks)}${number(doc?.footnotes)}${number(doc?.tables)}${number(doc?.facts)}
${number(diagnostics ?? undefined, diagnosticsText || '0')}
</tr>`;
  });
  const header = (label: string, type: 'text' | 'number') =>
    html`<th scope="col" data-type="${type}"><button type="button">${label}</button></th>`;
  const content: Html = html`<header class="top"><h1>baocao review: ${rows.length} input${rows.length === 1 ? '' : 's'}</h1></header>
<main>
<p class="totals"><span><strong>${pages}</strong> pages</span><span><strong>${failed}</strong> failed</span><span><strong>${graded('poor')}</strong> read poorly</span><span><strong>${graded('partial')}</strong> in part</span><span>Worst first; click a column to sort.</span></p>
<table class="docs">
<thead><tr>${header('Document', 'text')}${header('Status', 'text')}${header('Period', 'text')}${header('Grade', 'number')}${header('Coverage', 'number')}${header('Sections', 'number')}${header('Blocks', 'number')}${header('Footnotes', 'number')}${header('Tables', 'number')}${header('Facts', 'number')}${header('Diagnostics', 'number')}</tr></thead>
<tbody>${body}</tbody>
</table>
</main>`;
  return page({ title: 'baocao review', style: indexStyle, script: indexScript, body: content });
}
