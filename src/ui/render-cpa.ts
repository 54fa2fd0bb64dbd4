// How a checked CPA is reported: its identity and parties, the findings, and what was recorded.
import type { CpaOutcome } from '../app/record-cpa.ts';
import type { Context } from './context.ts';
import { dyn, t } from './messages.ts';
import { colours, out, success, warn, writeJson } from './output.ts';
import { counts, findingsJson, renderFindings } from './render-findings.ts';

export function reportCpa(ctx: Context, r: CpaOutcome): void {
  const { cpa } = r;
  const parties = cpa.parties.map((p) => ({ partyName: p.partyName, partyIds: p.partyIds, endpoints: p.endpoints.map((e) => e.uri) }));
  if (ctx.json) {
    writeJson(ctx, {
      file: r.file,
      env: r.env,
      cpa: { cpaId: cpa.cpaId, status: cpa.status, start: cpa.start, end: cpa.end, ourPartyId: r.ourPartyId, otherPartyId: r.otherPartyId, parties },
      findings: findingsJson(ctx, r.findings),
      summary: { ...counts(r.findings), ok: !r.errors },
      recorded: r.recorded,
      ...(r.stepOpen ? { stepOpen: r.stepOpen.reason } : {}),
      ...(r.renewed.length ? { renewalsDone: r.renewed } : {}),
    });
    return;
  }
  const k = colours(ctx);
  out(
    ctx,
    [
      `${k.bold(cpa.cpaId)}  ${cpa.status ?? '?'}  ${cpa.start ?? '?'} → ${cpa.end ?? '?'}`,
      ...parties.map((p) => `  ${p.partyName}: ${p.partyIds.map((x) => `${x.value} (${x.type})`).join(', ')}  ${p.endpoints.join(', ')}`),
      '',
      renderFindings(ctx, r.findings),
    ].join('\n'),
  );
  if (r.recorded) success(ctx, 'cpa.recorded', { cpaId: cpa.cpaId, env: r.env });
  else if (r.errors && r.hasDossier) warn(ctx, 'cpa.not-recorded');
  if (r.stepOpen) warn(ctx, 'spec.step-open', r.stepOpen);
  for (const role of r.renewed) success(ctx, 'renew.done', { env: r.env, role: t(ctx.lang, dyn(`label.role.${role}`)) });
}
