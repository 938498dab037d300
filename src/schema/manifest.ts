/**
 * The run manifest (`<out>/manifest.json`): one entry per input the run saw, so that no file is ever
 * silently lost. Run facts live here, never inside the documents.
 */
import { z } from 'zod';

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
    }),
    inputs: z.array(ManifestEntrySchema),
  })
  .meta({ id: 'Manifest' });

export type InputStatus = z.infer<typeof InputStatusSchema>;
export type InputError = z.infer<typeof InputErrorSchema>;
export type ManifestEntry = z.infer<typeof ManifestEntrySchema>;
export type Manifest = z.infer<typeof ManifestSchema>;
export type Run = z.infer<typeof RunSchema>;
