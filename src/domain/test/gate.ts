// Step 3.ketentest is done when every scenario × zaaktype of the plan has a passing latest run, or
// with a recorded exception (a chain test tracked elsewhere). Handleiding Aansluiten Lopende Zaken
// v2.0, fase 3: "Uw organisatie is zelf verantwoordelijk voor het volledig en juist uitvoeren van de testen."
import type { Dossier } from '../dossier-types.ts';
import { DomainError } from '../errors.ts';
import { coverage } from './runs.ts';

export const CHAIN_TEST_STEP = '3.ketentest';
/** Done when a report of the current round was written (lz-onboard test report -o); it records that report's SHA-256. */
export const REPORT_STEP = '3.testrapport';

/** The report of the current round that step 3.testrapport stands for: the latest one written. */
export function currentReport(d: Dossier) {
  const round = d.testing?.round ?? 1;
  return (d.testing?.reports ?? []).filter((r) => r.round === round).at(-1);
}

/** Values a step records of its own when done: 3.testrapport the SHA-256 of the report sent. */
export function testStepValues(d: Dossier, stepId: string): Record<string, string> {
  const r = stepId === REPORT_STEP ? currentReport(d) : undefined;
  return r ? { rapportSha256: r.sha256, rapport: r.path } : {};
}

export function checkTestGate(d: Dossier, stepId: string, exception: string | undefined): void {
  if (exception !== undefined) return;
  if (stepId === REPORT_STEP) {
    if (!currentReport(d)) throw new DomainError('step.test-report-missing', { step: stepId, round: String(d.testing?.round ?? 1) });
    return;
  }
  if (stepId !== CHAIN_TEST_STEP) return;
  if (!d.testing) throw new DomainError('step.test-runs-missing', { step: stepId });
  const c = coverage(d, d.testing.scenarios.items);
  if (c.complete) return;
  const open = c.items.filter((i) => i.latest?.result !== 'pass');
  throw new DomainError('step.test-runs-incomplete', {
    step: stepId,
    passed: String(c.passed),
    total: String(c.items.length),
    open:
      open
        .slice(0, 3)
        .map((i) => (i.zaaktype ? `${i.scenario} (${i.zaaktype})` : i.scenario))
        .join(', ') + (open.length > 3 ? ', …' : ''),
  });
}
