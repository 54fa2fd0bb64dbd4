// One cross-check of everything the dossier knows for one environment: the use case behind verify.
import { checklist } from '../checklist-data.ts';
import { neededArtefacts, type NeededArtefact } from '../domain/artefact-gate.ts';
import { ARTEFACT_CHECKS as A } from '../domain/artefacts/catalogue.ts';
import { pingAgainstCpa } from '../domain/artefacts/cross.ts';
import { CertReadError, readCertificates } from '../domain/cert/read.ts';
import type { Cpa } from '../domain/cpa/parse.ts';
import type { Dossier } from '../domain/dossier-types.ts';
import { finding, labelled, sortFindings, type Finding } from '../domain/findings.ts';
import type { Environment } from '../domain/identifiers.ts';
import { consumerSpecXml } from '../domain/xml/consumer-spec.ts';
import { RENEWAL_CHECKS as R } from '../domain/renewal/catalogue.ts';
import { renewalsInProgress } from '../domain/renewal/records.ts';
import { LIMITS, readBounded } from '../io/read-bounded.ts';
import { CliError } from '../ui/cli-error.ts';
import type { Context } from '../ui/context.ts';
import { t, dyn } from '../ui/messages.ts';
import { fromDossier, recordedCertFiles, sha256 } from './artefact-files.ts';
import { judge } from './check-certificate.ts';
import { judgeCpa, readCpaFile } from './check-cpa.ts';
import { evidenceHash } from './test-runs.ts';

export interface VerifyOptions {
  env?: string;
  roots?: string[];
  expiresIn?: string;
  /** false with --no-record. */
  record?: boolean;
}

function readFile(ctx: Context, path: string, cap: number): Buffer | null {
  try {
    return readBounded(fromDossier(ctx, path), cap);
  } catch {
    return null;
  }
}

/** A missing artefact: an error when a finished step needs it, a warning when that step was excused. */
function absent(needed: NeededArtefact[], env: Environment, kind: NeededArtefact['kind'], otherwise: Finding): Finding {
  const n = needed.find((x) => x.kind === kind);
  if (!n) return otherwise;
  if (n.excused !== undefined) return finding(A.verifyException, { what: n.what, env, step: n.step, reason: n.excused });
  return finding(A.verifyNeeded, { what: n.what, env, step: n.step, command: n.command });
}

export function verifyEnvironment(ctx: Context, d: Dossier, env: Environment, o: VerifyOptions): Finding[] {
  const f: Finding[] = [];
  const needed = neededArtefacts(checklist, d, env);
  const ders: Partial<Record<'client' | 'server', Buffer>> = {};
  for (const role of ['client', 'server'] as const) {
    const rec = d.certificates[env][role];
    const what = `${role} certificate`;
    if (!rec) {
      f.push(absent(needed, env, role, finding(A.verifyCertNotRecorded, { role, env })));
      continue;
    }
    const buf = readFile(ctx, rec.path, LIMITS.certificate);
    let fp: string | undefined;
    try {
      const first = buf ? readCertificates(buf, { p12Password: ctx.env['LZ_ONBOARD_P12_PASSWORD'] }).certs[0] : undefined;
      fp = first?.fingerprint256;
      if (first) ders[role] = first.der;
    } catch (e) {
      if (e instanceof CertReadError && e.code.startsWith('p12.password')) {
        f.push(finding(A.verifyFileLocked, { what, path: rec.path }));
        continue;
      }
      fp = undefined;
    }
    if (!buf || !fp) {
      f.push(finding(A.verifyFileMissing, { what, path: rec.path }));
      continue;
    }
    if (fp !== rec.fingerprint256) f.push(finding(A.verifyFileChanged, { what, path: rec.path }));
    const files = recordedCertFiles(ctx, rec);
    const j = judge(ctx, files.files, { env, role, roots: [...files.roots, ...(o.roots ?? [])], expiresIn: o.expiresIn }, d);
    f.push(...labelled(j.result.findings, { nl: `${role}certificaat`, en: `${role} certificate` }));
  }
  const art = d.artefacts[env];
  const orgId = d.organisation.kind === 'overheid' ? d.organisation.oin : d.organisation.hrn;
  const spec = art.consumerspecificatie;
  if (!spec) f.push(absent(needed, env, 'consumerspecificatie', finding(A.verifyNotGenerated, { what: 'Consumerspecificatie' })));
  else {
    const path = spec.path ?? '-';
    if (spec.ignoredErrors) f.push(finding(A.verifyIgnoredErrors, { what: 'Consumerspecificatie', path }));
    if (spec.path) {
      const buf = readFile(ctx, spec.path, LIMITS.cpa);
      if (!buf) f.push(finding(A.verifyFileMissing, { what: 'Consumerspecificatie', path }));
      else if (sha256(buf) !== spec.sha256) f.push(finding(A.verifyFileChanged, { what: 'Consumerspecificatie', path }));
    }
    const inputs = spec.inputs as { partyRef?: string };
    const partyId = (d.environments[env]['partyId'] as string | undefined) ?? orgId;
    const endpoint = d.environments[env]['endpoint'] as string | undefined;
    if (partyId && endpoint && ders.client && ders.server) {
      const now = consumerSpecXml({
        partyName: d.organisation.name,
        partyId,
        partyRef: inputs.partyRef ?? '',
        endpointUri: endpoint,
        clientCertDer: ders.client,
        serverCertDer: ders.server,
      });
      if (sha256(now) !== spec.sha256) f.push(finding(A.verifyStale, { what: 'Consumerspecificatie', path }));
    }
  }
  const cpaRec = art.cpa;
  let cpaView: { cpaId: string; ourPartyId: string | null; otherPartyId: string | null } | null = null;
  if (!cpaRec) f.push(absent(needed, env, 'cpa', finding(A.verifyNotGenerated, { what: 'CPA' })));
  else {
    const buf = readFile(ctx, cpaRec.path, LIMITS.cpa);
    if (!buf) f.push(finding(A.verifyFileMissing, { what: 'CPA', path: cpaRec.path }));
    else {
      if (sha256(buf) !== cpaRec.sha256) f.push(finding(A.verifyFileChanged, { what: 'CPA', path: cpaRec.path }));
      let cpa: Cpa | null = null;
      try {
        cpa = readCpaFile(ctx, fromDossier(ctx, cpaRec.path)).cpa;
      } catch (e) {
        // A CPA damaged since it was checked is one more finding; the other checks still report.
        if (!(e instanceof CliError)) throw e;
        f.push(finding(A.verifyCpaUnreadable, { path: cpaRec.path, problem: e.params['problem'] ?? t(ctx.lang, dyn(e.code), e.params) }));
      }
      if (cpa) {
        // While a replacement runs, the CPA in use carries the certificate being replaced.
        const inUse = structuredClone(d);
        for (const r of renewalsInProgress(d)) {
          if (r.env !== env || cpaRec.at > r.at) continue;
          inUse.certificates[env][r.role] = r.old;
          f.push(finding(R.inProgress, { role: r.role, change: r.changeDate }));
        }
        const j = judgeCpa(ctx, cpa, env, inUse, { roots: o.roots, expiresIn: o.expiresIn }, ctx.checkAt ?? ctx.now());
        f.push(...labelled(j.findings, { nl: 'CPA', en: 'CPA' }));
        cpaView = { cpaId: cpa.cpaId, ourPartyId: j.ourPartyId, otherPartyId: j.otherPartyId };
      }
    }
  }
  const ping = art.ping;
  if (!ping) f.push(absent(needed, env, 'ping', finding(A.verifyNotGenerated, { what: 'ebMS Ping' })));
  else {
    if (ping.ignoredErrors) f.push(finding(A.verifyIgnoredErrors, { what: 'ebMS Ping', path: ping.path ?? '-' }));
    if (ping.path) {
      const buf = readFile(ctx, ping.path, LIMITS.cpa);
      if (!buf) f.push(finding(A.verifyFileMissing, { what: 'ebMS Ping', path: ping.path }));
      else if (sha256(buf) !== ping.sha256) f.push(finding(A.verifyFileChanged, { what: 'ebMS Ping', path: ping.path }));
    }
    const p = ping.inputs as { from: string; to: string; cpaId: string };
    if (cpaView) f.push(...pingAgainstCpa(p, cpaView));
  }
  if (env === 'productie') f.push(...sharedWithPreproductie(d));
  // The chain test's evidence (test record): still there and unchanged, like certificates.
  for (const run of d.testing?.runs ?? []) {
    if (run.env !== env) continue;
    for (const e of run.evidence ?? []) {
      const what = `evidence of test run ${run.n} (${run.scenario})`;
      const now = evidenceHash(ctx, e.path);
      if (now === null) f.push(finding(A.verifyFileMissing, { what, path: e.path }));
      else if (now !== e.sha256) f.push(finding(A.verifyFileChanged, { what, path: e.path }));
    }
  }
  return sortFindings(f);
}

/** EB003/EB005: OTA and production keep their own certificates and DNS names. */
function sharedWithPreproductie(d: Dossier): Finding[] {
  const f: Finding[] = [];
  for (const role of ['client', 'server'] as const) {
    const a = d.certificates.preproductie[role]?.fingerprint256;
    if (a && a === d.certificates.productie[role]?.fingerprint256) f.push(finding(A.envSharedCert, { role, fingerprint: a.slice(0, 16) }));
  }
  const host = (env: Environment) => /^https?:\/\/([^/:?#]+)/i.exec(String(d.environments[env]['endpoint'] ?? ''))?.[1]?.toLowerCase();
  const h = host('preproductie');
  if (h && h === host('productie')) f.push(finding(A.envSharedHost, { host: h }));
  return f;
}
