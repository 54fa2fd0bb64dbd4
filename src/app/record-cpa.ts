// The use case behind `cpa check` and the wizard's CPA step: every option checked first, the CPA
// read and judged, and a CPA without errors recorded with the step it completes.
import type { CpaRecord } from '../domain/dossier-types.ts';
import type { Environment } from '../domain/identifiers.ts';
import { withCpa } from '../domain/records.ts';
import { completeRenewals, renewalsInProgress } from '../domain/renewal/records.ts';
import type { Context } from '../ui/context.ts';
import { fileStat, optionalDossier, parseEnvFlag, refuseProductieForSupplier, sha256, toDossier } from './artefact-files.ts';
import { judgeCpa, readCpaFile, type CpaCheckOptions, type CpaJudgement } from './check-cpa.ts';
import { actor } from './dossier.ts';
import { parseAt, parseDays, parseEndpoint } from './options.ts';
import { recordAndMark } from './record-artefact.ts';

export interface CpaOutcome extends CpaJudgement {
  file: string;
  env: Environment;
  errors: boolean;
  hasDossier: boolean;
  recorded: boolean;
  stepOpen: { step: string; reason: string } | null;
  /** Roles whose renewal this CPA completed. */
  renewed: ('client' | 'server')[];
}

export async function checkCpa(ctx: Context, file: string, o: CpaCheckOptions): Promise<CpaOutcome> {
  const env = parseEnvFlag(o.env);
  // Every option is checked before any file is read: a typo is a usage error, whatever the file.
  const at = parseAt(o.at, ctx.checkAt ?? ctx.now());
  parseDays('--expires-in', o.expiresIn, 60);
  parseEndpoint(o.endpoint);
  const d = optionalDossier(ctx);
  refuseProductieForSupplier(d, env);
  const { cpa, text } = readCpaFile(ctx, file);
  const j = judgeCpa(ctx, cpa, env, d, o, at);
  const errors = j.findings.some((f) => f.severity === 'error');
  const stepId = env === 'preproductie' ? '2.cpa' : '4.cpa';
  let reason: string | null = null;
  // A renewal whose new certificate this CPA carries is done with it.
  let renewed: ('client' | 'server')[] = [];
  if (!errors && d) {
    const who = actor(ctx);
    const rec: CpaRecord = {
      ...fileStat(file),
      path: toDossier(ctx, file),
      sha256: sha256(text),
      cpaId: cpa.cpaId,
      start: cpa.start,
      end: cpa.end,
      ourPartyId: j.ourPartyId,
      otherPartyId: j.otherPartyId,
      at: who.at,
      by: who.by,
    };
    const values: Record<string, string> = { cpaId: cpa.cpaId };
    if (j.otherPartyId) values['lzPartyId'] = j.otherPartyId;
    reason = await recordAndMark(
      ctx,
      (x) => {
        const after = completeRenewals(withCpa(x, env, rec), env, who);
        renewed = renewalsInProgress(x)
          .filter((r) => r.env === env && !renewalsInProgress(after).some((a) => a.role === r.role && a.env === env))
          .map((r) => r.role);
        return after;
      },
      stepId,
      values,
    );
  }
  return {
    ...j,
    file,
    env,
    errors,
    hasDossier: d !== null,
    recorded: !errors && d !== null,
    stepOpen: reason ? { step: stepId, reason } : null,
    renewed,
  };
}
