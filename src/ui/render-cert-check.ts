// How cert inspect, check and add report: certificates, chain, findings and a summary line.
import type { LoadedFile } from '../app/cert-files.ts';
import type { Judged } from '../app/check-certificate.ts';
import { reaches, type Severity } from '../domain/findings.ts';
import type { Context } from './context.ts';
import { t } from './messages.ts';
import { colours, indentedJsonItem, out, writeJson, writeJsonList } from './output.ts';
import { certJson, renderCert } from './render-cert.ts';
import { counts, findingsJson, renderFindings } from './render-findings.ts';

/**
 * cert inspect's report, made file by file: each file's part is rendered to text as it is read and
 * the file let go, so that 1,000 certificates are not all held (as parsed fields, buffers and dates)
 * until the end; nothing is written before every file was read, so a bad file gives its error alone.
 */
export function inspectReport(ctx: Context, at: Date) {
  const parts: string[] = [];
  const k = colours(ctx);
  return {
    add(l: LoadedFile): void {
      if (ctx.json) {
        const item = {
          file: l.file,
          format: l.format,
          privateKey: l.privateKey,
          warnings: findingsJson(ctx, l.warnings),
          certificates: l.certs.map((c) => certJson(ctx, c, at)),
        };
        parts.push(indentedJsonItem(item));
        return;
      }
      const lines = [k.underline(`${l.file} (${l.format}, ${l.certs.length})`)];
      for (const [i, c] of l.certs.entries()) lines.push(`${k.dim(`#${i + 1}`)} ${renderCert(ctx, c, at)}`);
      if (l.warnings.length) lines.push(renderFindings(ctx, l.warnings));
      parts.push(lines.join('\n'));
    },
    end(): void {
      if (ctx.json) writeJsonList(ctx, 'files', parts);
      else out(ctx, parts.join('\n\n').trimEnd());
    },
  };
}

/** Reports a judged certificate; returns whether a finding reaches the threshold. */
export function reportJudged(ctx: Context, j: Judged, threshold: Severity, extra: Record<string, unknown> = {}): boolean {
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
  const summary = t(ctx.lang, 'cert.summary', { errors: String(n.errors), warnings: String(n.warnings), infos: String(n.infos) });
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
      (failed ? k.red : k.green)(summary),
    ].join('\n'),
  );
  return failed;
}
