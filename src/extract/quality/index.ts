/**
 * extract (after the Document is assembled): how well was this document read? Each quality rule
 * looks at the Document and its source for text left unread and structure not found; its findings
 * are reported as warnings with their lines, and together they give `Document.quality`, the grade
 * every manifest entry, record and review page shows. Whatever baocao could not read is never
 * reported as read.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import '../../types/vfile-data.js';
import { eachBlock } from '../../structure/walk.js';
import { toDiagnostic } from '../document.js';
import { unreadFootnoteMark } from './footnote-mark.js';
import { gradeOf, type Penalty } from './grade.js';
import { hardWrapped } from './hard-wrapped.js';
import { misreadTable } from './misread-table.js';
import { missingMetadata } from './missing-metadata.js';
import { missingSections } from './missing-sections.js';
import { unreadPageMarker } from './page-marker.js';
import {
  footnoteSkipped,
  footnoteUncited,
  footnoteUndefined,
  giantBlock,
  tableCellsUnplaced,
  tableSharesContradicted,
  textLost,
} from './reported.js';
import type { QualityContext, QualityRule } from './rule.js';
import { swallowedHeadings } from './swallowed-headings.js';
import { unreadTable } from './unread-table.js';

/** Every rule the grade counts, in the order their diagnostics are reported. */
export const QUALITY_RULES: readonly QualityRule[] = [
  unreadPageMarker,
  unreadFootnoteMark,
  unreadTable,
  misreadTable,
  tableCellsUnplaced,
  tableSharesContradicted,
  swallowedHeadings,
  hardWrapped,
  giantBlock,
  missingSections,
  missingMetadata,
  textLost,
  footnoteUndefined,
  footnoteUncited,
  footnoteSkipped,
];

/** Past this many findings a rule reports one more diagnostic with the count, not each one. */
const MAX_REPORTED = 20;

export default function quality() {
  return (_tree: Root, file: VFile): undefined => {
    const { draft } = file.data;
    if (!draft) throw new Error(`${file.path}: the document was not assembled`);
    const text = String(file);
    const lines = text.split('\n');
    const context: QualityContext = {
      document: draft,
      lines,
      blocks: [...eachBlock(draft.blocks, draft.sections)],
      words: draft.stats.words,
    };
    const penalties: Penalty[] = [];
    for (const rule of QUALITY_RULES) {
      const findings = rule.check(context);
      if (findings.length === 0) continue;
      penalties.push({ ruleId: rule.ruleId, penalty: rule.penalty(findings, context) });
      if (rule.reported) continue;
      const shown = findings.slice(0, MAX_REPORTED);
      if (findings.length > shown.length) {
        shown.push({ reason: `${findings.length - shown.length} more like the above` });
      }
      for (const finding of shown) {
        const message = file.message(finding.reason, {
          place: finding.line ? { line: finding.line, column: 1 } : undefined,
          ruleId: rule.ruleId,
          source: 'baocao',
        });
        message.fatal = false;
        draft.diagnostics.push(toDiagnostic(message));
      }
    }
    draft.quality = gradeOf(penalties);
  };
}
