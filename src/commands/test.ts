// lz-onboard test plan and test record: the chain test of phase 3 as a matrix of scenarios ×
// zaaktypen with the latest result of each, the recorded test BSNs and what each scenario expects;
// runs recorded one by one (or asked for on a terminal).
import type { Dossier } from '../domain/dossier-types.ts';
import { planItems, type PlanItem, type ScenarioSet } from '../domain/test/scenarios.ts';
import { coverage, recordRuns, TEST_RESULTS, type CoverageItem, type RunInput } from '../domain/test/runs.ts';
import { testBsns, type TestBsns } from '../domain/test/test-bsns.ts';
import type { TestRun } from '../domain/dossier-types.ts';
import { actor, changeDossier, readDossier } from '../app/dossier.ts';
import { parseAt, parseDay, requireEnv } from '../app/options.ts';
import { evidenceRecords, planSet, runWarnings } from '../app/test-runs.ts';
import { CliError, requireFlags } from '../ui/cli-error.ts';
import { FORMAT_VERSION } from '../ui/exit-codes.ts';
import { renderHtml } from '../ui/report-html.ts';
import { renderMarkdown } from '../ui/report-markdown.ts';
import { reportModel } from '../domain/test/report.ts';
import { recordReport, rejectRound } from '../domain/test/rounds.ts';
import { sha256, toDossier, writeDocument } from '../app/artefact-files.ts';
import { extname } from 'node:path';
import { askInput, askSelect } from '../ui/prompts.ts';
import type { Context } from '../ui/context.ts';
import { EXIT } from '../ui/exit-codes.ts';
import { t } from '../ui/messages.ts';
import { colours, info, out, pad, success, truncate, warn, writeJson } from '../ui/output.ts';
import { visibleLine } from '../ui/safe-text.ts';
import { textWidth, wrap } from '../ui/wrap.ts';

export interface TestPlanOptions {
  scenarios?: string;
}

interface Plan {
  d: Dossier;
  set: ScenarioSet;
  file: string | null;
  zaaktypen: string[];
  items: PlanItem[];
  bsns: TestBsns;
  /** The latest run of each item, by scenario and zaaktype. */
  latest: Map<string, TestRun | null>;
  passed: number;
}

const key = (scenario: string, zaaktype: string | null) => `${scenario}\u0000${zaaktype ?? ''}`;

function makePlan(ctx: Context, d: Dossier, scenarios: string | undefined): Plan & { snapshot: ReturnType<typeof planSet>['snapshot'] } {
  const { set, file, snapshot } = planSet(ctx, d, scenarios);
  const zaaktypen = d.choices.zaaktypen ?? [];
  const cov = coverage(d, snapshot.items);
  const latest = new Map(cov.items.map((i: CoverageItem) => [key(i.scenario, i.zaaktype), i.latest]));
  return { d, set, file, snapshot, zaaktypen, items: planItems(set, zaaktypen), bsns: testBsns(d), latest, passed: cov.passed };
}

type PlanWarningCode = 'test.plan.no-zaaktypen' | 'test.plan.no-bsns' | 'test.plan.bsn-outside';

/** What the plan still lacks: said on stderr, and in the JSON with its message. */
function warnings(p: Plan): { code: PlanWarningCode; params: Record<string, string> }[] {
  const w: { code: PlanWarningCode; params: Record<string, string> }[] = [];
  if (!p.zaaktypen.length && p.set.scenarios.some((s) => s.perZaaktype)) w.push({ code: 'test.plan.no-zaaktypen', params: {} });
  if (!p.bsns.bsns.length) w.push({ code: 'test.plan.no-bsns', params: {} });
  if (p.bsns.range && p.bsns.outside.length)
    w.push({ code: 'test.plan.bsn-outside', params: { bsns: p.bsns.outside.join(', '), from: p.bsns.range[0], to: p.bsns.range[1] } });
  return w;
}

export function runTestPlan(ctx: Context, o: TestPlanOptions): number {
  const { dossier: d } = readDossier(ctx);
  const p = makePlan(ctx, d, o.scenarios);
  const { set, file, zaaktypen } = p;
  const ws = warnings(p);
  const L = ctx.lang;
  if (ctx.json) {
    const org = d.organisation;
    writeJson(ctx, {
      organisation: { name: org.name, kind: org.kind, ...(org.oin ? { oin: org.oin } : {}), ...(org.hrn ? { hrn: org.hrn } : {}) },
      scenarios: { file, derived: set.derived, source: set.source[L], count: set.scenarios.length },
      zaaktypen,
      testBsns: { count: p.bsns.bsns.length, range: p.bsns.range ? `${p.bsns.range[0]}-${p.bsns.range[1]}` : null, outside: p.bsns.outside },
      round: d.testing?.round ?? 1,
      passed: p.passed,
      items: p.items.map((i) => {
        const run = p.latest.get(key(i.scenario.id, i.zaaktype)) ?? null;
        return {
          scenario: i.scenario.id,
          zaaktype: i.zaaktype,
          title: i.scenario.title[L],
          expected: i.scenario.expected[L],
          state: run ? run.result : 'not-run',
          ...(run ? { lastRun: { n: run.n, at: run.at, round: run.round } } : {}),
        };
      }),
      warnings: ws.map((w) => ({ code: w.code, message: t(L, w.code, w.params) })),
    });
    return EXIT.ok;
  }
  out(ctx, render(ctx, p));
  for (const w of ws) warn(ctx, w.code, w.params);
  return EXIT.ok;
}

/** pad() for a cell that may be coloured: the escapes take no room on screen. */
function padVisible(s: string, width: number): string {
  const len = [...s.replace(/\u001b\[[0-9;]*m/g, '')].length;
  return len >= width ? s : s + ' '.repeat(width - len);
}

function render(ctx: Context, p: Plan): string {
  const L = ctx.lang;
  const c = colours(ctx);
  const width = textWidth(ctx);
  const lines = [c.bold(t(L, 'test.plan.heading', { name: visibleLine(p.d.organisation.name) }))];
  lines.push(p.file ? t(L, 'test.plan.from-file', { file: p.file }) : c.dim(wrap(t(L, 'test.plan.derived'), width)));
  if (p.zaaktypen.length) lines.push(t(L, 'test.plan.zaaktypen', { list: p.zaaktypen.map(visibleLine).join(', ') }));
  if (p.bsns.bsns.length) {
    const range = p.bsns.range ? t(L, 'test.plan.bsn-range', { from: p.bsns.range[0], to: p.bsns.range[1] }) : '';
    lines.push(t(L, 'test.plan.bsns', { count: String(p.bsns.bsns.length), range }));
  }
  lines.push('');
  // The matrix: one row per scenario, one column per zaaktype; a once-only scenario spans them.
  const idW = Math.min(28, Math.max(t(L, 'label.scenario').length, ...p.set.scenarios.map((s) => s.id.length)));
  const words = ['test.plan.not-run', 'test.result.pass', 'test.result.fail', 'test.result.blocked'] as const;
  const colW = Math.min(22, Math.max(...words.map((w) => t(L, w).length), ...p.zaaktypen.map((z) => [...visibleLine(z)].length)));
  const head = [pad(t(L, 'label.scenario'), idW), ...p.zaaktypen.map((z) => pad(truncate(visibleLine(z), colW), colW))].join('  ');
  lines.push(c.bold(head.trimEnd()));
  const cell = (scenario: string, zaaktype: string | null) => {
    const run = p.latest.get(key(scenario, zaaktype));
    if (!run) return t(L, 'test.plan.not-run');
    const word = t(L, `test.result.${run.result}`);
    return run.result === 'pass' ? c.green(word) : run.result === 'fail' ? c.red(word) : c.yellow(word);
  };
  for (const s of p.set.scenarios) {
    const cells = s.perZaaktype ? p.zaaktypen.map((z) => padVisible(cell(s.id, z), colW)) : [`${cell(s.id, null)} (${t(L, 'test.plan.once')})`];
    lines.push(`${pad(truncate(s.id, idW), idW)}  ${cells.join('  ')}`.trimEnd());
  }
  const per = p.set.scenarios.filter((s) => s.perZaaktype).length;
  const once = p.set.scenarios.length - per;
  lines.push(
    '',
    t(L, 'test.plan.passed', { passed: String(p.passed), total: String(p.items.length) }),
    t(L, 'test.plan.count', {
      count: String(p.items.length),
      scenarios: String(p.set.scenarios.length),
      per: String(per),
      zaaktypen: String(p.zaaktypen.length),
      once: String(once),
    }),
    '',
    c.bold(t(L, 'test.plan.expected')),
  );
  for (const s of p.set.scenarios) {
    lines.push(`${s.id}: ${visibleLine(s.title[L])}`, wrap(visibleLine(s.expected[L]), width, '    '));
  }
  return lines.join('\n');
}

export interface TestRecordOptions {
  env?: string;
  zaaktype?: string;
  result?: string;
  bsn?: string;
  stufRef?: string;
  messageId?: string;
  conversationId?: string;
  observed?: string;
  evidence?: string[];
  at?: string;
  note?: string;
  scenarios?: string;
}

/** On a terminal, what the flags did not say is asked: the test (scenario × zaaktype), the result, the BSN, the observation, evidence. */
async function askMissing(ctx: Context, p: Plan, scenario: string | undefined, o: TestRecordOptions): Promise<{ scenario: string; o: TestRecordOptions }> {
  const L = ctx.lang;
  let zaaktype = o.zaaktype;
  if (!scenario) {
    const choices = p.items.map((i) => {
      const run = p.latest.get(key(i.scenario.id, i.zaaktype));
      const state = run ? t(L, `test.result.${run.result}`) : t(L, 'test.plan.not-run');
      return {
        value: `${i.scenario.id}\u0000${i.zaaktype ?? ''}`,
        name: `${i.scenario.id}${i.zaaktype ? ` · ${visibleLine(i.zaaktype)}` : ''}  (${state})  ${visibleLine(i.scenario.title[L])}`,
      };
    });
    const first = choices.find((ch) => !p.latest.get(ch.value)) ?? choices[0];
    const picked = await askSelect(t(L, 'test.ask.item'), choices, first?.value);
    const [id, z] = picked.split('\u0000') as [string, string];
    scenario = id;
    zaaktype = z || undefined;
  }
  const result =
    o.result ??
    (await askSelect(
      t(L, 'test.ask.result'),
      TEST_RESULTS.map((r) => ({ value: r, name: t(L, `test.result.${r}`) })),
    ));
  let bsn = o.bsn;
  if (bsn === undefined && p.bsns.bsns.length) {
    const none = '';
    bsn = await askSelect(t(L, 'test.ask.bsn'), [{ value: none, name: t(L, 'test.none-bsn') }, ...p.bsns.bsns.map((b) => ({ value: b, name: b }))]);
  }
  const observed = o.observed ?? (await askInput({ message: t(L, 'test.ask.observed') }));
  const evidence =
    o.evidence ??
    (await askInput({ message: t(L, 'test.ask.evidence') }))
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  return { scenario, o: { ...o, zaaktype, result, bsn, observed, evidence } };
}

export async function runTestRecord(ctx: Context, scenario0: string | undefined, o0: TestRecordOptions): Promise<number> {
  const { dossier: d0 } = readDossier(ctx);
  const p = makePlan(ctx, d0, o0.scenarios);
  let scenario = scenario0;
  let o = o0;
  if (ctx.interactive && (!scenario || !o.result)) ({ scenario, o } = await askMissing(ctx, p, scenario, o));
  else requireFlags([!scenario && '<scenario>', !o.result && '--result']);
  const at = parseAt(o.at, ctx.now());
  const env = o.env === undefined ? 'preproductie' : requireEnv(o.env);
  const input: RunInput = {
    scenario: scenario!,
    env,
    zaaktype: o.zaaktype ?? null,
    result: o.result!,
    at: at.toISOString(),
    ...(o.bsn !== undefined ? { bsn: o.bsn } : {}),
    ...(o.stufRef !== undefined ? { stufRef: o.stufRef } : {}),
    ...(o.messageId !== undefined ? { messageId: o.messageId } : {}),
    ...(o.conversationId !== undefined ? { conversationId: o.conversationId } : {}),
    ...(o.observed !== undefined ? { observed: o.observed } : {}),
    ...(o.note !== undefined ? { note: o.note } : {}),
    evidence: evidenceRecords(ctx, o.evidence ?? []),
  };
  const who = actor(ctx);
  const d = await changeDossier(ctx, (x) => {
    const next = recordRuns(x, p.set, p.snapshot, [input], who);
    return { dossier: next, result: next };
  });
  const run = d.testing!.runs.at(-1)!;
  const cov = coverage(d, d.testing!.scenarios.items);
  const ws = runWarnings(d, at, run.env, ctx.lang);
  if (ctx.json) {
    writeJson(ctx, {
      run,
      coverage: { passed: cov.passed, total: cov.items.length, complete: cov.complete },
      warnings: ws.map((w) => ({ code: w.code, message: t(ctx.lang, w.code, w.params) })),
    });
    return EXIT.ok;
  }
  const L = ctx.lang;
  success(ctx, 'test.recorded', {
    n: String(run.n),
    scenario: run.scenario,
    zaaktype: run.zaaktype ? ` (${visibleLine(run.zaaktype)})` : '',
    result: t(L, `test.result.${run.result}`),
    round: String(run.round),
    passed: String(cov.passed),
    total: String(cov.items.length),
  });
  for (const w of ws) warn(ctx, w.code, w.params);
  if (cov.complete) info(ctx, 'test.all-passed');
  return EXIT.ok;
}

export interface TestReportOptions {
  format?: string;
  output?: string;
  force?: boolean;
  at?: string;
  scenarios?: string;
}

const FORMATS = ['md', 'html', 'json'] as const;
type ReportFormat = (typeof FORMATS)[number];

function formatOf(ctx: Context, o: TestReportOptions): ReportFormat {
  if (o.format !== undefined) {
    if (!(FORMATS as readonly string[]).includes(o.format))
      throw new CliError('flag.invalid', { flag: '--format', reason: 'value.choice', options: FORMATS.join(', ') });
    return o.format as ReportFormat;
  }
  // --json to stdout is the report as JSON, like every report of the tool.
  if (ctx.json && (o.output === undefined || o.output === '-')) return 'json';
  const ext = extname(o.output ?? '').toLowerCase();
  return ext === '.html' || ext === '.htm' ? 'html' : ext === '.json' ? 'json' : 'md';
}

/** lz-onboard test report: the report for Logius; written to a file, it is recorded (what was sent is on record). */
export async function runTestReport(ctx: Context, o: TestReportOptions): Promise<number> {
  const format = formatOf(ctx, o);
  const { dossier: d } = readDossier(ctx);
  const { set, snapshot } = planSet(ctx, d, o.scenarios);
  const at = parseAt(o.at, ctx.now());
  const model = reportModel(d, set, snapshot, ctx.lang, at.toISOString());
  const text =
    format === 'md'
      ? renderMarkdown(model)
      : format === 'html'
        ? renderHtml(model)
        : `${JSON.stringify({ formatVersion: FORMAT_VERSION, ...model }, null, 2)}\n`;
  const target = o.output ?? '-';
  const written = writeDocument(ctx, target, text, o.force === true);
  if (!written.path) return EXIT.ok;
  const rel = toDossier(ctx, written.path);
  const hash = sha256(text);
  const round = d.testing?.round ?? 1;
  const known = (d.testing?.reports ?? []).some((r) => r.round === round && r.sha256 === hash && r.path === rel);
  if (!known) {
    const who = actor(ctx);
    await changeDossier(ctx, (x) => {
      const next = recordReport(x, { path: rel, sha256: hash, format }, who);
      return { dossier: next, result: next };
    });
  }
  if (ctx.json) writeJson(ctx, { report: { path: written.path, sha256: hash, format, round, complete: model.complete, previous: written.previous ?? null } });
  else {
    if (written.unchanged) success(ctx, 'spec.unchanged', { what: t(ctx.lang, 'test.report-what'), file: written.path });
    else success(ctx, 'test.report-written', { file: written.path, round: String(round), sha: hash.slice(0, 16) });
    info(ctx, model.complete ? 'test.report-next' : 'test.report-incomplete', { passed: String(model.totals.pass), total: String(model.items.length) });
  }
  return EXIT.ok;
}

export interface TestRoundOptions {
  rejected?: boolean;
  reason?: string;
  on?: string;
}

/** lz-onboard test round --rejected --reason: Logius did not approve; the next round begins, the last one kept. */
export async function runTestRound(ctx: Context, o: TestRoundOptions): Promise<number> {
  if (!o.rejected) {
    const { dossier: d } = readDossier(ctx);
    const t0 = d.testing;
    if (ctx.json) writeJson(ctx, { round: t0?.round ?? 1, rejections: t0?.rejections ?? [], reports: t0?.reports ?? [] });
    else {
      out(ctx, t(ctx.lang, 'test.round-current', { round: String(t0?.round ?? 1) }));
      for (const r of t0?.rejections ?? [])
        out(ctx, `  ${t(ctx.lang, 'report.rejected', { round: String(r.round), date: r.at.slice(0, 10), reason: visibleLine(r.reason) })}`);
    }
    return EXIT.ok;
  }
  let reason = o.reason?.trim();
  if (!reason) {
    if (!ctx.interactive) throw new CliError('flag.required', { flag: '--reason' });
    reason = (await askInput({ message: t(ctx.lang, 'test.ask.reason'), required: true })).trim();
  }
  const on = parseDay('--on', o.on);
  const who = actor(ctx);
  const d = await changeDossier(ctx, (x) => {
    const next = rejectRound(x, reason!, who, on);
    return { dossier: next, result: next };
  });
  if (ctx.json) writeJson(ctx, { round: d.testing!.round, rejections: d.testing!.rejections });
  else success(ctx, 'test.round-started', { round: String(d.testing!.round), previous: String(d.testing!.round - 1) });
  return EXIT.ok;
}
