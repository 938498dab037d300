import type { Transformer } from 'unified';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { pipeline } from './pipeline.js';
import { type Input, readInput } from './read/index.js';
import type { Document } from './schema/document.js';

export type { Input } from './read/index.js';

export interface ExtractOptions {
  /**
   * Stops the extraction between two stages once aborted (`AbortSignal.timeout(ms)` bounds its
   * time): the promise rejects with the signal's reason (an AbortError, or a TimeoutError).
   */
  signal?: AbortSignal;
  /** Inputs larger than this many bytes are refused unread (`too-large`). No limit by default. */
  maxBytes?: number;
}

/** The signal of each extraction in flight, for the checkpoints between stages. */
const signals = new WeakMap<VFile, AbortSignal>();

/**
 * A stage of its own between every two stages of the pipeline: it yields to the event loop (so
 * that a timer, a time limit's own, can fire while the stages run) and stops an aborted run.
 */
function checkpoint(): Transformer {
  return async (_tree, file) => {
    const signal = signals.get(file);
    if (signal === undefined) return;
    await new Promise((resolve) => setImmediate(resolve));
    signal.throwIfAborted();
  };
}

/** The pipeline with a checkpoint after each of its stages. */
const guarded = (() => {
  const processor = unified();
  for (const [plugin, ...parameters] of pipeline.attachers) {
    processor.use(plugin, ...parameters);
    processor.use(checkpoint);
  }
  return processor.freeze();
})();

/**
 * One report in, one validated Document out.
 *
 * Rejects with a VFileMessage (`file`, `line`, `column`, `ruleId`) when the input cannot be read as
 * text (an original: `original-unreadable`, `needs-ocr`; `unsupported-format`), or is hostile (nested or dense past what the parser handles in linear time), and with a
 * SchemaViolation if a stage produced a Document that breaks its schema (a bug). With a `signal`,
 * rejects with its reason once it is aborted.
 */
export async function extract(input: Input, options: ExtractOptions = {}): Promise<Document> {
  const { signal, maxBytes } = options;
  signal?.throwIfAborted();
  if (maxBytes !== undefined && input.bytes.length > maxBytes) {
    new VFile({ path: input.path }).fail(
      `${input.bytes.length} bytes, over the limit of ${maxBytes}`,
      {
        ruleId: 'too-large',
        source: 'baocao',
      },
    );
  }
  const file = await readInput(input, signal);
  if (signal === undefined) {
    await pipeline.run(pipeline.parse(file), file);
  } else {
    signals.set(file, signal);
    await new Promise((resolve) => setImmediate(resolve));
    signal.throwIfAborted();
    await guarded.run(guarded.parse(file), file);
  }
  const { document } = file.data;
  if (!document) throw new Error(`${input.path}: the validate stage did not run`);
  return document;
}
