// Findings as a table for people, and in the JSON form every checking command shares.
import { visible } from './safe-text.ts';
import type { Finding } from '../domain/findings.ts';
import type { Context } from './context.ts';
import { t } from './messages.ts';
import { colours } from './output.ts';
import { textWidth, wrap } from './wrap.ts';

export function findingsJson(ctx: Context, fs: Finding[]) {
  return fs.map((f) => ({ code: f.code, severity: f.severity, message: f.message[ctx.lang], citation: f.citation }));
}

export function renderFindings(ctx: Context, fs: Finding[]): string {
  const c = colours(ctx);
  if (!fs.length) return `  ${c.green('✔')} ${t(ctx.lang, 'label.no-findings')}`;
  const icon = (s: Finding['severity']) => (s === 'error' ? c.red('✖ error  ') : s === 'warning' ? c.yellow('! warning') : c.cyan('i info   '));
  return fs
    .map(
      (f) =>
        `  ${icon(f.severity)} ${c.bold(f.code)}\n${wrap(visible(f.message[ctx.lang]), textWidth(ctx), '      ')}\n${c.dim(wrap(f.citation, textWidth(ctx), '      '))}`,
    )
    .join('\n');
}

export function counts(fs: Finding[]) {
  return {
    errors: fs.filter((f) => f.severity === 'error').length,
    warnings: fs.filter((f) => f.severity === 'warning').length,
    infos: fs.filter((f) => f.severity === 'info').length,
  };
}
