-- baocao records: 13 tables for clickhouse, generated from schemas/records/.

CREATE TABLE IF NOT EXISTS `documents` (
  `doc_id` String,
  `schema_version` Int64,
  `extractor_fingerprint` String,
  `path` String,
  `sha256` String,
  `bytes` Int64,
  `encoding` String,
  `dialect` String,
  `dialect_evidence` String,
  `format` String,
  `document_type` Nullable(String),
  `title` Nullable(String),
  `issuer` Nullable(String),
  `document_number` Nullable(String),
  `place` Nullable(String),
  `issued_on` Nullable(Date32),
  `period_year` Nullable(Int64),
  `period_quarter` Nullable(Int64),
  `period_half` Nullable(Int64),
  `period_month` Nullable(Int64),
  `period_months` Nullable(Int64),
  `period_from` Nullable(Date32),
  `period_to` Nullable(Date32),
  `signer_name` Nullable(String),
  `signer_role` Nullable(String),
  `recipients` String,
  `inferred` String,
  `lines` Int64,
  `text_lines` Int64,
  `characters` Int64,
  `blocks` Int64,
  `sections` Int64,
  `footnotes` Int64,
  `tables` Int64,
  `facts` Int64,
  `quantities` Int64,
  `citations` Int64,
  `diagnostics` Int64,
  `furniture_lines` Int64,
  `coverage` Float64,
  `structured` Float64,
  `quality_grade` String,
  `quality_score` Float64,
  `quality_signals` String
) ENGINE = ReplacingMergeTree ORDER BY (`doc_id`);

CREATE TABLE IF NOT EXISTS `sections` (
  `doc_id` String,
  `section_id` String,
  `parent_id` Nullable(String),
  `ordinal` Int64,
  `label` Nullable(String),
  `numbering` String,
  `level` Int64,
  `title` String,
  `start_line` Nullable(Int64),
  `end_line` Nullable(Int64)
) ENGINE = ReplacingMergeTree ORDER BY (`section_id`);

CREATE TABLE IF NOT EXISTS `blocks` (
  `doc_id` String,
  `block_id` String,
  `section_id` Nullable(String),
  `ordinal` Int64,
  `kind` String,
  `text` String,
  `marker` Nullable(String),
  `depth` Int64,
  `joins` Int64,
  `start_line` Int64,
  `end_line` Int64,
  `origin_page` Nullable(Int64),
  `origin_line` Nullable(Int64),
  `origin_paragraph` Nullable(Int64),
  `sources` String
) ENGINE = ReplacingMergeTree ORDER BY (`block_id`);

CREATE TABLE IF NOT EXISTS `footnotes` (
  `doc_id` String,
  `footnote_id` String,
  `number` Nullable(Int64),
  `label` String,
  `text` String,
  `citations` Int64,
  `start_line` Int64,
  `end_line` Int64,
  `origin_page` Nullable(Int64),
  `origin_line` Nullable(Int64),
  `origin_paragraph` Nullable(Int64),
  `sources` String
) ENGINE = ReplacingMergeTree ORDER BY (`footnote_id`);

CREATE TABLE IF NOT EXISTS `footnote_citations` (
  `doc_id` String,
  `block_id` String,
  `char_offset` Int64,
  `footnote_number` Nullable(Int64),
  `footnote_label` String,
  `footnote_id` Nullable(String)
) ENGINE = ReplacingMergeTree ORDER BY (`block_id`, `char_offset`);

CREATE TABLE IF NOT EXISTS `tables` (
  `doc_id` String,
  `table_id` String,
  `block_id` Nullable(String),
  `section_id` Nullable(String),
  `ordinal` Int64,
  `title` Nullable(String),
  `column_count` Int64,
  `row_count` Int64,
  `columns` String,
  `start_line` Int64,
  `end_line` Int64,
  `origin_page` Nullable(Int64),
  `origin_line` Nullable(Int64),
  `origin_paragraph` Nullable(Int64),
  `sources` String
) ENGINE = ReplacingMergeTree ORDER BY (`table_id`);

CREATE TABLE IF NOT EXISTS `table_rows` (
  `doc_id` String,
  `table_id` String,
  `row_id` String,
  `parent_id` Nullable(String),
  `ordinal` Int64,
  `order_label` Nullable(String),
  `label` String,
  `kind` String,
  `unit` Nullable(String),
  `row_group` Nullable(String),
  `start_line` Int64,
  `end_line` Int64,
  `origin_page` Nullable(Int64),
  `origin_line` Nullable(Int64),
  `origin_paragraph` Nullable(Int64)
) ENGINE = ReplacingMergeTree ORDER BY (`row_id`);

CREATE TABLE IF NOT EXISTS `table_cells` (
  `doc_id` String,
  `table_id` String,
  `row_id` String,
  `column_index` Int64,
  `column_name` String,
  `column_role` String,
  `raw` String,
  `kind` String,
  `value` Nullable(Float64),
  `min` Nullable(Float64),
  `max` Nullable(Float64)
) ENGINE = ReplacingMergeTree ORDER BY (`row_id`, `column_index`);

CREATE TABLE IF NOT EXISTS `facts` (
  `doc_id` String,
  `fact_id` String,
  `origin` String,
  `table_id` Nullable(String),
  `row_id` Nullable(String),
  `block_id` Nullable(String),
  `start_offset` Nullable(Int64),
  `end_offset` Nullable(Int64),
  `indicator` String,
  `indicator_path` String,
  `measure` String,
  `unit` Nullable(String),
  `period_year` Nullable(Int64),
  `period_quarter` Nullable(Int64),
  `period_half` Nullable(Int64),
  `period_month` Nullable(Int64),
  `period_months` Nullable(Int64),
  `period_from` Nullable(Date32),
  `period_to` Nullable(Date32),
  `value` Nullable(Float64),
  `min` Nullable(Float64),
  `max` Nullable(Float64),
  `base_unit` Nullable(String),
  `currency` Nullable(String),
  `base_value` Nullable(Decimal(38,10)),
  `base_min` Nullable(Decimal(38,10)),
  `base_max` Nullable(Decimal(38,10)),
  `direction` Nullable(String),
  `raw` String,
  `corroborated_by` String
) ENGINE = ReplacingMergeTree ORDER BY (`fact_id`);

CREATE TABLE IF NOT EXISTS `quantities` (
  `doc_id` String,
  `quantity_id` String,
  `source_id` String,
  `start_offset` Int64,
  `end_offset` Int64,
  `raw` String,
  `kind` String,
  `value` Nullable(Float64),
  `min` Nullable(Float64),
  `max` Nullable(Float64),
  `numerator` Nullable(Float64),
  `denominator` Nullable(Float64),
  `scale` Nullable(String),
  `unit` Nullable(String),
  `currency` Nullable(String),
  `base_value` Nullable(Decimal(38,10)),
  `base_min` Nullable(Decimal(38,10)),
  `base_max` Nullable(Decimal(38,10))
) ENGINE = ReplacingMergeTree ORDER BY (`quantity_id`);

CREATE TABLE IF NOT EXISTS `citations` (
  `doc_id` String,
  `citation_id` String,
  `source_id` String,
  `kind` String,
  `number` Int64,
  `code` String,
  `cited_key` String,
  `date` Nullable(Date32),
  `issuer` Nullable(String),
  `raw` String,
  `start_offset` Int64,
  `end_offset` Int64
) ENGINE = ReplacingMergeTree ORDER BY (`citation_id`);

CREATE TABLE IF NOT EXISTS `cited_documents` (
  `doc_id` String,
  `cited_key` String,
  `kind` String,
  `number` Int64,
  `code` String,
  `date` Nullable(Date32),
  `issuer` Nullable(String),
  `citations` Int64
) ENGINE = ReplacingMergeTree ORDER BY (`doc_id`, `cited_key`);

CREATE TABLE IF NOT EXISTS `diagnostics` (
  `doc_id` String,
  `ordinal` Int64,
  `rule_id` String,
  `severity` String,
  `message` String,
  `line` Nullable(Int64),
  `column_number` Nullable(Int64)
) ENGINE = ReplacingMergeTree ORDER BY (`doc_id`, `ordinal`);
