/** baocao's library entry: the extract function and the schemas of what it returns. */
export { type ExtractOptions, extract, type Input } from './extract.js';
export { pipeline } from './pipeline.js';
export * from './schema/document.js';
export * from './schema/manifest.js';
export { SchemaViolation } from './validate/index.js';
export * from './vi/index.js';
