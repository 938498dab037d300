-- baocao records: 13 tables for duckdb, generated from schemas/records/.

CREATE TABLE IF NOT EXISTS "documents" (
  "doc_id" VARCHAR NOT NULL,
  "schema_version" BIGINT NOT NULL,
  "extractor_fingerprint" VARCHAR NOT NULL,
  "path" VARCHAR NOT NULL,
  "sha256" VARCHAR NOT NULL,
  "bytes" BIGINT NOT NULL,
  "encoding" VARCHAR NOT NULL,
  "dialect" VARCHAR NOT NULL,
  "dialect_evidence" JSON NOT NULL,
  "format" VARCHAR NOT NULL,
  "document_type" VARCHAR,
  "title" VARCHAR,
  "issuer" VARCHAR,
  "document_number" VARCHAR,
  "place" VARCHAR,
  "issued_on" DATE,
  "period_year" BIGINT,
  "period_quarter" BIGINT,
  "period_half" BIGINT,
  "period_month" BIGINT,
  "period_months" BIGINT,
  "period_from" DATE,
  "period_to" DATE,
  "signer_name" VARCHAR,
  "signer_role" VARCHAR,
  "recipients" JSON NOT NULL,
  "inferred" JSON NOT NULL,
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
  "coverage" DOUBLE NOT NULL,
  "structured" DOUBLE NOT NULL,
  "quality_grade" VARCHAR NOT NULL,
  "quality_score" DOUBLE NOT NULL,
  "quality_signals" JSON NOT NULL,
  PRIMARY KEY ("doc_id")
);

CREATE TABLE IF NOT EXISTS "sections" (
  "doc_id" VARCHAR NOT NULL,
  "section_id" VARCHAR NOT NULL,
  "parent_id" VARCHAR,
  "ordinal" BIGINT NOT NULL,
  "label" VARCHAR,
  "numbering" VARCHAR NOT NULL,
  "level" BIGINT NOT NULL,
  "title" VARCHAR NOT NULL,
  "start_line" BIGINT,
  "end_line" BIGINT,
  PRIMARY KEY ("section_id")
);

CREATE TABLE IF NOT EXISTS "blocks" (
  "doc_id" VARCHAR NOT NULL,
  "block_id" VARCHAR NOT NULL,
  "section_id" VARCHAR,
  "ordinal" BIGINT NOT NULL,
  "kind" VARCHAR NOT NULL,
  "text" VARCHAR NOT NULL,
  "marker" VARCHAR,
  "depth" BIGINT NOT NULL,
  "joins" BIGINT NOT NULL,
  "start_line" BIGINT NOT NULL,
  "end_line" BIGINT NOT NULL,
  "origin_page" BIGINT,
  "origin_line" BIGINT,
  "origin_paragraph" BIGINT,
  "sources" JSON NOT NULL,
  PRIMARY KEY ("block_id")
);

CREATE TABLE IF NOT EXISTS "footnotes" (
  "doc_id" VARCHAR NOT NULL,
  "footnote_id" VARCHAR NOT NULL,
  "number" BIGINT,
  "label" VARCHAR NOT NULL,
  "text" VARCHAR NOT NULL,
  "citations" BIGINT NOT NULL,
  "start_line" BIGINT NOT NULL,
  "end_line" BIGINT NOT NULL,
  "origin_page" BIGINT,
  "origin_line" BIGINT,
  "origin_paragraph" BIGINT,
  "sources" JSON NOT NULL,
  PRIMARY KEY ("footnote_id")
);

CREATE TABLE IF NOT EXISTS "footnote_citations" (
  "doc_id" VARCHAR NOT NULL,
  "block_id" VARCHAR NOT NULL,
  "char_offset" BIGINT NOT NULL,
  "footnote_number" BIGINT,
  "footnote_label" VARCHAR NOT NULL,
  "footnote_id" VARCHAR,
  PRIMARY KEY ("block_id", "char_offset")
);

CREATE TABLE IF NOT EXISTS "tables" (
  "doc_id" VARCHAR NOT NULL,
  "table_id" VARCHAR NOT NULL,
  "block_id" VARCHAR,
  "section_id" VARCHAR,
  "ordinal" BIGINT NOT NULL,
  "title" VARCHAR,
  "column_count" BIGINT NOT NULL,
  "row_count" BIGINT NOT NULL,
  "columns" JSON NOT NULL,
  "start_line" BIGINT NOT NULL,
  "end_line" BIGINT NOT NULL,
  "origin_page" BIGINT,
  "origin_line" BIGINT,
  "origin_paragraph" BIGINT,
  "sources" JSON NOT NULL,
  PRIMARY KEY ("table_id")
);

CREATE TABLE IF NOT EXISTS "table_rows" (
  "doc_id" VARCHAR NOT NULL,
  "table_id" VARCHAR NOT NULL,
  "row_id" VARCHAR NOT NULL,
  "parent_id" VARCHAR,
  "ordinal" BIGINT NOT NULL,
  "order_label" VARCHAR,
  "label" VARCHAR NOT NULL,
  "kind" VARCHAR NOT NULL,
  "unit" VARCHAR,
  "row_group" VARCHAR,
  "start_line" BIGINT NOT NULL,
  "end_line" BIGINT NOT NULL,
  "origin_page" BIGINT,
  "origin_line" BIGINT,
  "origin_paragraph" BIGINT,
  PRIMARY KEY ("row_id")
);

CREATE TABLE IF NOT EXISTS "table_cells" (
  "doc_id" VARCHAR NOT NULL,
  "table_id" VARCHAR NOT NULL,
  "row_id" VARCHAR NOT NULL,
  "column_index" BIGINT NOT NULL,
  "column_name" VARCHAR NOT NULL,
  "column_role" VARCHAR NOT NULL,
  "raw" VARCHAR NOT NULL,
  "kind" VARCHAR NOT NULL,
  "value" DOUBLE,
  "min" DOUBLE,
  "max" DOUBLE,
  PRIMARY KEY ("row_id", "column_index")
);

CREATE TABLE IF NOT EXISTS "facts" (
  "doc_id" VARCHAR NOT NULL,
  "fact_id" VARCHAR NOT NULL,
  "origin" VARCHAR NOT NULL,
  "table_id" VARCHAR,
  "row_id" VARCHAR,
  "block_id" VARCHAR,
  "start_offset" BIGINT,
  "end_offset" BIGINT,
  "indicator" VARCHAR NOT NULL,
  "indicator_path" JSON NOT NULL,
  "measure" VARCHAR NOT NULL,
  "unit" VARCHAR,
  "period_year" BIGINT,
  "period_quarter" BIGINT,
  "period_half" BIGINT,
  "period_month" BIGINT,
  "period_months" BIGINT,
  "period_from" DATE,
  "period_to" DATE,
  "value" DOUBLE,
  "min" DOUBLE,
  "max" DOUBLE,
  "base_unit" VARCHAR,
  "currency" VARCHAR,
  "base_value" DECIMAL(38,10),
  "base_min" DECIMAL(38,10),
  "base_max" DECIMAL(38,10),
  "direction" VARCHAR,
  "raw" VARCHAR NOT NULL,
  "corroborated_by" JSON NOT NULL,
  PRIMARY KEY ("fact_id")
);

CREATE TABLE IF NOT EXISTS "quantities" (
  "doc_id" VARCHAR NOT NULL,
  "quantity_id" VARCHAR NOT NULL,
  "source_id" VARCHAR NOT NULL,
  "start_offset" BIGINT NOT NULL,
  "end_offset" BIGINT NOT NULL,
  "raw" VARCHAR NOT NULL,
  "kind" VARCHAR NOT NULL,
  "value" DOUBLE,
  "min" DOUBLE,
  "max" DOUBLE,
  "numerator" DOUBLE,
  "denominator" DOUBLE,
  "scale" VARCHAR,
  "unit" VARCHAR,
  "currency" VARCHAR,
  "base_value" DECIMAL(38,10),
  "base_min" DECIMAL(38,10),
  "base_max" DECIMAL(38,10),
  PRIMARY KEY ("quantity_id")
);

CREATE TABLE IF NOT EXISTS "citations" (
  "doc_id" VARCHAR NOT NULL,
  "citation_id" VARCHAR NOT NULL,
  "source_id" VARCHAR NOT NULL,
  "kind" VARCHAR NOT NULL,
  "number" BIGINT NOT NULL,
  "code" VARCHAR NOT NULL,
  "cited_key" VARCHAR NOT NULL,
  "date" DATE,
  "issuer" VARCHAR,
  "raw" VARCHAR NOT NULL,
  "start_offset" BIGINT NOT NULL,
  "end_offset" BIGINT NOT NULL,
  PRIMARY KEY ("citation_id")
);

CREATE TABLE IF NOT EXISTS "cited_documents" (
  "doc_id" VARCHAR NOT NULL,
  "cited_key" VARCHAR NOT NULL,
  "kind" VARCHAR NOT NULL,
  "number" BIGINT NOT NULL,
  "code" VARCHAR NOT NULL,
  "date" DATE,
  "issuer" VARCHAR,
  "citations" BIGINT NOT NULL,
  PRIMARY KEY ("doc_id", "cited_key")
);

CREATE TABLE IF NOT EXISTS "diagnostics" (
  "doc_id" VARCHAR NOT NULL,
  "ordinal" BIGINT NOT NULL,
  "rule_id" VARCHAR NOT NULL,
  "severity" VARCHAR NOT NULL,
  "message" VARCHAR NOT NULL,
  "line" BIGINT,
  "column_number" BIGINT,
  PRIMARY KEY ("doc_id", "ordinal")
);
