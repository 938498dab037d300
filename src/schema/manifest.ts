/**
 * The run manifest (`<out>/manifest.json`): one entry per input the run saw, so that no file is ever
 * silently lost. Run facts live here, never inside the documents.
 */
import { z } from 'zod';
import { QualityGradeSchema, QualitySchema } from './document.js';

export const MANIFEST_VERSION = 1;

export const InputStatusSchema = z.enum([
  /** Extracted; its document is in `documents/<docId>.json`. */
  'ok',
  /**
   * Not extracted, on purpose: unchanged since the last run (its document is still there), a
   * README in a directory walk, a duplicate of another input, a file with no text.
   */
  'skipped',
  /** Could not be extracted; `error` says why. */
  'failed',
]);

export const InputErrorSchema = z
  .object({
    /** Stable rule name: `invalid-utf8`, `binary-content`, `read-error`, `internal-error` … */
    ruleId: z.string().min(1),
    /** A sentence naming the file and, where it can, the line: `a.md:12:4: …`. */
    message: z.string(),
    line: z.int().positive().optional(),
    column: z.int().positive().optional(),
  })
  .meta({ id: 'InputError' });

export const ManifestEntrySchema = z
  .object({
    path: z.string(),
    status: InputStatusSchema,
    docId: z.string().nullable(),
    /** SHA-256 of the input bytes, when they could be read. */
    sha256: z.string().nullable(),
    /** Why a file was skipped or failed; null when `ok`. */
    error: InputErrorSchema.nullable(),
    /**
     * How well its document was read (Document.quality): for an input extracted, kept unchanged,
     * or failed by `--fail-on`; null where there is no document.
     */
    quality: QualitySchema.nullable(),
  })
  .refine((entry) => (entry.status === 'ok') === (entry.error === null), {
    message: 'a skipped or failed input needs an error saying why; an ok input has none',
    path: ['error'],
  })
  .meta({ id: 'ManifestEntry' });

/**
 * Is this entry's document in the output folder? Extracted by this run, or kept unchanged from an
 * earlier one (a duplicate or a failure has none of its own).
 */
export function holdsDocument(entry: ManifestEntry): entry is ManifestEntry & { docId: string } {
  return entry.docId !== null && (entry.status === 'ok' || entry.error?.ruleId === 'unchanged');
}

/** Facts about the run itself; the documents never hold any. */
export const RunSchema = z
  .object({
    startedAt: z.iso.datetime(),
    finishedAt: z.iso.datetime(),
    workers: z.int().positive(),
    /** `K/N` when this run took one shard of the inputs (`--shard`), else null. */
    shard: z.string().nullable(),
    /** Stopped by SIGINT: the inputs listed were finished; the walk did not go on. */
    interrupted: z.boolean(),
  })
  .meta({ id: 'Run' });

export const ManifestSchema = z
  .object({
    manifestVersion: z.literal(MANIFEST_VERSION),
    tool: z.object({ name: z.literal('baocao'), version: z.string() }),
    /**
     * What extracted the documents: a document is redone when its input's bytes or this
     * fingerprint (a hash of baocao's compiled code) changed since the last run.
     */
    extractor: z.object({ version: z.string(), fingerprint: z.string() }),
    run: RunSchema,
    totals: z.object({
      inputs: z.int().nonnegative(),
      ok: z.int().nonnegative(),
      skipped: z.int().nonnegative(),
      failed: z.int().nonnegative(),
      /** The grades of the documents the entries hold (extracted or unchanged), and of those `--fail-on` failed. */
      grades: z.record(QualityGradeSchema, z.int().nonnegative()),
    }),
    inputs: z.array(ManifestEntrySchema),
  })
  .meta({ id: 'Manifest' });

/**
 * `--fail-on poor` fails documents graded `poor`; `--fail-on partial` those graded `partial` or
 * `poor`.
 */
export const FailOnSchema = z.enum(['poor', 'partial']);

/** Does a document of this grade fail a run that fails on `failOn`? */
export function failsOn(
  grade: z.infer<typeof QualityGradeSchema>,
  failOn: FailOn | undefined,
): boolean {
  return (
    failOn !== undefined && (grade === 'poor' || (grade === 'partial' && failOn === 'partial'))
  );
}

export type FailOn = z.infer<typeof FailOnSchema>;
export type InputStatus = z.infer<typeof InputStatusSchema>;
export type Totals = z.infer<typeof ManifestSchema>['totals'];

/** The totals of a manifest's entries: by status, and the grades of the documents they hold. */
export function totalsOf(entries: readonly ManifestEntry[]): Totals {
  const totals: Totals = {
    inputs: entries.length,
    ok: 0,
    skipped: 0,
    failed: 0,
    grades: { good: 0, partial: 0, poor: 0 },
  };
  for (const { status, quality } of entries) {
    totals[status]++;
    if (quality) totals.grades[quality.grade]++;
  }
  return totals;
}
export type InputError = z.infer<typeof InputErrorSchema>;
export type ManifestEntry = z.infer<typeof ManifestEntrySchema>;
export type Manifest = z.infer<typeof ManifestSchema>;
export type Run = z.infer<typeof RunSchema>;
