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
  const w1 = Math.min(44, Math.max(t(L, 'label.current').length, ...rows.map((r) => [...visibleLine(r[1])].length)));
  const line = (a: string, b: string, c: string, paint = (s: string) => s) => `  ${pad(a, w0)}  ${pad(visibleLine(b), w1)}  ${paint(visibleLine(c))}`;
  return [
    k.bold(line('', t(L, 'label.current'), t(L, 'label.new'))),
    // A value that changed is shown in bold in the new column.
    ...rows.map(([a, b, c]) => line(a, b.length > w1 ? `${b.slice(0, w1 - 1)}…` : b, c, b === c ? (s) => s : k.bold)),
  ].join('\n');
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
