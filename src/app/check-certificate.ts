// Checking a certificate for Digikoppeling and recording it: the use cases behind cert check and
// cert add, also used by spec consumer, cpa check, verify and the wizard.
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { endpointFindings } from '../domain/artefacts/cross.ts';
import { checkCertificate, isG1, type CheckResult, type Role } from '../domain/cert/check.ts';
import { formatName, type CertFields } from '../domain/cert/fields.ts';
import type { CertRecord, Dossier } from '../domain/dossier-types.ts';
import { withCertificate } from '../domain/records.ts';
import { sortFindings, type Finding } from '../domain/findings.ts';
import { analysePartyId, type Environment } from '../domain/identifiers.ts';
import { LIMITS, readBounded } from '../io/read-bounded.ts';
import { CliError } from '../ui/cli-error.ts';
import type { Context } from '../ui/context.ts';
import { fileStat, sha256 } from './artefact-files.ts';
import { loadCertFile, type LoadedFile } from './cert-files.ts';
import { actor, changeDossier, recordablePath } from './dossier.ts';
import { parseAt, parseDays, parseEndpoint, parseEnv, parseRole } from './options.ts';

export interface CertCheckOptions {
  env?: string;
  role?: string;
  endpoint?: string;
  oin?: string;
  roots?: string[];
  expiresIn?: string;
  at?: string;
  severity?: string;
}

export interface Judged {
  leaf: CertFields;
  files: LoadedFile[];
  roots: LoadedFile[];
  result: CheckResult;
  fileWarnings: Finding[];
  at: Date;
  env?: Environment;
  role?: Role;
}

/** --oin as given on the command line: an OIN/HRN, optionally with a PartyId suffix. */
export function checkOinFlag(v: string | undefined): string | undefined {
  if (v === undefined) return undefined;
  const r = analysePartyId(v);
  const err = r.findings.find((f) => f.severity === 'error');
  if (err) throw new CliError('flag.invalid', { flag: '--oin', reason: err.code, ...(err.params ?? {}) });
  return r.identifier;
}

/** Shared by cert check and cert add (and later by the artefact commands). */
export function judge(ctx: Context, files: string[], o: CertCheckOptions, d: Dossier | null): Judged {
  if (!files.length) throw new CliError('cert.file-required');
  checkOinFlag(o.oin);
  const env = parseEnv(o.env);
  const role = parseRole(o.role);
  const at = parseAt(o.at, ctx.checkAt ?? ctx.now());
  const expiresInDays = parseDays('--expires-in', o.expiresIn, 60);
  parseEndpoint(o.endpoint); // every option is checked before any file is read
  const loaded = files.map((f) => loadCertFile(ctx, f));
  const roots = (o.roots ?? []).map((f) => loadCertFile(ctx, f));
  const [leaf, ...rest] = loaded[0]!.certs;
  const given = [...rest, ...loaded.slice(1).flatMap((l) => l.certs)];
  const orgId = d ? (d.organisation.kind === 'overheid' ? d.organisation.oin : d.organisation.hrn) : undefined;
  const endpoint = o.endpoint ?? (role === 'server' && env && d ? (d.environments[env]['endpoint'] as string | undefined) : undefined);
  const host = parseEndpoint(endpoint)?.host;
  const result = checkCertificate(leaf!, {
    env,
    role,
    host,
    expectedId: o.oin ?? orgId,
    intermediary: d?.organisation.intermediary,
    kind: d?.organisation.kind,
    at,
    expiresInDays,
    given,
    roots: roots.flatMap((r) => r.certs),
  });
  // An endpoint given with the certificate must be usable: https on port 443 (TLS005).
  if (o.endpoint !== undefined) result.findings = sortFindings([...endpointFindings(o.endpoint), ...result.findings]);
  return { leaf: leaf!, files: loaded, roots, result, fileWarnings: loaded.flatMap((l) => l.warnings), at, env, role };
}

function relativeToDossier(ctx: Context, file: string): string {
  const abs = resolve(ctx.cwd, file);
  const rel = relative(dirname(ctx.dossierPath), abs);
  return recordablePath(rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : abs);
}

function fileHash(path: string): { fileSha256?: string } {
  try {
    return { fileSha256: sha256(readBounded(path, LIMITS.certificate)) };
  } catch {
    return {}; // stdin: nothing on disk to compare later
  }
}

/** The dossier record of a judged certificate; paths relative to the dossier. */
export function certRecord(ctx: Context, files: string[], roots: string[] | undefined, j: Judged): CertRecord {
  const who = actor(ctx);
  return {
    ...fileStat(resolve(ctx.cwd, files[0]!)),
    path: relativeToDossier(ctx, files[0]!),
    chain: files.slice(1).map((f) => relativeToDossier(ctx, f)),
    ...(roots?.length ? { roots: relativeToDossier(ctx, roots[0]!) } : {}),
    fingerprint256: j.leaf.fingerprint256,
    spkiSha256: j.leaf.spkiSha256,
    ...fileHash(resolve(ctx.cwd, files[0]!)),
    subject: formatName(j.leaf.subject),
    identifier: j.result.identifier?.value ?? null,
    notBefore: j.leaf.notBefore.toISOString(),
    notAfter: j.leaf.notAfter.toISOString(),
    ...(isG1(j.leaf, j.result.chain.anchor.kind) ? { g1: true } : {}),
    at: who.at,
    by: who.by,
  };
}

export async function saveCertRecord(ctx: Context, env: Environment, role: Role, record: CertRecord): Promise<void> {
  await changeDossier(ctx, (x) => ({ dossier: withCertificate(x, env, role, record), result: null }));
}

export function requireEnvRole(o: CertCheckOptions): { env: Environment; role: Role } {
  const env = parseEnv(o.env);
  const role = parseRole(o.role);
  if (!env) throw new CliError('cert.env-required');
  if (!role) throw new CliError('cert.role-required');
  return { env, role };
}
