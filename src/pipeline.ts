/**
 * The one pipeline: every report goes through these stages, in this order. Each stage is a unified
 * plugin that does one job and reports problems as vfile messages. Concurrency, batching and output
 * formats live outside it (src/batch, src/emit), never in a variant of it.
 *
 *   read (src/read, before the tree exists) → parse → repair → structure → extract → validate
 */
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import reportSyntax from './parse/syntax.js';
import flatBlocks from './structure/flat-blocks.js';
import validate from './validate/index.js';

export const pipeline = unified()
  .use(remarkParse)
  .use(reportSyntax)
  .use(flatBlocks)
  .use(validate)
  .freeze();
