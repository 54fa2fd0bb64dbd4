// lz-onboard cert inspect|check|checks|add: parse, run the use case (app/check-certificate), report (ui/render-cert-check).
import { checklist } from '../checklist-data.ts';
import { loadDossier } from '../dossier/store.ts';
import { parseSeverity } from '../app/options.ts';
import { CliError } from '../ui/cli-error.ts';
import type { Context } from '../ui/context.ts';
import { EXIT } from '../ui/exit-codes.ts';
import { t } from '../ui/messages.ts';
import { colours, out, success, warn, writeJson } from '../ui/output.ts';
import { inspectReport, reportJudged } from '../ui/render-cert-check.ts';
import { optionalDossier, refuseProductieForSupplier } from '../app/artefact-files.ts';
import { loadCertFile } from '../app/cert-files.ts';
import { certRecord, judge, requireEnvRole, saveCertRecord, type CertCheckOptions } from '../app/check-certificate.ts';

export function runCertInspect(ctx: Context, files: string[]): number {
  if (!files.length) throw new CliError('cert.file-required');
  const report = inspectReport(ctx, ctx.now());
  for (const f of files) report.add(loadCertFile(ctx, f));
  report.end();
  return EXIT.ok;
}

export function runCertCheck(ctx: Context, files: string[], o: CertCheckOptions): number {
  const threshold = parseSeverity(o.severity);
  const j = judge(ctx, files, o, optionalDossier(ctx));
  return reportJudged(ctx, j, threshold) ? EXIT.findings : EXIT.ok;
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
  const sev = (s: 'error' | 'warning' | 'info') => t(ctx.lang, `label.severity.${s}`).padEnd(12);
  out(ctx, rules.map((d) => `${d.code.padEnd(36)} ${sev(d.severity)} ${d.message}\n${' '.repeat(50)}${k.dim(d.citation)}`).join('\n'));
  return EXIT.ok;
}

export async function runCertAdd(ctx: Context, files: string[], o: CertCheckOptions): Promise<number> {
  const { env, role } = requireEnvRole(o);
  if (files.includes('-')) throw new CliError('certfile.problem', { file: '-', problem: t(ctx.lang, 'certfile.stdin-not-recordable') });
  const d = loadDossier(ctx.dossierPath, checklist).dossier;
  refuseProductieForSupplier(d, env);
  const j = judge(ctx, files, o, d);
  if (j.result.findings.some((f) => f.severity === 'error')) {
    reportJudged(ctx, j, 'error', { recorded: false });
    if (!ctx.json) warn(ctx, 'cert.not-recorded');
    return EXIT.findings;
  }
  const record = certRecord(ctx, files, o.roots, j);
  await saveCertRecord(ctx, env, role, record);
  if (ctx.json) reportJudged(ctx, j, 'error', { recorded: true, record });
  else {
    reportJudged(ctx, j, 'error');
    success(ctx, 'cert.recorded', { role, env, subject: record.subject, notAfter: record.notAfter.slice(0, 10) });
  }
  return EXIT.ok;
}
