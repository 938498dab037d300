/**
 * The pages' fixed parts: the HTML shell, the style sheets and the scripts, all inline (the pages
 * are opened from disk, with no server and no network). The scripts and styles are constants that
 * never hold document text; the shell's Content-Security-Policy allows exactly these by their
 * hashes and nothing else, so even markup that slipped past the escaping could not run a script,
 * load an image or reach the network.
 */
import { createHash } from 'node:crypto';
import { type Html, html } from './html.js';

export interface PageParts {
  title: string;
  style: string;
  script: string;
  body: Html;
}

export function page({ title, style, script, body }: PageParts): string {
  const policy = [
    "default-src 'none'",
    `style-src '${hash(style)}'`,
    `script-src '${hash(script)}'`,
    "img-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  return `<!doctype html>
${html`<html lang="vi">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="baocao review">
<title>${title}</title>`}
<style>${style}</style>
</head>
<body>
${body}
<script>${script}</script>
</body>
</html>
`;
}

function hash(text: string): string {
  return `sha256-${createHash('sha256').update(text).digest('base64')}`;
}

const baseStyle = `
:root{--fg:#1f2933;--muted:#616e7c;--faint:#9aa5b1;--line:#e4e7eb;--bg:#fff;--panel:#f7f8fa;
--accent:#1d4ed8;--hl:#fff3b0;--hl-strong:#ffe066;--warn:#b45309;--warn-bg:#fff7e6;--ok:#15803d;
--num:#1d4ed8;--num-bg:#eef4ff;--range:#7c3aed;--range-bg:#f4efff;--empty:#6b7280;--empty-bg:#f3f4f6;
--text:#92400e;--text-bg:#fffbeb;--mono:Consolas,Menlo,"Liberation Mono","DejaVu Sans Mono",monospace;
font-family:"Noto Sans","DejaVu Sans","Liberation Sans",system-ui,sans-serif;font-size:14px;line-height:1.5;color:var(--fg);background:var(--bg)}
*{box-sizing:border-box}
body{margin:0}
a{color:var(--accent);text-decoration:none}
a:hover{text-decoration:underline}
code{font-family:var(--mono);font-size:.92em}
.top{display:flex;align-items:baseline;gap:1rem;padding:.6rem 1rem;border-bottom:1px solid var(--line);background:var(--panel)}
.top h1{font-size:1.05rem;margin:0;flex:1;font-weight:600;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.docid{font-family:var(--mono);color:var(--muted);font-size:.85rem}
.banner{margin:0;padding:.5rem 1rem;border-bottom:1px solid var(--line)}
.warn{background:var(--warn-bg);color:var(--warn)}
.warn-text{color:var(--warn);font-weight:600}
.ok-text{color:var(--ok)}
.note{color:var(--muted);font-size:.9rem;margin:.3rem 0}
.tag{font-size:.75rem;padding:0 .35rem;border-radius:.6rem;background:var(--warn-bg);color:var(--warn)}
.grade{font-size:.75rem;font-weight:600;padding:0 .4rem;border-radius:.6rem}
.grade-good{background:#dcfce7;color:var(--ok)}.grade-partial{background:var(--warn-bg);color:var(--warn)}.grade-poor{background:#fee2e2;color:#b91c1c}
.signals{margin:.2rem 0 0;padding-left:1.1rem}
`;

export const documentStyle = `${baseStyle}
body{display:flex;flex-direction:column;height:100vh}
.layout{display:grid;grid-template-columns:14rem minmax(0,1fr) minmax(0,40%);flex:1;min-height:0}
.outline,.extraction,.source{overflow:auto;min-height:0}
.outline{border-right:1px solid var(--line);padding:.5rem .75rem;font-size:.85rem;background:var(--panel)}
.outline h2,.src-head h2{font-size:.75rem;text-transform:uppercase;letter-spacing:.06em;color:var(--muted);margin:.3rem 0}
.outline ol{list-style:none;padding-left:.8rem;margin:0}
.outline>ol{padding-left:0}
.outline li{margin:.15rem 0}
.outline a{color:var(--fg);display:block}
.outline .label{color:var(--muted)}
.extraction{padding:.5rem 1.25rem 4rem;position:relative}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(15rem,1fr));gap:.75rem;margin:.5rem 0 1rem}
.card{border:1px solid var(--line);border-radius:.4rem;padding:.5rem .75rem;background:var(--bg)}
.card h2{font-size:.8rem;text-transform:uppercase;letter-spacing:.05em;color:var(--muted);margin:0 0 .4rem;display:flex;justify-content:space-between}
.card dl{display:grid;grid-template-columns:auto 1fr;gap:.15rem .6rem;margin:0;font-size:.88rem}
.card dt{color:var(--muted)}
.card dd{margin:0;overflow-wrap:anywhere}
.none{color:var(--faint)}
.recipients{margin:0;padding-left:1rem;max-height:6.5rem;overflow:auto}
.part-h{font-size:1rem;margin:1.5rem 0 .5rem;padding-bottom:.2rem;border-bottom:2px solid var(--line)}
.diags{list-style:none;padding:0;margin:0}
.diags li{padding:.35rem .5rem;border-left:3px solid var(--faint);margin:.3rem 0;background:var(--panel)}
.diags .sev-error{border-color:#dc2626}.diags .sev-warning{border-color:var(--warn)}.diags .sev-info{border-color:var(--accent)}
.sev{font-size:.75rem;text-transform:uppercase;color:var(--muted)}
.rule{font-weight:600}
.msg{color:var(--fg)}
.sec-h{margin:1.1rem 0 .35rem;font-weight:650;line-height:1.35;display:flex;gap:.4rem;align-items:baseline;cursor:pointer}
h2.sec-h{font-size:1.1rem}h3.sec-h{font-size:1rem}h4.sec-h,h5.sec-h,h6.sec-h{font-size:.95rem}
.sec-h .label{color:var(--accent);min-width:1.6rem}
.blk{display:flex;gap:.5rem;padding:.3rem .5rem;margin:.1rem 0;border-radius:.3rem;border-left:3px solid transparent;cursor:pointer}
.blk:hover,.fn:hover,tr[data-src]:hover{background:var(--panel)}
.blk .txt{flex:1;white-space:pre-line;overflow-wrap:anywhere}
.blk.k-table{display:block;cursor:default}
.dep2{margin-left:1.2rem}.dep3{margin-left:2.4rem}.dep4,.dep5,.dep6{margin-left:3.6rem}
.marker{color:var(--muted);min-width:1rem}
.k-heading .txt{font-weight:600}
.lines{font-size:.75rem;color:var(--faint);white-space:nowrap;font-family:var(--mono);margin-left:auto}
.sel{background:var(--hl)!important;border-left-color:#e0a800}
.sec-h.sel{border-left:none}
sup{line-height:0}
.fnref{font-size:.75rem;font-weight:600;padding:0 .15rem;border-radius:.2rem;background:var(--num-bg)}
.fnref.missing{color:#dc2626;background:#fee2e2}
.join{font:inherit;font-size:.7rem;font-weight:600;line-height:1.2;color:#9a3412;background:#ffedd5;border:1px solid #fdba74;border-radius:.6rem;padding:0 .4rem;margin:0 .15rem;cursor:pointer;vertical-align:.1em}
.join:hover,.join.open{background:#fb923c;color:#fff}
.join.unplaced{border-style:dashed}
.fns{list-style:none;padding:0;margin:0}
.fn{display:flex;gap:.5rem;padding:.3rem .5rem;border-radius:.3rem;border-left:3px solid transparent;font-size:.9rem;cursor:pointer}
.fn .txt{flex:1;overflow-wrap:anywhere}
.fn-no{font-weight:700;color:var(--accent);min-width:1.6rem;text-align:right}
.fn-meta{font-size:.8rem;color:var(--muted);display:flex;gap:.5rem;flex-wrap:wrap;margin-top:.1rem}
.backref{margin-right:.3rem}
:target{scroll-margin-top:3rem}
.tbl{margin:.5rem 0 1rem;border:1px solid var(--line);border-radius:.4rem;padding:.5rem}
.tbl figcaption{font-weight:600;margin-bottom:.3rem}
.tbl-no{color:var(--accent)}
.legend{font-size:.75rem;color:var(--muted);margin-bottom:.4rem}
.legend span{padding:0 .35rem;border-radius:.2rem;margin-right:.25rem}
.scroll{overflow-x:auto}
table{border-collapse:collapse;font-size:.82rem}
th,td{border:1px solid var(--line);padding:.2rem .35rem;vertical-align:top;text-align:left}
thead th{background:var(--panel);position:sticky;top:0}
.col-name{display:block}
.col-role{display:block;font-weight:400;font-size:.72rem;color:var(--muted)}
td.c .raw{display:block}
td.c .typed{display:block;font-size:.7rem;color:var(--muted);white-space:nowrap}
td.c .kind{font-style:normal}
.role-label{min-width:15rem}.role-unit{min-width:4.5rem}
td.c.role-order,td.c.role-label,td.c.role-unit{background:var(--bg)}
td.c .val{font-family:var(--mono);font-weight:600}
.k-number{background:var(--num-bg)}.k-number .typed{color:var(--num)!important}
.k-range{background:var(--range-bg)}.k-range .typed{color:var(--range)!important}
.k-empty{background:var(--empty-bg)}.k-empty .typed{color:var(--empty)!important}
.k-text .typed{color:var(--text)!important;opacity:.75}
.legend .k-number{color:var(--num)}.legend .k-range{color:var(--range)}.legend .k-empty{color:var(--empty)}.legend .k-text{color:var(--text);background:var(--text-bg)}
.d1{padding-left:1.4rem!important}.d2{padding-left:2.6rem!important}.d3,.d4,.d5,.d6{padding-left:3.8rem!important}
.row-label td{font-style:italic}
tr[data-src]{cursor:pointer}
tr.sel td{background:var(--hl)}
.row-meta{font-size:.72rem;color:var(--muted);white-space:nowrap}
.group{display:block}
.facts{margin-top:.6rem}
.facts summary{cursor:pointer;font-weight:600;font-size:.85rem}
.facts td.num{font-family:var(--mono);text-align:right}
.rawcol{color:var(--muted)}
pre.raw{white-space:pre-wrap;font-size:.8rem}
.source{border-left:1px solid var(--line);background:#fcfcfd;position:relative;padding:0}
.src-head{position:sticky;top:0;z-index:2;background:var(--panel);border-bottom:1px solid var(--line);padding:.3rem .75rem}
.src-head .path{text-transform:none;letter-spacing:0;font-weight:400;font-family:var(--mono)}
.selection{margin:0;font-size:.8rem;color:var(--muted)}
pre.src{margin:0;padding:.4rem 0;font-family:inherit;font-size:.8rem;line-height:1.5;counter-reset:ln;white-space:pre-wrap;overflow-wrap:anywhere}
.ln{display:block;position:relative;padding:0 .75rem 0 3.8rem;min-height:1.5em;counter-increment:ln}
.ln::before{content:counter(ln);position:absolute;left:0;width:3rem;text-align:right;color:var(--faint);user-select:none;font-family:var(--mono);font-size:.9em}
.ln .org{float:right;color:var(--faint);font-family:var(--mono);font-size:.8em;user-select:none;padding-left:.5rem}
.org-badge{color:var(--faint);font-size:.9em}
.ln.hl{background:var(--hl)}
.ln.hl-line{background:var(--hl-strong);box-shadow:inset 3px 0 #e0a800}
.ln.half1{background:#ffedd5}.ln.half2{background:#fed7aa}
.pop{position:fixed;z-index:10;max-width:34rem;max-height:60vh;overflow:auto;background:#fff;border:1px solid #fdba74;border-radius:.5rem;box-shadow:0 8px 28px rgba(0,0,0,.18);padding:.6rem .8rem;font-size:.85rem}
.pop-title{margin:0 0 .4rem;font-weight:700;color:#9a3412;display:flex;justify-content:space-between;gap:1rem}
.pop-close{font:inherit;border:none;background:none;cursor:pointer;color:var(--muted)}
.pop-part{margin:.35rem 0}
.pop-label{font-size:.75rem;color:var(--muted);text-transform:uppercase;letter-spacing:.04em}
.pop blockquote{margin:.15rem 0;padding:.25rem .5rem;border-left:3px solid #fdba74;background:#fff7ed;font-size:.82rem;white-space:pre-wrap;overflow-wrap:anywhere}
@media (max-width:900px){body{display:block;height:auto}.layout{display:block}.outline{display:none}.source{max-height:60vh;border-left:none;border-top:1px solid var(--line)}}
`;

/**
 * The document page's behaviour. Selecting an element highlights the lines in its `data-src`
 * (`23-23,43-43`) and scrolls the source pane to them; only those lines are touched, so a
 * selection costs the size of what is selected, not of the report. Text is only ever written
 * with `textContent`.
 */
export const documentScript = `(() => {
  'use strict';
  const pane = document.getElementById('source');
  const pop = document.getElementById('pop');
  const status = document.getElementById('selection');
  let lit = [];
  let selected = null;
  let openMark = null;

  const spans = (value) => (value || '').split(',').filter(Boolean).map((part) => {
    const [a, b] = part.split('-').map(Number);
    return [a, b >= a ? b : a];
  });
  const line = (n) => document.getElementById('L' + n);
  const label = (list) => list.map(([a, b]) => (a === b ? String(a) : a + '–' + b)).join(', ');

  function clear() {
    for (const [el, cls] of lit) el.classList.remove(cls);
    lit = [];
    if (selected) selected.classList.remove('sel');
    selected = null;
  }
  function light(list, cls) {
    for (const [a, b] of list) {
      for (let n = a; n <= b; n++) {
        const el = line(n);
        if (el) { el.classList.add(cls); lit.push([el, cls]); }
      }
    }
  }
  /** Scrolls the source pane to show lines a to b whole when they fit, else from line a. */
  function reveal(a, b) {
    const first = line(a);
    const last = line(b || a) || first;
    if (!first || !pane) return;
    const head = pane.querySelector('.src-head');
    const room = pane.clientHeight - (head ? head.offsetHeight : 0) - 16;
    const height = last.offsetTop + last.offsetHeight - first.offsetTop;
    const top = first.offsetTop - (head ? head.offsetHeight : 0) - 8;
    pane.scrollTop = Math.max(0, height <= room ? top - (room - height) / 3 : top);
  }
  function select(el, at) {
    clear();
    const list = spans(el.dataset.src);
    selected = el;
    el.classList.add('sel');
    light(list, 'hl');
    if (at) light([[at, at]], 'hl-line');
    if (at) reveal(at);
    else if (list.length > 0) reveal(list[0][0], list[list.length - 1][1]);
    if (status) status.textContent = (el.dataset.what || 'selection') + ' · lines ' + label(list);
  }
  function selectLine(n) {
    clear();
    light([[n, n]], 'hl-line');
    reveal(n);
    if (status) status.textContent = 'line ' + n;
  }
  function go(id, at) {
    const target = id && document.getElementById(id);
    if (!target) return;
    if (/^L\\d+$/.test(id)) return selectLine(Number(id.slice(1)));
    const owner = target.closest('[data-src]');
    // The hashchange after a click finds its target selected already, with the line it named.
    if (owner && !(owner === selected && !at)) select(owner, at);
  }

  function closePop() {
    if (!pop || pop.hidden) return;
    pop.hidden = true;
    if (openMark) openMark.classList.remove('open');
    openMark = null;
  }
  function excerpt(list, index) {
    const text = list.map(([a, b]) => {
      const parts = [];
      for (let n = a; n <= b; n++) { const el = line(n); if (el) parts.push(el.textContent); }
      return parts.join('\\n');
    }).join('\\n');
    if (!text) return '(source text not available)';
    // The part next to the seam is what tells whether the join is right.
    if (index === 0) return text.length > 240 ? '…' + text.slice(-240) : text;
    return text.length > 240 ? text.slice(0, 240) + '…' : text;
  }
  function showJoin(mark) {
    const halves = spans(mark.dataset.halves);
    const owner = mark.closest('[data-src]');
    if (owner) select(owner);
    halves.forEach((half, index) => light([half], index === 0 ? 'half1' : 'half2'));
    if (halves.length > 0) reveal(halves[0][0], halves[halves.length - 1][1]);
    const title = document.createElement('p');
    title.className = 'pop-title';
    const heading = document.createElement('span');
    heading.textContent = 'Joined across a page break';
    const close = document.createElement('button');
    close.type = 'button';
    close.className = 'pop-close';
    close.setAttribute('aria-label', 'Close');
    close.textContent = '×';
    title.append(heading, close);
    pop.replaceChildren(title);
    halves.forEach((half, index) => {
      const part = document.createElement('div');
      part.className = 'pop-part';
      const caption = document.createElement('div');
      caption.className = 'pop-label';
      caption.textContent = (index === 0 ? 'Before the break' : 'After the break') + ' · line ' + label([half]);
      const quote = document.createElement('blockquote');
      quote.textContent = excerpt([half], index);
      part.append(caption, quote);
      pop.append(part);
    });
    pop.hidden = false;
    if (openMark) openMark.classList.remove('open');
    openMark = mark;
    mark.classList.add('open');
    const box = mark.getBoundingClientRect();
    const width = pop.offsetWidth;
    const height = pop.offsetHeight;
    const left = Math.min(Math.max(8, box.left - width / 2), window.innerWidth - width - 8);
    const below = box.bottom + 6;
    pop.style.left = left + 'px';
    pop.style.top = (below + height > window.innerHeight ? Math.max(8, box.top - height - 6) : below) + 'px';
  }

  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    if (!target) return;
    if (target.closest('.pop-close')) return closePop();
    const mark = target.closest('.join');
    if (mark) { event.preventDefault(); return showJoin(mark); }
    if (target.closest('#pop')) return;
    closePop();
    const link = target.closest('a[href^="#"]');
    if (link) return go(decodeURIComponent(link.getAttribute('href').slice(1)), Number(link.dataset.line) || 0);
    const owner = target.closest('[data-src]');
    if (owner && !String(window.getSelection() || '')) select(owner);
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') return closePop();
    if (event.key === 'Enter' && event.target instanceof Element && event.target.matches('[data-src][tabindex]')) select(event.target);
  });
  window.addEventListener('hashchange', () => go(decodeURIComponent(location.hash.slice(1)), 0));
  if (location.hash) go(decodeURIComponent(location.hash.slice(1)), 0);
})();
`;

export const indexStyle = `${baseStyle}
main{padding:1rem 1.25rem}
.totals{display:flex;gap:1.5rem;margin:.25rem 0 1rem;color:var(--muted)}
.totals strong{color:var(--fg);font-size:1.1rem}
table.docs{border-collapse:collapse;width:100%;font-size:.85rem}
.docs th,.docs td{border-bottom:1px solid var(--line);padding:.35rem .5rem;text-align:left;vertical-align:top}
.docs th{background:var(--panel);position:sticky;top:0}
.docs th button{font:inherit;font-weight:600;border:none;background:none;padding:0;cursor:pointer;color:var(--fg)}
.docs th[aria-sort=ascending] button::after{content:" ▲";font-size:.7em}
.docs th[aria-sort=descending] button::after{content:" ▼";font-size:.7em}
.docs td.n{text-align:right;font-variant-numeric:tabular-nums}
.docs .path{font-family:var(--mono);font-size:.8rem;color:var(--muted)}
.status{font-size:.75rem;font-weight:600;padding:0 .4rem;border-radius:.6rem}
.status-ok{background:#dcfce7;color:var(--ok)}.status-skipped{background:var(--empty-bg);color:var(--empty)}.status-failed{background:#fee2e2;color:#b91c1c}
.why{font-size:.8rem;color:var(--muted)}
`;

/** Sorting the index table by a column: numbers by `data-v`, text by its collation. */
export const indexScript = `(() => {
  'use strict';
  const table = document.querySelector('table.docs');
  if (!table) return;
  const body = table.tBodies[0];
  const collator = new Intl.Collator('vi', { numeric: true, sensitivity: 'base' });
  table.querySelectorAll('th button').forEach((button) => {
    button.addEventListener('click', () => {
      const th = button.closest('th');
      const column = th.cellIndex;
      const descending = th.getAttribute('aria-sort') === 'ascending';
      table.querySelectorAll('th').forEach((other) => other.removeAttribute('aria-sort'));
      th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
      const numeric = th.dataset.type === 'number';
      const key = (row) => {
        const cell = row.cells[column];
        const value = cell ? (cell.dataset.v ?? cell.textContent) : '';
        return numeric ? (value === '' ? -Infinity : Number(value)) : value;
      };
      const rows = Array.from(body.rows).map((row) => [key(row), row]);
      rows.sort((a, b) => (numeric ? a[0] - b[0] : collator.compare(a[0], b[0])) * (descending ? -1 : 1));
      body.append(...rows.map((pair) => pair[1]));
    });
  });
})();
`;
