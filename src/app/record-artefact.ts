// Recording an artefact in the dossier together with the step it completes (one write).
import { completeStep } from '../domain/actions.ts';
import type { Dossier } from '../domain/dossier-types.ts';
import { DomainError } from '../domain/errors.ts';
import { checklist } from '../checklist-data.ts';
import type { Context } from '../ui/context.ts';
import { t, dyn } from '../ui/messages.ts';
import { actor, changeDossier } from './dossier.ts';

/**
 * Records an artefact and, in the same write, marks its step done. A step that cannot be done yet
 * (a requirement unmet) stays open; the reason is returned for the user.
 */
export async function recordAndMark(
  ctx: Context,
  record: (x: Dossier) => Dossier,
  stepId: string | null,
  values: Record<string, string>,
): Promise<string | null> {
  const who = actor(ctx);
  return changeDossier(ctx, (x) => {
    const recorded = record(x);
    if (!stepId) return { dossier: recorded, result: null };
    try {
      return { dossier: completeStep(checklist, recorded, stepId, values, who).dossier, result: null };
    } catch (e) {
      if (e instanceof DomainError) return { dossier: recorded, result: t(ctx.lang, dyn(e.code), e.params) };
      throw e;
    }
  });
}
