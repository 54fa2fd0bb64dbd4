// "Complete" is said only when verify would pass: every step done and no verify error in any
// environment. Run when the last step is done (step, apply, the wizard).
import { environmentsOf, type Dossier } from '../domain/dossier-types.ts';
import type { Context } from '../ui/context.ts';
import { verifyEnvironment } from './verify-environment.ts';

export function verifyErrors(ctx: Context, d: Dossier): number {
  return environmentsOf(d)
    .flatMap((env) => verifyEnvironment(ctx, d, env, {}))
    .filter((f) => f.severity === 'error').length;
}
