// lz-onboard test plan: the chain test of phase 3 as a matrix of scenarios × zaaktypen, with the
// recorded test BSNs and what each scenario expects.
import type { Dossier } from '../domain/dossier-types.ts';
import { planItems, type PlanItem, type ScenarioSet } from '../domain/test/scenarios.ts';
import { testBsns, type TestBsns } from '../domain/test/test-bsns.ts';
import { readDossier } from '../app/dossier.ts';
import { loadScenarioSet } from '../app/test-scenarios.ts';
import type { Context } from '../ui/context.ts';
import { EXIT } from '../ui/exit-codes.ts';
import { t } from '../ui/messages.ts';
import { colours, out, pad, truncate, warn, writeJson } from '../ui/output.ts';
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
}

function warnings(ctx: Context, p: Plan): { code: string; message: string }[] {
  const w: { code: string; message: string }[] = [];
  const add = (code: 'test.plan.no-zaaktypen' | 'test.plan.no-bsns' | 'test.plan.bsn-outside', params: Record<string, string> = {}) =>
    w.push({ code, message: t(ctx.lang, code, params) });
  if (!p.zaaktypen.length && p.set.scenarios.some((s) => s.perZaaktype)) add('test.plan.no-zaaktypen');
  if (!p.bsns.bsns.length) add('test.plan.no-bsns');
  if (p.bsns.range && p.bsns.outside.length) add('test.plan.bsn-outside', { bsns: p.bsns.outside.join(', '), from: p.bsns.range[0], to: p.bsns.range[1] });
  return w;
}

export function runTestPlan(ctx: Context, o: TestPlanOptions): number {
  const { dossier: d } = readDossier(ctx);
  const { set, file } = loadScenarioSet(ctx, o.scenarios);
  const zaaktypen = d.choices.zaaktypen ?? [];
  const p: Plan = { d, set, file, zaaktypen, items: planItems(set, zaaktypen), bsns: testBsns(d) };
  const ws = warnings(ctx, p);
  const L = ctx.lang;
  if (ctx.json) {
    const org = d.organisation;
    writeJson(ctx, {
      organisation: { name: org.name, kind: org.kind, ...(org.oin ? { oin: org.oin } : {}), ...(org.hrn ? { hrn: org.hrn } : {}) },
      scenarios: { file, derived: set.derived, source: set.source[L], count: set.scenarios.length },
      zaaktypen,
      testBsns: { count: p.bsns.bsns.length, range: p.bsns.range ? `${p.bsns.range[0]}-${p.bsns.range[1]}` : null, outside: p.bsns.outside },
      items: p.items.map((i) => ({
        scenario: i.scenario.id,
        zaaktype: i.zaaktype,
        title: i.scenario.title[L],
        expected: i.scenario.expected[L],
        state: 'not-run',
      })),
      warnings: ws,
    });
    return EXIT.ok;
  }
  out(ctx, render(ctx, p));
  for (const w of ws) warn(ctx, w.code as 'test.plan.no-bsns', paramsOf(p, w.code));
  return EXIT.ok;
}

function paramsOf(p: Plan, code: string): Record<string, string> {
  return code === 'test.plan.bsn-outside' && p.bsns.range ? { bsns: p.bsns.outside.join(', '), from: p.bsns.range[0], to: p.bsns.range[1] } : {};
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
  const colW = Math.min(22, Math.max(t(L, 'test.plan.not-run').length, ...p.zaaktypen.map((z) => [...visibleLine(z)].length)));
  const head = [pad(t(L, 'label.scenario'), idW), ...p.zaaktypen.map((z) => pad(truncate(visibleLine(z), colW), colW))].join('  ');
  lines.push(c.bold(head.trimEnd()));
  const todo = t(L, 'test.plan.not-run');
  for (const s of p.set.scenarios) {
    const cells = s.perZaaktype ? p.zaaktypen.map(() => pad(todo, colW)) : [`${todo} (${t(L, 'test.plan.once')})`];
    lines.push(`${pad(truncate(s.id, idW), idW)}  ${cells.join('  ')}`.trimEnd());
  }
  const per = p.set.scenarios.filter((s) => s.perZaaktype).length;
  const once = p.set.scenarios.length - per;
  lines.push(
    '',
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
