/**
 * The checks a report's clean markdown passes, as strings, to ask how many of them another reading
 * of the same report (plain text from pdftotext, layout, pdf.js, OCR) keeps:
 *
 * - `meta:` each metadata field the clean reading fills (type, title, issuer, number, place, date,
 *   period, signer's name and role, each recipient);
 * - `section:` each section's label path and title;
 * - `footnote:` each footnote's number and text, and `cite:` each footnote's number with the section
 *   of each block citing it;
 * - `cell:` each fact of the tables: indicator, measure, period, value.
 */
import type { Document, Section } from '../schema/document.js';

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

export function goldChecks(document: Document): string[] {
  const checks: string[] = [];
  const {
    sources: _sources,
    inferred: _inferred,
    signer,
    recipients,
    ...fields
  } = document.metadata;
  for (const [field, value] of Object.entries(fields)) {
    if (value !== null) checks.push(`meta:${field}=${JSON.stringify(value)}`);
  }
  if (signer?.name) checks.push(`meta:signer.name=${signer.name}`);
  if (signer?.role) checks.push(`meta:signer.role=${squash(signer.role)}`);
  for (const recipient of recipients) checks.push(`meta:recipient=${squash(recipient)}`);

  const walk = (sections: readonly Section[], path: string[]) => {
    for (const section of sections) {
      const here = [...path, section.label ?? '∅'];
      checks.push(`section:${here.join('/')}|${squash(section.title ?? '')}`);
      walk(section.children, here);
    }
  };
  walk(document.sections, []);

  for (const footnote of document.footnotes) {
    checks.push(`footnote:${footnote.number}=${squash(footnote.text)}`);
    for (const block of footnote.citedBy) {
      // `docId:I/1:b8` → the section path `I/1`: where the note is cited, not the block's rank.
      const section = block.split(':').slice(1, -1).join(':');
      checks.push(`cite:${footnote.number}@${section}`);
    }
  }
  for (const fact of document.facts) {
    if (fact.tableId === null) continue;
    const period = fact.period ? JSON.stringify(fact.period) : '';
    checks.push(
      `cell:${squash(fact.indicator)}|${fact.measure}|${period}|${JSON.stringify(fact.value)}`,
    );
  }
  return checks;
}

/** The share of `gold`'s checks that `reading` passes too (each counted as often as it occurs). */
export function keptShare(
  gold: Document,
  reading: Document,
  which: (check: string) => boolean = () => true,
): { share: number; missed: string[] } {
  const held = new Map<string, number>();
  for (const check of goldChecks(reading)) held.set(check, (held.get(check) ?? 0) + 1);
  const expected = goldChecks(gold).filter(which);
  const missed: string[] = [];
  for (const check of expected) {
    const left = held.get(check) ?? 0;
    if (left > 0) held.set(check, left - 1);
    else missed.push(check);
  }
  const share = expected.length === 0 ? 1 : 1 - missed.length / expected.length;
  return { share, missed };
}
