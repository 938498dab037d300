/**
 * baocao's library entry: what the command line does, as functions.
 *
 * - one document: `extract`, and the schemas of what it returns;
 * - a batch: `runBatch` (files and folders into an output folder, as `baocao extract`),
 *   `mergeShards` (as `baocao merge`);
 * - records: `toRecords` (one document as warehouse rows), `publishRecords` (an output folder's
 *   record files, and its DuckDB database when asked or already made), their schemas and types;
 * - DDL: `renderDdl` (the CREATE TABLE statements, as `baocao ddl`);
 * - the Vietnamese language functions.
 *
 * The JSON Schemas themselves are files of the package: `baocao/schemas/document.schema.json`,
 * `baocao/schemas/records/facts.schema.json` …
 */
export type { WalkFilters } from './batch/inputs.js';
export { MergeError, mergeShards } from './batch/merge.js';
export {
  BatchInUse,
  type BatchOptions,
  DEFAULT_MAX_BYTES,
  DEFAULT_MAX_MEMORY_MB,
  DEFAULT_TIMEOUT_MS,
  OutputFault,
  runBatch,
  type Shard,
} from './batch/run.js';
export { extractorFingerprint } from './batch/state.js';
export { type DdlOptions, DIALECTS, type Dialect, renderDdl, tableDdl } from './emit/ddl.js';
export { type RecordContext, toRecords } from './emit/records.js';
export { type PublishOptions, type PublishReport, publishRecords } from './emit/warehouse.js';
export { type ExtractOptions, extract, type Input } from './extract.js';
export { pipeline } from './pipeline.js';
export * from './schema/document.js';
export * from './schema/manifest.js';
export * from './schema/records.js';
export { SchemaViolation } from './validate/index.js';
export * from './vi/index.js';
