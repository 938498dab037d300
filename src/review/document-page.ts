/**
 * The review page of one Document: the extraction in reading order beside the source text it came
 * from. Clicking a block, footnote, table row or diagnostic highlights its source lines; a join
 * mark shows the lines of each half; footnote references and footnotes link both ways.
 *
 * Every piece of document text goes through `html` (escaped); the page's script only reads line
 * numbers from data attributes and writes text with `textContent`. The page is built in one pass
 * over the Document with maps for every lookup, so a 1 MB report renders in linear time, and the
 * script touches only the lines of what is selected.
 */
import type {
  Block,
  Diagnostic,
  Document,
  Fact,
  Footnote,
  Row,
  Section,
  Span,
  Table,
} from '../schema/document.js';
import { documentScript, documentStyle, page } from './assets.js';
import {
  formatCellValue,
  formatFactValue,
  formatOrigin,
  formatPeriod,
  formatShare,
  formatSpans,
  gradeBadge,
  spansAttribute,
} from './format.js';
import { type Html, html, type Interpolation, join } from './html.js';
import { joinOffsets } from './join-points.js';
import type { SourceText } from './source.js';

/** The page's file name in the review folder. */
export function pageName(docId: string): string {
  return `${docId}.html`;
}

export function renderDocumentPage(document: Document, source: SourceText): string {
  return new DocumentPage(document, source).render();
}

/** A point in a block's text where markup goes: a footnote reference or a join mark. */
interface Insert {
  offset: number;
  /** Footnote references (0) come before a join mark (1) at the same offset. */
  order: number;
  markup: Html;
}

class DocumentPage {
  private readonly lines: readonly string[];
  /** Footnote label → anchor of the first footnote with that label (`14`, `ghi-chu`). */
  private readonly footnoteAnchors = new Map<string, string>();
  /** `blockId␀label` → anchor of the footnote whose `citedBy` names that block. */
  private readonly citedAnchors = new Map<string, string>();
  /** `blockId␀number` → anchor of the block's first reference to that footnote. */
  private readonly refAnchors = new Map<string, string>();
  private readonly blockAnchors = new Map<string, string>();
  /** Source line → anchor of the element that holds it, for diagnostics. */
  private readonly lineOwners: Array<string | undefined> = [];
  /** Table span start line → the table and which of its spans starts there. */
  private readonly tableStarts = new Map<number, { table: Table; index: number; anchor: string }>();
  private readonly placedTables = new Set<Table>();
  private readonly tableNumbers = new Map<Table, number>();
  private readonly factsByTable = new Map<string, Fact[]>();
  private readonly factsByBlock = new Map<string, Fact[]>();
  private blockCount = 0;
  private sectionCount = 0;

  constructor(
    private readonly document: Document,
    private readonly source: SourceText,
  ) {
    this.lines = 'lines' in source ? source.lines : [];
    document.footnotes.forEach((footnote, index) => {
      if (!this.footnoteAnchors.has(footnote.label)) {
        this.footnoteAnchors.set(footnote.label, `fn${index + 1}`);
      }
      for (const blockId of footnote.citedBy) {
        this.citedAnchors.set(`${blockId}\u0000${footnote.label}`, `fn${index + 1}`);
      }
    });
    for (const fact of document.facts) {
      // A table fact is listed under its table, a prose fact under its block's text.
      const [byId, key] =
        fact.tableId !== null
          ? [this.factsByTable, fact.tableId]
          : [this.factsByBlock, fact.blockId];
      if (key === null) continue;
      const list = byId.get(key);
      if (list) list.push(fact);
      else byId.set(key, [fact]);
    }
    document.tables.forEach((table, index) => {
      this.tableNumbers.set(table, index + 1);
      table.sources.forEach((span, spanIndex) => {
        if (!this.tableStarts.has(span.startLine)) {
          this.tableStarts.set(span.startLine, {
            table,
            index: spanIndex,
            anchor: `t${index + 1}`,
          });
        }
      });
    });
  }

  render(): string {
    const { document } = this;
    const { metadata } = document;
    const heading = [metadata.documentType, metadata.title].filter(Boolean).join(': ');
    const title = heading || document.source.path;
    // Sections first: they assign the anchors that footnotes and diagnostics link to.
    const before = this.blocks(document.blocks);
    const sections = join(document.sections.map((section) => this.section(section)));
    const unplaced = document.tables.filter((table) => !this.placedTables.has(table));
    const footnotes = this.footnotes(document.footnotes);
    const diagnostics = this.diagnostics(document.diagnostics);
    const body = html`
<header class="top">
  <a class="back" href="index.html">← All documents</a>
  <h1>${title}</h1>
  <span class="docid" title="docId">${document.docId}</span>
</header>
${this.banner()}
<div class="layout">
  <nav class="outline" aria-label="Outline">
    <h2>Outline</h2>
    <ol>
      <li><a href="#overview">Overview</a></li>
      <li><a href="#diagnostics">Diagnostics (${document.diagnostics.length})</a></li>
      ${this.outline(document.sections)}
      ${unplaced.length > 0 && html`<li><a href="#other-tables">Other tables (${unplaced.length})</a></li>`}
      <li><a href="#footnotes">Footnotes (${document.footnotes.length})</a></li>
    </ol>
  </nav>
  <main class="extraction" id="extraction">
    <section id="overview" class="cards">
      ${this.qualityCard()}
      ${this.metadataCard()}
      ${this.sourceCard()}
      ${this.statsCard()}
    </section>
    ${diagnostics}
    <section id="body" class="body" aria-label="Body">
      ${document.blocks.length > 0 && html`<div class="sec"><h2 class="sec-h">Outside any section</h2>${before}</div>`}
      ${sections}
    </section>
    ${unplaced.length > 0 && html`<section id="other-tables"><h2 class="part-h">Other tables</h2>${unplaced.map((table) => this.table(table))}</section>`}
    ${footnotes}
  </main>
  ${this.sourcePane()}
</div>
<div id="pop" class="pop" role="dialog" aria-label="Source lines of a join" hidden></div>`;
    return page({
      title: `${title} · baocao review`,
      style: documentStyle,
      script: documentScript,
      body,
    });
  }

  private banner(): Interpolation {
    const { source } = this;
    if (source.status === 'same') return null;
    const path = this.document.source.path;
    if (source.status === 'changed') {
      return html`<p class="banner warn" role="alert"><strong>The source file changed since extraction.</strong> ${path} no longer has the bytes that were extracted (sha256 ${source.sha256.slice(0, 12)}… instead of ${this.document.source.sha256.slice(0, 12)}…): the lines shown beside may not be the ones the extraction points to. Extract it again to review it.</p>`;
    }
    return html`<p class="banner warn" role="alert"><strong>The source text cannot be shown:</strong> ${source.path}: ${source.reason}. The extraction is shown without it.</p>`;
  }

  private outline(sections: readonly Section[]): Html {
    // Anchors are numbered in the same order as `section()` numbers them.
    let count = 0;
    const walk = (list: readonly Section[]): Html =>
      join(
        list.map((section) => {
          const anchor = `s${++count}`;
          const children = section.children.length > 0 && html`<ol>${walk(section.children)}</ol>`;
          return html`<li><a href="#${anchor}">${section.label && html`<span class="label">${section.label}</span> `}${section.title}</a>${children}</li>`;
        }),
      );
    return walk(sections);
  }

  private section(section: Section): Html {
    const anchor = `s${++this.sectionCount}`;
    const level = Math.min(section.level + 1, 6);
    this.own(section.sources, anchor);
    const heading = html`<h${level} class="sec-h" id="${anchor}" data-src="${spansAttribute(section.sources)}" data-what="${`section ${section.label ?? section.title}`}">${section.label && html`<span class="label">${section.label}</span> `}${section.title}${this.lineBadge(section.sources)}</h${level}>`;
    return html`<section class="sec lvl${Math.min(section.level, 6)}">${heading}${this.blocks(section.blocks)}${section.children.map((child) => this.section(child))}</section>`;
  }

  private blocks(blocks: readonly Block[]): Html {
    return join(blocks.map((block) => this.block(block)));
  }

  private block(block: Block): Html {
    const anchor = `b${++this.blockCount}`;
    this.blockAnchors.set(block.id, anchor);
    this.own(block.sources, anchor);
    const attributes = html`id="${anchor}" data-src="${spansAttribute(block.sources)}" data-what="${shortId(block.id, this.document.docId)}"`;
    if (block.kind === 'table') return this.tableBlock(block, attributes);
    const inserts: Insert[] = block.footnoteRefs.map((ref, index) => ({
      offset: ref.offset,
      order: 0,
      markup: this.footnoteRef(block, anchor, ref.label, index),
    }));
    for (const mark of this.joinMarks(block.text, block.sources)) inserts.push(mark);
    const marker = block.marker && html`<span class="marker">${block.marker}</span>`;
    const depth = Math.min(block.depth, 6);
    return html`<div class="blk k-${block.kind} dep${depth}" ${attributes} tabindex="0">${marker}<div class="txt">${inline(block.text, inserts)}${this.proseFacts(block.id)}</div>${this.lineBadge(block.sources)}</div>`;
  }

  /** The facts read from a block's or footnote's sentences, and whether a table confirms each. */
  private proseFacts(blockId: string): Interpolation {
    const facts = this.factsByBlock.get(blockId) ?? [];
    if (facts.length === 0) return '';
    const row = (fact: Fact) => {
      const value = formatFactValue(fact);
      const confirmed = fact.corroboratedBy.length > 0 ? 'matches the table' : '';
      return html`<tr><td>${fact.indicator}</td><td>${fact.measure.replace(/_/g, ' ')}</td><td>${formatPeriod(fact.period)}</td><td class="num">${value}</td><td>${fact.unit ?? ''}</td><td class="rawcol">${fact.raw}</td><td>${confirmed}</td></tr>`;
    };
    return html`<details class="facts"><summary>${facts.length} facts from the text</summary><div class="scroll"><table><thead><tr><th>indicator</th><th>measure</th><th>period</th><th>value</th><th>unit</th><th>as written</th><th>check</th></tr></thead><tbody>${facts.map(row)}</tbody></table></div></details>`;
  }

  private footnoteRef(block: Block, blockAnchor: string, label: string, index: number): Html {
    const id = `r${blockAnchor.slice(1)}-${index}`;
    const key = `${block.id}\u0000${label}`;
    if (!this.refAnchors.has(key)) this.refAnchors.set(key, id);
    // The footnote the extraction linked this block to; with numbers repeated (two reports in
    // one file), the first of that number only when the extraction linked none.
    const target = this.citedAnchors.get(key) ?? this.footnoteAnchors.get(label);
    if (!target) {
      return html`<sup class="fnref missing" id="${id}" title="${`Footnote ${label} is not defined`}">${label}</sup>`;
    }
    const footnote = this.document.footnotes[Number(target.slice(2)) - 1];
    const preview = footnote ? clip(footnote.text, 160) : '';
    return html`<sup><a class="fnref" id="${id}" href="#${target}" title="${`${label}: ${preview}`}">${label}</a></sup>`;
  }

  /** A mark at each seam of a block joined over page breaks. */
  private joinMarks(text: string, sources: readonly Span[]): Insert[] {
    if (sources.length < 2) return [];
    const offsets = joinOffsets(text, sources, this.lines);
    return offsets.map((offset, index) => {
      const before = sources[index];
      const after = sources[index + 1];
      const halves = [before, after].flatMap((span) => (span ? [span] : []));
      const where = `lines ${formatSpans(halves)}`;
      const title =
        offset === null
          ? `Joined across a page break (${where}); the seam was not found in the text`
          : `Joined across a page break: ${where}`;
      return {
        offset: offset ?? text.length,
        order: 1,
        markup: html`<button type="button" class="join${offset === null ? ' unplaced' : ''}" data-halves="${spansAttribute(halves)}" title="${title}" aria-label="${title}">join</button>`,
      };
    });
  }

  private tableBlock(block: Block, attributes: Html): Html {
    const parts: Html[] = [];
    for (const span of block.sources) {
      for (let line = span.startLine; line <= span.endLine; line++) {
        const start = this.tableStarts.get(line);
        if (!start) continue;
        if (start.index === 0 && !this.placedTables.has(start.table)) {
          this.placedTables.add(start.table);
          parts.push(this.table(start.table));
        } else if (start.index > 0) {
          parts.push(
            html`<p class="note">Continuation of <a href="#${start.anchor}">table ${start.anchor.slice(1)}</a> after a page break (lines ${formatSpans([start.table.sources[start.index] ?? span])}).</p>`,
          );
        }
      }
    }
    if (parts.length === 0) {
      parts.push(
        html`<p class="note">A table the extraction holds no typed table for; its text:</p><pre class="raw">${block.text}</pre>`,
      );
    }
    return html`<div class="blk k-table" ${attributes}>${parts}</div>`;
  }

  private table(table: Table): Html {
    const number = this.tableNumbers.get(table) ?? 0;
    const anchor = `t${number}`;
    const depths = rowDepths(table.rows);
    const header = table.columns.map(
      (column) =>
        html`<th scope="col" class="role-${column.role}"><span class="col-name">${column.name}</span><span class="col-role">${column.role.replace(/_/g, ' ')}${column.period && ` · ${formatPeriod(column.period)}`}${column.unit && ` · ${column.unit}`}</span></th>`,
    );
    const rows = table.rows.map((row, index) => {
      const rowAnchor = `${anchor}r${index + 1}`;
      this.own(row.sources, rowAnchor);
      const cells = row.cells.map((cell, column) => {
        const role = table.columns[column]?.role;
        const depth = role === 'label' ? ` d${Math.min(depths.get(row.id) ?? 0, 6)}` : '';
        const value = formatCellValue(cell);
        return html`<td class="c k-${cell.kind} role-${role ?? 'none'}${depth}"><span class="raw">${cell.raw}</span><span class="typed"><span class="kind">${cell.kind}</span>${value && html` <span class="val">${value}</span>`}</span></td>`;
      });
      const group = row.group && html`<span class="group">${row.group.replace('_', ' ')}</span>`;
      return html`<tr id="${rowAnchor}" class="row-${row.kind}" data-src="${spansAttribute(row.sources)}" data-what="${`table ${number}, row ${index + 1}: ${row.label}`}" title="${row.unit ? `unit: ${row.unit}` : ''}">${cells}${html`<td class="row-meta">${group}${this.lineBadge(row.sources)}</td>`}</tr>`;
    });
    const facts = this.facts(table, anchor);
    return html`<figure class="tbl" id="${anchor}" data-src="${spansAttribute(table.sources)}" data-what="${`table ${number}`}">
<figcaption><span class="tbl-no">Table ${number}</span> ${table.title ?? html`<em>no caption</em>`} ${this.lineBadge(table.sources)}${table.sources.length > 1 && html` <span class="note">continued over ${table.sources.length} pages</span>`}</figcaption>
<div class="legend"><span class="k-number">number</span><span class="k-range">range</span><span class="k-empty">empty</span><span class="k-text">text</span> · rows indented by hierarchy; label rows in italics</div>
<div class="scroll"><table class="cells"><thead><tr>${header}<th scope="col"><span class="col-name">row</span></th></tr></thead><tbody>${rows}</tbody></table></div>
${facts}
</figure>`;
  }

  private facts(table: Table, anchor: string): Interpolation {
    const facts = this.factsByTable.get(table.id) ?? [];
    if (facts.length === 0) return html`<p class="note">No facts from this table.</p>`;
    const rowAnchors = new Map(table.rows.map((row, index) => [row.id, `${anchor}r${index + 1}`]));
    const row = (fact: Fact) => {
      const target = fact.rowId === null ? undefined : rowAnchors.get(fact.rowId);
      const value = formatFactValue(fact);
      return html`<tr><td>${target ? html`<a href="#${target}">${fact.indicatorPath.join(' › ')}</a>` : fact.indicatorPath.join(' › ')}</td><td>${fact.measure.replace(/_/g, ' ')}</td><td>${formatPeriod(fact.period)}</td><td class="num">${value}</td><td>${fact.unit ?? ''}</td><td class="rawcol">${fact.raw}</td></tr>`;
    };
    return html`<details class="facts"${facts.length <= 200 ? ' open' : ''}><summary>${facts.length} facts from table ${anchor.slice(1)}</summary><div class="scroll"><table><thead><tr><th>indicator</th><th>measure</th><th>period</th><th>value</th><th>unit</th><th>as written</th></tr></thead><tbody>${facts.map(row)}</tbody></table></div></details>`;
  }

  private footnotes(footnotes: readonly Footnote[]): Html {
    const items = footnotes.map((footnote, index) => {
      const anchor = `fn${index + 1}`;
      this.own(footnote.sources, anchor);
      const back = footnote.citedBy.map((blockId) => {
        const target =
          this.refAnchors.get(`${blockId}\u0000${footnote.label}`) ||
          this.blockAnchors.get(blockId);
        const label = shortId(blockId, this.document.docId);
        return target
          ? html`<a class="backref" href="#${target}" title="Back to the reference">↩ ${label}</a>`
          : html`<span class="backref">${label}</span>`;
      });
      const cited =
        back.length > 0 ? html`cited in ${back}` : html`<span class="warn-text">not cited</span>`;
      return html`<li class="fn" id="${anchor}" data-src="${spansAttribute(footnote.sources)}" data-what="${`footnote ${footnote.label}`}" tabindex="0"><span class="fn-no">${footnote.label}</span><div class="txt">${inline(footnote.text, this.joinMarks(footnote.text, footnote.sources))}${this.proseFacts(footnote.id)}<div class="fn-meta">${cited}${this.lineBadge(footnote.sources)}</div></div></li>`;
    });
    return html`<section id="footnotes"><h2 class="part-h">Footnotes</h2>${items.length > 0 ? html`<ol class="fns">${items}</ol>` : html`<p class="note">None.</p>`}</section>`;
  }

  private diagnostics(diagnostics: readonly Diagnostic[]): Html {
    const items = diagnostics.map((diagnostic) => {
      const { line } = diagnostic;
      const target = line === undefined ? undefined : (this.lineOwners[line] ?? `L${line}`);
      const place =
        line === undefined
          ? html`<span class="where">no line</span>`
          : html`<a class="where" href="#${target}" data-line="${line}">line ${line}${diagnostic.column !== undefined && `:${diagnostic.column}`}</a>`;
      return html`<li class="sev-${diagnostic.severity}"><span class="sev">${diagnostic.severity}</span> <code class="rule">${diagnostic.ruleId}</code> ${place}<div class="msg">${diagnostic.message}</div></li>`;
    });
    return html`<section id="diagnostics"><h2 class="part-h">Diagnostics</h2>${items.length > 0 ? html`<ul class="diags">${items}</ul>` : html`<p class="note">None: no problem was reported.</p>`}</section>`;
  }

  /** The grade, and each signal that lowered it with a link to its first line. */
  private qualityCard(): Html {
    const { quality, diagnostics } = this.document;
    const signals = quality.signals.map((ruleId) => {
      const found = diagnostics.filter((diagnostic) => diagnostic.ruleId === ruleId);
      const line = found.find((diagnostic) => diagnostic.line !== undefined)?.line;
      const place =
        line === undefined
          ? null
          : html` <a class="where" href="#${this.lineOwners[line] ?? `L${line}`}" data-line="${line}">line ${line}</a>`;
      return html`<li><code class="rule">${ruleId}</code>${found.length > 1 && ` (${found.length})`}${place}</li>`;
    });
    return html`<div class="card" id="quality"><h2>Quality ${gradeBadge(quality)}</h2><dl>
<dt>Score</dt><dd>${quality.score}</dd>
<dt>Signals</dt><dd>${signals.length > 0 ? html`<ul class="signals">${signals}</ul>` : html`<span class="ok-text">none: nothing found unread</span>`}</dd>
</dl></div>`;
  }

  private metadataCard(): Html {
    const { metadata } = this.document;
    const inferred = new Set<string>(metadata.inferred);
    const field = (name: string, key: string, value: Interpolation) =>
      html`<dt>${name}</dt><dd>${value === null || value === '' ? html`<span class="none">—</span>` : value}${inferred.has(key) && html` <span class="tag">inferred</span>`}</dd>`;
    const signer =
      metadata.signer && [metadata.signer.name, metadata.signer.role].filter(Boolean).join(', ');
    const recipients =
      metadata.recipients.length > 0
        ? html`<ul class="recipients">${metadata.recipients.map((r) => html`<li>${r}</li>`)}</ul>`
        : null;
    return html`<div class="card" data-src="${spansAttribute(metadata.sources)}" data-what="metadata" tabindex="0"><h2>Metadata ${this.lineBadge(metadata.sources)}</h2><dl>
${field('Type', 'documentType', metadata.documentType)}
${field('Title', 'title', metadata.title)}
${field('Issuer', 'issuer', metadata.issuer)}
${field('Number', 'documentNumber', metadata.documentNumber)}
${field('Place', 'place', metadata.place)}
${field('Issued on', 'issuedOn', metadata.issuedOn)}
${field('Period', 'period', formatPeriod(metadata.period))}
${field('Signer', 'signer', signer || null)}
${field('Recipients', 'recipients', recipients)}
</dl></div>`;
  }

  private sourceCard(): Html {
    const { source } = this.document;
    const state = {
      same: html`<span class="ok-text">unchanged since extraction</span>`,
      changed: html`<span class="warn-text">changed since extraction</span>`,
      missing: html`<span class="warn-text">not found</span>`,
      unreadable: html`<span class="warn-text">unreadable</span>`,
    }[this.source.status];
    return html`<div class="card"><h2>Source</h2><dl>
<dt>Path</dt><dd class="path">${source.path}</dd>
<dt>File</dt><dd>${state}</dd>
<dt>SHA-256</dt><dd><code title="${source.sha256}">${source.sha256.slice(0, 16)}…</code></dd>
<dt>Size</dt><dd>${source.bytes.toLocaleString('en-US')} bytes, ${source.encoding}</dd>
<dt>Format</dt><dd>${source.format}${source.origins && ' (read by its reader: lines are the reader text, places are the original)'}</dd>
<dt>Dialect</dt><dd>${source.dialect.name}${source.dialect.evidence.length > 0 ? ` (${source.dialect.evidence.join(', ')})` : ''}</dd>
<dt>Normalized</dt><dd>${source.normalizations.length > 0 ? source.normalizations.join(', ') : 'nothing'}</dd>
</dl></div>`;
  }

  private statsCard(): Html {
    const { stats, facts } = this.document;
    // Green only when the grade says the document was read: words kept are not words understood.
    const good = this.document.quality.grade === 'good';
    const coverageClass = stats.coverage < 1 || !good ? 'warn-text' : 'ok-text';
    return html`<div class="card"><h2>Counts</h2><dl class="counts">
<dt>Coverage</dt><dd class="${coverageClass}">${formatShare(stats.coverage)}</dd>
<dt>In structure</dt><dd class="${stats.structured < 1 ? 'warn-text' : ''}">${formatShare(stats.structured)}</dd>
<dt>Lines</dt><dd>${stats.lines} (${stats.textLines} with text)</dd>
<dt>Sections</dt><dd>${stats.sections}</dd>
<dt>Blocks</dt><dd>${stats.blocks}</dd>
<dt>Footnotes</dt><dd>${stats.footnotes}</dd>
<dt>Tables</dt><dd>${stats.tables} (${facts.length} facts)</dd>
<dt>Furniture</dt><dd>${stats.furnitureLines} lines</dd>
</dl></div>`;
  }

  private sourcePane(): Html {
    const { source } = this;
    const heading = html`<div class="src-head"><h2>Source <span class="path">${this.document.source.path}</span></h2><p id="selection" class="selection" aria-live="polite">Click a block, footnote or table row to see its lines.</p></div>`;
    if (!('lines' in source)) {
      return html`<aside class="source" id="source" aria-label="Source text">${heading}<p class="banner warn">No source text: ${source.reason}.</p></aside>`;
    }
    // An original's text is its reader's: each line says where it stands in the original, once
    // per place (a paragraph's wrapped lines, a table's rows after the first, repeat nothing).
    const origins = this.document.source.origins;
    let previous = '';
    const lines = source.lines.map((text, index) => {
      const place = formatOrigin(origins?.[index]);
      const shown = place !== previous ? place : '';
      if (place !== '') previous = place;
      return html`<span class="ln" id="L${index + 1}" title="${place}">${shown && html`<span class="org">${shown}</span>`}${text}</span>`;
    });
    const read =
      origins &&
      html`<p class="banner">The text the ${this.document.source.format} reader made of the original, read again from it now; each line shows its place in the original (${this.document.source.format === 'pdf' ? 'page and line' : '¶: paragraph'}).</p>`;
    return html`<aside class="source" id="source" aria-label="Source text">${heading}${read}${source.status === 'changed' && html`<p class="banner warn">Changed since extraction: lines may not match.</p>`}<pre class="src">${lines}</pre></aside>`;
  }

  /** `23, 43`: the source lines, as a link that selects them. */
  private lineBadge(spans: readonly Span[]): Interpolation {
    if (spans.length === 0) return null;
    const first = spans[0]?.startLine ?? 1;
    const place = formatOrigin(this.document.source.origins?.[first - 1]);
    return html`<a class="lines" href="#L${first}" title="${place ? `Source lines; in the original: ${place}` : 'Source lines'}">${formatSpans(spans)}${place && html` <span class="org-badge">${place}</span>`}</a>`;
  }

  /** Records which element holds these lines, for the diagnostics' links. */
  private own(spans: readonly Span[], anchor: string): void {
    for (const span of spans) {
      for (let line = span.startLine; line <= span.endLine; line++) this.lineOwners[line] = anchor;
    }
  }
}

/** The text with markup inserted at offsets; each stretch of text between them escaped. */
function inline(text: string, inserts: Insert[]): Html {
  if (inserts.length === 0) return html`${text}`;
  const sorted = [...inserts].sort((a, b) => a.offset - b.offset || a.order - b.order);
  const parts: Interpolation[] = [];
  let at = 0;
  for (const insert of sorted) {
    const offset = Math.min(Math.max(insert.offset, at), text.length);
    parts.push(text.slice(at, offset), insert.markup);
    at = offset;
  }
  parts.push(text.slice(at));
  return join(parts);
}

/** Depth of each row under its numbered parent rows (0 for a top row). */
function rowDepths(rows: readonly Row[]): Map<string, number> {
  const depths = new Map<string, number>();
  for (const row of rows) {
    const parent = row.parentId === null ? undefined : depths.get(row.parentId);
    depths.set(row.id, parent === undefined ? 0 : parent + 1);
  }
  return depths;
}

/** `4a95…:I/1:b5` → `I/1:b5`. */
function shortId(id: string, docId: string): string {
  return id.startsWith(`${docId}:`) ? id.slice(docId.length + 1) : id;
}

function clip(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}
