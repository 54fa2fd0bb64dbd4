// The use case behind `verify`: every environment of the dossier cross-checked, and the outcome
// recorded (unless --no-record, or the dossier may only be read).
import { checklist } from '../checklist-data.ts';
import { environmentsOf } from '../domain/dossier-types.ts';
import type { Finding } from '../domain/findings.ts';
import type { Environment } from '../domain/identifiers.ts';
import { verificationRecord } from '../domain/verification.ts';
import { DossierError } from '../dossier/errors.ts';
import { loadDossier } from '../dossier/store.ts';
import type { Context } from '../ui/context.ts';
import { t, dyn } from '../ui/messages.ts';
import { parseEnvFlag } from './artefact-files.ts';
import { actor, changeDossier } from './dossier.ts';
import { parseDays } from './options.ts';
import { verifyEnvironment, type VerifyOptions } from './verify-environment.ts';

export interface VerifyOutcome {
  results: { env: Environment; findings: Finding[] }[];
  failed: boolean;
  /** Why the outcome could not be recorded (a read-only copy), if so. */
  notRecorded: string | null;
}

// A help desk's read-only copy still verifies; only recording the outcome fails.
const CANNOT_WRITE = ['dossier.lock-failed', 'dossier.write-failed', 'dossier.locked', 'dossier.locked-other', 'dossier.lock-stuck'];

export async function verifyDossier(ctx: Context, o: VerifyOptions): Promise<VerifyOutcome> {
  const only = o.env ? parseEnvFlag(o.env) : undefined;
  parseDays('--expires-in', o.expiresIn, 60);
  const d = loadDossier(ctx.dossierPath, checklist).dossier;
  const envs: Environment[] = only ? [only] : environmentsOf(d);
  const results = envs.map((env) => ({ env, findings: verifyEnvironment(ctx, d, env, o) }));
  let notRecorded: string | null = null;
  if (o.record !== false) {
    const who = actor(ctx);
    try {
      await changeDossier(ctx, (x) => {
        const next = structuredClone(x);
        next.verification = { ...(next.verification ?? {}) };
        for (const r of results) next.verification[r.env] = verificationRecord(r.findings, who);
        return { dossier: next, result: null };
      });
    } catch (e) {
      if (!(e instanceof DossierError) || !CANNOT_WRITE.includes(e.code)) throw e;
      notRecorded = t(ctx.lang, dyn(e.code), e.params);
    }
  }
  return { results, failed: results.some((r) => r.findings.some((f) => f.severity === 'error')), notRecorded };
}
