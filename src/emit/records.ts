/**
 * The warehouse records of one Document (`src/schema/records.ts`): one projection per record type,
 * each a plain copy of what the Document holds, flattened (a period spread over columns, spans to
 * first and last line, ids of what a row belongs to). No language work and nothing derived again:
 * base units and exact base values, a table's block and section, a citation's key are the
 * Document's own. The only thing a record adds is the extractor that made the Document.
 *
 *   toRecords(document, context).facts[0] → { doc_id, fact_id, table_id, row_id,
 *       indicator: 'Thu nội địa', measure: 'actual', unit: 'Tỷ đồng', value: 24042.91,
 *       base_unit: 'đồng', currency: 'VND', base_value: '24042910000000', period_year: 2023, … }
 */
import type { Block, Document, Period, Section, Source, Span } from '../schema/document.js';
import {
  ExactDecimalSchema,
  RECORD_TYPES,
  type RecordSet,
  type RecordTypeName,
} from '../schema/records.js';

/** What a run knows beyond the Document: the extractor that made it. */
export interface RecordContext {
  /** The extractor fingerprint (the manifest's), carried by the `documents` record. */
  fingerprint: string;
}

type Projection<N extends RecordTypeName> = (
  document: Document,
  context: RecordContext,
) => RecordSet[N];

function periodColumns(period: Period | null) {
  return {
    period_year: period?.year ?? null,
    period_quarter: period?.quarter ?? null,
    period_half: period?.half ?? null,
    period_month: period?.month ?? null,
    period_months: period?.months ?? null,
    period_from: period?.from ?? null,
    period_to: period?.to ?? null,
  };
}

/** First and last line, and where the first stands in an original (Word, PDF, HTML). */
function lineColumns(sources: readonly Span[], origins: Source['origins']) {
  const first = sources[0];
  const last = sources[sources.length - 1];
  if (first === undefined || last === undefined) throw new Error('a record without source lines');
  const origin = origins?.[first.startLine - 1];
  return {
    start_line: first.startLine,
    end_line: last.endLine,
    origin_page: origin?.page ?? null,
    origin_line: origin?.line ?? null,
    origin_paragraph: origin?.paragraph ?? null,
  };
}

/**
 * An exact base value as a warehouse column holds it: beyond DECIMAL(38,10) a warehouse would
 * round it, so the record says nothing rather than something wrong (the Document keeps it whole).
 */
function decimalColumn(value: string | null): string | null {
  return value !== null && ExactDecimalSchema.safeParse(value).success ? value : null;
}

/** Every section in reading order, with its parent. */
function* sectionsOf(
  sections: readonly Section[],
  parentId: string | null = null,
): Generator<{ section: Section; parentId: string | null }> {
  for (const section of sections) {
    yield { section, parentId };
    yield* sectionsOf(section.children, section.id);
  }
}

/** Every block in reading order, with its section: those before any section, then each section's. */
function* blocksOf(document: Document): Generator<{ block: Block; sectionId: string | null }> {
  for (const block of document.blocks) yield { block, sectionId: null };
  for (const { section } of sectionsOf(document.sections))
    for (const block of section.blocks) yield { block, sectionId: section.id };
}

const documents: Projection<'documents'> = (document, context) => {
  const { docId, metadata, stats, source, quality } = document;
  return [
    {
      doc_id: docId,
      schema_version: document.schemaVersion,
      extractor_fingerprint: context.fingerprint,
      path: source.path,
      sha256: source.sha256,
      bytes: source.bytes,
      encoding: source.encoding,
      dialect: source.dialect.name,
      dialect_evidence: source.dialect.evidence,
      format: source.format,
      document_type: metadata.documentType,
      title: metadata.title,
      issuer: metadata.issuer,
      document_number: metadata.documentNumber,
      place: metadata.place,
      issued_on: metadata.issuedOn,
      ...periodColumns(metadata.period),
      signer_name: metadata.signer?.name ?? null,
      signer_role: metadata.signer?.role ?? null,
      recipients: metadata.recipients,
      inferred: metadata.inferred,
      lines: stats.lines,
      text_lines: stats.textLines,
      characters: stats.characters,
      blocks: [...blocksOf(document)].length,
      sections: [...sectionsOf(document.sections)].length,
      footnotes: document.footnotes.length,
      tables: document.tables.length,
      facts: document.facts.length,
      quantities: document.quantities.length,
      citations: document.citations.length,
      diagnostics: document.diagnostics.length,
      furniture_lines: stats.furnitureLines,
      coverage: stats.coverage,
      structured: stats.structured,
      quality_grade: quality.grade,
      quality_score: quality.score,
      quality_signals: quality.signals,
    },
  ];
};

const sections: Projection<'sections'> = (document) =>
  [...sectionsOf(document.sections)].map(({ section, parentId }, index) => ({
    doc_id: document.docId,
    section_id: section.id,
    parent_id: parentId,
    ordinal: index + 1,
    label: section.label,
    numbering: section.numbering,
    level: section.level,
    title: section.title,
    start_line: section.sources[0]?.startLine ?? null,
    end_line: section.sources[section.sources.length - 1]?.endLine ?? null,
  }));

const blocks: Projection<'blocks'> = (document) =>
  [...blocksOf(document)].map(({ block, sectionId }, index) => ({
    doc_id: document.docId,
    block_id: block.id,
    section_id: sectionId,
    ordinal: index + 1,
    kind: block.kind,
    text: block.text,
    marker: block.marker,
    depth: block.depth,
    joins: block.sources.length - 1,
    ...lineColumns(block.sources, document.source.origins),
    sources: block.sources,
  }));

const footnotes: Projection<'footnotes'> = (document) =>
  document.footnotes.map((footnote) => ({
    doc_id: document.docId,
    footnote_id: footnote.id,
    number: footnote.number,
    label: footnote.label,
    text: footnote.text,
    citations: footnote.citedBy.length,
    ...lineColumns(footnote.sources, document.source.origins),
    sources: footnote.sources,
  }));

const footnoteCitations: Projection<'footnote_citations'> = (document) => {
  // A reference names the footnote by label; the first definition of a label takes its
  // citations, as in the footnote stage.
  const footnoteIds = new Map<string, string>();
  for (const footnote of document.footnotes) {
    if (!footnoteIds.has(footnote.label)) footnoteIds.set(footnote.label, footnote.id);
  }
  return [...blocksOf(document)].flatMap(({ block }) =>
    block.footnoteRefs.map((ref) => ({
      doc_id: document.docId,
      block_id: block.id,
      char_offset: ref.offset,
      footnote_number: ref.number,
      footnote_label: ref.label,
      footnote_id: footnoteIds.get(ref.label) ?? null,
    })),
  );
};

const tables: Projection<'tables'> = (document) =>
  document.tables.map((table, index) => ({
    doc_id: document.docId,
    table_id: table.id,
    block_id: table.blockId,
    section_id: table.sectionId,
    ordinal: index + 1,
    title: table.title,
    column_count: table.columns.length,
    row_count: table.rows.length,
    columns: table.columns,
    ...lineColumns(table.sources, document.source.origins),
    sources: table.sources,
  }));

const tableRows: Projection<'table_rows'> = (document) =>
  document.tables.flatMap((table) =>
    table.rows.map((row, index) => ({
      doc_id: document.docId,
      table_id: table.id,
      row_id: row.id,
      parent_id: row.parentId,
      ordinal: index + 1,
      order_label: row.order,
      label: row.label,
      kind: row.kind,
      unit: row.unit,
      row_group: row.group,
      ...lineColumns(row.sources.length > 0 ? row.sources : table.sources, document.source.origins),
    })),
  );

const tableCells: Projection<'table_cells'> = (document) =>
  document.tables.flatMap((table) =>
    table.rows.flatMap((row) =>
      row.cells.map((cell, columnIndex) => {
        const column = table.columns[columnIndex];
        return {
          doc_id: document.docId,
          table_id: table.id,
          row_id: row.id,
          column_index: columnIndex,
          column_name: column?.name ?? '',
          column_role: column?.role ?? 'other',
          raw: cell.raw,
          kind: cell.kind,
          value: cell.value ?? null,
          min: cell.min ?? null,
          max: cell.max ?? null,
        };
      }),
    ),
  );

const facts: Projection<'facts'> = (document) =>
  document.facts.map((fact) => ({
    doc_id: fact.docId,
    fact_id: fact.factId,
    origin: fact.origin,
    table_id: fact.tableId,
    row_id: fact.rowId,
    block_id: fact.blockId,
    start_offset: fact.start,
    end_offset: fact.end,
    indicator: fact.indicator,
    indicator_path: fact.indicatorPath,
    measure: fact.measure,
    unit: fact.unit,
    ...periodColumns(fact.period),
    value: fact.value ?? null,
    min: fact.min ?? null,
    max: fact.max ?? null,
    base_unit: fact.baseUnit,
    currency: fact.currency,
    base_value: decimalColumn(fact.baseValue),
    base_min: decimalColumn(fact.baseMin),
    base_max: decimalColumn(fact.baseMax),
    direction: fact.direction,
    raw: fact.raw,
    corroborated_by: fact.corroboratedBy,
  }));

const quantities: Projection<'quantities'> = (document) =>
  document.quantities.map((quantity) => ({
    doc_id: document.docId,
    quantity_id: quantity.id,
    source_id: quantity.sourceId,
    start_offset: quantity.start,
    end_offset: quantity.end,
    raw: quantity.raw,
    kind: quantity.kind,
    value: quantity.value ?? null,
    min: quantity.min ?? null,
    max: quantity.max ?? null,
    numerator: quantity.numerator ?? null,
    denominator: quantity.denominator ?? null,
    scale: quantity.scale?.word ?? null,
    unit: quantity.unit,
    currency: quantity.currency,
    base_value: decimalColumn(quantity.baseValue),
    base_min: decimalColumn(quantity.baseMin),
    base_max: decimalColumn(quantity.baseMax),
  }));

const citations: Projection<'citations'> = (document) =>
  document.citations.map((citation) => ({
    doc_id: document.docId,
    citation_id: citation.id,
    source_id: citation.sourceId,
    kind: citation.kind,
    number: citation.number,
    code: citation.code,
    cited_key: citation.key,
    date: citation.date,
    issuer: citation.issuer,
    raw: citation.raw,
    start_offset: citation.start,
    end_offset: citation.end,
  }));

const citedDocuments: Projection<'cited_documents'> = (document) =>
  document.citedDocuments.map((cited) => ({
    doc_id: document.docId,
    cited_key: cited.key,
    kind: cited.kind,
    number: cited.number,
    code: cited.code,
    date: cited.date,
    issuer: cited.issuer,
    citations: cited.count,
  }));

const diagnostics: Projection<'diagnostics'> = (document) =>
  document.diagnostics.map((diagnostic, index) => ({
    doc_id: document.docId,
    ordinal: index + 1,
    rule_id: diagnostic.ruleId,
    severity: diagnostic.severity,
    message: diagnostic.message,
    line: diagnostic.line ?? null,
    column_number: diagnostic.column ?? null,
  }));

/** One projection per record type, named as in `RECORD_TYPES`. */
export const PROJECTIONS: { [N in RecordTypeName]: Projection<N> } = {
  documents,
  sections,
  blocks,
  footnotes,
  footnote_citations: footnoteCitations,
  tables,
  table_rows: tableRows,
  table_cells: tableCells,
  facts,
  quantities,
  citations,
  cited_documents: citedDocuments,
  diagnostics,
};

export function toRecords(document: Document, context: RecordContext): RecordSet {
  const records = {} as Record<RecordTypeName, unknown>;
  for (const { name } of RECORD_TYPES) records[name] = PROJECTIONS[name](document, context);
  return records as RecordSet;
}
