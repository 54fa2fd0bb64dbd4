// Reading a CPA and judging it against the dossier and its certificates: the use case behind cpa
// check, also used by verify.
import { ARTEFACT_CHECKS as A } from '../domain/artefacts/catalogue.ts';
import { analyseCpa, cpaCertificate } from '../domain/artefacts/cross.ts';
import { checkCertificate, isG1 } from '../domain/cert/check.ts';
import { PRIVATE_ROOT_G1_END } from '../domain/cert/pins.ts';
import { CertParseError, certFields, formatName, type CertFields } from '../domain/cert/fields.ts';
import { CpaReadError, MAX_CPA_BYTES, parseCpa, type Cpa } from '../domain/cpa/parse.ts';
import type { XmlError } from '../domain/xml/read-xml.ts';
import type { Dossier } from '../domain/dossier-types.ts';
import { finding, labelled, sortFindings, type Finding } from '../domain/findings.ts';
import type { Environment } from '../domain/identifiers.ts';
import { BoundedReadError, readBounded } from '../io/read-bounded.ts';
import { parseDays, parseEndpoint } from './options.ts';
import { CliError } from '../ui/cli-error.ts';
import type { Context } from '../ui/context.ts';
import { EXIT } from '../ui/exit-codes.ts';
import { dyn, hasMessage, t } from '../ui/messages.ts';
import { recordedCertFiles } from './artefact-files.ts';
import { checkOinFlag } from './check-certificate.ts';
import { loadCertFile } from './cert-files.ts';

export interface CpaCheckOptions {
  env?: string;
  oin?: string;
  endpoint?: string;
  roots?: string[];
  expiresIn?: string;
  at?: string;
}

function problem(ctx: Context, file: string, code: string, detail = ''): CliError {
  const id = `cpaerr.${code}`;
  return new CliError('cpa.problem', { file, problem: hasMessage(id) ? t(ctx.lang, id, { detail }) : code }, EXIT.usage);
}

/** Where the XML reader stopped and why, in the user's language: "4:1: </a> where </b> was expected". */
function xmlDetail(ctx: Context, e: XmlError): string {
  return `${e.line}:${e.column}: ${t(ctx.lang, dyn(`xmlerr.${e.code}`), e.params)}`;
}

export function readCpaFile(ctx: Context, file: string): { cpa: Cpa; text: string } {
  let buf: Buffer;
  try {
    buf = readBounded(file, MAX_CPA_BYTES);
  } catch (e) {
    if (!(e instanceof BoundedReadError)) throw e;
    if (e.problem === 'too-large') throw problem(ctx, file, 'cpa.too-large', `> ${MAX_CPA_BYTES}`);
    const id = e.problem === 'not-found' ? 'certfile.not-found' : e.problem === 'not-regular' ? 'certfile.not-regular' : 'certfile.unreadable';
    throw new CliError(
      'certfile.problem',
      { file, problem: t(ctx.lang, id, { detail: e.problem === 'is-directory' ? 'is a directory' : e.detail }) },
      EXIT.usage,
    );
  }
  if (!buf.length) throw problem(ctx, file, 'file.empty');
  const text = new TextDecoder('utf-8', { fatal: false }).decode(buf);
  try {
    return { cpa: parseCpa(text), text };
  } catch (e) {
    if (e instanceof CpaReadError) throw problem(ctx, file, e.code, e.xml ? xmlDetail(ctx, e.xml) : e.detail);
    throw e;
  }
}

// A CPA's certificates are looked at several times (is it a CA, whose name, the chain, the first to
// expire) and a dossier's two roles often name the same files: each is parsed once per check.
const parsedCerts = new WeakMap<Buffer, CertFields | null>();

function certOf(der: Buffer | null): CertFields | null {
  if (!der) return null;
  let c = parsedCerts.get(der);
  if (c !== undefined) return c;
  try {
    c = certFields(der);
  } catch (e) {
    if (!(e instanceof CertParseError)) throw e;
    c = null;
  }
  parsedCerts.set(der, c);
  return c;
}

/** The certificates of a file, read once per judgement (both roles often name the same files). */
function fileCerts(ctx: Context, read: Map<string, CertFields[]>, file: string): CertFields[] {
  let certs = read.get(file);
  if (!certs) read.set(file, (certs = loadCertFile(ctx, file).certs));
  return certs;
}

export interface CpaJudgement {
  cpa: Cpa;
  findings: Finding[];
  ourPartyId: string | null;
  otherPartyId: string | null;
}

function role0Host(endpoint: string | undefined): string | undefined {
  try {
    return endpoint ? new URL(endpoint).hostname : undefined;
  } catch {
    return undefined; // an endpoint that is no URL is reported by the endpoint checks
  }
}

/** All CPA findings; used by cpa check and verify. */
export function judgeCpa(ctx: Context, cpa: Cpa, env: Environment, d: Dossier | null, o: CpaCheckOptions, at: Date): CpaJudgement {
  const id = checkOinFlag(o.oin) ?? (d ? (d.organisation.kind === 'overheid' ? d.organisation.oin : d.organisation.hrn) : undefined);
  if (!id) throw new CliError('flag.required', { flag: '--oin' });
  const endpoint = parseEndpoint(o.endpoint)?.url ?? (d?.environments[env]['endpoint'] as string | undefined);
  const a = analyseCpa(cpa, { env, id, endpoint, at });
  const findings: Finding[] = [...a.findings];
  const expiresInDays = parseDays('--expires-in', o.expiresIn, 60);
  const read = new Map<string, CertFields[]>();
  const extraRoots = (o.roots ?? []).flatMap((f) => fileCerts(ctx, read, f));
  const certs: CertFields[] = [];
  const host = role0Host(endpoint);
  if (a.ours) {
    for (const role of ['client', 'server'] as const) {
      const picked = cpaCertificate(
        a.ours,
        role,
        (der) => certOf(der)?.basicConstraints?.ca === true,
        (der) => {
          const c = certOf(der);
          return c ? formatName(c.subject) : '';
        },
      );
      const c = picked ? certOf(picked.der) : null;
      if (!c) {
        findings.push(finding(A.cpaCertMissing, { role }));
        continue;
      }
      certs.push(c);
      const rec = d?.certificates[env][role];
      if (rec && rec.fingerprint256 !== c.fingerprint256)
        findings.push(finding(A.cpaCertMismatch, { role, fingerprint: c.fingerprint256.slice(0, 16), expected: rec.fingerprint256.slice(0, 16) }));
      // The chain: every certificate in the files the dossier recorded for this role (a leaf file is
      // often leaf + chain), the rest of the KeyInfo, and --roots.
      const files = rec ? recordedCertFiles(ctx, rec) : { files: [], roots: [] };
      const given = [...files.files.flatMap((f) => fileCerts(ctx, read, f)), ...picked!.others.map(certOf).filter((x): x is CertFields => x !== null)];
      const roots = [...files.roots.flatMap((f) => fileCerts(ctx, read, f)), ...extraRoots];
      const r = checkCertificate(c, {
        env,
        role,
        host: role === 'server' ? host : undefined,
        expectedId: id,
        intermediary: d?.organisation.intermediary,
        kind: d?.organisation.kind,
        at,
        expiresInDays,
        given,
        roots,
      });
      findings.push(...labelled(r.findings, { nl: `${role}certificaat in de CPA`, en: `${role} certificate in the CPA` }));
      const end = cpa.end ? new Date(cpa.end) : null;
      if (end && end > PRIVATE_ROOT_G1_END && isG1(c, r.chain.anchor.kind)) findings.push(finding(A.cpaG1End, { end: end.toISOString().slice(0, 10), role }));
    }
  }
  // Without an end date a CPA ends when the first of all its certificates expires (both parties').
  const all = cpa.parties
    .flatMap((p) => p.certificates.flatMap((c) => c.ders.map(certOf)))
    .filter((c): c is CertFields => c !== null && !c.basicConstraints?.ca);
  const end = cpa.end ? new Date(cpa.end) : null;
  const firstExpiry = [...certs, ...all].sort((x, y) => x.notAfter.getTime() - y.notAfter.getTime())[0];
  if (end && firstExpiry && end > firstExpiry.notAfter) {
    findings.push(
      finding(A.cpaEndAfterCert, {
        end: end.toISOString().slice(0, 10),
        cert: formatName(firstExpiry.subject),
        date: firstExpiry.notAfter.toISOString().slice(0, 10),
      }),
    );
  }
  return { cpa, findings: sortFindings(findings), ourPartyId: a.ourPartyId, otherPartyId: a.otherPartyId };
}
