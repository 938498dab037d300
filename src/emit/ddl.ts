/**
 * SQL tables for the records, derived from their JSON Schemas (themselves generated from the zod
 * record schemas), so that the NDJSON, DuckDB and every warehouse agree on names and types.
 *
 *   renderDdl('postgres') → CREATE TABLE IF NOT EXISTS "facts" ("doc_id" TEXT NOT NULL, …,
 *       "base_value" NUMERIC(38,10), …, PRIMARY KEY ("fact_id"));
 */
import {
  DECIMAL_PRECISION,
  DECIMAL_SCALE,
  RECORD_TYPES,
  type RecordType,
  recordJsonSchema,
} from '../schema/records.js';

export type ColumnType = 'text' | 'integer' | 'double' | 'boolean' | 'date' | 'decimal' | 'json';

export interface RecordColumn {
  name: string;
  type: ColumnType;
  nullable: boolean;
}

export const DIALECTS = ['duckdb', 'postgres', 'bigquery', 'clickhouse'] as const;
export type Dialect = (typeof DIALECTS)[number];

interface JsonSchemaNode {
  type?: string | string[];
  format?: string;
  anyOf?: JsonSchemaNode[];
  const?: unknown;
  properties?: Record<string, JsonSchemaNode>;
  required?: string[];
}

function columnType(node: JsonSchemaNode): ColumnType {
  if (node.format === 'json') return 'json';
  if (node.format === 'decimal') return 'decimal';
  if (node.format === 'date') return 'date';
  if (Number.isInteger(node.const)) return 'integer';
  const type = Array.isArray(node.type) ? node.type.find((t) => t !== 'null') : node.type;
  switch (type) {
    case 'integer':
      return 'integer';
    case 'number':
      return 'double';
    case 'boolean':
      return 'boolean';
    case 'string':
      return 'text';
    case 'array':
    case 'object':
      return 'json';
    default:
      throw new Error(`no column type for JSON Schema ${JSON.stringify(node)}`);
  }
}

const columnCache = new Map<string, RecordColumn[]>();

/** A record type's columns, in schema order. */
export function recordColumns(type: RecordType): RecordColumn[] {
  const cached = columnCache.get(type.name);
  if (cached) return cached;
  const schema = recordJsonSchema(type) as JsonSchemaNode;
  const columns = Object.entries(schema.properties ?? {}).map(([name, node]) => {
    const nullBranch = node.anyOf?.some((branch) => branch.type === 'null') ?? false;
    const inner = node.anyOf?.find((branch) => branch.type !== 'null') ?? node;
    const nullable = nullBranch || (Array.isArray(node.type) && node.type.includes('null'));
    return { name, type: columnType(inner), nullable };
  });
  columnCache.set(type.name, columns);
  return columns;
}

const DECIMAL = `(${DECIMAL_PRECISION},${DECIMAL_SCALE})`;

const TYPES: Record<Dialect, Record<ColumnType, string>> = {
  duckdb: {
    text: 'VARCHAR',
    integer: 'BIGINT',
    double: 'DOUBLE',
    boolean: 'BOOLEAN',
    date: 'DATE',
    decimal: `DECIMAL${DECIMAL}`,
    json: 'JSON',
  },
  postgres: {
    text: 'TEXT',
    integer: 'BIGINT',
    double: 'DOUBLE PRECISION',
    boolean: 'BOOLEAN',
    date: 'DATE',
    decimal: `NUMERIC${DECIMAL}`,
    json: 'JSONB',
  },
  bigquery: {
    text: 'STRING',
    integer: 'INT64',
    double: 'FLOAT64',
    boolean: 'BOOL',
    date: 'DATE',
    // NUMERIC holds 9 fraction digits at most; BIGNUMERIC takes (38,10).
    decimal: `BIGNUMERIC${DECIMAL}`,
    json: 'JSON',
  },
  clickhouse: {
    text: 'String',
    integer: 'Int64',
    double: 'Float64',
    boolean: 'Bool',
    // Date covers 1970–2149 only; reports cite dates back to the 1800s.
    date: 'Date32',
    decimal: `Decimal${DECIMAL}`,
    // NDJSON arrays load into a String column as their JSON text (JSONEachRow's default).
    json: 'String',
  },
};

/** The SQL type of a column kind in a dialect. */
export function sqlType(dialect: Dialect, type: ColumnType): string {
  return TYPES[dialect][type];
}

export function quoteIdentifier(dialect: Dialect, name: string): string {
  return dialect === 'bigquery' || dialect === 'clickhouse'
    ? `\`${name.replaceAll('`', '``')}\``
    : `"${name.replaceAll('"', '""')}"`;
}

export interface DdlOptions {
  /** A schema (PostgreSQL, DuckDB), dataset (BigQuery) or database (ClickHouse) to create the tables in. */
  schema?: string;
}

/** The CREATE TABLE statement of one record type in one dialect. */
export function tableDdl(dialect: Dialect, type: RecordType, options: DdlOptions = {}): string {
  const quote = (name: string) => quoteIdentifier(dialect, name);
  const table = options.schema ? `${quote(options.schema)}.${quote(type.name)}` : quote(type.name);
  const columns = recordColumns(type).map(({ name, type: columnType, nullable }) => {
    const typeName = sqlType(dialect, columnType);
    if (dialect === 'clickhouse')
      return `  ${quote(name)} ${nullable ? `Nullable(${typeName})` : typeName}`;
    return `  ${quote(name)} ${typeName}${nullable ? '' : ' NOT NULL'}`;
  });
  const key = type.primaryKey.map(quote).join(', ');
  switch (dialect) {
    case 'clickhouse':
      // ReplacingMergeTree keeps the last row per key, so a reloaded document replaces its rows.
      return `CREATE TABLE IF NOT EXISTS ${table} (\n${columns.join(',\n')}\n) ENGINE = ReplacingMergeTree ORDER BY (${key});`;
    case 'bigquery':
      return `CREATE TABLE IF NOT EXISTS ${table} (\n${columns.join(',\n')},\n  PRIMARY KEY (${key}) NOT ENFORCED\n);`;
    default:
      return `CREATE TABLE IF NOT EXISTS ${table} (\n${columns.join(',\n')},\n  PRIMARY KEY (${key})\n);`;
  }
}

/** Every record type's table, parents first; what `baocao ddl --dialect D` prints. */
export function renderDdl(dialect: Dialect, options: DdlOptions = {}): string {
  const header = `-- baocao records: ${RECORD_TYPES.length} tables for ${dialect}, generated from schemas/records/.\n`;
  const schema =
    options.schema && (dialect === 'postgres' || dialect === 'duckdb')
      ? `CREATE SCHEMA IF NOT EXISTS ${quoteIdentifier(dialect, options.schema)};\n\n`
      : options.schema && dialect === 'clickhouse'
        ? `CREATE DATABASE IF NOT EXISTS ${quoteIdentifier(dialect, options.schema)};\n\n`
        : '';
  return `${header}\n${schema}${RECORD_TYPES.map((type) => tableDdl(dialect, type, options)).join('\n\n')}\n`;
}
