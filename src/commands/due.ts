// lz-onboard due [paths...]: the dated agenda of one dossier or a portfolio (certificate ends, the
// notice to Logius, the CPA's end, planned dates in a maintenance window), for people, CI and
// monitoring: exit 0 when nothing is due within the window, 1 when something is.
import { parseAt, parseDays } from '../app/options.ts';
import { checklist } from '../checklist-data.ts';
import { amsterdamDay } from '../domain/calendar.ts';
import { dueItems, dueWithin, type DueItem } from '../domain/due.ts';
import { DossierError } from '../dossier/errors.ts';
import { dossierTargets } from '../app/dossier-targets.ts';
import { loadDossier } from '../dossier/store.ts';
import { loadSno } from '../sno-data.ts';
import type { Context } from '../ui/context.ts';
import { EXIT } from '../ui/exit-codes.ts';
import { dyn, t } from '../ui/messages.ts';
import { colours, out, pad, success, truncate, warn, writeJson } from '../ui/output.ts';
import { dueIcs, type IcsEvent } from '../ui/due-ics.ts';
import { describeDue } from '../ui/render-due.ts';
import { writeDocument } from '../app/artefact-files.ts';
import { visibleLine } from '../ui/safe-text.ts';

export interface DueCommandOptions {
  within?: string;
  at?: string;
  renewDays?: string;
  ics?: string;
}

/** Everything still to come (not only what falls in --within) goes into the calendar: ten years ahead. */
const CALENDAR_DAYS = 3653;

export function runDue(ctx: Context, paths: string[], o: DueCommandOptions): number {
  const within = parseDays('--within', o.within, 60);
  const renewLeadDays = parseDays('--renew-days', o.renewDays, 120);
  const today = amsterdamDay(parseAt(o.at, ctx.now()));
  const { targets, unreadable, single } = dossierTargets(ctx, paths);
  const sno = loadSno();
  const rows: { dossier: string; organisation: string; item: DueItem & { daysLeft: number } }[] = [];
  const events: IcsEvent[] = [];
  const failed: string[] = [];
  for (const x of targets) {
    try {
      const { dossier } = loadDossier(x.path, checklist, x.regular);
      const all = dueItems(dossier, sno, { renewLeadDays });
      const organisation = dossier.organisation.name;
      for (const item of dueWithin(all, today, within)) rows.push({ dossier: x.shown, organisation, item });
      if (o.ics !== undefined) {
        for (const item of dueWithin(all, today, CALENDAR_DAYS)) {
          const text = describeDue(ctx, item, sno);
          events.push({
            // What the item is about, never its date or when it was exported: a new export (a moved
            // LPR, a renewed certificate's notice) updates the same event instead of adding one.
            key: [x.path, item.kind, item.env, item.role ?? '', item.ref ?? ''].join('|'),
            item,
            summary: targets.length > 1 ? `${organisation}: ${text}` : text,
            description: `${organisation}\n${item.citation[ctx.lang]}`,
          });
        }
      }
    } catch (e) {
      if (!(e instanceof DossierError)) throw e;
      // One dossier (named, or the current one) that cannot be read is the error; in a folder it is named and skipped, as history and status do.
      if (single) throw e;
      failed.push(x.shown);
      warn(ctx, 'portfolio.skipped', { file: x.shown, problem: t(ctx.lang, dyn(e.code), e.params) });
    }
  }
  if (o.ics !== undefined) {
    const written = writeDocument(ctx, o.ics, dueIcs(events, sno, ctx.lang, ctx.now()), true);
    if (written.path) success(ctx, 'due.ics-written', { file: written.path, count: String(events.length) });
    if (o.ics === '-') return failed.length || unreadable.length ? EXIT.dossier : rows.length ? EXIT.findings : EXIT.ok;
  }
  rows.sort((a, b) => (a.item.date < b.item.date ? -1 : a.item.date > b.item.date ? 1 : a.dossier < b.dossier ? -1 : 1));
  if (ctx.json) {
    writeJson(ctx, {
      at: today,
      within,
      sno: { source: sno.source, year: sno.year },
      items: rows.map((r) => ({
        dossier: r.dossier,
        organisation: r.organisation,
        date: r.item.date,
        daysLeft: r.item.daysLeft,
        kind: r.item.kind,
        env: r.item.env,
        ...(r.item.role ? { role: r.item.role } : {}),
        ...(r.item.certEnd ? { certificateEnd: r.item.certEnd } : {}),
        ...(r.item.zaaktype !== undefined ? { zaaktype: r.item.zaaktype } : {}),
        ...(r.item.since ? { since: r.item.since } : {}),
        ...(r.item.windows ? { maintenanceWindows: r.item.windows } : {}),
        message: describeDue(ctx, r.item, sno),
        citation: r.item.citation[ctx.lang],
      })),
      ...(failed.length ? { unreadable: failed } : {}),
    });
  } else if (!rows.length) out(ctx, t(ctx.lang, 'due.nothing', { days: String(within), date: today }));
  else {
    const c = colours(ctx);
    const many = targets.length > 1;
    const org = many ? Math.min(24, Math.max(...rows.map((r) => [...visibleLine(r.organisation)].length))) : 0;
    const lines = rows.map((r) => {
      const left =
        r.item.daysLeft < 0
          ? t(ctx.lang, 'due.overdue', { days: String(-r.item.daysLeft) })
          : r.item.daysLeft === 0
            ? t(ctx.lang, 'due.today')
            : t(ctx.lang, 'due.days-left', { days: String(r.item.daysLeft) });
      const paint = r.item.daysLeft < 0 ? c.red : r.item.daysLeft <= 14 ? c.yellow : (s: string) => s;
      const who = many ? `${pad(truncate(visibleLine(r.organisation), org), org)}  ` : '';
      return `${paint(`${r.item.date}  ${pad(left, 16)}`)}  ${who}${describeDue(ctx, r.item, sno)}\n${' '.repeat(30 + (many ? org + 2 : 0))}${c.dim(r.item.citation[ctx.lang])}`;
    });
    out(ctx, lines.join('\n'));
  }
  if (failed.length || unreadable.length) return EXIT.dossier;
  return rows.length ? EXIT.findings : EXIT.ok;
}
