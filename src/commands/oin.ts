// lz-onboard oin check <value...>
import { analyseOin } from '../domain/identifiers.ts';
import { CliError } from '../ui/cli-error.ts';
import type { Context } from '../ui/context.ts';
import { EXIT } from '../ui/exit-codes.ts';
import { t, dyn } from '../ui/messages.ts';
import { colours, out, writeJson } from '../ui/output.ts';

export function runOinCheck(ctx: Context, values: string[]): number {
  if (!values.length) throw new CliError('flag.required', { flag: '<value...>' });
  const results = values.map((v) => {
    const r = analyseOin(v);
    return {
      value: r.value,
      valid: r.valid,
      kind: r.kind,
      prefix: r.prefix,
      meaning: r.meaning?.[ctx.lang] ?? null,
      derived: r.derived,
      test: r.test,
      findings: r.findings.map((f) => ({ code: f.code, severity: f.severity, message: t(ctx.lang, dyn(f.code), f.params) })),
    };
  });
  if (ctx.json) writeJson(ctx, { results });
  else {
    const k = colours(ctx);
    out(
      ctx,
      results
        .map((r) => {
          const head = `${r.valid ? k.green('✔') : k.red('✖')} ${k.bold(r.value || '""')}  ${r.valid ? t(ctx.lang, 'oin.valid') : t(ctx.lang, 'oin.invalid')}`;
          const detail = [
            r.kind ? `${r.kind.toUpperCase()}` : null,
            r.prefix ? `prefix ${r.prefix}: ${r.meaning ?? '?'}` : null,
            r.derived ? `${r.derived.type} ${r.derived.number}` : null,
          ]
            .filter(Boolean)
            .join(', ');
          const notes = r.findings.map((f) => `    ${f.severity === 'error' ? k.red('✖') : k.cyan('i')} ${f.message}`);
          return [head, detail ? `    ${detail}` : null, ...notes].filter(Boolean).join('\n');
        })
        .join('\n'),
    );
  }
  return results.every((r) => r.valid) ? EXIT.ok : EXIT.findings;
}
