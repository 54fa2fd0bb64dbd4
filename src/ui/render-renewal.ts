// A certificate replacement in words: the current and the new certificate side by side, and a
// renewal's state as one line (renew without a certificate, status).
import type { RenewalRecord } from '../domain/dossier-types.ts';
import type { CertSide } from '../domain/renewal/compare.ts';
import type { Context } from './context.ts';
import { dyn, t } from './messages.ts';
import { colours, pad } from './output.ts';
import { visibleLine } from './safe-text.ts';

export function sideBySide(ctx: Context, old: CertSide, neu: CertSide, idLabel: string): string {
  const L = ctx.lang;
  const k = colours(ctx);
  const unknown = '?';
  const rows: [string, string, string][] = [
    [t(L, 'label.subject'), old.subject, neu.subject],
    [idLabel, old.identifier ?? unknown, neu.identifier ?? unknown],
    [t(L, 'label.valid'), `${old.notBefore.slice(0, 10)} → ${old.notAfter.slice(0, 10)}`, `${neu.notBefore.slice(0, 10)} → ${neu.notAfter.slice(0, 10)}`],
    [t(L, 'label.hosts'), old.hosts ? old.hosts.join(', ') || '-' : unknown, neu.hosts ? neu.hosts.join(', ') || '-' : unknown],
    [t(L, 'label.key'), old.key ?? unknown, neu.key ?? unknown],
    [t(L, 'label.generation'), old.generation ?? unknown, neu.generation ?? unknown],
    ['SHA-256', `${old.fingerprint256.slice(0, 23)}…`, `${neu.fingerprint256.slice(0, 23)}…`],
  ];
  const w0 = Math.max(...rows.map((r) => r[0].length));
  const fits = (v: string) => [...visibleLine(v)].length <= 44;
  const w1 = Math.max(t(L, 'label.current').length, ...rows.filter(([, b]) => fits(b)).map((r) => [...visibleLine(r[1])].length));
  const line = (a: string, b: string, c: string, paint = (s: string) => s) => `  ${pad(a, w0)}  ${pad(visibleLine(b), w1)}  ${paint(visibleLine(c))}`;
  const cur = t(L, 'label.current');
  const neu2 = t(L, 'label.new');
  const tag = Math.max(cur.length, neu2.length) + 1;
  const lines = [k.bold(line('', cur, neu2))];
  for (const [a, b, c] of rows) {
    // A value that changed is shown in bold in the new column.
    const paint = b === c ? (s: string) => s : k.bold;
    if (fits(b)) lines.push(line(a, b, c, paint));
    // Too long for a column and the same in both: once, so the eye need not compare two long lines.
    else if (b === c) lines.push(`  ${pad(a, w0)}  ${visibleLine(b)} ${k.dim(`(${t(L, 'label.unchanged')})`)}`);
    // Too long for a column (a subject, many host names): one line each, labelled.
    else lines.push(`  ${pad(a, w0)}  ${pad(`${cur}:`, tag)} ${visibleLine(b)}`, `  ${pad('', w0)}  ${pad(`${neu2}:`, tag)} ${paint(visibleLine(c))}`);
  }
  return lines.join('\n');
}

export function renewalLine(ctx: Context, r: RenewalRecord): string {
  const L = ctx.lang;
  return t(L, 'renew.line', {
    env: r.env,
    role: t(L, dyn(`label.role.${r.role}`)),
    since: r.at.slice(0, 10),
    change: r.changeDate,
    end: r.old.notAfter.slice(0, 10),
    announced: r.announcedOn ?? t(L, 'renew.not-announced'),
  });
}
