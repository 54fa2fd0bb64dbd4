// The use case behind `spec consumer` and the wizard's consumerspecificatie step: resolve the
// inputs (dossier, flags, or questions the caller asks), check both certificates, write, record.
import { attr } from '../domain/cert/fields.ts';
import { ARTEFACT_CHECKS as A } from '../domain/artefacts/catalogue.ts';
import { endpointFindings, partyIdFindings } from '../domain/artefacts/cross.ts';
import type { Dossier } from '../domain/dossier-types.ts';
import { finding, labelled, sortFindings } from '../domain/findings.ts';
import type { Environment } from '../domain/identifiers.ts';
import { consumerSpecXml } from '../domain/xml/consumer-spec.ts';
import { requireFlags } from '../ui/cli-error.ts';
import type { Context } from '../ui/context.ts';
import { certSummary, optionalDossier, parseEnvFlag, recordedCertFiles, refuseProductieForSupplier, toDossier } from './artefact-files.ts';
import { judge, type Judged } from './check-certificate.ts';
import { type Ask, type DocumentOutcome, orgId, outputPath, writeAndRecord } from './generate-document.ts';

export interface SpecConsumerOptions {
  env?: string;
  output?: string;
  partyName?: string;
  partyId?: string;
  partyRef?: string;
  endpoint?: string;
  clientCert?: string;
  serverCert?: string;
  chain?: string[];
  roots?: string[];
  expiresIn?: string;
  force?: boolean;
  /** Write despite errors (never implied by --force, which only allows replacing a file). */
  ignoreErrors?: boolean;
}

interface CertInput {
  files: string[];
  roots: string[];
}

export interface ConsumerSpecInputs {
  env: Environment;
  dossier: Dossier | null;
  partyName: string;
  partyId: string;
  partyRef: string;
  endpoint: string;
  client: CertInput;
  server: CertInput;
}

/** Everything the document needs: from flags, then the dossier, then `ask` (which may refuse). */
export async function consumerSpecInputs(ctx: Context, o: SpecConsumerOptions, ask: Ask): Promise<ConsumerSpecInputs> {
  const env = parseEnvFlag(o.env);
  const d = optionalDossier(ctx);
  refuseProductieForSupplier(d, env);
  const envValues = d?.environments[env] ?? {};
  const given = {
    partyName: o.partyName ?? d?.organisation.name,
    partyId: o.partyId ?? (envValues['partyId'] as string | undefined) ?? orgId(d),
    endpoint: o.endpoint ?? (envValues['endpoint'] as string | undefined),
  };
  const recorded = d?.certificates[env];
  const pick = (flag: string | undefined, rec: (typeof recorded & object)['client']): CertInput | null =>
    flag ? { files: [flag, ...(o.chain ?? [])], roots: o.roots ?? [] } : rec ? recordedCertFiles(ctx, rec) : null;
  const clientFiles = pick(o.clientCert, recorded?.client);
  const serverFiles = pick(o.serverCert, recorded?.server);
  if (!ctx.interactive) {
    requireFlags([
      !given.partyName && '--party-name',
      !given.partyId && '--party-id',
      !given.endpoint && '--endpoint',
      !clientFiles && '--client-cert',
      !serverFiles && '--server-cert',
    ]);
  }
  const partyName = given.partyName || (await ask('--party-name', 'spec.ask.party-name'));
  const partyId = given.partyId || (await ask('--party-id', 'spec.ask.party-id'));
  const endpoint = given.endpoint || (await ask('--endpoint', 'spec.ask.endpoint'));
  const client = clientFiles ?? { files: [await ask('--client-cert', 'spec.ask.client-cert')], roots: o.roots ?? [] };
  const server = serverFiles ?? { files: [await ask('--server-cert', 'spec.ask.server-cert')], roots: o.roots ?? [] };
  return { env, dossier: d, partyName, partyId, partyRef: o.partyRef ?? '', endpoint, client, server };
}

function certInputs(ctx: Context, c: CertInput, j: Judged) {
  return certSummary({
    path: toDossier(ctx, c.files[0]!),
    chain: c.files.slice(1).map((f) => toDossier(ctx, f)),
    fingerprint256: j.leaf.fingerprint256,
    ...(c.roots[0] ? { roots: toDossier(ctx, c.roots[0]) } : {}),
  });
}

/** Checks, writes (unless errors and no --ignore-errors) and records the Consumerspecificatie. */
export async function generateConsumerSpec(ctx: Context, i: ConsumerSpecInputs, o: SpecConsumerOptions): Promise<DocumentOutcome> {
  const { env, dossier: d } = i;
  const extra = o.roots ?? [];
  const roots = (own: string[]) => [...own, ...extra.filter((r) => !own.includes(r))];
  const expected = orgId(d) ?? i.partyId.replace(/_[A-Za-z]+$/, '');
  const base = { env, expiresIn: o.expiresIn, oin: expected };
  const cj = judge(ctx, i.client.files, { ...base, role: 'client', roots: roots(i.client.roots) }, d);
  const sj = judge(ctx, i.server.files, { ...base, role: 'server', endpoint: i.endpoint, roots: roots(i.server.roots) }, d);
  const findings = sortFindings([
    ...partyIdFindings(i.partyId, env, attr(cj.leaf.subject, 'serialNumber') ?? null, d?.organisation.intermediary),
    ...endpointFindings(i.endpoint),
    ...labelled([...cj.fileWarnings, ...cj.result.findings], { nl: 'clientcertificaat', en: 'client certificate' }),
    ...labelled([...sj.fileWarnings, ...sj.result.findings], { nl: 'servercertificaat', en: 'server certificate' }),
  ]);
  const errors = findings.some((f) => f.severity === 'error');
  if (errors && !o.ignoreErrors) return { kind: 'refused', env, findings };
  if (errors) findings.unshift(finding(A.forced));
  const xml = consumerSpecXml({
    partyName: i.partyName,
    partyId: i.partyId,
    partyRef: i.partyRef,
    endpointUri: i.endpoint,
    clientCertDer: cj.leaf.der,
    serverCertDer: sj.leaf.der,
  });
  const stepId = env === 'preproductie' ? '2.consumerspecificatie' : '4.consumerspecificatie';
  const values: Record<string, string> = { endpoint: i.endpoint };
  if (i.partyId !== orgId(d)) values['partyId'] = i.partyId;
  return writeAndRecord(ctx, {
    env,
    dossier: d,
    what: 'Consumerspecificatie',
    kind: 'consumerspecificatie',
    target: outputPath(ctx, o, d, `consumerspecificatie-${env}.xml`),
    xml,
    findings,
    forced: errors,
    force: o.force === true,
    stepId: errors ? null : stepId,
    values,
    inputs: {
      partyName: i.partyName,
      partyId: i.partyId,
      partyRef: i.partyRef,
      endpoint: i.endpoint,
      clientCert: certInputs(ctx, i.client, cj),
      serverCert: certInputs(ctx, i.server, sj),
    },
  });
}
