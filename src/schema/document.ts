/**
 * The Document: what one report becomes. This module is the single source of truth for its shape:
 * the TypeScript types are inferred from these schemas and `schemas/document.schema.json` is
 * generated from them (`npm run schemas`).
 *
 * Downstream users and their warehouses rely on these names: fields may be added, never renamed.
 * A value the pipeline has not extracted is `null` or an empty array, never a guess.
 */
import { z } from 'zod';

/** Bumped only for a breaking change (a rename or a removal); additions keep it. */
export const SCHEMA_VERSION = 1;

/** `YYYY-MM-DD`, a real calendar date. */
export const IsoDateSchema = z.iso.date();

/** Lines of the normalized source text, 1-based and inclusive. */
export const SpanSchema = z
  .object({
    startLine: z.int().positive(),
    endLine: z.int().positive(),
  })
  .refine((span) => span.endLine >= span.startLine, {
    message: 'endLine comes before startLine',
  })
  .meta({ id: 'Span' });

/** A reporting period (kỳ báo cáo): `quý I/2023`, `6 tháng đầu năm 2024`, `2021 - 2025`. */
export const PeriodSchema = z
  .object({
    /**
     * Which kind of span: a `year`, several (`years`: `2021 - 2025`), a `half` (`6 tháng đầu
     * năm`), a `quarter`, a `month`, `months` counted from one end of the year (`9 tháng`, `3 tháng
     * cuối năm`), or `dates` (`từ ngày … đến ngày …`). `from`/`to` bound it when the year is known.
     */
    kind: z.enum(['year', 'years', 'half', 'quarter', 'month', 'months', 'dates']).optional(),
    year: z.int().optional(),
    quarter: z.int().min(1).max(4).optional(),
    half: z.int().min(1).max(2).optional(),
    month: z.int().min(1).max(12).optional(),
    /** Length in months of a period counted from the start of the year (`6 tháng đầu năm`). */
    months: z.int().min(1).max(12).optional(),
    from: IsoDateSchema.optional(),
    to: IsoDateSchema.optional(),
  })
  .meta({ id: 'Period' });

/** Người ký: the signer at the foot of the report, with the capacity they sign in. */
export const SignerSchema = z
  .object({
    name: z.string().nullable(),
    /** `T/M BAN THƯỜNG VỤ`, `KT. CHỦ TỊCH`, `PHÓ CHỦ TỊCH` … as written. */
    role: z.string().nullable(),
  })
  .meta({ id: 'Signer' });

export const MetadataSchema = z
  .object({
    /** Loại văn bản: `BÁO CÁO`, `KẾ HOẠCH`, `TỜ TRÌNH` … */
    documentType: z.string().nullable(),
    /** Trích yếu: the summary line under the document type. */
    title: z.string().nullable(),
    /** Cơ quan ban hành: `THÀNH ỦY HẢI PHÒNG`, `UBND TỈNH LÀO CAI` … */
    issuer: z.string().nullable(),
    /** Số ký hiệu: `123/BC-UBND`, `45-BC/TU`. */
    documentNumber: z.string().nullable(),
    place: z.string().nullable(),
    issuedOn: IsoDateSchema.nullable(),
    /**
     * The year of issue: `issuedOn`'s, or the year alone when a draft leaves the day and month
     * blank (`ngày    tháng    năm 2026`).
     */
    issuedYear: z.int().nullable(),
    period: PeriodSchema.nullable(),
    signer: SignerSchema.nullable(),
    /** Nơi nhận: one entry per recipient line. */
    recipients: z.array(z.string()),
    /** Fields whose value was inferred rather than read (an issuer guessed from `Lưu Văn phòng Thành ủy`). */
    inferred: z.array(
      z.enum([
        'documentType',
        'title',
        'issuer',
        'documentNumber',
        'place',
        'issuedOn',
        'issuedYear',
        'period',
        'signer',
      ]),
    ),
    /** The source lines the metadata was read from (header, motto, recipients, signature). */
    sources: z.array(SpanSchema),
  })
  .meta({ id: 'Metadata' });

/**
 * A footnote cited in a block: which one, and where the marker stood in the block's clean text.
 * `label` names it as `Footnote.label` does (`14`, or a GFM name: `[^ghi-chu]`), so a named footnote
 * links as a numbered one does.
 */
export const FootnoteRefSchema = z
  .object({
    /** The footnote's number; null for a named one. */
    number: z.int().nonnegative().nullable(),
    label: z.string().min(1),
    /** Offset in UTF-16 code units into `Block.text`. */
    offset: z.int().nonnegative(),
  })
  .meta({ id: 'FootnoteRef' });

export const BlockKindSchema = z.enum(['heading', 'paragraph', 'item', 'table']);

export const BlockSchema = z
  .object({
    id: z.string().min(1),
    kind: BlockKindSchema,
    /** Plain text: inline markup and HTML tags removed, soft line breaks kept as `\n`. */
    text: z.string(),
    /** The list marker as written (`-`, `+`, `1.`, `2)`), or null for a block that is not an item. */
    marker: z.string().nullable(),
    /** List nesting: 0 outside lists, 1 for a top-level item, 2 for an item inside it … */
    depth: z.int().nonnegative(),
    footnoteRefs: z.array(FootnoteRefSchema),
    sources: z.array(SpanSchema).min(1),
  })
  .meta({ id: 'Block' });

export const NumberingSchema = z.enum([
  /** `PHẦN I`, `Phần thứ nhất` */
  'part',
  /** `Chương I` */
  'chapter',
  /** `Mục 1` */
  'section',
  /** `Điều 5` */
  'article',
  /** `I.`, `II.` */
  'roman',
  /** `A.`, `B.`: the parts of a plan above its Roman sections. */
  'capital',
  /** `1.`, `2.` */
  'decimal',
  /** `1.1.`, `1.1.1.` */
  'multilevel',
  /** `a)`, `b)` */
  'letter',
  /** `(1)`, `(2)` */
  'parenthesized',
  /** `1)`, `2)` */
  'closing-paren',
  /** `PHỤ LỤC`, `Phụ lục II`, `Biểu số 01`: an appendix, outside the body's ladder. */
  'appendix',
  /** A heading without a numbering marker. */
  'none',
]);

export const SectionSchema = z
  .object({
    id: z.string().min(1),
    /** The marker as written, without its trailing dot: `I`, `1`, `2.1`, `(1)`, `a)`, `Điều 5`. */
    label: z.string().nullable(),
    numbering: NumberingSchema,
    level: z.int().positive(),
    title: z.string(),
    blocks: z.array(BlockSchema),
    get children(): z.ZodArray<typeof SectionSchema> {
      return z.array(SectionSchema);
    },
    sources: z.array(SpanSchema),
  })
  .meta({ id: 'Section' });

export const FootnoteSchema = z
  .object({
    id: z.string().min(1),
    /** The footnote's number; null for a GFM footnote with a name instead (`[^ghi-chu]`). */
    number: z.int().nonnegative().nullable(),
    /** The marker as it identifies the footnote: `14`, or a GFM name. */
    label: z.string().min(1),
    /** Plain text without the marker; a footnote continued over a page break is whole. */
    text: z.string(),
    /** Ids of the blocks that cite this footnote, in reading order. */
    citedBy: z.array(z.string()),
    sources: z.array(SpanSchema).min(1),
  })
  .meta({ id: 'Footnote' });

export const ColumnRoleSchema = z.enum([
  'order',
  'label',
  'unit',
  'plan',
  'estimate',
  'actual',
  'yoy',
  'share_of_plan',
  'other',
]);

export const ColumnSchema = z
  .object({
    /** The header as written; a two-row header's parts joined with ` / `. */
    name: z.string(),
    role: ColumnRoleSchema,
    /** The period the column's figures refer to (`Kế hoạch năm 2023` → 2023). */
    period: PeriodSchema.nullable(),
    /** The unit the header gives (`so với cùng kỳ (%)` → `%`); rows give theirs in `Row.unit`. */
    unit: z.string().nullable(),
  })
  .meta({ id: 'Column' });

export const CellSchema = z
  .object({
    /** The cell as written, markup stripped (`<br>` read as a space). */
    raw: z.string(),
    /** `empty`: blank, `-`, `—`, `…` (no value); `text`: anything that is not a figure. */
    kind: z.enum(['number', 'range', 'empty', 'text']),
    value: z.number().optional(),
    min: z.number().optional(),
    max: z.number().optional(),
  })
  .meta({ id: 'Cell' });

export const RowSchema = z
  .object({
    id: z.string().min(1),
    /** The `TT` / `STT` cell as written, or null on sub-rows. */
    order: z.string().nullable(),
    /** The indicator, without its bullet. */
    label: z.string(),
    /** `data` holds figures; `label` only introduces the rows under it (`Bao gồm:`, `Trong đó:`). */
    kind: z.enum(['data', 'label']),
    /** From the unit column (`Tỷ đồng`, `1.000 lượt`), as written. */
    unit: z.string().nullable(),
    /** The numbered row this one belongs to. */
    parentId: z.string().nullable(),
    /**
     * How the row relates to its parent: part of a breakdown that adds up (`Bao gồm`, comprising)
     * or one part among others not listed (`Trong đó`, of which); null when not said.
     */
    group: z.enum(['comprising', 'of_which']).nullable(),
    /** One per column, in column order. */
    cells: z.array(CellSchema),
    sources: z.array(SpanSchema),
  })
  .meta({ id: 'Row' });

export const TableSchema = z
  .object({
    id: z.string().min(1),
    /** The caption before the table: an appendix's caption line, `Biểu số …`, a bold line. */
    title: z.string().nullable(),
    /** The `table` block that stands for it in reading order (its first part's, when continued). */
    blockId: z.string().nullable(),
    /** The section that block stands in; null outside every section. */
    sectionId: z.string().nullable(),
    columns: z.array(ColumnSchema),
    rows: z.array(RowSchema),
    /** Several spans when the table was continued after a page break. */
    sources: z.array(SpanSchema).min(1),
  })
  .meta({ id: 'Table' });

/**
 * What a figure measures: the role of its column, or for a prose figure the role its sentence
 * gives it. `yoy_change` is a change in percent from the same period a year before, signed
 * (`giảm 9,46%` → -9.46); only prose facts have it (a table's comparison column stays `yoy`).
 */
export const MeasureSchema = z.enum([
  ...ColumnRoleSchema.exclude(['order', 'label', 'unit']).options,
  'yoy_change',
]);

/**
 * A fact: one figure of a table or of a sentence, tidy (indicator × measure × period), the form a
 * warehouse loads. `yoy` is as the report writes it: for most indicators an index where 100 means
 * unchanged (`90,54` = down 9.46 %), for a rate (unit `%`) the change itself.
 */
export const FactSchema = z
  .object({
    factId: z.string().min(1),
    docId: z.string(),
    /** Where the figure stands: a table cell, or a sentence of a block or footnote. */
    origin: z.enum(['table', 'prose']),
    /** The table and row of a table fact; null for a prose fact. */
    tableId: z.string().nullable(),
    rowId: z.string().nullable(),
    /** The block or footnote a prose fact was read from; null for a table fact. */
    blockId: z.string().nullable(),
    /** UTF-16 offsets of the figure in that block's or footnote's `text`; null for a table fact. */
    start: z.int().nonnegative().nullable(),
    end: z.int().nonnegative().nullable(),
    /** The row's label, or the words a sentence names the figure by. */
    indicator: z.string(),
    /** Labels from the top row down to this one: `Tổng thu ngân sách …` › `Thu nội địa`. */
    indicatorPath: z.array(z.string()).min(1),
    unit: z.string().nullable(),
    measure: MeasureSchema,
    period: PeriodSchema.nullable(),
    /** `tăng` (up) or `giảm` (down) before a change; null when the text says neither. */
    direction: z.enum(['up', 'down']).nullable(),
    value: z.number().optional(),
    min: z.number().optional(),
    max: z.number().optional(),
    /** The unit in which the base values count (`Tỷ đồng` → `đồng`); null when `unit` is not understood. */
    baseUnit: z.string().nullable(),
    /** ISO 4217 code when the unit is a currency. */
    currency: z.string().nullable(),
    /** The power of ten one unit is worth in base units (`Tỷ đồng` → 9); null with `baseUnit`. */
    exponent: z.int().nullable(),
    /** `value` (`min`, `max`) in base units, an exact decimal from the digits as written. */
    baseValue: z.string().nullable(),
    baseMin: z.string().nullable(),
    baseMax: z.string().nullable(),
    raw: z.string(),
    /** factIds of the facts on the other side (prose ↔ table) that give the same figure. */
    corroboratedBy: z.array(z.string()),
  })
  .meta({ id: 'Fact' });

/** A scale word: `tỷ` → { word: 'tỷ', exponent: 9 }. */
export const ScaleSchema = z
  .object({
    word: z.enum(['nghìn', 'triệu', 'tỷ', 'nghìn tỷ']),
    exponent: z.union([z.literal(3), z.literal(6), z.literal(9), z.literal(12)]),
  })
  .meta({ id: 'Scale' });

/**
 * A figure in the prose, whatever its role (src/vi/quantity.ts): `24.042,91 tỷ đồng`, `12,7% - 13%`,
 * `688/4.100 đảng viên`. Dates, years, periods, document codes and names are not quantities.
 */
export const QuantityMentionSchema = z
  .object({
    id: z.string().min(1),
    /** The block or footnote it stands in. */
    sourceId: z.string().min(1),
    /** UTF-16 offsets into that block's or footnote's `text`. */
    start: z.int().nonnegative(),
    end: z.int().nonnegative(),
    raw: z.string(),
    kind: z.enum(['number', 'range', 'fraction']),
    /** The figure as written, before the scale word (`24.042,91 tỷ` → 24042.91). */
    value: z.number().optional(),
    min: z.number().optional(),
    max: z.number().optional(),
    /** A fraction `688/4.100`: the part and the whole. */
    numerator: z.number().optional(),
    denominator: z.number().optional(),
    scale: ScaleSchema.nullable(),
    /** Canonical unit (`đồng`, `USD`, `%`, `lượt`); null for a bare figure. */
    unit: z.string().nullable(),
    /** ISO 4217 code when the unit is a currency. */
    currency: z.string().nullable(),
    /** `value` (`min`, `max`) × the scale, an exact decimal from the digits as written; null for a fraction. */
    baseValue: z.string().nullable(),
    baseMin: z.string().nullable(),
    baseMax: z.string().nullable(),
  })
  .meta({ id: 'QuantityMention' });

export const DocumentKindSchema = z.enum([
  'resolution',
  'decision',
  'directive',
  'conclusion',
  'regulation',
  'instruction',
  'program',
  'plan',
  'report',
  'notice',
  'official-letter',
  'guidance',
  'scheme',
  'submission',
  'decree',
  'circular',
  'joint-circular',
  'joint-resolution',
  'telegram',
  'rules',
  'law',
]);

/** One reference to another document: `Nghị quyết số 12-NQ/TW, ngày 16/3/2022 của Bộ Chính trị`. */
export const CitationSchema = z
  .object({
    id: z.string().min(1),
    /** The block or footnote it stands in. */
    sourceId: z.string().min(1),
    kind: DocumentKindSchema,
    /** The number (số): `12-NQ/TW` → 12. */
    number: z.int().nonnegative(),
    /** The code (số ký hiệu) as written: `12-NQ/TW`, `30/2020/NĐ-CP`. */
    code: z.string().min(1),
    /** The cited document's key (`CitedDocument.key`): the same document however it is written. */
    key: z.string().min(1),
    /** ISO date of issue when the reference gives one. */
    date: IsoDateSchema.nullable(),
    /** The issuing body after `của`, as written. */
    issuer: z.string().nullable(),
    raw: z.string(),
    /** UTF-16 offsets into the block's or footnote's `text`. */
    start: z.int().nonnegative(),
    end: z.int().nonnegative(),
  })
  .meta({ id: 'Citation' });

/** A document the report cites, once, with how often and where. */
export const CitedDocumentSchema = z
  .object({
    /** The code with its letters upper-cased, `Đ` kept: the same document written alike. */
    key: z.string().min(1),
    kind: DocumentKindSchema,
    number: z.int().nonnegative(),
    /** The code as first written. */
    code: z.string().min(1),
    /** The first date any citation of it gives. */
    date: IsoDateSchema.nullable(),
    /** The first issuer any citation of it names. */
    issuer: z.string().nullable(),
    count: z.int().positive(),
    citationIds: z.array(z.string()).min(1),
  })
  .meta({ id: 'CitedDocument' });

export const DiagnosticSchema = z
  .object({
    /** Stable rule name, e.g. `invalid-utf8`; a test or a dashboard may count by it. */
    ruleId: z.string().min(1),
    severity: z.enum(['error', 'warning', 'info']),
    message: z.string(),
    line: z.int().positive().optional(),
    column: z.int().positive().optional(),
  })
  .meta({ id: 'Diagnostic' });

/**
 * The encoding the input was read in: UTF-8, UTF-16 (by its byte-order mark, or by the pattern of
 * its NUL bytes when it has none), or a legacy Vietnamese encoding, TCVN3 (ABC) or VNI, recognised
 * and converted (a diagnostic says so).
 */
export const EncodingSchema = z.enum(['utf-8', 'utf-16le', 'utf-16be', 'tcvn3', 'vni']);

/** What the read stage did to the bytes before parsing, in the order it did it. */
export const NormalizationSchema = z.enum([
  /** A byte-order mark was removed. */
  'strip-bom',
  /** Windows line ends (`\r\n`) became `\n`. */
  'crlf-to-lf',
  /** Old Mac line ends (a lone `\r`) became `\n`. */
  'cr-to-lf',
  /** The text was not in Unicode normalization form C (e.g. decomposed NFD) and was composed. */
  'nfc',
]);

/**
 * The converter style the markdown was recognised as (src/parse/dialect.ts): `pandoc`, `mammoth`,
 * `pdf2md` (pdf.js-based), `docling`, `marker`, `mineru`, `transcription` (a vision model's or an
 * LLM's), `plain` (layout text: pdftotext, OCR), or `unknown`; for an original read by baocao's
 * own reader (Word, PDF, HTML), the reader's name: `docx`, `pdf`, `html`.
 */
export const DialectNameSchema = z.enum([
  'pandoc',
  'mammoth',
  'pdf2md',
  'docling',
  'marker',
  'mineru',
  'transcription',
  'plain',
  'unknown',
  // an original read by baocao's own reader (src/read/original.ts): the format is the dialect
  'docx',
  'pdf',
  'html',
]);

export const DialectSchema = z
  .object({
    name: DialectNameSchema,
    /** The signs counted in the source that told it (`footnote anchors ×12`); empty for `unknown`. */
    evidence: z.array(z.string()),
  })
  .meta({ id: 'Dialect' });

/**
 * The input formats (src/read/formats.ts holds the table: extensions, readable or not, the hint):
 * markdown and plain text are read as text; `docx`, `pdf` and `html` originals by their readers.
 */
export const FormatNameSchema = z.enum([
  'markdown',
  'text',
  'docx',
  'pdf',
  'html',
  // binary or office formats baocao does not read: a hint says how to get a readable file
  'doc',
  'odt',
  'rtf',
]);

/**
 * A place in an original, 1-based: a PDF's page and the line on it; a Word file's paragraph (every
 * `w:p` of the body in reading order, table cells' too) or an HTML page's block.
 */
export const OriginSchema = z
  .object({
    page: z.int().positive().optional(),
    line: z.int().positive().optional(),
    paragraph: z.int().positive().optional(),
  })
  .meta({ id: 'Origin' });

export const SourceSchema = z
  .object({
    /** The input path as given to the run, with `/` separators. */
    path: z.string(),
    /** SHA-256 of the input bytes, lowercase hex. */
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    bytes: z.int().nonnegative(),
    encoding: EncodingSchema,
    normalizations: z.array(NormalizationSchema),
    dialect: DialectSchema,
    /** The input's format, by its name (src/read/formats.ts): `markdown`, `text`, `docx` … */
    format: FormatNameSchema,
    /**
     * For an original (Word, PDF, HTML) only: the text the stages read is the reader's, so every
     * `Span` counts its lines; `origins[i]` is where line i + 1 came from in the original, null
     * for a line the reader wrote (a blank, a table's rule). Absent when the input is the text.
     */
    origins: z.array(OriginSchema.nullable()).optional(),
  })
  .meta({ id: 'Source' });

export const StatsSchema = z
  .object({
    /** Lines of the normalized text. */
    lines: z.int().nonnegative(),
    /** Lines that hold text: at least one letter or digit. */
    textLines: z.int().nonnegative(),
    /** UTF-16 code units of the normalized text. */
    characters: z.int().nonnegative(),
    /** Words of the source (runs of letters and digits), markup, page furniture and metadata lines aside. */
    words: z.int().nonnegative(),
    blocks: z.int().nonnegative(),
    sections: z.int().nonnegative(),
    footnotes: z.int().nonnegative(),
    tables: z.int().nonnegative(),
    /** Lines of page furniture (page numbers, running headers) taken out of the body. */
    furnitureLines: z.int().nonnegative(),
    /**
     * Share of the source's words (letters and digits, markup aside) held by some record or counted
     * furniture line: 1 when nothing was lost.
     */
    coverage: z.number().min(0).max(1),
    /**
     * Share of the source's words that sit in recognised structure: held by a record, and not by a
     * block of more than a page (over 40 lines or 600 words), which is text a reader could not
     * divide into paragraphs, headings and notes. Equal to `coverage` when every block is of a
     * paragraph's size.
     */
    structured: z.number().min(0).max(1),
  })
  .meta({ id: 'Stats' });

/** How well the document was read: see src/extract/quality. */
export const QualityGradeSchema = z.enum([
  /** Nothing found unread: the records can be trusted as far as baocao can tell. */
  'good',
  /** Parts unread (footnote marks left as text, a table as prose, metadata missed): check the signals. */
  'partial',
  /** Most of the document was not read as what it is: its records are not worth loading as they are. */
  'poor',
]);

export const QualitySchema = z
  .object({
    grade: QualityGradeSchema,
    /** 1 when nothing was found; each signal takes its share (`good` from 0.85, `poor` below 0.5). */
    score: z.number().min(0).max(1),
    /** The ruleIds of the diagnostics that lowered the score, the heaviest first. */
    signals: z.array(z.string().min(1)),
  })
  .meta({ id: 'Quality' });

export const DocumentSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    /** Stable id: derived from the SHA-256 of the normalized text, the same on every machine. */
    docId: z.string().regex(/^[0-9a-f]{16}$/),
    source: SourceSchema,
    metadata: MetadataSchema,
    sections: z.array(SectionSchema),
    /** Blocks outside any section. */
    blocks: z.array(BlockSchema),
    footnotes: z.array(FootnoteSchema),
    tables: z.array(TableSchema),
    /** Every figure of every table, and the figures of the prose whose role is clear, tidy. */
    facts: z.array(FactSchema),
    /** Every figure of the prose (blocks and footnotes), fact or not. */
    quantities: z.array(QuantityMentionSchema),
    /** Every reference to another document, in blocks and footnotes, in reading order. */
    citations: z.array(CitationSchema),
    /** The distinct documents cited. */
    citedDocuments: z.array(CitedDocumentSchema),
    diagnostics: z.array(DiagnosticSchema),
    stats: StatsSchema,
    quality: QualitySchema,
  })
  .meta({ id: 'Document' });

export type Span = z.infer<typeof SpanSchema>;
export type Period = z.infer<typeof PeriodSchema>;
export type Signer = z.infer<typeof SignerSchema>;
export type Metadata = z.infer<typeof MetadataSchema>;
export type FootnoteRef = z.infer<typeof FootnoteRefSchema>;
export type BlockKind = z.infer<typeof BlockKindSchema>;
export type Block = z.infer<typeof BlockSchema>;
export type Numbering = z.infer<typeof NumberingSchema>;
export type Section = z.infer<typeof SectionSchema>;
export type Footnote = z.infer<typeof FootnoteSchema>;
export type Column = z.infer<typeof ColumnSchema>;
export type ColumnRole = z.infer<typeof ColumnRoleSchema>;
export type Cell = z.infer<typeof CellSchema>;
export type Row = z.infer<typeof RowSchema>;
export type Table = z.infer<typeof TableSchema>;
export type Measure = z.infer<typeof MeasureSchema>;
export type Fact = z.infer<typeof FactSchema>;
export type QuantityMention = z.infer<typeof QuantityMentionSchema>;
export type Citation = z.infer<typeof CitationSchema>;
export type CitedDocument = z.infer<typeof CitedDocumentSchema>;
export type Diagnostic = z.infer<typeof DiagnosticSchema>;
export type Encoding = z.infer<typeof EncodingSchema>;
export type Normalization = z.infer<typeof NormalizationSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type Dialect = z.infer<typeof DialectSchema>;
export type FormatName = z.infer<typeof FormatNameSchema>;
export type Origin = z.infer<typeof OriginSchema>;
export type DialectName = z.infer<typeof DialectNameSchema>;
export type Stats = z.infer<typeof StatsSchema>;
export type QualityGrade = z.infer<typeof QualityGradeSchema>;
export type Quality = z.infer<typeof QualitySchema>;
export type Document = z.infer<typeof DocumentSchema>;
