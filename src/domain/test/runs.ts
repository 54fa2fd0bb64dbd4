// Evidence of the chain test: runs per scenario × zaaktype, only ever added. A run names a recorded
// test BSN or none, never another BSN: a BSN-shaped number anywhere in a run (its references, what
// was observed, its note) that is not on the recorded test list is refused, because outside the
// test list a BSN is a real person's. Handleiding Aansluiten Lopende Zaken v2.0, fase 3.
import type { Actor } from '../actions.ts';
import type { Dossier, TestResult, TestRun, TestingRecord } from '../dossier-types.ts';
import { DomainError } from '../errors.ts';
import type { Environment } from '../identifiers.ts';
import { isBsn } from '../identifiers.ts';
import { plainText, TEXT_MAX } from '../text.ts';
import type { ScenarioSet } from './scenarios.ts';
import { testBsns } from './test-bsns.ts';

export const TEST_RESULTS: readonly TestResult[] = ['pass', 'fail', 'blocked'];

export interface RunInput {
  scenario: string;
  zaaktype?: string | null;
  result: string;
  /** When the test was run (ISO). */
  at: string;
  env?: Environment;
  bsn?: string;
  stufRef?: string;
  messageId?: string;
  conversationId?: string;
  observed?: string;
  note?: string;
  evidence?: { path: string; sha256: string; size: number }[];
}

/** The plan's scenario set as the dossier keeps it: where it came from and its items by id. */
export function snapshotOf(set: ScenarioSet, path: string | null, sha256: string): TestingRecord['scenarios'] {
  return { path, sha256, items: set.scenarios.map((s) => ({ id: s.id, perZaaktype: s.perZaaktype })) };
}

/**
 * Every BSN-shaped number in a text: 8 or 9 digits on their own, or written in the usual groups
 * (1234 56 782, 1234.56.782, 123 456 782), that pass the 11-proef. Part of a longer token (a UUID,
 * a reference, an OIN) is not one, and neither is a date (2027-03-02): dashes never group a BSN.
 */
const BSN_SHAPED = /(?<![0-9A-Za-z])(?:[0-9]{8,9}|[0-9]{4}([ .])[0-9]{2}\1[0-9]{3}|[0-9]{3}([ .])[0-9]{3}\2[0-9]{3})(?![0-9A-Za-z])/g;

export function bsnsIn(text: string): string[] {
  return [...text.matchAll(BSN_SHAPED)]
    .map((m) => m[0].replace(/[ .]/g, ''))
    .filter(isBsn)
    .map((b) => b.padStart(9, '0'));
}

/** The text with every BSN-shaped number that is not on `allowed` blanked out (reports, documents). */
export function withoutStrayBsns(text: string, allowed: readonly string[]): string {
  return text.replace(BSN_SHAPED, (m) => {
    const b = m.replace(/[ .]/g, '');
    return isBsn(b) && !allowed.includes(b.padStart(9, '0')) ? '•'.repeat(m.length) : m;
  });
}

const REF_MAX = 200;

function ref(field: string, v: string | undefined): string | undefined {
  if (v === undefined) return undefined;
  const s = plainText(field, v.trim(), REF_MAX);
  return s || undefined;
}

/** One run checked against the plan and the test list; throws DomainError naming what is wrong. */
function checkedRun(d: Dossier, set: ScenarioSet, input: RunInput, n: number, round: number, actor: Actor): TestRun {
  const scenario = set.scenarios.find((s) => s.id === input.scenario);
  if (!scenario) throw new DomainError('test.unknown-scenario', { scenario: input.scenario, known: set.scenarios.map((s) => s.id).join(', ') });
  const zaaktypen = d.choices.zaaktypen ?? [];
  let zaaktype: string | null = null;
  if (scenario.perZaaktype) {
    if (!input.zaaktype) throw new DomainError('test.zaaktype-required', { scenario: scenario.id, known: zaaktypen.join(', ') || '-' });
    if (!zaaktypen.includes(input.zaaktype)) throw new DomainError('test.unknown-zaaktype', { zaaktype: input.zaaktype, known: zaaktypen.join(', ') || '-' });
    zaaktype = input.zaaktype;
  } else if (input.zaaktype) throw new DomainError('test.zaaktype-not-applicable', { scenario: scenario.id });
  if (!TEST_RESULTS.includes(input.result as TestResult)) throw new DomainError('test.result', { value: input.result });
  if (Number.isNaN(Date.parse(input.at))) throw new DomainError('test.at', { value: input.at });
  const list = testBsns(d).bsns;
  const run: TestRun = {
    n,
    round,
    at: new Date(input.at).toISOString(),
    recordedAt: actor.at,
    by: actor.by,
    env: input.env ?? 'preproductie',
    scenario: scenario.id,
    zaaktype,
    result: input.result as TestResult,
    expected: { ...scenario.expected },
  };
  // On production a BSN is a real person's: a run there never names one.
  if (run.env === 'productie' && input.bsn?.trim()) throw new DomainError('test.bsn-productie');
  if (input.bsn?.trim()) {
    const bsn = input.bsn.trim().padStart(9, '0');
    if (!isBsn(bsn)) throw new DomainError('test.bsn-invalid', { value: input.bsn.trim() });
    if (!list.includes(bsn)) throw new DomainError('test.bsn-not-listed', { value: bsn });
    run.bsn = bsn;
  }
  const refs = {
    stuf: ref('--stuf-ref', input.stufRef),
    messageId: ref('--message-id', input.messageId),
    conversationId: ref('--conversation-id', input.conversationId),
  };
  if (refs.stuf || refs.messageId || refs.conversationId) run.refs = Object.fromEntries(Object.entries(refs).filter(([, v]) => v)) as TestRun['refs'];
  const observed = input.observed === undefined ? '' : plainText('--observed', input.observed.trim(), TEXT_MAX.note, true);
  if (observed) run.observed = observed;
  const note = input.note === undefined ? '' : plainText('--note', input.note.trim(), TEXT_MAX.note, true);
  if (note) run.note = note;
  // A number that looks like a BSN and is not a recorded test BSN may be a real person's: refused.
  for (const text of [observed, note, refs.stuf ?? '', refs.messageId ?? '', refs.conversationId ?? '']) {
    const stray = bsnsIn(text).find((b) => run.env === 'productie' || !list.includes(b));
    if (stray) throw new DomainError('test.bsn-in-text', { value: `${stray.slice(0, 3)}…` });
  }
  if (input.evidence?.length) run.evidence = input.evidence.map((e) => ({ ...e }));
  return run;
}

/** Adds runs (in one go: all or none); the plan's scenario set is kept as it was used. */
export function recordRuns(d0: Dossier, set: ScenarioSet, scenarios: TestingRecord['scenarios'], inputs: RunInput[], actor: Actor): Dossier {
  const d = structuredClone(d0);
  const testing: TestingRecord = d.testing ?? { scenarios, round: 1, runs: [] };
  testing.scenarios = scenarios;
  let n = testing.runs.at(-1)?.n ?? 0;
  for (const input of inputs) {
    const run = checkedRun(d, set, input, ++n, testing.round, actor);
    testing.runs.push(run);
    d.history.push({
      at: actor.at,
      by: actor.by,
      action: 'test.record',
      values: { scenario: run.scenario, ...(run.zaaktype ? { zaaktype: run.zaaktype } : {}), result: run.result, run: String(run.n) },
    });
  }
  d.testing = testing;
  return d;
}

export interface CoverageItem {
  scenario: string;
  zaaktype: string | null;
  latest: TestRun | null;
}

/** Every item of the plan with its latest run (of any round: a re-test redoes what did not pass). */
export function coverage(d: Dossier, items: { id: string; perZaaktype: boolean }[]): { items: CoverageItem[]; passed: number; complete: boolean } {
  const latest = new Map<string, TestRun>();
  for (const r of d.testing?.runs ?? []) latest.set(`${r.scenario}\u0000${r.zaaktype ?? ''}`, r);
  const zaaktypen = d.choices.zaaktypen ?? [];
  const out: CoverageItem[] = items.flatMap((s) =>
    (s.perZaaktype ? zaaktypen : [null]).map((z) => ({ scenario: s.id, zaaktype: z, latest: latest.get(`${s.id}\u0000${z ?? ''}`) ?? null })),
  );
  const passed = out.filter((i) => i.latest?.result === 'pass').length;
  return { items: out, passed, complete: out.length > 0 && passed === out.length };
}
