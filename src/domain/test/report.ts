// The test report for Logius, as data: header, summary per zaaktype, each test with its latest run
// and history, deviations and open items, the evidence with hashes, and the rounds. Rendering it as
// Markdown, HTML or JSON is the UI's business. Handleiding Aansluiten Lopende Zaken v2.0, fase 3:
// "Vul het testrapport volledig in … en stuur het op naar Logius"; a supplier's approved report
// can go to the GEMMA Softwarecatalogus.
import type { Lang } from '../checklist.ts';
import type { Dossier, TestResult, TestRun } from '../dossier-types.ts';
import { coverage, withoutStrayBsns } from './runs.ts';
import { testBsns } from './test-bsns.ts';
import type { ScenarioSet } from './scenarios.ts';

export interface ReportItem {
  scenario: string;
  title: string;
  expected: string;
  zaaktype: string | null;
  latest: TestRun | null;
  /** Every run of this item, oldest first. */
  runs: TestRun[];
}

export interface ReportCounts {
  pass: number;
  fail: number;
  blocked: number;
  notRun: number;
}

export interface ReportModel {
  lang: Lang;
  generatedAt: string;
  organisation: { name: string; kind: 'overheid' | 'leverancier'; identifierLabel: 'OIN' | 'HRN'; identifier: string; intermediary?: string };
  environment: 'preproductie';
  period: { from: string; to: string } | null;
  round: number;
  rejections: { round: number; at: string; reason: string }[];
  scenarios: { derived: boolean; source: string; path: string | null; sha256: string };
  /** Per zaaktype, and null for the scenarios run once for the whole connection. */
  summary: { zaaktype: string | null; counts: ReportCounts }[];
  totals: ReportCounts;
  complete: boolean;
  items: ReportItem[];
  /** Items whose latest run failed or was blocked, or that have not run. */
  open: ReportItem[];
  evidence: { run: number; scenario: string; zaaktype: string | null; path: string; sha256: string; size: number }[];
  testBsns: number;
}

const empty = (): ReportCounts => ({ pass: 0, fail: 0, blocked: 0, notRun: 0 });

function count(c: ReportCounts, r: TestResult | null): void {
  if (r === null) c.notRun++;
  else if (r === 'pass') c.pass++;
  else if (r === 'fail') c.fail++;
  else c.blocked++;
}

export function reportModel(d: Dossier, set: ScenarioSet, scenarios: { path: string | null; sha256: string }, lang: Lang, generatedAt: string): ReportModel {
  const items = set.scenarios.map((s) => ({ id: s.id, perZaaktype: s.perZaaktype }));
  const cov = coverage(d, items);
  // Only recorded test BSNs may appear: any other BSN-shaped number, wherever it came from (a name,
  // a scenario file, a path), is blanked out (runs were checked when recorded; the rest was not).
  const allowed = testBsns(d).bsns;
  const clean = (text: string) => withoutStrayBsns(text, allowed);
  const cleanRun = (r: TestRun): TestRun => ({
    ...r,
    zaaktype: r.zaaktype === null ? null : clean(r.zaaktype),
    expected: { nl: clean(r.expected.nl), en: clean(r.expected.en) },
    ...(r.observed ? { observed: clean(r.observed) } : {}),
    ...(r.note ? { note: clean(r.note) } : {}),
    ...(r.refs ? { refs: Object.fromEntries(Object.entries(r.refs).map(([k, v]) => [k, clean(v as string)])) } : {}),
    ...(r.evidence ? { evidence: r.evidence.map((e) => ({ ...e, path: clean(e.path) })) } : {}),
  });
  const runs = (d.testing?.runs ?? []).map(cleanRun);
  const latestOf = (l: TestRun | null) => (l ? runs.find((r) => r.n === l.n)! : null);
  const byId = new Map(set.scenarios.map((s) => [s.id, s]));
  const reportItems: ReportItem[] = cov.items.map((i) => {
    const s = byId.get(i.scenario)!;
    const zaaktype = i.zaaktype === null ? null : clean(i.zaaktype);
    return {
      scenario: i.scenario,
      title: clean(s.title[lang]),
      expected: clean(s.expected[lang]),
      zaaktype,
      latest: latestOf(i.latest),
      runs: runs.filter((r) => r.scenario === i.scenario && r.zaaktype === zaaktype),
    };
  });
  const groups = [...(d.choices.zaaktypen ?? []).map(clean), null];
  const summary = groups
    .map((z) => {
      const counts = empty();
      for (const it of reportItems) if (it.zaaktype === z) count(counts, it.latest?.result ?? null);
      return { zaaktype: z, counts };
    })
    .filter((g) => g.counts.pass + g.counts.fail + g.counts.blocked + g.counts.notRun > 0);
  const totals = empty();
  for (const it of reportItems) count(totals, it.latest?.result ?? null);
  const period = d.environments.preproductie['ketentestPeriode'];
  const m = typeof period === 'string' ? /^(\d{4}-\d{2}-\d{2})\/(\d{4}-\d{2}-\d{2})$/.exec(period) : null;
  const org = d.organisation;
  return {
    lang,
    generatedAt,
    organisation: {
      name: clean(org.name),
      kind: org.kind,
      identifierLabel: org.kind === 'overheid' ? 'OIN' : 'HRN',
      identifier: (org.kind === 'overheid' ? org.oin : org.hrn) ?? '',
      ...(org.intermediary ? { intermediary: `${clean(org.intermediary.name)} (OIN ${org.intermediary.oin})` } : {}),
    },
    environment: 'preproductie',
    period: m ? { from: m[1]!, to: m[2]! } : null,
    round: d.testing?.round ?? 1,
    rejections: (d.testing?.rejections ?? []).map((r) => ({ round: r.round, at: r.at, reason: clean(r.reason) })),
    scenarios: {
      derived: set.derived,
      source: clean(set.source[lang]),
      path: scenarios.path === null ? null : clean(scenarios.path),
      sha256: scenarios.sha256,
    },
    summary,
    totals,
    complete: cov.complete,
    items: reportItems,
    open: reportItems.filter((i) => i.latest?.result !== 'pass'),
    evidence: runs.flatMap((r) => (r.evidence ?? []).map((e) => ({ run: r.n, scenario: r.scenario, zaaktype: r.zaaktype, ...e }))),
    testBsns: allowed.length,
  };
}
