// Findings as a table for people, and in the JSON form every checking command shares.
import { visible } from './safe-text.ts';
import type { Finding } from '../domain/findings.ts';
import type { Context } from './context.ts';
import { t } from './messages.ts';
import { colours } from './output.ts';
import { textWidth, wrap } from './wrap.ts';

export function findingsJson(ctx: Context, fs: Finding[]) {
  return fs.map((f) => ({ code: f.code, severity: f.severity, message: f.message[ctx.lang], citation: f.citation[ctx.lang] }));
}

/**
 * Findings for people, in the user's language. The same finding several times (the same root for
 * client and server, a check per certificate of a chain) is shown once with a count; JSON keeps them all.
 */
export function renderFindings(ctx: Context, fs: Finding[]): string {
  const c = colours(ctx);
  const L = ctx.lang;
  if (!fs.length) return `  ${c.green('✔')} ${t(L, 'label.no-findings')}`;
  const labels = { error: t(L, 'label.severity.error'), warning: t(L, 'label.severity.warning'), info: t(L, 'label.severity.info') };
  const width = Math.max(...Object.values(labels).map((l) => l.length));
  const paint = { error: (s: string) => c.red(`✖ ${s}`), warning: (s: string) => c.yellow(`! ${s}`), info: (s: string) => c.cyan(`i ${s}`) };
  const groups = new Map<string, { f: Finding; count: number }>();
  for (const f of fs) {
    const key = `${f.severity}\0${f.code}\0${f.message[L]}`;
    const g = groups.get(key);
    if (g) g.count++;
    else groups.set(key, { f, count: 1 });
  }
  return [...groups.values()]
    .map(({ f, count }) => {
      const times = count > 1 ? c.dim(` (${t(L, 'label.times', { count: String(count) })})`) : '';
      const head = `  ${paint[f.severity](labels[f.severity].padEnd(width))} ${c.bold(f.code)}${times}`;
      return `${head}\n${wrap(visible(f.message[L]), textWidth(ctx), '      ')}\n${c.dim(wrap(f.citation[L], textWidth(ctx), '      '))}`;
    })
    .join('\n');
}

export function counts(fs: Finding[]) {
  return {
    errors: fs.filter((f) => f.severity === 'error').length,
    warnings: fs.filter((f) => f.severity === 'warning').length,
    infos: fs.filter((f) => f.severity === 'info').length,
  };
}
