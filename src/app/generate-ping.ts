// The use case behind `spec ping` and the wizard's ping step: the ebMS Ping document from the
// checked CPA (or flags), checked against that CPA, written and recorded.
import { ARTEFACT_CHECKS as A } from '../domain/artefacts/catalogue.ts';
import { cpaIdFindings, partyIdFindings, pingAgainstCpa } from '../domain/artefacts/cross.ts';
import type { Dossier } from '../domain/dossier-types.ts';
import { sortFindings } from '../domain/findings.ts';
import type { Environment } from '../domain/identifiers.ts';
import { pingXml, type PingInput } from '../domain/xml/ping.ts';
import { requireFlags } from '../ui/cli-error.ts';
import type { Context } from '../ui/context.ts';
import { optionalDossier, parseEnvFlag, refuseProductieForSupplier } from './artefact-files.ts';
import { type Ask, type DocumentOutcome, orgId, outputPath, writeAndRecord } from './generate-document.ts';

export interface SpecPingOptions {
  env?: string;
  output?: string;
  from?: string;
  to?: string;
  cpaId?: string;
  fromRole?: string;
  toRole?: string;
  conversationId?: string;
  force?: boolean;
  /** Write despite errors (never implied by --force, which only allows replacing a file). */
  ignoreErrors?: boolean;
}

export interface PingInputs {
  env: Environment;
  dossier: Dossier | null;
  input: PingInput;
}

export async function pingInputs(ctx: Context, o: SpecPingOptions, ask: Ask): Promise<PingInputs> {
  const env = parseEnvFlag(o.env);
  const d = optionalDossier(ctx);
  refuseProductieForSupplier(d, env);
  const envValues = d?.environments[env] ?? {};
  const cpa = d?.artefacts[env].cpa;
  const given = {
    from: o.from ?? cpa?.ourPartyId ?? (envValues['partyId'] as string | undefined) ?? orgId(d),
    to: o.to ?? cpa?.otherPartyId ?? (envValues['lzPartyId'] as string | undefined),
    cpaId: o.cpaId ?? cpa?.cpaId ?? (envValues['cpaId'] as string | undefined),
  };
  if (!ctx.interactive) requireFlags([!given.from && '--from', !given.to && '--to', !given.cpaId && '--cpa-id']);
  const input: PingInput = {
    from: given.from || (await ask('--from', 'spec.ask.party-id')),
    to: given.to || (await ask('--to', 'spec.ask.to')),
    cpaId: given.cpaId || (await ask('--cpa-id', 'spec.ask.cpa-id')),
    ...(o.fromRole ? { fromRole: o.fromRole } : {}),
    ...(o.toRole ? { toRole: o.toRole } : {}),
    ...(o.conversationId ? { conversationId: o.conversationId } : {}),
  };
  return { env, dossier: d, input };
}

export async function generatePing(ctx: Context, i: PingInputs, o: SpecPingOptions): Promise<DocumentOutcome> {
  const { env, dossier: d, input } = i;
  const cpa = d?.artefacts[env].cpa;
  const findings = sortFindings([
    ...partyIdFindings(input.from, env, null),
    ...partyIdFindings(input.to, env, null),
    ...cpaIdFindings(input.cpaId, { invalid: A.cpaIdInvalid, unusual: A.cpaIdChars }),
    // The ping must match the checked CPA, or the adapter rejects it.
    ...(cpa ? pingAgainstCpa(input, cpa) : []),
  ]);
  const errors = findings.some((f) => f.severity === 'error');
  if (errors && !o.ignoreErrors) return { kind: 'refused', env, findings };
  const xml = pingXml(input);
  return writeAndRecord(ctx, {
    env,
    dossier: d,
    what: 'ebMS Ping',
    kind: 'ping',
    target: outputPath(ctx, o, d, `ping-${env}.xml`),
    xml,
    findings,
    forced: errors,
    force: o.force === true,
    stepId: null,
    values: {},
    inputs: { ...input },
  });
}
