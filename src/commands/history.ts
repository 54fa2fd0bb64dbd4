// lz-onboard history: who did what and when, from the dossier's append-only history.
import { requireStep } from '../domain/actions.ts';
import type { HistoryEntry } from '../domain/dossier-types.ts';
import { selectHistory, type HistoryFilter } from '../domain/history.ts';
import { formatValue, validate } from '../domain/validators.ts';
import { checklist } from '../checklist-data.ts';
import { CliError } from '../ui/cli-error.ts';
import type { Context } from '../ui/context.ts';
import { EXIT } from '../ui/exit-codes.ts';
import { t } from '../ui/messages.ts';
import { visibleLine } from '../ui/safe-text.ts';
import { colours, out, pad, writeJson } from '../ui/output.ts';
import { readDossier } from '../app/dossier.ts';

export interface HistoryOptions {
  step?: string;
  who?: string;
  since?: string;
  last?: string;
}

function filter(o: HistoryOptions): HistoryFilter {
  const f: HistoryFilter = {};
  if (o.step) f.step = requireStep(checklist, o.step).step.id;
  if (o.who) f.who = o.who;
  if (o.since !== undefined) {
    const r = validate('date', o.since, {});
    if (!r.ok) throw new CliError('flag.invalid', { flag: '--since', reason: r.error, ...(r.params ?? {}) });
    f.since = o.since;
  }
  if (o.last !== undefined) {
    if (!/^\d+$/.test(o.last) || Number(o.last) < 1) throw new CliError('flag.invalid', { flag: '--last', reason: 'value.positive' });
    f.last = Number(o.last);
  }
  return f;
}

function details(h: HistoryEntry): string {
  const parts: string[] = [];
  if (h.step) parts.push(h.step);
  for (const [k, v] of Object.entries(h.values ?? {})) parts.push(`${k}=${formatValue(v)}`);
  if (h.reason) parts.push(`(${h.reason})`);
  if (h.note) parts.push(`— ${h.note}`);
  return visibleLine(parts.join('  '));
}

export function runHistory(ctx: Context, o: HistoryOptions): number {
  const f = filter(o);
  const { dossier } = readDossier(ctx);
  const entries = selectHistory(dossier.history, f);
  if (ctx.json) {
    writeJson(ctx, { history: entries });
    return EXIT.ok;
  }
  if (!entries.length) {
    out(ctx, t(ctx.lang, 'history.empty'));
    return EXIT.ok;
  }
  const c = colours(ctx);
  const who = Math.min(20, Math.max(...entries.map((h) => [...h.by].length)));
  const what = Math.max(...entries.map((h) => h.action.length));
  out(
    ctx,
    entries
      .map((h) => `${c.dim(h.at.slice(0, 16).replace('T', ' '))}  ${pad(visibleLine(h.by), who)}  ${c.bold(pad(visibleLine(h.action), what))}  ${details(h)}`)
      .join('\n'),
  );
  return EXIT.ok;
}
