-- baocao records: 13 tables for postgres, generated from schemas/records/.

CREATE TABLE IF NOT EXISTS "documents" (
  "doc_id" TEXT NOT NULL,
  "schema_version" BIGINT NOT NULL,
  "extractor_fingerprint" TEXT NOT NULL,
  "path" TEXT NOT NULL,
  "sha256" TEXT NOT NULL,
  "bytes" BIGINT NOT NULL,
  "encoding" TEXT NOT NULL,
  "dialect" TEXT NOT NULL,
  "dialect_evidence" JSONB NOT NULL,
  "format" TEXT NOT NULL,
  "document_type" TEXT,
  "title" TEXT,
  "issuer" TEXT,
  "document_number" TEXT,
  "place" TEXT,
  "issued_on" DATE,
  "period_year" BIGINT,
  "period_quarter" BIGINT,
  "period_half" BIGINT,
  "period_month" BIGINT,
  "period_months" BIGINT,
  "period_from" DATE,
  "period_to" DATE,
  "signer_name" TEXT,
  "signer_role" TEXT,
  "recipients" JSONB NOT NULL,
  "inferred" JSONB NOT NULL,
  "lines" BIGINT NOT NULL,
  "text_lines" BIGINT NOT NULL,
  "characters" BIGINT NOT NULL,
  "blocks" BIGINT NOT NULL,
  "sections" BIGINT NOT NULL,
  "footnotes" BIGINT NOT NULL,
  "tables" BIGINT NOT NULL,
  "facts" BIGINT NOT NULL,
  "quantities" BIGINT NOT NULL,
  "citations" BIGINT NOT NULL,
  "diagnostics" BIGINT NOT NULL,
  "furniture_lines" BIGINT NOT NULL,
  "coverage" DOUBLE PRECISION NOT NULL,
  "structured" DOUBLE PRECISION NOT NULL,
  "quality_grade" TEXT NOT NULL,
  "quality_score" DOUBLE PRECISION NOT NULL,
  "quality_signals" JSONB NOT NULL,
  PRIMARY KEY ("doc_id")
);

CREATE TABLE IF NOT EXISTS "sections" (
  "doc_id" TEXT NOT NULL,
  "section_id" TEXT NOT NULL,
  "parent_id" TEXT,
  "ordinal" BIGINT NOT NULL,
  "label" TEXT,
  "numbering" TEXT NOT NULL,
  "level" BIGINT NOT NULL,
  "title" TEXT NOT NULL,
  "start_line" BIGINT,
  "end_line" BIGINT,
  PRIMARY KEY ("section_id")
);

CREATE TABLE IF NOT EXISTS "blocks" (
  "doc_id" TEXT NOT NULL,
  "block_id" TEXT NOT NULL,
  "section_id" TEXT,
  "ordinal" BIGINT NOT NULL,
  "kind" TEXT NOT NULL,
  "text" TEXT NOT NULL,
  "marker" TEXT,
  "depth" BIGINT NOT NULL,
  "joins" BIGINT NOT NULL,
  "start_line" BIGINT NOT NULL,
  "end_line" BIGINT NOT NULL,
  "origin_page" BIGINT,
  "origin_line" BIGINT,
  "origin_paragraph" BIGINT,
  "sources" JSONB NOT NULL,
  PRIMARY KEY ("block_id")
);

CREATE TABLE IF NOT EXISTS "footnotes" (
  "doc_id" TEXT NOT NULL,
  "footnote_id" TEXT NOT NULL,
  "number" BIGINT,
  "label" TEXT NOT NULL,
  "text" TEXT NOT NULL,
  "citations" BIGINT NOT NULL,
  "start_line" BIGINT NOT NULL,
  "end_line" BIGINT NOT NULL,
  "origin_page" BIGINT,
  "origin_line" BIGINT,
  "origin_paragraph" BIGINT,
  "sources" JSONB NOT NULL,
  PRIMARY KEY ("footnote_id")
);

CREATE TABLE IF NOT EXISTS "footnote_citations" (
  "doc_id" TEXT NOT NULL,
  "block_id" TEXT NOT NULL,
  "char_offset" BIGINT NOT NULL,
  "footnote_number" BIGINT,
  "footnote_label" TEXT NOT NULL,
  "footnote_id" TEXT,
  PRIMARY KEY ("block_id", "char_offset")
);

CREATE TABLE IF NOT EXISTS "tables" (
  "doc_id" TEXT NOT NULL,
  "table_id" TEXT NOT NULL,
  "block_id" TEXT,
  "section_id" TEXT,
  "ordinal" BIGINT NOT NULL,
  "title" TEXT,
  "column_count" BIGINT NOT NULL,
  "row_count" BIGINT NOT NULL,
  "columns" JSONB NOT NULL,
  "start_line" BIGINT NOT NULL,
  "end_line" BIGINT NOT NULL,
  "origin_page" BIGINT,
  "origin_line" BIGINT,
  "origin_paragraph" BIGINT,
  "sources" JSONB NOT NULL,
  PRIMARY KEY ("table_id")
);

CREATE TABLE IF NOT EXISTS "table_rows" (
  "doc_id" TEXT NOT NULL,
  "table_id" TEXT NOT NULL,
  "row_id" TEXT NOT NULL,
  "parent_id" TEXT,
  "ordinal" BIGINT NOT NULL,
  "order_label" TEXT,
  "label" TEXT NOT NULL,
  "kind" TEXT NOT NULL,
  "unit" TEXT,
  "row_group" TEXT,
  "start_line" BIGINT NOT NULL,
  "end_line" BIGINT NOT NULL,
  "origin_page" BIGINT,
  "origin_line" BIGINT,
  "origin_paragraph" BIGINT,
  PRIMARY KEY ("row_id")
);

CREATE TABLE IF NOT EXISTS "table_cells" (
  "doc_id" TEXT NOT NULL,
  "table_id" TEXT NOT NULL,
  "row_id" TEXT NOT NULL,
  "column_index" BIGINT NOT NULL,
  "column_name" TEXT NOT NULL,
  "column_role" TEXT NOT NULL,
  "raw" TEXT NOT NULL,
  "kind" TEXT NOT NULL,
  "value" DOUBLE PRECISION,
  "min" DOUBLE PRECISION,
  "max" DOUBLE PRECISION,
  PRIMARY KEY ("row_id", "column_index")
);

CREATE TABLE IF NOT EXISTS "facts" (
  "doc_id" TEXT NOT NULL,
  "fact_id" TEXT NOT NULL,
  "origin" TEXT NOT NULL,
  "table_id" TEXT,
  "row_id" TEXT,
  "block_id" TEXT,
  "start_offset" BIGINT,
  "end_offset" BIGINT,
  "indicator" TEXT NOT NULL,
  "indicator_path" JSONB NOT NULL,
  "measure" TEXT NOT NULL,
  "unit" TEXT,
  "period_year" BIGINT,
  "period_quarter" BIGINT,
  "period_half" BIGINT,
  "period_month" BIGINT,
  "period_months" BIGINT,
  "period_from" DATE,
  "period_to" DATE,
  "value" DOUBLE PRECISION,
  "min" DOUBLE PRECISION,
  "max" DOUBLE PRECISION,
  "base_unit" TEXT,
  "currency" TEXT,
  "base_value" NUMERIC(38,10),
  "base_min" NUMERIC(38,10),
  "base_max" NUMERIC(38,10),
  "direction" TEXT,
  "raw" TEXT NOT NULL,
  "corroborated_by" JSONB NOT NULL,
  PRIMARY KEY ("fact_id")
);

CREATE TABLE IF NOT EXISTS "quantities" (
  "doc_id" TEXT NOT NULL,
  "quantity_id" TEXT NOT NULL,
  "source_id" TEXT NOT NULL,
  "start_offset" BIGINT NOT NULL,
  "end_offset" BIGINT NOT NULL,
  "raw" TEXT NOT NULL,
  "kind" TEXT NOT NULL,
  "value" DOUBLE PRECISION,
  "min" DOUBLE PRECISION,
  "max" DOUBLE PRECISION,
  "numerator" DOUBLE PRECISION,
  "denominator" DOUBLE PRECISION,
  "scale" TEXT,
  "unit" TEXT,
  "currency" TEXT,
  "base_value" NUMERIC(38,10),
  "base_min" NUMERIC(38,10),
  "base_max" NUMERIC(38,10),
  PRIMARY KEY ("quantity_id")
);

CREATE TABLE IF NOT EXISTS "citations" (
  "doc_id" TEXT NOT NULL,
  "citation_id" TEXT NOT NULL,
  "source_id" TEXT NOT NULL,
  "kind" TEXT NOT NULL,
  "number" BIGINT NOT NULL,
  "code" TEXT NOT NULL,
  "cited_key" TEXT NOT NULL,
  "date" DATE,
  "issuer" TEXT,
  "raw" TEXT NOT NULL,
  "start_offset" BIGINT NOT NULL,
  "end_offset" BIGINT NOT NULL,
  PRIMARY KEY ("citation_id")
);

CREATE TABLE IF NOT EXISTS "cited_documents" (
  "doc_id" TEXT NOT NULL,
  "cited_key" TEXT NOT NULL,
  "kind" TEXT NOT NULL,
  "number" BIGINT NOT NULL,
  "code" TEXT NOT NULL,
  "date" DATE,
  "issuer" TEXT,
  "citations" BIGINT NOT NULL,
  PRIMARY KEY ("doc_id", "cited_key")
);

CREATE TABLE IF NOT EXISTS "diagnostics" (
  "doc_id" TEXT NOT NULL,
  "ordinal" BIGINT NOT NULL,
  "rule_id" TEXT NOT NULL,
  "severity" TEXT NOT NULL,
  "message" TEXT NOT NULL,
  "line" BIGINT,
  "column_number" BIGINT,
  PRIMARY KEY ("doc_id", "ordinal")
);
