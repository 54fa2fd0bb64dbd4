// lz-onboard history: who did what and when, from the dossier's append-only history.
import { requireStep } from '../domain/actions.ts';
import type { HistoryEntry } from '../domain/dossier-types.ts';
import { selectHistory, type HistoryFilter } from '../domain/history.ts';
import { formatValue, validate } from '../domain/validators.ts';
import { checklist } from '../checklist-data.ts';
import { CliError } from '../ui/cli-error.ts';
import type { Context } from '../ui/context.ts';
import { EXIT } from '../ui/exit-codes.ts';
import { dyn, t } from '../ui/messages.ts';
import { visibleLine } from '../ui/safe-text.ts';
import { colours, out, pad, truncate, warn, writeJson } from '../ui/output.ts';
import { readDossier } from '../app/dossier.ts';
import { mergeHistories } from '../domain/portfolio.ts';
import { dossierTargets } from '../app/dossier-targets.ts';
import { DossierError } from '../dossier/errors.ts';
import { loadDossier } from '../dossier/store.ts';

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

function render(ctx: Context, entries: (HistoryEntry & { dossier?: string; organisation?: string })[]): string {
  const c = colours(ctx);
  const who = Math.min(20, Math.max(...entries.map((h) => [...h.by].length)));
  const what = Math.max(...entries.map((h) => h.action.length));
  // Over a portfolio each line names its organisation (cut so that the line keeps its shape).
  const org = Math.min(24, Math.max(0, ...entries.map((h) => [...visibleLine(h.organisation ?? '')].length)));
  return entries
    .map((h) => {
      const orgCell = h.organisation !== undefined ? `${c.cyan(pad(truncate(visibleLine(h.organisation), org), org))}  ` : '';
      return `${c.dim(h.at.slice(0, 16).replace('T', ' '))}  ${orgCell}${pad(visibleLine(h.by), who)}  ${c.bold(pad(visibleLine(h.action), what))}  ${details(h)}`.trimEnd();
    })
    .join('\n');
}

export function runHistory(ctx: Context, o: HistoryOptions, paths: string[] = []): number {
  const f = filter(o);
  if (paths.length) return portfolioHistory(ctx, f, paths);
  const { dossier } = readDossier(ctx);
  const entries = selectHistory(dossier.history, f);
  if (ctx.json) {
    writeJson(ctx, { history: entries });
    return EXIT.ok;
  }
  out(ctx, entries.length ? render(ctx, entries) : t(ctx.lang, 'history.empty'));
  return EXIT.ok;
}

/** One history of many dossiers, in time order; a dossier that cannot be read is named and skipped (exit 3). */
function portfolioHistory(ctx: Context, f: HistoryFilter, paths: string[]): number {
  const { targets, unreadable } = dossierTargets(ctx, paths);
  const parts: { dossier: string; organisation: string; history: HistoryEntry[] }[] = [];
  const failed: string[] = [];
  for (const x of targets) {
    try {
      const { dossier } = loadDossier(x.path, checklist);
      // --last applies to the merged history, the other filters to each dossier.
      parts.push({ dossier: x.shown, organisation: dossier.organisation.name, history: selectHistory(dossier.history, { ...f, last: undefined }) });
    } catch (e) {
      if (!(e instanceof DossierError)) throw e;
      failed.push(x.shown);
      warn(ctx, 'portfolio.skipped', { file: x.shown, problem: t(ctx.lang, dyn(e.code), e.params) });
    }
  }
  if (unreadable.length)
    warn(ctx, 'status.unreadable-dirs', { count: String(unreadable.length), dirs: unreadable.slice(0, 5).join(', ') + (unreadable.length > 5 ? ', …' : '') });
  let entries = mergeHistories(parts);
  if (f.last !== undefined) entries = entries.slice(Math.max(0, entries.length - f.last));
  if (ctx.json)
    writeJson(ctx, { history: entries, ...(failed.length ? { unreadable: failed } : {}), ...(unreadable.length ? { unreadableFolders: unreadable } : {}) });
  else out(ctx, entries.length ? render(ctx, entries) : t(ctx.lang, 'history.empty'));
  return failed.length || unreadable.length ? EXIT.dossier : EXIT.ok;
}
