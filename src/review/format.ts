/** Short, unambiguous renderings of extracted values for the review pages. */
import type { Cell, Fact, Origin, Period, Quality, Span } from '../schema/document.js';
import { type Html, html } from './html.js';

/** The grade as a coloured badge with its score: green only for `good`. */
export function gradeBadge(quality: Quality): Html {
  return html`<span class="grade grade-${quality.grade}" title="${`score ${quality.score}`}">${quality.grade}</span>`;
}

/** `Q1 2023`, `H1 2024`, `first 6 months of 2024`, `3/2023`, `2021–2025`, `2023`. */
export function formatPeriod(period: Period | null): string {
  if (!period) return '';
  const year = period.year === undefined ? '' : String(period.year);
  if (period.quarter !== undefined) return `Q${period.quarter} ${year}`.trim();
  if (period.half !== undefined) return `H${period.half} ${year}`.trim();
  if (period.months !== undefined) return `first ${period.months} months ${year}`.trim();
  if (period.month !== undefined) return `${period.month}/${year}`;
  if (year) return year;
  if (period.from && period.to) return `${period.from} – ${period.to}`;
  return '';
}

/** A typed cell's value as the pipeline read it: `9.65`, `12.7 … 13`, `–` for no value. */
/** A fact's figure: its value, or its range `min … max`. */
export function formatFactValue(fact: Pick<Fact, 'value' | 'min' | 'max'>): string {
  return fact.value !== undefined ? String(fact.value) : `${fact.min ?? '?'} … ${fact.max ?? '?'}`;
}

export function formatCellValue(cell: Cell): string {
  switch (cell.kind) {
    case 'number':
      return cell.value === undefined ? '' : String(cell.value);
    case 'range':
      return `${cell.min ?? '?'} … ${cell.max ?? '?'}`;
    case 'empty':
      return '–';
    case 'text':
      return '';
  }
}

/** `23`, `23–25`, `23, 43`. */
export function formatSpans(spans: readonly Span[]): string {
  return spans
    .map((s) => (s.startLine === s.endLine ? `${s.startLine}` : `${s.startLine}–${s.endLine}`))
    .join(', ');
}

/** The spans as the page script reads them: `23-23,43-43`. */
export function spansAttribute(spans: readonly Span[]): string {
  return spans.map((s) => `${s.startLine}-${s.endLine}`).join(',');
}

/** `0.9987` → `99.87 %`; 1 → `100 %`. */
export function formatShare(share: number): string {
  return `${Number((share * 100).toFixed(2))} %`;
}

/** A place in an original: `page 3, line 14` (PDF), `¶ 12` (a Word paragraph, an HTML block). */
export function formatOrigin(origin: Origin | null | undefined): string {
  if (!origin) return '';
  if (origin.page !== undefined) {
    return origin.line === undefined
      ? `page ${origin.page}`
      : `page ${origin.page}, line ${origin.line}`;
  }
  return origin.paragraph === undefined ? '' : `¶ ${origin.paragraph}`;
}
