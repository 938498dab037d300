/**
 * extract: consistency checks on the tables, reported as diagnostics, never corrections.
 *
 * - `table-share-of-plan`: a share-of-plan figure should be value ÷ plan × 100. Every figure is
 *   rounded as printed, so the check allows half a unit of the last printed digit of each
 *   (`6,59 / 31` may be anything from 21,24 to 21,27 %, so `21,25` agrees). A plan given as a
 *   range agrees when either bound does.
 * - `table-sum`: rows under `Bao gồm` (comprising) in an additive unit add up to their parent.
 * - `table-part-exceeds`: rows under `Trong đó` (of which) add up to no more than their parent.
 * - `table-yoy-index`: a year-on-year figure of an indicator that is not a rate is an index (100
 *   means unchanged), which cannot be zero or negative; a column of changes (`Tăng (+), giảm (-)
 *   so với cùng kỳ`) is not checked.
 * Rates and percentages are never summed.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { Cell, Row, Table } from '../schema/document.js';
import '../types/vfile-data.js';
import { isChangeColumn, isRateUnit } from '../vi/table-headers.js';

export default function tableChecks() {
  return (_tree: Root, file: VFile): undefined => {
    for (const table of file.data.tables ?? []) {
      const report = (row: Row, ruleId: string, reason: string) => {
        const line = row.sources[0]?.startLine;
        file.message(reason, {
          place: line === undefined ? undefined : { line, column: 1 },
          ruleId,
          source: 'baocao',
        });
      };
      checkShares(table, report);
      checkBreakdowns(table, report);
      checkIndexes(table, report);
    }
  };
}

type Report = (row: Row, ruleId: string, reason: string) => void;

/**
 * The figure a share-of-plan column divides: the nearest estimate or actual column before it of
 * the plan's year (`Thực hiện 2023 | Kế hoạch 2024 | Thực hiện 2024 | Cùng kỳ 2023 | So với KH`
 * divides the 2024 one), else the nearest that names no other year (`Thực hiện 6 tháng`, not
 * `Cùng kỳ năm 2023`), else the nearest before it.
 */
function dividedColumn(table: Table, shareAt: number, planAt: number): number {
  const planYear = table.columns[planAt]?.period?.year;
  let yearless = -1;
  let nearest = -1;
  for (let i = shareAt - 1; i >= 0; i--) {
    const column = table.columns[i];
    if (column?.role !== 'estimate' && column?.role !== 'actual') continue;
    const year = column.period?.year;
    if (planYear === undefined || year === planYear) return i;
    if (yearless < 0 && year === undefined) yearless = i;
    if (nearest < 0) nearest = i;
  }
  return yearless >= 0 ? yearless : nearest;
}

/** Rows that must agree with another plan or figure than the named ones for it to be taken. */
const MIN_AGREEING_ROWS = 2;

/**
 * Each share-of-plan column against the plan and the figure it divides: where the table has several
 * (`Dự toán huyện giao`, `Dự toán HĐND xã giao`, `Ước thực hiện năm 2024`, `Thực hiện năm 2023`,
 * then `So với dự toán HĐND xã (%)`), the pair its rows agree with most; only that pair's
 * disagreements are said.
 */
function checkShares(table: Table, report: Report): void {
  const plans = table.columns.flatMap((c, i) => (c.role === 'plan' ? [i] : []));
  if (plans.length === 0) return;
  table.columns.forEach((share, at) => {
    if (share.role !== 'share_of_plan') return;
    let best: { agreed: number; disagreements: Array<() => void> } | undefined;
    const figures = table.columns.flatMap((c, i) =>
      i < at && (c.role === 'estimate' || c.role === 'actual') ? [i] : [],
    );
    // The plan and the figure its rows agree with most; the nearest by name where none agrees.
    const pairs = plans.flatMap((planAt) => {
      const named = dividedColumn(table, at, planAt);
      return [named, ...figures.filter((i) => i !== named)]
        .filter((valueAt) => valueAt >= 0)
        .map((valueAt) => ({ planAt, valueAt }));
    });
    for (const { planAt, valueAt } of pairs) {
      const checked = { agreed: 0, disagreements: [] as Array<() => void> };
      for (const row of table.rows) {
        const plan = row.cells[planAt];
        const value = row.cells[valueAt];
        const stated = row.cells[at];
        if (!plan || value?.kind !== 'number' || stated?.kind !== 'number') continue;
        const bounds =
          plan.kind === 'number' ? [plan.value] : plan.kind === 'range' ? [plan.min, plan.max] : [];
        if (bounds.length === 0) continue;
        const agrees = bounds.some(
          (bound) =>
            bound !== undefined &&
            shareAgrees(
              value.value ?? 0,
              half(value),
              bound,
              half(plan),
              stated.value ?? 0,
              half(stated),
            ),
        );
        if (agrees) {
          checked.agreed++;
          continue;
        }
        const ratio = (((value.value ?? 0) / (bounds[0] ?? 1)) * 100).toFixed(2).replace('.', ',');
        checked.disagreements.push(() =>
          report(
            row,
            'table-share-of-plan',
            `«${row.label}»: ${value.raw} of ${plan.raw} is ${ratio} % of the plan; the table says ${stated.raw} %`,
          ),
        );
      }
      // Another pair than the one named takes over on two rows at least: one may agree by chance.
      if (!best || (checked.agreed > best.agreed && checked.agreed >= MIN_AGREEING_ROWS)) {
        best = checked;
      }
    }
    for (const say of best?.disagreements ?? []) say();
  });
}

/** Whether share ± its rounding meets (value ± rounding) ÷ (plan ± rounding) × 100. */
function shareAgrees(
  value: number,
  dv: number,
  plan: number,
  dp: number,
  share: number,
  ds: number,
): boolean {
  if (plan - dp <= 0) return true;
  const low = ((value - dv) / (plan + dp)) * 100;
  const high = ((value + dv) / (plan - dp)) * 100;
  return share + ds >= low && share - ds <= high;
}

/** Half a unit of the last printed digit: `6,59` → 0.005, `190.000` → 0.5. */
function half(cell: Cell): number {
  const decimals = /,(\d+)/.exec(cell.raw)?.[1]?.length ?? 0;
  return 0.5 * 10 ** -decimals;
}

function checkBreakdowns(table: Table, report: Report): void {
  const figures = table.columns.flatMap((c, i) =>
    c.role === 'plan' || c.role === 'estimate' || c.role === 'actual' ? [i] : [],
  );
  for (const parent of table.rows) {
    const children = table.rows.filter((row) => row.parentId === parent.id && row.kind === 'data');
    const group = children[0]?.group;
    if (
      !group ||
      isRateUnit(parent.unit) ||
      children.some((c) => c.unit !== parent.unit || c.group !== group)
    )
      continue;
    for (const at of figures) {
      const total = parent.cells[at];
      const parts = children.map((c) => c.cells[at]);
      if (total?.kind !== 'number' || parts.some((p) => p?.kind !== 'number')) continue;
      const sum = parts.reduce((acc, p) => acc + (p?.value ?? 0), 0);
      const slack = half(total) + parts.reduce((acc, p) => acc + (p ? half(p) : 0), 0);
      const name = table.columns[at]?.name ?? '';
      const shown = sum.toLocaleString('vi-VN', { maximumFractionDigits: 6 });
      if (group === 'comprising' && Math.abs(sum - (total.value ?? 0)) > slack) {
        report(
          parent,
          'table-sum',
          `«${parent.label}» (${name}): its parts add up to ${shown}, the row says ${total.raw}`,
        );
      } else if (group === 'of_which' && sum > (total.value ?? 0) + slack) {
        report(
          parent,
          'table-part-exceeds',
          `«${parent.label}» (${name}): its parts add up to ${shown}, more than ${total.raw}`,
        );
      }
    }
  }
}

function checkIndexes(table: Table, report: Report): void {
  // A column of changes (`Tăng (+), giảm (-) so với cùng kỳ`) may well be negative.
  const yoy = table.columns.flatMap((c, i) =>
    c.role === 'yoy' && !isChangeColumn(c.name) ? [i] : [],
  );
  for (const row of table.rows) {
    if (row.kind !== 'data' || isRateUnit(row.unit)) continue;
    for (const at of yoy) {
      const cell = row.cells[at];
      if (cell?.kind === 'number' && (cell.value ?? 0) <= 0) {
        report(
          row,
          'table-yoy-index',
          `«${row.label}»: a year-on-year index of ${cell.raw} (100 means unchanged) cannot be zero or less`,
        );
      }
    }
  }
}
