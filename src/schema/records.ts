/**
 * Records: the Document flattened into the tables a warehouse loads. One schema per record type is
 * the single source of truth for the NDJSON files (`<out>/records/<type>.ndjson`), their JSON
 * Schemas (`schemas/records/<type>.schema.json`), the DuckDB tables and the DDL of every dialect.
 *
 * Conventions, so that a row reads the same in every warehouse:
 * - columns are snake_case (no quoting in SQL) and scalar; a list is a `json` column;
 * - every row carries `doc_id`; every id is globally unique (ids embed the document's id);
 * - figures are JSON numbers as written (`24042.91` with unit `Tỷ đồng`); their value in base units
 *   (`base_value`, `24042910000000` đồng) is an exact decimal string, because base values of
 *   `nghìn tỷ đồng` can exceed what a double holds exactly;
 * - a period is spread over `period_*` columns; absent values are `null`, never omitted.
 */
import { z } from 'zod';
import { SCHEMA_VERSION } from './document.js';

/** An id: non-empty text. */
const Id = z.string().min(1);
const Text = z.string();
const Count = z.int().nonnegative();
const Line = z.int().positive();
const IsoDate = z.iso.date();
/** A list kept as JSON (a `json` column: JSON in DuckDB, JSONB in PostgreSQL …). */
const JsonList = <T extends z.ZodType>(item: T) => z.array(item).meta({ format: 'json' });
const Spans = JsonList(z.object({ startLine: Line, endLine: Line }));

/**
 * An exact decimal in plain notation (`-24042910000000.5`): at most 28 integer and 10 fraction
 * digits, which every target type (DECIMAL(38,10), NUMERIC, BIGNUMERIC) holds without rounding.
 */
export const DECIMAL_PRECISION = 38;
export const DECIMAL_SCALE = 10;
export const ExactDecimalSchema = z
  .string()
  .regex(/^-?(?:0|[1-9][0-9]{0,27})(?:\.[0-9]{1,10})?$/)
  .meta({ format: 'decimal' });

/** A reporting period spread over columns (`quý I/2023` → year 2023, quarter 1, from, to). */
const periodColumns = {
  period_year: z.int().nullable(),
  period_quarter: z.int().min(1).max(4).nullable(),
  period_half: z.int().min(1).max(2).nullable(),
  period_month: z.int().min(1).max(12).nullable(),
  /** Months counted from the start of the year (`6 tháng đầu năm` → 6). */
  period_months: z.int().min(1).max(12).nullable(),
  period_from: IsoDate.nullable(),
  period_to: IsoDate.nullable(),
};

/**
 * The first and last line a record came from (its spans in `sources`), and for an original (Word,
 * PDF, HTML) where its first line stands in it (`source.origins`): the page and line on it of a
 * PDF, the paragraph of a Word file or the block of an HTML page; null for a markdown or text input.
 */
const lineColumns = {
  start_line: Line,
  end_line: Line,
  origin_page: Line.nullable(),
  origin_line: Line.nullable(),
  origin_paragraph: Line.nullable(),
};

export const DocumentRecordSchema = z.object({
  doc_id: Id,
  schema_version: z.literal(SCHEMA_VERSION),
  /** The extractor (a hash of baocao's code) that extracted these rows: the change feed's too. */
  extractor_fingerprint: Text,
  path: Text,
  sha256: Text,
  bytes: Count,
  encoding: Text,
  /** The converter style recognised (`source.dialect`): `pandoc`, `mammoth`, `marker` … `unknown`. */
  dialect: Text,
  /** What told it: the signs counted in the source. */
  dialect_evidence: JsonList(Text),
  /** The input's format (`source.format`): `markdown`, `text`, `docx`, `pdf`, `html`. */
  format: Text,
  /** Loại văn bản: `BÁO CÁO` … */
  document_type: Text.nullable(),
  /** Trích yếu */
  title: Text.nullable(),
  /** Cơ quan ban hành */
  issuer: Text.nullable(),
  /** Số ký hiệu */
  document_number: Text.nullable(),
  place: Text.nullable(),
  issued_on: IsoDate.nullable(),
  ...periodColumns,
  signer_name: Text.nullable(),
  signer_role: Text.nullable(),
  /** Nơi nhận: recipients, one per line. */
  recipients: JsonList(Text),
  /** Metadata fields that were inferred rather than read. */
  inferred: JsonList(Text),
  lines: Count,
  text_lines: Count,
  characters: Count,
  blocks: Count,
  sections: Count,
  footnotes: Count,
  tables: Count,
  facts: Count,
  quantities: Count,
  citations: Count,
  diagnostics: Count,
  furniture_lines: Count,
  coverage: z.number().min(0).max(1),
  /** Share of the words in recognised structure (Stats.structured). */
  structured: z.number().min(0).max(1),
  /** How well the document was read: `good`, `partial` or `poor` (Document.quality). */
  quality_grade: Text,
  quality_score: z.number().min(0).max(1),
  /** The ruleIds that lowered the score, the heaviest first. */
  quality_signals: JsonList(Text),
});

export const SectionRecordSchema = z.object({
  doc_id: Id,
  section_id: Id,
  parent_id: Id.nullable(),
  /** Position in reading order within the document, from 1. */
  ordinal: z.int().positive(),
  label: Text.nullable(),
  numbering: Text,
  level: z.int().positive(),
  title: Text,
  start_line: Line.nullable(),
  end_line: Line.nullable(),
});

export const BlockRecordSchema = z.object({
  doc_id: Id,
  block_id: Id,
  /** Null for a block outside every section (before the first heading). */
  section_id: Id.nullable(),
  ordinal: z.int().positive(),
  kind: Text,
  text: Text,
  marker: Text.nullable(),
  depth: Count,
  /** Page-break joins made in this block: its spans minus one. */
  joins: Count,
  ...lineColumns,
  sources: Spans,
});

export const FootnoteRecordSchema = z.object({
  doc_id: Id,
  footnote_id: Id,
  number: Count.nullable(),
  label: Text,
  text: Text,
  /** How many times the body cites it. */
  citations: Count,
  ...lineColumns,
  sources: Spans,
});

/** A footnote reference in a block: where the marker stood (block text offset) and what it cites. */
export const FootnoteCitationRecordSchema = z.object({
  doc_id: Id,
  block_id: Id,
  /** UTF-16 offset of the marker in the block's text (`offset` is a reserved word in SQL). */
  char_offset: Count,
  /** Null for a named footnote (`[^ghi-chu]`). */
  footnote_number: Count.nullable(),
  /** The footnote's label as the `footnotes` record has it: `14`, or a GFM name. */
  footnote_label: Text,
  /** Null when the block cites a footnote the document does not define. */
  footnote_id: Id.nullable(),
});

export const TableRecordSchema = z.object({
  doc_id: Id,
  table_id: Id,
  /** The `table` block that stands for it in the section's reading order. */
  block_id: Id.nullable(),
  section_id: Id.nullable(),
  ordinal: z.int().positive(),
  title: Text.nullable(),
  column_count: Count,
  row_count: Count,
  /** Column headers with their role, period and unit, as in the Document. */
  columns: JsonList(
    z.object({
      name: Text,
      role: Text,
      period: z.record(z.string(), z.unknown()).nullable(),
      unit: Text.nullable(),
    }),
  ),
  ...lineColumns,
  sources: Spans,
});

export const TableRowRecordSchema = z.object({
  doc_id: Id,
  table_id: Id,
  row_id: Id,
  parent_id: Id.nullable(),
  ordinal: z.int().positive(),
  /** The `TT` / `STT` cell as written. */
  order_label: Text.nullable(),
  label: Text,
  kind: Text,
  unit: Text.nullable(),
  /** `comprising` (Bao gồm) or `of_which` (Trong đó). */
  row_group: Text.nullable(),
  ...lineColumns,
});

export const TableCellRecordSchema = z.object({
  doc_id: Id,
  table_id: Id,
  row_id: Id,
  /** From 0, in column order. */
  column_index: Count,
  column_name: Text,
  column_role: Text,
  raw: Text,
  /** `number`, `range`, `empty` or `text`. */
  kind: Text,
  value: z.number().nullable(),
  min: z.number().nullable(),
  max: z.number().nullable(),
});

export const FactRecordSchema = z.object({
  doc_id: Id,
  fact_id: Id,
  /** `table` (a cell) or `prose` (a sentence of a block or footnote). */
  origin: Text,
  table_id: Id.nullable(),
  row_id: Id.nullable(),
  /** The block or footnote a prose fact was read from. */
  block_id: Id.nullable(),
  /** UTF-16 offsets of a prose figure in that block's or footnote's text. */
  start_offset: Count.nullable(),
  end_offset: Count.nullable(),
  indicator: Text,
  /** Labels from the top row down to this one. */
  indicator_path: JsonList(Text),
  measure: Text,
  unit: Text.nullable(),
  ...periodColumns,
  value: z.number().nullable(),
  min: z.number().nullable(),
  max: z.number().nullable(),
  /** The unit in which `base_*` are counted (`Tỷ đồng` → `đồng`), when the unit is understood. */
  base_unit: Text.nullable(),
  /** ISO 4217 code when the unit is a currency. */
  currency: Text.nullable(),
  base_value: ExactDecimalSchema.nullable(),
  base_min: ExactDecimalSchema.nullable(),
  base_max: ExactDecimalSchema.nullable(),
  /** `up` (tăng) or `down` (giảm) before a change. */
  direction: Text.nullable(),
  raw: Text,
  /** fact_ids on the other side (prose ↔ table) that give the same figure. */
  corroborated_by: JsonList(Text),
});

/** A figure in the prose, fact or not: `24.042,91 tỷ đồng`, `12,7% - 13%`, `688/4.100 đảng viên`. */
export const QuantityRecordSchema = z.object({
  doc_id: Id,
  quantity_id: Id,
  /** The block or footnote it stands in. */
  source_id: Id,
  start_offset: Count,
  end_offset: Count,
  raw: Text,
  /** `number`, `range` or `fraction`. */
  kind: Text,
  value: z.number().nullable(),
  min: z.number().nullable(),
  max: z.number().nullable(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  /** `nghìn`, `triệu`, `tỷ`, `nghìn tỷ`. */
  scale: Text.nullable(),
  unit: Text.nullable(),
  currency: Text.nullable(),
  /** `value` (or `min`, `max`) × the scale, exactly. */
  base_value: ExactDecimalSchema.nullable(),
  base_min: ExactDecimalSchema.nullable(),
  base_max: ExactDecimalSchema.nullable(),
});

/** A reference to another document: `Nghị quyết số 12-NQ/TW, ngày 16/3/2022 của Bộ Chính trị`. */
export const CitationRecordSchema = z.object({
  doc_id: Id,
  citation_id: Id,
  source_id: Id,
  /** `resolution`, `decision`, `directive` … */
  kind: Text,
  number: Count,
  /** Số ký hiệu as written: `12-NQ/TW`. */
  code: Text,
  /** The code upper-cased: the same document however a report writes it. */
  cited_key: Text,
  date: IsoDate.nullable(),
  issuer: Text.nullable(),
  raw: Text,
  start_offset: Count,
  end_offset: Count,
});

/** A document a report cites, once per report, with how often. */
export const CitedDocumentRecordSchema = z.object({
  doc_id: Id,
  cited_key: Text,
  kind: Text,
  number: Count,
  code: Text,
  date: IsoDate.nullable(),
  issuer: Text.nullable(),
  citations: z.int().positive(),
});

export const DiagnosticRecordSchema = z.object({
  doc_id: Id,
  /** Position in the document's diagnostics, from 1. */
  ordinal: z.int().positive(),
  rule_id: Text,
  severity: Text,
  message: Text,
  line: Line.nullable(),
  /** `column` is a reserved word in SQL. */
  column_number: z.int().positive().nullable(),
});

/**
 * Every record type, in load order (parents before children), with the columns that identify a
 * row. The name is the NDJSON file's, the table's and the JSON Schema's.
 */
export const RECORD_TYPES = [
  { name: 'documents', schema: DocumentRecordSchema, primaryKey: ['doc_id'] },
  { name: 'sections', schema: SectionRecordSchema, primaryKey: ['section_id'] },
  { name: 'blocks', schema: BlockRecordSchema, primaryKey: ['block_id'] },
  { name: 'footnotes', schema: FootnoteRecordSchema, primaryKey: ['footnote_id'] },
  {
    name: 'footnote_citations',
    schema: FootnoteCitationRecordSchema,
    primaryKey: ['block_id', 'char_offset'],
  },
  { name: 'tables', schema: TableRecordSchema, primaryKey: ['table_id'] },
  { name: 'table_rows', schema: TableRowRecordSchema, primaryKey: ['row_id'] },
  { name: 'table_cells', schema: TableCellRecordSchema, primaryKey: ['row_id', 'column_index'] },
  { name: 'facts', schema: FactRecordSchema, primaryKey: ['fact_id'] },
  { name: 'quantities', schema: QuantityRecordSchema, primaryKey: ['quantity_id'] },
  { name: 'citations', schema: CitationRecordSchema, primaryKey: ['citation_id'] },
  {
    name: 'cited_documents',
    schema: CitedDocumentRecordSchema,
    primaryKey: ['doc_id', 'cited_key'],
  },
  { name: 'diagnostics', schema: DiagnosticRecordSchema, primaryKey: ['doc_id', 'ordinal'] },
] as const;

export type RecordType = (typeof RECORD_TYPES)[number];

/**
 * The change feed (`<out>/changes.ndjson`): one line per document whose rows the run added,
 * replaced or removed, so that a warehouse deletes by `doc_id` and inserts only those. A changed
 * input gives a new `doc_id` (ids come from the text); `previous_doc_id` names the rows it replaces.
 */
export const ChangeRecordSchema = z.object({
  doc_id: Id,
  /** `added` (a new input), `changed` (new text, or extracted by another extractor), `removed`. */
  change: z.enum(['added', 'changed', 'removed']),
  path: Text,
  /** The extractor of the rows now in the record files; of the rows that went, for `removed`. */
  extractor_fingerprint: Text,
  /** The document this one replaces, when its input's text changed; null otherwise. */
  previous_doc_id: Id.nullable(),
});
export type ChangeRecord = z.infer<typeof ChangeRecordSchema>;

/** The JSON Schema of a record type (what `schemas/records/<name>.schema.json` holds). */
export function recordJsonSchema(type: RecordType) {
  return z.toJSONSchema(type.schema, { target: 'draft-2020-12', io: 'output' });
}
export type RecordTypeName = RecordType['name'];

export type DocumentRecord = z.infer<typeof DocumentRecordSchema>;
export type SectionRecord = z.infer<typeof SectionRecordSchema>;
export type BlockRecord = z.infer<typeof BlockRecordSchema>;
export type FootnoteRecord = z.infer<typeof FootnoteRecordSchema>;
export type FootnoteCitationRecord = z.infer<typeof FootnoteCitationRecordSchema>;
export type TableRecord = z.infer<typeof TableRecordSchema>;
export type TableRowRecord = z.infer<typeof TableRowRecordSchema>;
export type TableCellRecord = z.infer<typeof TableCellRecordSchema>;
export type FactRecord = z.infer<typeof FactRecordSchema>;
export type QuantityRecord = z.infer<typeof QuantityRecordSchema>;
export type CitationRecord = z.infer<typeof CitationRecordSchema>;
export type CitedDocumentRecord = z.infer<typeof CitedDocumentRecordSchema>;
export type DiagnosticRecord = z.infer<typeof DiagnosticRecordSchema>;

/** One document's rows, by record type. */
export interface RecordSet {
  documents: DocumentRecord[];
  sections: SectionRecord[];
  blocks: BlockRecord[];
  footnotes: FootnoteRecord[];
  footnote_citations: FootnoteCitationRecord[];
  tables: TableRecord[];
  table_rows: TableRowRecord[];
  table_cells: TableCellRecord[];
  facts: FactRecord[];
  quantities: QuantityRecord[];
  citations: CitationRecord[];
  cited_documents: CitedDocumentRecord[];
  diagnostics: DiagnosticRecord[];
}
