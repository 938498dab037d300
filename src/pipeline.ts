/**
 * The one pipeline: every report goes through these stages, in this order. Each stage is a unified
 * plugin that does one job and reports problems as vfile messages. Concurrency, batching and output
 * formats live outside it (src/batch, src/emit), never in a variant of it.
 *
 *   read (src/read, before the tree exists) → parse → repair → structure → extract (ending with the
 *   quality grade of the assembled Document) → validate
 *
 * `extract` (src/extract.ts) runs it with a check of the caller's signal between stages.
 */
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import citations from './extract/citations.js';
import crossChecks from './extract/cross-checks.js';
import assembleDocument from './extract/document.js';
import facts from './extract/facts.js';
import footnotes from './extract/footnotes.js';
import proseFacts from './extract/prose-facts.js';
import quality from './extract/quality/index.js';
import quantities from './extract/quantities.js';
import tableChecks from './extract/table-checks.js';
import tables from './extract/tables.js';
import treeDepth from './parse/depth.js';
import plainTextReader from './parse/plain-text/index.js';
import reportSyntax from './parse/syntax.js';
import cellParagraphs from './repair/cell-paragraphs.js';
import codeBlocks from './repair/code-blocks.js';
import droppedDashes from './repair/dropped-dashes.js';
import flattenedTables from './repair/flattened-tables.js';
import footnoteContinuations from './repair/footnote-continuations.js';
import footnoteSyntax from './repair/footnote-syntax.js';
import hiddenHtml from './repair/hidden-html.js';
import htmlTables from './repair/html-tables.js';
import pageFurniture from './repair/page-furniture.js';
import pandocTables from './repair/pandoc-tables.js';
import runInLines from './repair/run-in-lines.js';
import sizeHeadings from './repair/size-headings.js';
import splitParagraphs from './repair/split-paragraphs.js';
import metadata from './structure/metadata.js';
import sections from './structure/sections.js';
import validate from './validate/index.js';

export const pipeline = unified()
  .use(remarkParse)
  .use(reportSyntax)
  // plain text from a PDF extractor or OCR: read by its line layout into the same tree
  .use(plainTextReader)
  .use(treeDepth)
  // repair: reading order restored, in this order (each rule relies on the ones before it)
  .use(codeBlocks)
  .use(hiddenHtml)
  .use(htmlTables)
  .use(pandocTables)
  .use(footnoteSyntax)
  .use(cellParagraphs)
  .use(sizeHeadings)
  .use(flattenedTables)
  .use(runInLines)
  .use(pageFurniture)
  .use(footnoteContinuations)
  .use(splitParagraphs)
  .use(droppedDashes)
  // structure
  .use(metadata)
  .use(sections)
  // extract
  .use(footnotes)
  .use(tables)
  .use(tableChecks)
  .use(facts)
  .use(quantities)
  .use(proseFacts)
  .use(crossChecks)
  .use(citations)
  .use(assembleDocument)
  .use(quality)
  .use(validate)
  .freeze();
