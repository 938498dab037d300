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
import type { Construct, Extension, TokenizeContext, Tokenizer } from 'micromark-util-types';
import type { Processor } from 'unified';
// Installs the linear EditMap.consume before any document is parsed.
import './linear-edit-map.js';

export default function reportSyntax(this: Processor): undefined {
  const data = this.data();
  data.micromarkExtensions = [
    ...(data.micromarkExtensions ?? []),
    gfmTable(),
    indexedFootnotes(gfmFootnote()),
  ];
  data.fromMarkdownExtensions = [
    ...(data.fromMarkdownExtensions ?? []),
    gfmTableFromMarkdown(),
    gfmFootnoteFromMarkdown(),
  ];
}

/**
 * The footnote extension keeps the labels defined so far in an array on the parser
 * (`parser.gfmFootnotes`, made on first use) and looks every call and definition up with
 * `includes`: quadratic in the number of footnotes (100 000 took minutes). Each of its tokenizers
 * is wrapped to put a list with a Set behind `includes` there first; the extension is unchanged.
 */
class LabelList extends Array<string> {
  readonly #labels = new Set<string>();

  override push(...labels: string[]): number {
    for (const label of labels) this.#labels.add(label);
    return super.push(...labels);
  }

  override includes(label: string): boolean {
    return this.#labels.has(label);
  }
}

type FootnoteParser = TokenizeContext['parser'] & { gfmFootnotes?: string[] };

function withLabelList(tokenize: Tokenizer): Tokenizer {
  return function (this: TokenizeContext, effects, ok, nok) {
    const parser = this.parser as FootnoteParser;
    if (!(parser.gfmFootnotes instanceof LabelList)) {
      const list = new LabelList();
      for (const label of parser.gfmFootnotes ?? []) list.push(label);
      parser.gfmFootnotes = list;
    }
    return tokenize.call(this, effects, ok, nok);
  };
}

function indexedFootnotes(extension: Extension): Extension {
  const wrap = (construct: Construct): Construct => {
    const wrapped: Construct = { ...construct, tokenize: withLabelList(construct.tokenize) };
    if (construct.continuation) {
      wrapped.continuation = {
        ...construct.continuation,
        tokenize: withLabelList(construct.continuation.tokenize),
      };
    }
    return wrapped;
  };
  const result: Extension = {};
  for (const field of ['document', 'text'] as const) {
    const map = extension[field];
    if (!map) continue;
    result[field] = Object.fromEntries(
      Object.entries(map).map(([code, constructs]) => [
        code,
        Array.isArray(constructs) ? constructs.map(wrap) : wrap(constructs as Construct),
      ]),
    );
  }
  return { ...extension, ...result };
}
