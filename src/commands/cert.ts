// lz-onboard cert inspect|check|checks|add: parse, run the use case (app/check-certificate), render.
import { reaches, type Severity } from '../domain/findings.ts';
import { checklist } from '../checklist-data.ts';
import { loadDossier } from '../dossier/store.ts';
import { parseSeverity } from '../app/options.ts';
import { CliError } from '../ui/cli-error.ts';
import type { Context } from '../ui/context.ts';
import { EXIT } from '../ui/exit-codes.ts';
import { t } from '../ui/messages.ts';
import { colours, out, success, warn, writeJson } from '../ui/output.ts';
import { certJson, renderCert } from '../ui/render-cert.ts';
import { counts, findingsJson, renderFindings } from '../ui/render-findings.ts';
import { optionalDossier, refuseProductieForSupplier } from '../app/artefact-files.ts';
import { loadCertFile } from '../app/cert-files.ts';
import { certRecord, judge, requireEnvRole, saveCertRecord, type CertCheckOptions, type Judged } from '../app/check-certificate.ts';

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
  const j = judge(ctx, files, o, optionalDossier(ctx));
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
