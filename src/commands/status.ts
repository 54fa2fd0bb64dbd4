// lz-onboard status [dossier-or-directory...]: one dossier in detail, or an overview for a help desk.
import type { Dossier } from '../domain/dossier-types.ts';
import { dossierWarnings, progress } from '../domain/progress.ts';
import { verificationTotals } from '../domain/verification.ts';
import { checklist } from '../checklist-data.ts';
import { DossierError } from '../dossier/errors.ts';
import { loadDossier } from '../dossier/store.ts';
import { CliError } from '../ui/cli-error.ts';
import type { Context } from '../ui/context.ts';
import { EXIT } from '../ui/exit-codes.ts';
import { t, dyn } from '../ui/messages.ts';
import { amsterdamDayOfMs } from '../domain/calendar.ts';
import { renderOne, renderTable, type Row } from '../ui/render-status.ts';
import { dossierTargets } from '../app/dossier-targets.ts';
import { certificateState, firstCertificateEnd, lastActivity, matchesSearch, type SortFields, type SortKey } from '../domain/portfolio.ts';
import { statusSink, type StatusFormat } from '../ui/status-sink.ts';
import { progressLine } from '../ui/progress-line.ts';
import { out, warn } from '../ui/output.ts';
import { today } from '../app/dossier.ts';
import { dueItems, dueWithin, type Sno } from '../domain/due.ts';
import { loadSno } from '../sno-data.ts';
import { describeDue } from '../ui/render-due.ts';

type DiskCheck = typeof import('../app/disk-check.ts').diskCheck;
type EnvSummary = import('../app/disk-check.ts').EnvSummary;

const recordsFiles = (d: Dossier) =>
  Object.values(d.certificates).some((e) => e.client || e.server) || Object.values(d.artefacts).some((a) => a.consumerspecificatie || a.cpa || a.ping);

// The comparison with files on disk lives in its own module, loaded at the first dossier that
// records files, so that status over dossiers without them does not load it.
let diskCheck: DiskCheck | undefined;
let sno: Sno | undefined;

async function evaluate(ctx: Context, path: string, shownPath: string, day: string, regular = false): Promise<Row> {
  try {
    const { dossier } = loadDossier(path, checklist, regular);
    const p = progress(checklist, dossier);
    const found = dossierWarnings(checklist, dossier, day, p);
    let environments: EnvSummary[] | undefined;
    if (recordsFiles(dossier)) {
      diskCheck ??= (await import('../app/disk-check.ts')).diskCheck;
      const r = await diskCheck(path, dossier);
      found.push(...r.warnings);
      environments = r.environments;
    }
    const warnings = found.map((w) => ({ code: w.code, message: t(ctx.lang, dyn(w.code), w.params) }));
    const certEnd = firstCertificateEnd(dossier);
    // What is due within the two months Logius wants for a certificate change (the same as `due`).
    const due = dueWithin(dueItems(dossier, (sno ??= loadSno()), { renewLeadDays: 120 }), day, 60);
    const summary = {
      certEnd,
      certState: certEnd ? certificateState(certEnd, day) : undefined,
      lastActivity: lastActivity(dossier),
      due: { count: due.length, next: due[0] ? { date: due[0].date, kind: due[0].kind, message: describeDue(ctx, due[0], sno) } : null },
      renewals: (dossier.renewals ?? [])
        .filter((r) => r.state === 'in-progress')
        .map((r) => ({
          env: r.env,
          role: r.role,
          changeDate: r.changeDate,
          doneBy: amsterdamDayOfMs(Date.parse(r.old.notAfter)),
          announcedOn: r.announcedOn ?? null,
        })),
    };
    return { path: shownPath, dossier, progress: p, warnings, environments, summary };
  } catch (e) {
    if (e instanceof DossierError) {
      const hint = e.params['backup'] ? ` (${t(ctx.lang, 'dossier.backup-hint', e.params)})` : '';
      return { path: shownPath, warnings: [], error: t(ctx.lang, dyn(e.code), e.params) + hint };
    }
    throw e;
  }
}

export interface StatusOptions {
  attention?: boolean;
  phase?: string;
  sort?: SortKey;
  search?: string;
  format?: 'table' | 'csv' | 'json';
}

/** The help desk's filters: what needs attention, who is in a given phase, whose name or number matches. */
function rowFilter(o: StatusOptions): (r: Row) => boolean {
  let phase: number | null | undefined;
  if (o.phase !== undefined) {
    if (o.phase === 'done') phase = null;
    else if (/^[1-4]$/.test(o.phase)) phase = Number(o.phase);
    else throw new CliError('flag.invalid', { flag: '--phase', reason: 'value.choice', options: '1, 2, 3, 4, done' });
  }
  const verifyFailed = (r: Row) => (r.dossier ? (verificationTotals(r.dossier)?.errors ?? 0) : 0) > 0;
  return (r) => {
    if (o.attention && !(r.error || r.warnings.length || verifyFailed(r))) return false;
    if (phase !== undefined && (r.error || r.progress?.currentPhase !== phase)) return false;
    if (o.search !== undefined && !(r.dossier && matchesSearch(r.dossier, o.search))) return false;
    return true;
  };
}

export async function runStatus(ctx: Context, paths: string[], o: StatusOptions = {}): Promise<number> {
  const keep = rowFilter(o);
  const format: StatusFormat = ctx.json || o.format === 'json' ? 'json' : o.format === 'csv' ? 'csv' : 'table';
  const { targets, unreadable, single: detailed } = dossierTargets(ctx, paths);
  if (unreadable.length)
    warn(ctx, 'status.unreadable-dirs', { count: String(unreadable.length), dirs: unreadable.slice(0, 5).join(', ') + (unreadable.length > 5 ? ', …' : '') });
  const day = today(ctx);
  if (detailed && format === 'table') {
    const first = targets.at(0);
    const r = await evaluate(ctx, first.path, first.shown, day);
    if (r.error) ctx.stderr.write(`lz-onboard: ${r.error}\n`);
    else if (keep(r)) out(ctx, renderOne(ctx, r));
    else out(ctx, renderTable(ctx, [], 1));
    return r.error ? EXIT.dossier : EXIT.ok;
  }
  // Each dossier is read, summarised and released: memory stays flat over 100,000 of them.
  const sink = statusSink(ctx, format, o.sort, unreadable);
  const counter = progressLine(ctx, targets.length);
  let failed = false;
  for (let i = 0; i < targets.length; i++) {
    const x = targets.at(i);
    const r = await evaluate(ctx, x.path, x.shown, day, x.regular);
    if (r.error) failed = true;
    if (keep(r)) sink.add(r, sortFields(r));
    counter.tick(i + 1);
  }
  counter.done();
  sink.end(targets.length);
  return failed || unreadable.length ? EXIT.dossier : EXIT.ok;
}

function sortFields(r: Row): SortFields {
  return {
    path: r.path,
    readable: Boolean(r.dossier),
    name: r.dossier?.organisation.name ?? '',
    currentPhase: r.progress?.currentPhase,
    certEnd: r.summary?.certEnd,
    lastActivity: r.summary?.lastActivity,
  };
}
