// Step 3.ketentest is done when every scenario × zaaktype of the plan has a passing latest run, or
// with a recorded exception (a chain test tracked elsewhere). Handleiding Aansluiten Lopende Zaken
// v2.0, fase 3: "Uw organisatie is zelf verantwoordelijk voor het volledig en juist uitvoeren van de testen."
import type { Dossier } from '../dossier-types.ts';
import { DomainError } from '../errors.ts';
import { coverage } from './runs.ts';

export const CHAIN_TEST_STEP = '3.ketentest';

export function checkTestGate(d: Dossier, stepId: string, exception: string | undefined): void {
  if (stepId !== CHAIN_TEST_STEP || exception !== undefined) return;
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
