// The test report as Markdown: reads well as plain text (a table is a table in a terminal too) and
// renders on any Markdown viewer. User text is one line per cell, with | escaped and references in
// code spans, so nothing a name or an observation holds can break the layout.
import type { ReportCounts, ReportItem, ReportModel } from '../domain/test/report.ts';
import type { TestRun } from '../domain/dossier-types.ts';
import { dyn, t } from './messages.ts';
import { visibleLine } from './safe-text.ts';

const cell = (s: string) => visibleLine(s).replace(/\|/g, '\\|');
const code = (s: string) => (s ? `\`${visibleLine(s).replace(/`/g, "'")}\`` : '');
const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
/** The day of an ISO time, as the report shows dates. */
export const day = (iso: string) => iso.slice(0, 10);

export function result(m: ReportModel, r: TestRun | null): string {
  return r ? t(m.lang, dyn(`test.result.${r.result}`)) : t(m.lang, 'report.not-run');
}

export function itemName(i: { scenario: string; zaaktype: string | null }): string {
  return i.zaaktype ? `${i.scenario} (${i.zaaktype})` : i.scenario;
}

export function refsOf(r: TestRun | null): string[] {
  if (!r?.refs) return [];
  return [
    r.refs.stuf && `StUF ${r.refs.stuf}`,
    r.refs.messageId && `MessageId ${r.refs.messageId}`,
    r.refs.conversationId && `ConversationId ${r.refs.conversationId}`,
  ].filter((x): x is string => Boolean(x));
}

function countsRow(label: string, c: ReportCounts): string {
  return row([label, String(c.pass), String(c.fail), String(c.blocked), String(c.notRun)]);
}

export function headerFields(m: ReportModel): [string, string][] {
  const L = m.lang;
  const last = m.rejections.at(-1);
  return [
    [t(L, 'report.organisation'), m.organisation.name],
    [m.organisation.identifierLabel, m.organisation.identifier],
    [t(L, 'report.kind'), t(L, m.organisation.kind === 'overheid' ? 'report.kind.overheid' : 'report.kind.leverancier')],
    ...(m.organisation.intermediary ? ([[t(L, 'report.intermediary'), m.organisation.intermediary]] as [string, string][]) : []),
    [t(L, 'report.environment'), m.environment],
    [t(L, 'report.period'), m.period ? t(L, 'report.period-value', m.period) : t(L, 'report.period-none')],
    [t(L, 'report.round'), last ? t(L, 'report.round-after', { round: String(m.round), rejected: String(last.round) }) : String(m.round)],
    [
      t(L, 'report.scenarios'),
      m.scenarios.path
        ? t(L, 'report.scenarios-file', { path: m.scenarios.path, sha: m.scenarios.sha256.slice(0, 16) })
        : t(L, m.scenarios.derived ? 'report.scenarios-default' : 'report.scenarios-own'),
    ],
    [t(L, 'report.test-bsns'), t(L, 'report.test-bsns-value', { count: String(m.testBsns) })],
    [t(L, 'report.generated'), m.generatedAt.slice(0, 10)],
  ];
}

function itemSection(m: ReportModel, items: ReportItem[]): string[] {
  const L = m.lang;
  const first = items[0]!;
  const out = [`### ${cell(first.scenario)}: ${cell(first.title)}`, '', `${t(L, 'report.expected')}: ${cell(first.expected)}`, ''];
  out.push(
    row([
      t(L, 'report.col.zaaktype'),
      t(L, 'report.col.latest'),
      t(L, 'report.col.date'),
      t(L, 'report.col.bsn'),
      t(L, 'report.col.refs'),
      t(L, 'report.col.observed'),
      t(L, 'report.col.runs'),
    ]),
    row(['---', '---', '---', '---', '---', '---', '---:']),
  );
  for (const i of items) {
    const r = i.latest;
    out.push(
      row([
        cell(i.zaaktype ?? t(L, 'report.whole-connection')),
        result(m, r),
        r ? day(r.at) : '',
        r?.bsn ?? '',
        refsOf(r).map(code).join(', '),
        cell(r?.observed ?? ''),
        String(i.runs.length),
      ]),
    );
  }
  const earlier = items.flatMap((i) => i.runs.filter((r) => r.n !== i.latest?.n).map((r) => ({ i, r })));
  if (earlier.length) {
    out.push('', `${t(L, 'report.history')}:`, '');
    for (const { i, r } of earlier)
      out.push(
        `- ${t(L, 'report.col.run')} ${r.n} (${day(r.at)}, ${t(L, 'report.round').toLowerCase()} ${r.round}), ${cell(itemName(i))}: ${result(m, r)}${r.observed ? `; ${cell(r.observed)}` : ''}`,
      );
  }
  out.push('');
  return out;
}

export function renderMarkdown(m: ReportModel): string {
  const L = m.lang;
  const out: string[] = [`# ${t(L, 'report.title')}: ${cell(m.organisation.name)}`, ''];
  out.push(row(['', '']), row(['---', '---']));
  for (const [k, v] of headerFields(m)) out.push(row([k, cell(v)]));
  out.push('');
  if (m.scenarios.derived) out.push(`> ${t(L, 'report.derived-note')}`, '');
  out.push(`## ${t(L, 'report.summary')}`, '');
  out.push(row([t(L, 'report.col.zaaktype'), t(L, 'report.col.pass'), t(L, 'report.col.fail'), t(L, 'report.col.blocked'), t(L, 'report.col.not-run')]));
  out.push(row(['---', '---:', '---:', '---:', '---:']));
  for (const g of m.summary) out.push(countsRow(cell(g.zaaktype ?? t(L, 'report.whole-connection')), g.counts));
  out.push(countsRow(`**${t(L, 'report.col.total')}**`, m.totals), '');
  const total = m.items.length;
  out.push(
    m.complete ? t(L, 'report.all-passed', { total: String(total) }) : t(L, 'report.not-all-passed', { passed: String(m.totals.pass), total: String(total) }),
    '',
  );
  out.push(`## ${t(L, 'report.results')}`, '');
  const byScenario = new Map<string, ReportItem[]>();
  for (const i of m.items) byScenario.set(i.scenario, [...(byScenario.get(i.scenario) ?? []), i]);
  for (const items of byScenario.values()) out.push(...itemSection(m, items));
  out.push(`## ${t(L, 'report.open')}`, '');
  if (!m.open.length) out.push(t(L, 'report.open-none'));
  for (const i of m.open) {
    const r = i.latest;
    const what = r ? `${result(m, r)} (${day(r.at)})` : t(L, 'report.not-run');
    out.push(`- ${cell(itemName(i))}: ${what}${r?.observed ? `; ${cell(r.observed)}` : ''}${r?.note ? `; ${cell(r.note)}` : ''}`);
  }
  out.push('', `## ${t(L, 'report.evidence')}`, '');
  if (!m.evidence.length) out.push(t(L, 'report.evidence-none'));
  else {
    out.push(
      row([t(L, 'report.col.run'), t(L, 'report.col.test'), t(L, 'report.col.file'), 'SHA-256', t(L, 'report.col.size')]),
      row(['---:', '---', '---', '---', '---:']),
    );
    for (const e of m.evidence) out.push(row([String(e.run), cell(itemName(e)), code(e.path), code(e.sha256), String(e.size)]));
  }
  if (m.rejections.length) {
    out.push('', `## ${t(L, 'report.rounds')}`, '');
    for (const r of m.rejections) out.push(`- ${t(L, 'report.rejected', { round: String(r.round), date: day(r.at), reason: cell(r.reason) })}`);
  }
  if (m.organisation.kind === 'leverancier') out.push('', `> ${t(L, 'report.gemma')}`);
  out.push('', '---', '', t(L, 'report.footer', { name: cell(m.organisation.name) }), '');
  return out.join('\n');
}
