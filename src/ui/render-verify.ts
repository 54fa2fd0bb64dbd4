// How verify reports: per environment its findings and a one-line summary.
import type { VerifyOutcome } from '../app/verify-dossier.ts';
import type { Context } from './context.ts';
import { t } from './messages.ts';
import { colours, out, warn, writeJson } from './output.ts';
import { counts, findingsJson, renderFindings } from './render-findings.ts';

export function reportVerify(ctx: Context, v: VerifyOutcome): void {
  if (v.notRecorded) warn(ctx, 'verify.not-recorded', { reason: v.notRecorded });
  const all = v.results.flatMap((r) => r.findings);
  if (ctx.json) {
    writeJson(ctx, {
      environments: v.results.map((r) => ({ env: r.env, findings: findingsJson(ctx, r.findings), summary: counts(r.findings) })),
      summary: { ...counts(all), ok: !v.failed },
    });
    return;
  }
  const k = colours(ctx);
  const block = (r: VerifyOutcome['results'][number]) => {
    const n = counts(r.findings);
    const line = t(ctx.lang, 'verify.summary', { env: r.env, errors: String(n.errors), warnings: String(n.warnings) });
    return `${k.bold(r.env)}\n${renderFindings(ctx, r.findings)}\n${(n.errors ? k.red : k.green)(line)}`;
  };
  out(ctx, v.results.map(block).join('\n\n'));
}
