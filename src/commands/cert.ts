// lz-onboard cert inspect|check|checks|add
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { checkCertificate, type CheckResult, type Role } from '../domain/cert/check.ts';
import { endpointFindings } from '../domain/artefacts/cross.ts';
import { formatName, type CertFields } from '../domain/cert/fields.ts';
import type { CertRecord, Dossier } from '../domain/dossier-types.ts';
import { reaches, sortFindings, type Finding, type Severity } from '../domain/findings.ts';
import { analysePartyId, type Environment } from '../domain/identifiers.ts';
import { checklist } from '../checklist-data.ts';
import { loadDossier } from '../dossier/store.ts';
import { parseAt, parseDays, parseEndpoint, parseEnv, parseRole, parseSeverity } from '../app/options.ts';
import { CliError } from '../ui/cli-error.ts';
import type { Context } from '../ui/context.ts';
import { EXIT } from '../ui/exit-codes.ts';
import { t } from '../ui/messages.ts';
import { colours, out, success, warn, writeJson } from '../ui/output.ts';
import { certJson, renderCert } from '../ui/render-cert.ts';
import { counts, findingsJson, renderFindings } from '../ui/render-findings.ts';
import { LIMITS, readBounded } from '../io/read-bounded.ts';
import { fileStat, refuseProductieForSupplier, sha256 } from './artefact-io.ts';
import { loadCertFile, type LoadedFile } from './cert-files.ts';
import { actor, changeDossier, recordablePath } from './shared.ts';

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

export function runCertInspect(ctx: Context, files: string[]): number {
  if (!files.length) throw new CliError('cert.file-required');
  const at = ctx.now();
  const loaded = files.map((f) => loadCertFile(ctx, f));
  if (ctx.json) {
    writeJson(ctx, {
      files: loaded.map((l) => ({
        file: l.file,
        format: l.format,
        privateKey: l.privateKey,
        warnings: findingsJson(ctx, l.warnings),
        certificates: l.certs.map((c) => certJson(ctx, c, at)),
      })),
    });
    return EXIT.ok;
  }
  const k = colours(ctx);
  const parts: string[] = [];
  for (const l of loaded) {
    parts.push(k.underline(`${l.file} (${l.format}, ${l.certs.length})`));
    for (const [i, c] of l.certs.entries()) parts.push(`${k.dim(`#${i + 1}`)} ${renderCert(ctx, c, at)}`);
    if (l.warnings.length) parts.push(renderFindings(ctx, l.warnings));
    parts.push('');
  }
  out(ctx, parts.join('\n').trimEnd());
  return EXIT.ok;
}

function dossierIfAny(ctx: Context): Dossier | null {
  if (!ctx.dossierExplicit && !existsSync(ctx.dossierPath)) return null;
  return loadDossier(ctx.dossierPath, checklist).dossier;
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
  const at = parseAt(o.at, ctx.now());
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

function report(ctx: Context, j: Judged, threshold: Severity, extra: Record<string, unknown> = {}): boolean {
  const findings = [...j.fileWarnings, ...j.result.findings];
  const failed = findings.some((f) => reaches(f.severity, threshold));
  const n = counts(findings);
  if (ctx.json) {
    writeJson(ctx, {
      file: j.files[0]!.file,
      env: j.env ?? null,
      role: j.role ?? null,
      at: j.at.toISOString(),
      certificate: certJson(ctx, j.leaf, j.at),
      chain: j.result.chain.links,
      anchor: j.result.chain.anchor,
      findings: findingsJson(ctx, findings),
      summary: { ...n, threshold, ok: !failed },
      ...extra,
    });
    return failed;
  }
  const k = colours(ctx);
  const chain = j.result.chain.links.map((l, i) => `  ${'  '.repeat(i)}${i ? '└ ' : ''}${l.subject}`).join('\n');
  out(
    ctx,
    [
      renderCert(ctx, j.leaf, j.at),
      '',
      k.bold(t(ctx.lang, 'label.chain')),
      chain,
      '',
      k.bold(t(ctx.lang, 'label.findings')),
      renderFindings(ctx, findings),
      '',
      (failed ? k.red : k.green)(t(ctx.lang, 'cert.summary', { errors: String(n.errors), warnings: String(n.warnings), infos: String(n.infos) })),
    ].join('\n'),
  );
  return failed;
}

export function runCertCheck(ctx: Context, files: string[], o: CertCheckOptions): number {
  const threshold = parseSeverity(o.severity);
  const j = judge(ctx, files, o, dossierIfAny(ctx));
  return report(ctx, j, threshold) ? EXIT.findings : EXIT.ok;
}

/** Every rule: certificate, artefact/CPA and identifier (`group` says which). */
export async function runCertChecks(ctx: Context): Promise<number> {
  const { allRules } = await import('../ui/rules.ts');
  const rules = allRules(ctx.lang);
  if (ctx.json) {
    writeJson(ctx, { checks: rules });
    return EXIT.ok;
  }
  const k = colours(ctx);
  out(ctx, rules.map((d) => `${d.code.padEnd(36)} ${d.severity.padEnd(8)} ${d.message}\n${' '.repeat(46)}${k.dim(d.citation)}`).join('\n'));
  return EXIT.ok;
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
    ...fileHash(resolve(ctx.cwd, files[0]!)),
    subject: formatName(j.leaf.subject),
    identifier: j.result.identifier?.value ?? null,
    notBefore: j.leaf.notBefore.toISOString(),
    notAfter: j.leaf.notAfter.toISOString(),
    at: who.at,
    by: who.by,
  };
}

export async function saveCertRecord(ctx: Context, env: Environment, role: Role, record: CertRecord): Promise<void> {
  await changeDossier(ctx, (x) => {
    const next = structuredClone(x);
    next.certificates[env][role] = record;
    next.history.push({ at: record.at, by: record.by, action: 'cert.add', values: { env, role, fingerprint256: record.fingerprint256, path: record.path } });
    return { dossier: next, result: null };
  });
}

export function requireEnvRole(o: CertCheckOptions): { env: Environment; role: Role } {
  const env = parseEnv(o.env);
  const role = parseRole(o.role);
  if (!env) throw new CliError('cert.env-required');
  if (!role) throw new CliError('cert.role-required');
  return { env, role };
}

export async function runCertAdd(ctx: Context, files: string[], o: CertCheckOptions): Promise<number> {
  const { env, role } = requireEnvRole(o);
  if (files.includes('-')) throw new CliError('certfile.problem', { file: '-', problem: t(ctx.lang, 'certfile.stdin-not-recordable') });
  const d = loadDossier(ctx.dossierPath, checklist).dossier;
  refuseProductieForSupplier(d, env);
  const j = judge(ctx, files, o, d);
  if (j.result.findings.some((f) => f.severity === 'error')) {
    report(ctx, j, 'error', { recorded: false });
    if (!ctx.json) warn(ctx, 'cert.not-recorded');
    return EXIT.findings;
  }
  const record = certRecord(ctx, files, o.roots, j);
  await saveCertRecord(ctx, env, role, record);
  if (ctx.json) report(ctx, j, 'error', { recorded: true, record });
  else {
    report(ctx, j, 'error');
    success(ctx, 'cert.recorded', { role, env, subject: record.subject, notAfter: record.notAfter.slice(0, 10) });
  }
  return EXIT.ok;
}
