/**
 * parse: the markdown syntax these reports need, and nothing more. remark-gfm would also add
 * autolink literals (more than half of the parse time, and nothing to find in these reports),
 * strikethrough (a stray `~~` is text here) and task lists. So, like remark-gfm itself, this plugin
 * only wires micromark syntax extensions and their mdast builders into the processor: GFM tables
 * (appendix tables) and GFM footnotes (`[^14]`, one of the footnote syntaxes converters write).
 */
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmTable } from 'micromark-extension-gfm-table';
import type { Processor } from 'unified';

export default function reportSyntax(this: Processor): undefined {
  const data = this.data();
  data.micromarkExtensions = [...(data.micromarkExtensions ?? []), gfmTable(), gfmFootnote()];
  data.fromMarkdownExtensions = [
    ...(data.fromMarkdownExtensions ?? []),
    gfmTableFromMarkdown(),
    gfmFootnoteFromMarkdown(),
  ];
}
