-- baocao records: 13 tables for bigquery, generated from schemas/records/.

CREATE TABLE IF NOT EXISTS `baocao`.`documents` (
  `doc_id` STRING NOT NULL,
  `schema_version` INT64 NOT NULL,
  `extractor_fingerprint` STRING NOT NULL,
  `path` STRING NOT NULL,
  `sha256` STRING NOT NULL,
  `bytes` INT64 NOT NULL,
  `encoding` STRING NOT NULL,
  `dialect` STRING NOT NULL,
  `dialect_evidence` JSON NOT NULL,
  `format` STRING NOT NULL,
  `document_type` STRING,
  `title` STRING,
  `issuer` STRING,
  `document_number` STRING,
  `place` STRING,
  `issued_on` DATE,
  `period_year` INT64,
  `period_quarter` INT64,
  `period_half` INT64,
  `period_month` INT64,
  `period_months` INT64,
  `period_from` DATE,
  `period_to` DATE,
  `signer_name` STRING,
  `signer_role` STRING,
  `recipients` JSON NOT NULL,
  `inferred` JSON NOT NULL,
  `lines` INT64 NOT NULL,
  `text_lines` INT64 NOT NULL,
  `characters` INT64 NOT NULL,
  `blocks` INT64 NOT NULL,
  `sections` INT64 NOT NULL,
  `footnotes` INT64 NOT NULL,
  `tables` INT64 NOT NULL,
  `facts` INT64 NOT NULL,
  `quantities` INT64 NOT NULL,
  `citations` INT64 NOT NULL,
  `diagnostics` INT64 NOT NULL,
  `furniture_lines` INT64 NOT NULL,
  `coverage` FLOAT64 NOT NULL,
  `structured` FLOAT64 NOT NULL,
  `quality_grade` STRING NOT NULL,
  `quality_score` FLOAT64 NOT NULL,
  `quality_signals` JSON NOT NULL,
  PRIMARY KEY (`doc_id`) NOT ENFORCED
);

CREATE TABLE IF NOT EXISTS `baocao`.`sections` (
  `doc_id` STRING NOT NULL,
  `section_id` STRING NOT NULL,
  `parent_id` STRING,
  `ordinal` INT64 NOT NULL,
  `label` STRING,
  `numbering` STRING NOT NULL,
  `level` INT64 NOT NULL,
  `title` STRING NOT NULL,
  `start_line` INT64,
  `end_line` INT64,
  PRIMARY KEY (`section_id`) NOT ENFORCED
);

CREATE TABLE IF NOT EXISTS `baocao`.`blocks` (
  `doc_id` STRING NOT NULL,
  `block_id` STRING NOT NULL,
  `section_id` STRING,
  `ordinal` INT64 NOT NULL,
  `kind` STRING NOT NULL,
  `text` STRING NOT NULL,
  `marker` STRING,
  `depth` INT64 NOT NULL,
  `joins` INT64 NOT NULL,
  `start_line` INT64 NOT NULL,
  `end_line` INT64 NOT NULL,
  `origin_page` INT64,
  `origin_line` INT64,
  `origin_paragraph` INT64,
  `sources` JSON NOT NULL,
  PRIMARY KEY (`block_id`) NOT ENFORCED
);

CREATE TABLE IF NOT EXISTS `baocao`.`footnotes` (
  `doc_id` STRING NOT NULL,
  `footnote_id` STRING NOT NULL,
  `number` INT64,
  `label` STRING NOT NULL,
  `text` STRING NOT NULL,
  `citations` INT64 NOT NULL,
  `start_line` INT64 NOT NULL,
  `end_line` INT64 NOT NULL,
  `origin_page` INT64,
  `origin_line` INT64,
  `origin_paragraph` INT64,
  `sources` JSON NOT NULL,
  PRIMARY KEY (`footnote_id`) NOT ENFORCED
);

CREATE TABLE IF NOT EXISTS `baocao`.`footnote_citations` (
  `doc_id` STRING NOT NULL,
  `block_id` STRING NOT NULL,
  `char_offset` INT64 NOT NULL,
  `footnote_number` INT64,
  `footnote_label` STRING NOT NULL,
  `footnote_id` STRING,
  PRIMARY KEY (`block_id`, `char_offset`) NOT ENFORCED
);

CREATE TABLE IF NOT EXISTS `baocao`.`tables` (
  `doc_id` STRING NOT NULL,
  `table_id` STRING NOT NULL,
  `block_id` STRING,
  `section_id` STRING,
  `ordinal` INT64 NOT NULL,
  `title` STRING,
  `column_count` INT64 NOT NULL,
  `row_count` INT64 NOT NULL,
  `columns` JSON NOT NULL,
  `start_line` INT64 NOT NULL,
  `end_line` INT64 NOT NULL,
  `origin_page` INT64,
  `origin_line` INT64,
  `origin_paragraph` INT64,
  `sources` JSON NOT NULL,
  PRIMARY KEY (`table_id`) NOT ENFORCED
);

CREATE TABLE IF NOT EXISTS `baocao`.`table_rows` (
  `doc_id` STRING NOT NULL,
  `table_id` STRING NOT NULL,
  `row_id` STRING NOT NULL,
  `parent_id` STRING,
  `ordinal` INT64 NOT NULL,
  `order_label` STRING,
  `label` STRING NOT NULL,
  `kind` STRING NOT NULL,
  `unit` STRING,
  `row_group` STRING,
  `start_line` INT64 NOT NULL,
  `end_line` INT64 NOT NULL,
  `origin_page` INT64,
  `origin_line` INT64,
  `origin_paragraph` INT64,
  PRIMARY KEY (`row_id`) NOT ENFORCED
);

CREATE TABLE IF NOT EXISTS `baocao`.`table_cells` (
  `doc_id` STRING NOT NULL,
  `table_id` STRING NOT NULL,
  `row_id` STRING NOT NULL,
  `column_index` INT64 NOT NULL,
  `column_name` STRING NOT NULL,
  `column_role` STRING NOT NULL,
  `raw` STRING NOT NULL,
  `kind` STRING NOT NULL,
  `value` FLOAT64,
  `min` FLOAT64,
  `max` FLOAT64,
  PRIMARY KEY (`row_id`, `column_index`) NOT ENFORCED
);

CREATE TABLE IF NOT EXISTS `baocao`.`facts` (
  `doc_id` STRING NOT NULL,
  `fact_id` STRING NOT NULL,
  `origin` STRING NOT NULL,
  `table_id` STRING,
  `row_id` STRING,
  `block_id` STRING,
  `start_offset` INT64,
  `end_offset` INT64,
  `indicator` STRING NOT NULL,
  `indicator_path` JSON NOT NULL,
  `measure` STRING NOT NULL,
  `unit` STRING,
  `period_year` INT64,
  `period_quarter` INT64,
  `period_half` INT64,
  `period_month` INT64,
  `period_months` INT64,
  `period_from` DATE,
  `period_to` DATE,
  `value` FLOAT64,
  `min` FLOAT64,
  `max` FLOAT64,
  `base_unit` STRING,
  `currency` STRING,
  `base_value` BIGNUMERIC(38,10),
  `base_min` BIGNUMERIC(38,10),
  `base_max` BIGNUMERIC(38,10),
  `direction` STRING,
  `raw` STRING NOT NULL,
  `corroborated_by` JSON NOT NULL,
  PRIMARY KEY (`fact_id`) NOT ENFORCED
);

CREATE TABLE IF NOT EXISTS `baocao`.`quantities` (
  `doc_id` STRING NOT NULL,
  `quantity_id` STRING NOT NULL,
  `source_id` STRING NOT NULL,
  `start_offset` INT64 NOT NULL,
  `end_offset` INT64 NOT NULL,
  `raw` STRING NOT NULL,
  `kind` STRING NOT NULL,
  `value` FLOAT64,
  `min` FLOAT64,
  `max` FLOAT64,
  `numerator` FLOAT64,
  `denominator` FLOAT64,
  `scale` STRING,
  `unit` STRING,
  `currency` STRING,
  `base_value` BIGNUMERIC(38,10),
  `base_min` BIGNUMERIC(38,10),
  `base_max` BIGNUMERIC(38,10),
  PRIMARY KEY (`quantity_id`) NOT ENFORCED
);

CREATE TABLE IF NOT EXISTS `baocao`.`citations` (
  `doc_id` STRING NOT NULL,
  `citation_id` STRING NOT NULL,
  `source_id` STRING NOT NULL,
  `kind` STRING NOT NULL,
  `number` INT64 NOT NULL,
  `code` STRING NOT NULL,
  `cited_key` STRING NOT NULL,
  `date` DATE,
  `issuer` STRING,
  `raw` STRING NOT NULL,
  `start_offset` INT64 NOT NULL,
  `end_offset` INT64 NOT NULL,
  PRIMARY KEY (`citation_id`) NOT ENFORCED
);

CREATE TABLE IF NOT EXISTS `baocao`.`cited_documents` (
  `doc_id` STRING NOT NULL,
  `cited_key` STRING NOT NULL,
  `kind` STRING NOT NULL,
  `number` INT64 NOT NULL,
  `code` STRING NOT NULL,
  `date` DATE,
  `issuer` STRING,
  `citations` INT64 NOT NULL,
  PRIMARY KEY (`doc_id`, `cited_key`) NOT ENFORCED
);

CREATE TABLE IF NOT EXISTS `baocao`.`diagnostics` (
  `doc_id` STRING NOT NULL,
  `ordinal` INT64 NOT NULL,
  `rule_id` STRING NOT NULL,
  `severity` STRING NOT NULL,
  `message` STRING NOT NULL,
  `line` INT64,
  `column_number` INT64,
  PRIMARY KEY (`doc_id`, `ordinal`) NOT ENFORCED
);
