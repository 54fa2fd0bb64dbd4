// lz-onboard cpa check <cpa.xml> --env: the CPA against the dossier (our PartyId, endpoint and
// certificates) and the certificate checks on the CPA's certificates; a CPA without errors is
// recorded and completes the CPA step.
import { withCpa } from '../domain/records.ts';
import type { CpaRecord } from '../domain/dossier-types.ts';
import { parseAt, parseDays, parseEndpoint } from '../app/options.ts';
import type { Context } from '../ui/context.ts';
import { EXIT } from '../ui/exit-codes.ts';
import { colours, out, success, warn, writeJson } from '../ui/output.ts';
import { counts, findingsJson, renderFindings } from '../ui/render-findings.ts';
import { fileStat, optionalDossier, parseEnvFlag, refuseProductieForSupplier, sha256, toDossier } from '../app/artefact-files.ts';
import { recordAndMark } from '../app/record-artefact.ts';
import { actor } from '../app/dossier.ts';

import { judgeCpa, readCpaFile, type CpaCheckOptions } from '../app/check-cpa.ts';

export async function runCpaCheck(ctx: Context, file: string, o: CpaCheckOptions): Promise<number> {
  const env = parseEnvFlag(o.env);
  // Every option is checked before any file is read: a typo is a usage error, whatever the file.
  const at = parseAt(o.at, ctx.now());
  parseDays('--expires-in', o.expiresIn, 60);
  parseEndpoint(o.endpoint);
  const d = optionalDossier(ctx);
  refuseProductieForSupplier(d, env);
  const { cpa, text } = readCpaFile(ctx, file);
  const j = judgeCpa(ctx, cpa, env, d, o, at);
  const errors = j.findings.some((f) => f.severity === 'error');
  let recorded = false;
  let stepNote: string | null = null;
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
    stepNote = await recordAndMark(ctx, (x) => withCpa(x, env, rec), env === 'preproductie' ? '2.cpa' : '4.cpa', values);
    recorded = true;
  }
  const summary = {
    cpaId: cpa.cpaId,
    status: cpa.status,
    start: cpa.start,
    end: cpa.end,
    ourPartyId: j.ourPartyId,
    otherPartyId: j.otherPartyId,
    parties: cpa.parties.map((p) => ({ partyName: p.partyName, partyIds: p.partyIds, endpoints: p.endpoints.map((e) => e.uri) })),
  };
  if (ctx.json)
    writeJson(ctx, {
      file,
      env,
      cpa: summary,
      findings: findingsJson(ctx, j.findings),
      summary: { ...counts(j.findings), ok: !errors },
      recorded,
      ...(stepNote ? { stepOpen: stepNote } : {}),
    });
  else {
    const k = colours(ctx);
    out(
      ctx,
      [
        `${k.bold(cpa.cpaId)}  ${cpa.status ?? '?'}  ${cpa.start ?? '?'} → ${cpa.end ?? '?'}`,
        ...summary.parties.map((p) => `  ${p.partyName}: ${p.partyIds.map((x) => `${x.value} (${x.type})`).join(', ')}  ${p.endpoints.join(', ')}`),
        '',
        renderFindings(ctx, j.findings),
      ].join('\n'),
    );
    if (recorded) success(ctx, 'cpa.recorded', { cpaId: cpa.cpaId, env });
    else if (errors && d) warn(ctx, 'cpa.not-recorded');
    if (stepNote) warn(ctx, 'spec.step-open', { step: env === 'preproductie' ? '2.cpa' : '4.cpa', reason: stepNote });
  }
  return errors ? EXIT.findings : EXIT.ok;
}
