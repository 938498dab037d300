/**
 * extract: tidy facts, one per figure of a table: the row's indicator (and the labels above it),
 * what the column measures, the period it refers to, the value or range, and the unit.
 *
 *   | 3 | Tổng thu ngân sách trên địa bàn, trong đó: | Tỷ đồng | 116.442,134 | 24.042,91 | 90,54 |
 *   → { indicator: 'Tổng thu ngân sách trên địa bàn, trong đó:', measure: 'plan',
 *       period: 2023, value: 116442.134, unit: 'Tỷ đồng' }, … { measure: 'yoy', unit: '%' }
 *
 * A comparison column (`so với cùng kỳ (%)`, `so với KH (%)`) has the unit its header gives, `%`.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { Fact, Measure, Row, Table } from '../schema/document.js';
import '../types/vfile-data.js';
import { exactBase, unitBase } from '../vi/base-value.js';
import { parseQuantity } from '../vi/quantity.js';
import { VALUE_ROLES } from './tables.js';

export default function facts() {
  return (_tree: Root, file: VFile): undefined => {
    const docId = file.data.docId ?? '';
    file.data.facts = (file.data.tables ?? []).flatMap((table) => factsOf(table, docId));
  };
}

function factsOf(table: Table, docId: string): Fact[] {
  const byId = new Map(table.rows.map((row) => [row.id, row]));
  const pathOf = (row: Row): string[] => {
    const parent = row.parentId === null ? undefined : byId.get(row.parentId);
    return [...(parent ? pathOf(parent) : []), row.label];
  };
  const out: Fact[] = [];
  for (const row of table.rows) {
    if (row.kind !== 'data') continue;
    row.cells.forEach((cell, index) => {
      const column = table.columns[index];
      if (!column || !VALUE_ROLES.has(column.role)) return;
      if (cell.kind !== 'number' && cell.kind !== 'range') return;
      // A figure written with its unit (`1.246 lượt`, `93,4%`) keeps it where no header or row
      // gives one.
      const unit = column.unit ?? row.unit ?? cellUnit(cell.raw);
      const fact: Fact = {
        factId: `${row.id}:c${index + 1}`,
        docId,
        origin: 'table',
        tableId: table.id,
        rowId: row.id,
        blockId: null,
        start: null,
        end: null,
        indicator: row.label,
        indicatorPath: pathOf(row),
        unit,
        measure: column.role as Measure,
        period: column.period,
        direction: null,
        ...figureColumns(cell, unit, cell.raw),
        raw: cell.raw,
        corroboratedBy: [],
      };
      out.push(fact);
    });
  }
  return out;
}

/** The unit a cell writes after its figure, if any. */
function cellUnit(raw: string): string | null {
  const parsed = parseQuantity(raw);
  return parsed.ok ? (parsed.value.unit ?? null) : null;
}

type Figures = Pick<Fact, 'value' | 'min' | 'max'>;

/**
 * A fact's figures, and the same in base units: the unit read as a base unit and a power of ten
 * (`Tỷ đồng` → đồng, 10⁹), each figure shifted exactly from its written digits. Table and prose
 * facts take them from here, so a warehouse record only copies them.
 */
export function figureColumns(
  figures: Figures,
  unit: string | null,
  raw: string,
): Figures &
  Pick<Fact, 'baseUnit' | 'currency' | 'exponent' | 'baseValue' | 'baseMin' | 'baseMax'> {
  const base = unitBase(unit);
  const exact = (part: 'value' | 'min' | 'max') =>
    base === undefined ? null : (exactBase(figures[part], raw, part, base.exponent) ?? null);
  return {
    ...(figures.value !== undefined && { value: figures.value }),
    ...(figures.min !== undefined && { min: figures.min }),
    ...(figures.max !== undefined && { max: figures.max }),
    baseUnit: base?.unit ?? null,
    currency: base?.currency ?? null,
    exponent: base?.exponent ?? null,
    baseValue: exact('value'),
    baseMin: exact('min'),
    baseMax: exact('max'),
  };
}
