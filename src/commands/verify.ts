// lz-onboard verify: one cross-check of everything the dossier knows, per environment:
// certificates (on disk, unchanged, valid), generated documents (unchanged, and equal to what the
// dossier would generate now), the CPA against certificates and endpoint, the ping against the CPA.
import { environmentsOf } from '../domain/dossier-types.ts';
import { verificationRecord } from '../domain/verification.ts';
import type { Environment } from '../domain/identifiers.ts';
import { checklist } from '../checklist-data.ts';
import { DossierError } from '../dossier/errors.ts';
import { loadDossier } from '../dossier/store.ts';
import { parseDays } from '../app/options.ts';
import type { Context } from '../ui/context.ts';
import { EXIT } from '../ui/exit-codes.ts';
import { t, dyn } from '../ui/messages.ts';
import { colours, out, warn, writeJson } from '../ui/output.ts';
import { counts, findingsJson, renderFindings } from '../ui/render-findings.ts';
import { parseEnvFlag } from '../app/artefact-files.ts';

import { actor, changeDossier } from '../app/dossier.ts';

import { verifyEnvironment, type VerifyOptions } from '../app/verify-environment.ts';

export async function runVerify(ctx: Context, o: VerifyOptions): Promise<number> {
  const env = o.env ? parseEnvFlag(o.env) : undefined;
  parseDays('--expires-in', o.expiresIn, 60);
  const d = loadDossier(ctx.dossierPath, checklist).dossier;
  const envs: Environment[] = env ? [env] : environmentsOf(d);
  const results = envs.map((env) => ({ env, findings: verifyEnvironment(ctx, d, env, o) }));
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
      // Checking a dossier one may only read (a help desk's copy) still reports; it just is not recorded.
      if (
        !(e instanceof DossierError) ||
        !['dossier.lock-failed', 'dossier.write-failed', 'dossier.locked', 'dossier.locked-other', 'dossier.lock-stuck'].includes(e.code)
      )
        throw e;
      warn(ctx, 'verify.not-recorded', { reason: t(ctx.lang, dyn(e.code), e.params) });
    }
  }
  const all = results.flatMap((r) => r.findings);
  const failed = all.some((f) => f.severity === 'error');
  if (ctx.json) {
    writeJson(ctx, {
      environments: results.map((r) => ({ env: r.env, findings: findingsJson(ctx, r.findings), summary: counts(r.findings) })),
      summary: { ...counts(all), ok: !failed },
    });
  } else {
    const k = colours(ctx);
    out(
      ctx,
      results
        .map((r) => {
          const n = counts(r.findings);
          return `${k.bold(r.env)}\n${renderFindings(ctx, r.findings)}\n${(n.errors ? k.red : k.green)(t(ctx.lang, 'verify.summary', { env: r.env, errors: String(n.errors), warnings: String(n.warnings) }))}`;
        })
        .join('\n\n'),
    );
  }
  return failed ? EXIT.findings : EXIT.ok;
}
