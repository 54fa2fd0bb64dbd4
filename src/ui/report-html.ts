// The test report as one self-contained HTML file: no scripts, no network, no external CSS or
// fonts (system fonts only), so it opens anywhere and prints to a clean A4 PDF. Every text is
// escaped; a result is said in a word and shown in a colour, so it survives black-and-white print.
import type { ReportCounts, ReportItem, ReportModel } from '../domain/test/report.ts';
import type { TestRun } from '../domain/dossier-types.ts';
import { t } from './messages.ts';
import { day, headerFields, itemName, refsOf, result } from './report-markdown.ts';
import { escHtml, htmlPage } from './html-page.ts';

const esc = escHtml;

const CSS = `
td.nowrap { white-space: nowrap; }
table.runs, table.evidence { table-layout: fixed; }
table.runs td, table.evidence td { overflow-wrap: anywhere; }
table.meta th { width: 32%; }
code { font-family: ui-monospace, "DejaVu Sans Mono", "Liberation Mono", monospace; font-size: 9pt; }
.pass, .fail, .blocked { white-space: nowrap; }
.pass { color: #0a6b2b; font-weight: 600; }
.fail { color: #b00020; font-weight: 600; }
.blocked { color: #8a5a00; font-weight: 600; }
.not-run { color: #555; font-style: italic; }
.expected { margin: 2pt 0 4pt; }
`;

function resultSpan(m: ReportModel, r: TestRun | null): string {
  return `<span class="${r ? r.result : 'not-run'}">${esc(result(m, r))}</span>`;
}

/** A row; a cell given as <td …> or <th …> is taken as it is. */
const tr = (cells: string[], th = false) => `<tr>${cells.map((c) => (th ? `<th>${c}</th>` : /^<t[dh][ >]/.test(c) ? c : `<td>${c}</td>`)).join('')}</tr>`;
const nowrap = (s: string) => `<td class="nowrap">${s}</td>`;
const num = (n: number) => `<td class="n">${n}</td>`;

function counts(label: string, c: ReportCounts): string {
  return tr([label, num(c.pass), num(c.fail), num(c.blocked), num(c.notRun)]);
}

function itemTable(m: ReportModel, items: ReportItem[]): string {
  const L = m.lang;
  const first = items[0]!;
  const head = tr(
    [t(L, 'report.col.zaaktype'), t(L, 'report.col.latest'), t(L, 'report.col.date'), t(L, 'report.col.bsn'), t(L, 'report.col.observed-refs')].map(esc),
    true,
  );
  const rows = items.map((i) => {
    const r = i.latest;
    const refs = refsOf(r)
      .map((x) => `<code>${esc(x)}</code>`)
      .join('<br>');
    return tr([
      esc(i.zaaktype ?? t(L, 'report.whole-connection')),
      resultSpan(m, r),
      nowrap(r ? esc(day(r.at)) : ''),
      nowrap(r?.bsn ? esc(r.bsn) : ''),
      [esc(r?.observed ?? ''), refs].filter(Boolean).join('<br>'),
    ]);
  });
  const earlier = items.flatMap((i) => i.runs.filter((r) => r.n !== i.latest?.n).map((r) => ({ i, r })));
  const history = earlier.length
    ? `<p>${esc(t(L, 'report.history'))}:</p><ul>${earlier
        .map(
          ({ i, r }) =>
            `<li>${esc(`${t(L, 'report.col.run')} ${r.n} (${day(r.at)}, ${t(L, 'report.round').toLowerCase()} ${r.round}), ${itemName(i)}`)}: ${resultSpan(m, r)}${r.observed ? `; ${esc(r.observed)}` : ''}</li>`,
        )
        .join('')}</ul>`
    : '';
  // Fixed widths: a long reference or observation wraps inside its column instead of widening the page.
  const cols = '<colgroup><col style="width:25%"><col style="width:16%"><col style="width:13%"><col style="width:13%"><col style="width:33%"></colgroup>';
  return `<section><h3>${esc(`${first.scenario}: ${first.title}`)}</h3><p class="expected"><strong>${esc(t(L, 'report.expected'))}:</strong> ${esc(first.expected)}</p><table class="runs">${cols}${head}${rows.join('')}</table>${history}</section>`;
}

export function renderHtml(m: ReportModel): string {
  const L = m.lang;
  const title = `${t(L, 'report.title')}: ${m.organisation.name}`;
  const parts: string[] = [];
  parts.push(`<h1>${esc(title)}</h1>`);
  parts.push(
    `<table class="meta">${headerFields(m)
      .map(([k, v]) => tr([esc(k), esc(v)].map((x, i) => (i === 0 ? `<th>${x}</th>` : `<td>${x}</td>`))))
      .join('')}</table>`,
  );
  if (m.scenarios.derived) parts.push(`<p class="note">${esc(t(L, 'report.derived-note'))}</p>`);
  parts.push(`<h2>${esc(t(L, 'report.summary'))}</h2>`);
  const head = tr(
    [t(L, 'report.col.zaaktype'), t(L, 'report.col.pass'), t(L, 'report.col.fail'), t(L, 'report.col.blocked'), t(L, 'report.col.not-run')].map(esc),
    true,
  );
  parts.push(
    `<table>${head}${m.summary.map((g) => counts(esc(g.zaaktype ?? t(L, 'report.whole-connection')), g.counts)).join('')}${counts(`<strong>${esc(t(L, 'report.col.total'))}</strong>`, m.totals)}</table>`,
  );
  const total = String(m.items.length);
  parts.push(
    `<p><strong>${esc(m.complete ? t(L, 'report.all-passed', { total }) : t(L, 'report.not-all-passed', { passed: String(m.totals.pass), total }))}</strong></p>`,
  );
  parts.push(`<h2>${esc(t(L, 'report.results'))}</h2>`);
  const byScenario = new Map<string, ReportItem[]>();
  for (const i of m.items) byScenario.set(i.scenario, [...(byScenario.get(i.scenario) ?? []), i]);
  for (const items of byScenario.values()) parts.push(itemTable(m, items));
  parts.push(`<h2>${esc(t(L, 'report.open'))}</h2>`);
  parts.push(
    m.open.length
      ? `<ul>${m.open
          .map((i) => {
            const r = i.latest;
            return `<li>${esc(itemName(i))}: ${resultSpan(m, r)}${r ? ` (${esc(day(r.at))})` : ''}${r?.observed ? `; ${esc(r.observed)}` : ''}${r?.note ? `; ${esc(r.note)}` : ''}</li>`;
          })
          .join('')}</ul>`
      : `<p>${esc(t(L, 'report.open-none'))}</p>`,
  );
  parts.push(`<h2>${esc(t(L, 'report.evidence'))}</h2>`);
  parts.push(
    m.evidence.length
      ? `<table class="evidence"><colgroup><col style="width:7%"><col style="width:23%"><col style="width:22%"><col style="width:36%"><col style="width:12%"></colgroup>${tr([t(L, 'report.col.run'), t(L, 'report.col.test'), t(L, 'report.col.file'), 'SHA-256', t(L, 'report.col.size')].map(esc), true)}${m.evidence
          .map((e) => tr([`<td class="n">${e.run}</td>`, esc(itemName(e)), `<code>${esc(e.path)}</code>`, `<code>${esc(e.sha256)}</code>`, num(e.size)]))
          .join('')}</table>`
      : `<p>${esc(t(L, 'report.evidence-none'))}</p>`,
  );
  if (m.rejections.length) {
    parts.push(`<h2>${esc(t(L, 'report.rounds'))}</h2><ul>`);
    for (const r of m.rejections) parts.push(`<li>${esc(t(L, 'report.rejected', { round: String(r.round), date: day(r.at), reason: r.reason }))}</li>`);
    parts.push('</ul>');
  }
  if (m.organisation.kind === 'leverancier') parts.push(`<p class="note">${esc(t(L, 'report.gemma'))}</p>`);
  parts.push(`<footer>${esc(t(L, 'report.footer', { name: m.organisation.name }))}</footer>`);
  return htmlPage({ lang: L, title, css: CSS, body: parts.join('\n') });
}
