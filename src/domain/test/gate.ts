// Step 3.ketentest is done when every scenario × zaaktype of the plan has a passing latest run, or
// with a recorded exception (a chain test tracked elsewhere). Handleiding Aansluiten Lopende Zaken
// v2.0, fase 3: "Uw organisatie is zelf verantwoordelijk voor het volledig en juist uitvoeren van de testen."
import type { Dossier } from '../dossier-types.ts';
import { DomainError } from '../errors.ts';
import { latestDocument, type DocKind } from '../docs/records.ts';
import { coverage } from './runs.ts';

export const CHAIN_TEST_STEP = '3.ketentest';
/** Done when a report of the current round was written (lz-onboard test report -o); it records that report's SHA-256. */
export const REPORT_STEP = '3.testrapport';

/** The report of the current round that step 3.testrapport stands for: the latest one written. */
export function currentReport(d: Dossier) {
  const round = d.testing?.round ?? 1;
  return (d.testing?.reports ?? []).filter((r) => r.round === round).at(-1);
}

/** Phase 4's documents (lz-onboard docs) and the steps they stand for. */
export const DOC_STEPS: Record<string, DocKind> = { '4.beheerdocumentatie': 'beheer', '4.helpdesk': 'helpdesk' };

/** Steps that stand for something lz-onboard writes (runs, a report, a document): --exception applies to them. */
export const WRITTEN_BY_LZ = new Set([CHAIN_TEST_STEP, REPORT_STEP, ...Object.keys(DOC_STEPS)]);

/** Values a step records of its own when done: the SHA-256 and path of the report or document it stands for. */
export function testStepValues(d: Dossier, stepId: string): Record<string, string> {
  if (stepId === REPORT_STEP) {
    const r = currentReport(d);
    return r ? { rapportSha256: r.sha256, rapport: r.path } : {};
  }
  const kind = DOC_STEPS[stepId];
  const doc = kind ? latestDocument(d, kind) : undefined;
  return doc ? { documentSha256: doc.sha256, document: doc.path } : {};
}

export function checkTestGate(d: Dossier, stepId: string, exception: string | undefined): void {
  if (exception !== undefined) return;
  const kind = DOC_STEPS[stepId];
  if (kind) {
    if (!latestDocument(d, kind)) throw new DomainError('step.document-missing', { step: stepId, kind });
    return;
  }
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
