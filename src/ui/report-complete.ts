// The last word after the last step: complete only when verify would pass.
import { verifyErrors } from '../app/completion-check.ts';
import type { Dossier } from '../domain/dossier-types.ts';
import type { Context } from './context.ts';
import { success, warn } from './output.ts';

export function reportAllDone(ctx: Context, d: Dossier): void {
  const errors = verifyErrors(ctx, d);
  if (errors) warn(ctx, 'all.steps-done-verify-fails', { errors: String(errors) });
  else success(ctx, 'all.completed');
}
