// lz-onboard spec consumer|ping: generate the Consumerspecificatie and the ebMS Ping document from
// the dossier (each value overridable by flag), check everything first, write, record.
import { withDocument } from '../domain/records.ts';
import { dirname, join } from 'node:path';
import { attr } from '../domain/cert/fields.ts';
import { ARTEFACT_CHECKS as A } from '../domain/artefacts/catalogue.ts';
import { cpaIdFindings, endpointFindings, partyIdFindings, pingAgainstCpa } from '../domain/artefacts/cross.ts';
import type { ArtefactRecord, Dossier } from '../domain/dossier-types.ts';
import { finding, labelled, sortFindings, type Finding } from '../domain/findings.ts';
import type { Environment } from '../domain/identifiers.ts';
import { consumerSpecXml } from '../domain/xml/consumer-spec.ts';
import { pingXml } from '../domain/xml/ping.ts';
import { CliError, missingFlag, requireFlags } from '../ui/cli-error.ts';
import type { Context } from '../ui/context.ts';
import { EXIT } from '../ui/exit-codes.ts';
import { t, dyn } from '../ui/messages.ts';
import { info, success, warn, writeJson } from '../ui/output.ts';
import { askInput } from '../ui/prompts.ts';
import { counts, findingsJson, renderFindings } from '../ui/render-findings.ts';
import {
  certSummary,
  fileStat,
  optionalDossier,
  parseEnvFlag,
  recordedCertFiles,
  refuseProductieForSupplier,
  sha256,
  toDossier,
  writeDocument,
} from '../app/artefact-files.ts';
import { judge, type Judged } from '../app/check-certificate.ts';
import { recordAndMark } from '../app/record-artefact.ts';
import { actor } from '../app/dossier.ts';

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

async function need(ctx: Context, value: string | undefined, flag: string, question: string, check?: (v: string) => string | null): Promise<string> {
  if (value !== undefined && value !== '') return value;
  if (!ctx.interactive) throw missingFlag(flag);
  return (await askInput({ message: t(ctx.lang, dyn(question)), required: true, validate: check })).trim();
}

function orgId(d: Dossier | null): string | undefined {
  if (!d) return undefined;
  return d.organisation.kind === 'overheid' ? d.organisation.oin : d.organisation.hrn;
}

function outputPath(ctx: Context, o: { output?: string }, d: Dossier | null, name: string): string {
  if (o.output) return o.output;
  return d ? join(dirname(ctx.dossierPath), name) : name;
}

interface Written {
  env: Environment;
  xml: string;
  findings: Finding[];
  /** Written despite errors (--ignore-errors). */
  forced: boolean;
  written: string | null;
  unchanged: boolean;
  previous: string | undefined;
  stepOpen: { step: string; reason: string } | null;
}

/** What was written (or previewed), for --json and for people: the same for both documents. */
function reportDocument(ctx: Context, what: string, w: Written): void {
  if (ctx.json) {
    writeJson(ctx, {
      env: w.env,
      written: !w.unchanged,
      ...(w.unchanged ? { unchanged: true } : {}),
      ...(w.previous ? { previous: w.previous } : {}),
      output: w.written ?? '-',
      sha256: sha256(w.xml),
      findings: findingsJson(ctx, w.findings),
      summary: counts(w.findings),
      ...(w.stepOpen ? { stepOpen: w.stepOpen.reason } : {}),
    });
    return;
  }
  report(ctx, w.findings);
  if (w.forced) warn(ctx, 'spec.forced');
  if (w.written) success(ctx, w.unchanged ? 'spec.unchanged' : 'spec.written', { what, file: w.written });
  if (w.previous) info(ctx, 'spec.previous-kept', { file: w.previous });
  if (w.stepOpen) warn(ctx, 'spec.step-open', w.stepOpen);
}

function report(ctx: Context, findings: Finding[]): void {
  if (findings.length) ctx.stderr.write(`${renderFindings(ctx, findings)}\n`);
}

export async function runSpecConsumer(ctx: Context, o: SpecConsumerOptions): Promise<number> {
  const env = parseEnvFlag(o.env);
  if (ctx.json && o.output === '-') throw new CliError('spec.json-stdout');
  const d = optionalDossier(ctx);
  refuseProductieForSupplier(d, env);
  const envValues = d?.environments[env] ?? {};
  const given = {
    partyName: o.partyName ?? d?.organisation.name,
    partyId: o.partyId ?? (envValues['partyId'] as string | undefined) ?? orgId(d),
    endpoint: o.endpoint ?? (envValues['endpoint'] as string | undefined),
  };
  const recorded = d?.certificates[env];
  const clientFiles = o.clientCert
    ? { files: [o.clientCert, ...(o.chain ?? [])], roots: o.roots ?? [] }
    : recorded?.client
      ? recordedCertFiles(ctx, recorded.client)
      : null;
  const serverFiles = o.serverCert
    ? { files: [o.serverCert, ...(o.chain ?? [])], roots: o.roots ?? [] }
    : recorded?.server
      ? recordedCertFiles(ctx, recorded.server)
      : null;
  if (!ctx.interactive) {
    requireFlags([
      !given.partyName && '--party-name',
      !given.partyId && '--party-id',
      !given.endpoint && '--endpoint',
      !clientFiles && '--client-cert',
      !serverFiles && '--server-cert',
    ]);
  }
  const partyName = await need(ctx, given.partyName, '--party-name', 'spec.ask.party-name');
  const partyId = await need(ctx, given.partyId, '--party-id', 'spec.ask.party-id');
  const endpoint = await need(ctx, given.endpoint, '--endpoint', 'spec.ask.endpoint');
  const partyRef = o.partyRef ?? '';
  const client = clientFiles ?? { files: [await need(ctx, undefined, '--client-cert', 'spec.ask.client-cert')], roots: o.roots ?? [] };
  const server = serverFiles ?? { files: [await need(ctx, undefined, '--server-cert', 'spec.ask.server-cert')], roots: o.roots ?? [] };
  const roots = (extra: string[]) => [...extra, ...(o.roots ?? []).filter((r) => !extra.includes(r))];
  const expected = partyId.replace(/_[A-Za-z]+$/, '');
  const cj: Judged = judge(ctx, client.files, { env, role: 'client', roots: roots(client.roots), expiresIn: o.expiresIn, oin: orgId(d) ?? expected }, d);
  const sj: Judged = judge(
    ctx,
    server.files,
    { env, role: 'server', endpoint, roots: roots(server.roots), expiresIn: o.expiresIn, oin: orgId(d) ?? expected },
    d,
  );
  const findings = sortFindings([
    ...partyIdFindings(partyId, env, attr(cj.leaf.subject, 'serialNumber') ?? null, d?.organisation.intermediary),
    ...endpointFindings(endpoint),
    ...labelled([...cj.fileWarnings, ...cj.result.findings], { nl: 'clientcertificaat', en: 'client certificate' }),
    ...labelled([...sj.fileWarnings, ...sj.result.findings], { nl: 'servercertificaat', en: 'server certificate' }),
  ]);
  const errors = findings.some((f) => f.severity === 'error');
  if (errors && !o.ignoreErrors) {
    if (ctx.json) writeJson(ctx, { env, written: false, output: null, findings: findingsJson(ctx, findings), summary: counts(findings) });
    else {
      report(ctx, findings);
      warn(ctx, 'spec.not-written');
    }
    return EXIT.findings;
  }
  if (errors) findings.unshift(finding(A.forced));
  const xml = consumerSpecXml({ partyName, partyId, partyRef, endpointUri: endpoint, clientCertDer: cj.leaf.der, serverCertDer: sj.leaf.der });
  const target = outputPath(ctx, o, d, `consumerspecificatie-${env}.xml`);
  const { path: written, unchanged, previous } = writeDocument(ctx, target, xml, o.force === true);
  const stepId = env === 'preproductie' ? '2.consumerspecificatie' : '4.consumerspecificatie';
  let stepNote: string | null = null;
  // A preview on stdout records nothing; the same file again, already recorded, changes nothing.
  const alreadyRecorded = unchanged && d?.artefacts[env].consumerspecificatie?.sha256 === sha256(xml) && d.steps[stepId]?.state === 'done';
  if (d && written && !alreadyRecorded) {
    const who = actor(ctx);
    const rec: ArtefactRecord = {
      ...(written ? fileStat(written) : {}),
      path: written ? toDossier(ctx, written) : null,
      ...(previous ? { previous: toDossier(ctx, previous) } : {}),
      sha256: sha256(xml),
      at: who.at,
      by: who.by,
      inputs: {
        partyName,
        partyId,
        partyRef,
        endpoint,
        clientCert: certSummary({
          path: toDossier(ctx, client.files[0]!),
          chain: client.files.slice(1).map((f) => toDossier(ctx, f)),
          fingerprint256: cj.leaf.fingerprint256,
          ...(client.roots[0] ? { roots: toDossier(ctx, client.roots[0]) } : {}),
        }),
        serverCert: certSummary({
          path: toDossier(ctx, server.files[0]!),
          chain: server.files.slice(1).map((f) => toDossier(ctx, f)),
          fingerprint256: sj.leaf.fingerprint256,
          ...(server.roots[0] ? { roots: toDossier(ctx, server.roots[0]) } : {}),
        }),
      },
    };
    const values: Record<string, string> = { endpoint };
    if (partyId !== orgId(d)) values['partyId'] = partyId;
    stepNote = await recordAndMark(ctx, (x) => withDocument(x, env, 'consumerspecificatie', rec), errors ? null : stepId, values);
  }
  reportDocument(ctx, 'Consumerspecificatie', {
    env,
    xml,
    findings,
    forced: errors,
    written,
    unchanged,
    previous,
    stepOpen: stepNote ? { step: stepId, reason: stepNote } : null,
  });
  return EXIT.ok;
}

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

export async function runSpecPing(ctx: Context, o: SpecPingOptions): Promise<number> {
  const env: Environment = parseEnvFlag(o.env);
  if (ctx.json && o.output === '-') throw new CliError('spec.json-stdout');
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
  const from = await need(ctx, given.from, '--from', 'spec.ask.party-id');
  const to = await need(ctx, given.to, '--to', 'spec.ask.to');
  const cpaId = await need(ctx, given.cpaId, '--cpa-id', 'spec.ask.cpa-id');
  // The ping must match the checked CPA, or the adapter rejects it.
  const againstCpa = cpa ? pingAgainstCpa({ from, to, cpaId }, cpa) : [];
  const findings = sortFindings([
    ...partyIdFindings(from, env, null),
    ...partyIdFindings(to, env, null),
    ...cpaIdFindings(cpaId, { invalid: A.cpaIdInvalid, unusual: A.cpaIdChars }),
    ...againstCpa,
  ]);
  if (findings.some((f) => f.severity === 'error') && !o.ignoreErrors) {
    if (ctx.json) writeJson(ctx, { env, written: false, output: null, findings: findingsJson(ctx, findings), summary: counts(findings) });
    else {
      report(ctx, findings);
      warn(ctx, 'spec.not-written');
    }
    return EXIT.findings;
  }
  const input = {
    from,
    to,
    cpaId,
    ...(o.fromRole ? { fromRole: o.fromRole } : {}),
    ...(o.toRole ? { toRole: o.toRole } : {}),
    ...(o.conversationId ? { conversationId: o.conversationId } : {}),
  };
  const xml = pingXml(input);
  const { path: written, unchanged, previous } = writeDocument(ctx, outputPath(ctx, o, d, `ping-${env}.xml`), xml, o.force === true);
  // A preview on stdout records nothing; the same file again, already recorded, changes nothing.
  if (d && written && !(unchanged && d.artefacts[env].ping?.sha256 === sha256(xml))) {
    const who = actor(ctx);
    const rec: ArtefactRecord = {
      ...(written ? fileStat(written) : {}),
      path: written ? toDossier(ctx, written) : null,
      ...(previous ? { previous: toDossier(ctx, previous) } : {}),
      sha256: sha256(xml),
      at: who.at,
      by: who.by,
      inputs: input,
    };
    await recordAndMark(ctx, (x) => withDocument(x, env, 'ping', rec), null, {});
  }
  reportDocument(ctx, 'ebMS Ping', { env, xml, findings, forced: findings.some((f) => f.severity === 'error'), written, unchanged, previous, stepOpen: null });
  return EXIT.ok;
}
