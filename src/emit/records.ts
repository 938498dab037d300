/**
 * Flattens one Document into warehouse records (`src/schema/records.ts`): one row per document,
 * section, block, footnote, footnote citation, table, row, cell, fact and diagnostic, each with
 * `doc_id` and the ids of what it belongs to.
 *
 *   toRecords(document).facts[0] → { doc_id, fact_id, table_id, row_id, indicator: 'Thu nội địa',
 *       measure: 'actual', unit: 'Tỷ đồng', value: 24042.91, base_unit: 'đồng', currency: 'VND',
 *       base_value: '24042910000000', period_year: 2023, period_quarter: 1, … }
 */
import type {
  Block,
  Document,
  Fact,
  Period,
  QuantityMention,
  Section,
  Span,
} from '../schema/document.js';
import {
  DECIMAL_SCALE,
  type FactRecord,
  type QuantityRecord,
  type RecordSet,
  type TableRecord,
} from '../schema/records.js';
import {
  type Decimal,
  decimalOfNumber,
  parseDecimalString,
  shift,
  toDecimalString,
  toNumber,
  unshift,
} from '../vi/decimal.js';
import { parseQuantity } from '../vi/quantity.js';
import { parseUnitLabel } from '../vi/unit-label.js';

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

function lineColumns(sources: readonly Span[]) {
  const first = sources[0];
  const last = sources[sources.length - 1];
  if (first === undefined || last === undefined) throw new Error('a record without source lines');
  return { start_line: first.startLine, end_line: last.endLine };
}

/**
 * A figure in base units as an exact decimal string, or null when it cannot be exact. The digits
 * are those written in `raw` (`9.007.199.254.740.993` is not the double 9007199254740992): a
 * double's shortest form is the text's own digits up to 15 significant digits; beyond, they are
 * read again from the text, and used when they round to the same double.
 */
function baseOf(
  value: number | undefined,
  raw: string,
  part: 'value' | 'min' | 'max',
  exponent: number,
): string | null {
  if (value === undefined) return null;
  let decimal = decimalOfNumber(value);
  if (decimal === undefined) return null;
  if (significantDigits(decimal) > 15) {
    const written = writtenFigures(raw)[part];
    if (written !== undefined && toNumber(written) === value) decimal = written;
  }
  const base = shift(decimal, exponent);
  // Beyond DECIMAL(38,10) a warehouse would round it: say nothing rather than something wrong.
  if (base.frac.length > DECIMAL_SCALE || base.int.length > 38 - DECIMAL_SCALE) return null;
  return toDecimalString(base);
}

function significantDigits({ int, frac }: Decimal): number {
  return int === '0' ? frac.replace(/^0+/, '').length : int.length + frac.length;
}

/** The figures of `raw` as written (before any scale word), exactly. */
function writtenFigures(raw: string): Partial<Record<'value' | 'min' | 'max', Decimal>> {
  const parsed = parseQuantity(raw);
  if (!parsed.ok) return {};
  const quantity = parsed.value;
  const exponent = quantity.scale?.exponent ?? 0;
  const back = (exact: string) => {
    const decimal = parseDecimalString(exact);
    return decimal === undefined ? {} : { decimal: unshift(decimal, exponent) };
  };
  if (quantity.kind === 'number') {
    const value = back(quantity.baseValueExact).decimal;
    return value === undefined ? {} : { value };
  }
  if (quantity.kind === 'range') {
    const min = back(quantity.baseMinExact).decimal;
    const max = back(quantity.baseMaxExact).decimal;
    return { ...(min && { min }), ...(max && { max }) };
  }
  return {};
}

function factRecord(fact: Fact): FactRecord {
  const unit = fact.unit === null ? undefined : parseUnitLabel(fact.unit);
  const exponent = unit?.exponent ?? 0;
  return {
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
    base_unit: unit?.unit ?? null,
    currency: unit?.currency ?? null,
    base_value: unit ? baseOf(fact.value, fact.raw, 'value', exponent) : null,
    base_min: unit ? baseOf(fact.min, fact.raw, 'min', exponent) : null,
    base_max: unit ? baseOf(fact.max, fact.raw, 'max', exponent) : null,
    direction: fact.direction,
    raw: fact.raw,
    corroborated_by: fact.corroboratedBy,
  };
}

function quantityRecord(docId: string, quantity: QuantityMention): QuantityRecord {
  const exponent = quantity.scale?.exponent ?? 0;
  return {
    doc_id: docId,
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
    base_value: baseOf(quantity.value, quantity.raw, 'value', exponent),
    base_min: baseOf(quantity.min, quantity.raw, 'min', exponent),
    base_max: baseOf(quantity.max, quantity.raw, 'max', exponent),
  };
}

export function emptyRecordSet(): RecordSet {
  return {
    documents: [],
    sections: [],
    blocks: [],
    footnotes: [],
    footnote_citations: [],
    tables: [],
    table_rows: [],
    table_cells: [],
    facts: [],
    quantities: [],
    citations: [],
    cited_documents: [],
    diagnostics: [],
  };
}

/** What a run knows beyond the Document: the extractor that made it. */
export interface RecordContext {
  /** The extractor fingerprint (the manifest's), carried by the `documents` record. */
  fingerprint: string;
}

export function toRecords(document: Document, context: RecordContext): RecordSet {
  const records = emptyRecordSet();
  const { docId, metadata, stats, source } = document;
  const footnoteIds = new Map<number, string>();
  for (const footnote of document.footnotes) {
    if (footnote.number !== null && !footnoteIds.has(footnote.number)) {
      footnoteIds.set(footnote.number, footnote.id);
    }
  }
  // A table's block tells which section the table stands in: they start on the same line.
  const tableBlocks = new Map<number, { sectionId: string | null; blockId: string }>();

  const pushBlocks = (blocks: readonly Block[], sectionId: string | null) => {
    for (const block of blocks) {
      records.blocks.push({
        doc_id: docId,
        block_id: block.id,
        section_id: sectionId,
        ordinal: records.blocks.length + 1,
        kind: block.kind,
        text: block.text,
        marker: block.marker,
        depth: block.depth,
        joins: block.sources.length - 1,
        ...lineColumns(block.sources),
        sources: block.sources,
      });
      for (const ref of block.footnoteRefs) {
        records.footnote_citations.push({
          doc_id: docId,
          block_id: block.id,
          char_offset: ref.offset,
          footnote_number: ref.number,
          footnote_id: footnoteIds.get(ref.number) ?? null,
        });
      }
      const first = block.sources[0];
      if (block.kind === 'table' && first !== undefined) {
        tableBlocks.set(first.startLine, { sectionId, blockId: block.id });
      }
    }
  };
  const pushSections = (sections: readonly Section[], parentId: string | null) => {
    for (const section of sections) {
      records.sections.push({
        doc_id: docId,
        section_id: section.id,
        parent_id: parentId,
        ordinal: records.sections.length + 1,
        label: section.label,
        numbering: section.numbering,
        level: section.level,
        title: section.title,
        start_line: section.sources[0]?.startLine ?? null,
        end_line: section.sources[section.sources.length - 1]?.endLine ?? null,
      });
      pushBlocks(section.blocks, section.id);
      pushSections(section.children, section.id);
    }
  };
  pushBlocks(document.blocks, null);
  pushSections(document.sections, null);

  for (const footnote of document.footnotes) {
    records.footnotes.push({
      doc_id: docId,
      footnote_id: footnote.id,
      number: footnote.number,
      label: footnote.label,
      text: footnote.text,
      citations: footnote.citedBy.length,
      ...lineColumns(footnote.sources),
      sources: footnote.sources,
    });
  }

  for (const table of document.tables) {
    const placed = tableBlocks.get(table.sources[0]?.startLine ?? 0);
    const record: TableRecord = {
      doc_id: docId,
      table_id: table.id,
      block_id: placed?.blockId ?? null,
      section_id: placed?.sectionId ?? null,
      ordinal: records.tables.length + 1,
      title: table.title,
      column_count: table.columns.length,
      row_count: table.rows.length,
      columns: table.columns,
      ...lineColumns(table.sources),
      sources: table.sources,
    };
    records.tables.push(record);
    for (const [index, row] of table.rows.entries()) {
      records.table_rows.push({
        doc_id: docId,
        table_id: table.id,
        row_id: row.id,
        parent_id: row.parentId,
        ordinal: index + 1,
        order_label: row.order,
        label: row.label,
        kind: row.kind,
        unit: row.unit,
        row_group: row.group,
        ...lineColumns(row.sources.length > 0 ? row.sources : table.sources),
      });
      for (const [columnIndex, cell] of row.cells.entries()) {
        const column = table.columns[columnIndex];
        records.table_cells.push({
          doc_id: docId,
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
        });
      }
    }
  }

  for (const fact of document.facts) records.facts.push(factRecord(fact));
  for (const quantity of document.quantities)
    records.quantities.push(quantityRecord(docId, quantity));

  const keyOfCitation = new Map<string, string>();
  for (const cited of document.citedDocuments) {
    for (const id of cited.citationIds) keyOfCitation.set(id, cited.key);
    records.cited_documents.push({
      doc_id: docId,
      cited_key: cited.key,
      kind: cited.kind,
      number: cited.number,
      code: cited.code,
      date: cited.date,
      issuer: cited.issuer,
      citations: cited.count,
    });
  }
  for (const citation of document.citations) {
    records.citations.push({
      doc_id: docId,
      citation_id: citation.id,
      source_id: citation.sourceId,
      kind: citation.kind,
      number: citation.number,
      code: citation.code,
      cited_key: keyOfCitation.get(citation.id) ?? citation.code.toUpperCase(),
      date: citation.date,
      issuer: citation.issuer,
      raw: citation.raw,
      start_offset: citation.start,
      end_offset: citation.end,
    });
  }

  for (const [index, diagnostic] of document.diagnostics.entries()) {
    records.diagnostics.push({
      doc_id: docId,
      ordinal: index + 1,
      rule_id: diagnostic.ruleId,
      severity: diagnostic.severity,
      message: diagnostic.message,
      line: diagnostic.line ?? null,
      column_number: diagnostic.column ?? null,
    });
  }

  records.documents.push({
    doc_id: docId,
    schema_version: document.schemaVersion,
    extractor_fingerprint: context.fingerprint,
    path: source.path,
    sha256: source.sha256,
    bytes: source.bytes,
    encoding: source.encoding,
    dialect: source.dialect.name,
    dialect_evidence: source.dialect.evidence,
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
    blocks: records.blocks.length,
    sections: records.sections.length,
    footnotes: records.footnotes.length,
    tables: records.tables.length,
    facts: records.facts.length,
    quantities: records.quantities.length,
    citations: records.citations.length,
    diagnostics: records.diagnostics.length,
    furniture_lines: stats.furnitureLines,
    coverage: stats.coverage,
    structured: stats.structured,
    quality_grade: document.quality.grade,
    quality_score: document.quality.score,
    quality_signals: document.quality.signals,
  });
  return records;
}
