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
        unit: column.unit ?? row.unit,
        measure: column.role as Measure,
        period: column.period,
        direction: null,
        raw: cell.raw,
        corroboratedBy: [],
      };
      if (cell.value !== undefined) fact.value = cell.value;
      if (cell.min !== undefined) fact.min = cell.min;
      if (cell.max !== undefined) fact.max = cell.max;
      out.push(fact);
    });
  }
  return out;
}
