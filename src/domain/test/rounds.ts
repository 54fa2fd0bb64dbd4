// Rounds of the chain test: a report Logius does not approve starts the next round ("Indien het
// testrapport volgens Logius geen positief testresultaat weergeeft, zal Logius uw organisatie
// vragen om de (resterende) onderdelen van de test … opnieuw uit te voeren"), the earlier round
// kept; and the reports written, so that what was sent is on record.
import type { Actor } from '../actions.ts';
import type { Dossier, StepRecord, TestingRecord } from '../dossier-types.ts';
import { DomainError } from '../errors.ts';
import { plainText, TEXT_MAX } from '../text.ts';
import { CHAIN_TEST_STEP, REPORT_STEP } from './gate.ts';

/**
 * Round n closed as rejected (on `on`, the day Logius said so; default the actor's day), round n+1
 * begun; the chain-test and report steps open again (their values stay).
 */
export function rejectRound(d0: Dossier, reason: string, actor: Actor, on?: string): Dossier {
  const why = plainText('--reason', reason.trim(), TEXT_MAX.reason, true);
  if (!why) throw new DomainError('test.round-reason');
  if (!d0.testing?.runs.length) throw new DomainError('test.round-no-runs');
  const d = structuredClone(d0);
  const t = d.testing as TestingRecord;
  (t.rejections ??= []).push({ round: t.round, at: on ?? actor.at, by: actor.by, reason: why });
  d.history.push({ at: actor.at, by: actor.by, action: 'test.round-rejected', values: { round: String(t.round) }, reason: why });
  t.round += 1;
  for (const id of [CHAIN_TEST_STEP, REPORT_STEP]) {
    const rec = d.steps[id];
    if (rec && rec.state !== 'open') {
      const next: StepRecord = { state: 'open', ...(rec.values ? { values: rec.values } : {}) };
      d.steps[id] = next;
      d.history.push({ at: actor.at, by: actor.by, action: 'reopen', step: id, reason: why });
    }
  }
  return d;
}

export function recordReport(d0: Dossier, report: { path: string; sha256: string; format: 'md' | 'html' | 'json' }, actor: Actor): Dossier {
  const d = structuredClone(d0);
  const t: TestingRecord = d.testing ?? { scenarios: { path: null, sha256: '', items: [] }, round: 1, runs: [] };
  (t.reports ??= []).push({ round: t.round, at: actor.at, by: actor.by, ...report });
  d.testing = t;
  d.history.push({ at: actor.at, by: actor.by, action: 'test.report', values: { round: String(t.round), path: report.path, sha256: report.sha256 } });
  return d;
}
