// The status of one dossier (phases, files per environment, verify outcome, warnings) and the
// help-desk table of many, for people and as JSON.
import { environmentsOf, type Dossier } from '../domain/dossier-types.ts';
import type { Progress } from '../domain/progress.ts';
import { connectionComplete, verificationOf, verificationTotals } from '../domain/verification.ts';
import type { EnvSummary } from '../app/disk-check.ts';
import type { Context } from './context.ts';
import { dyn, t } from './messages.ts';
import { bar, colours, pad, truncate } from './output.ts';
import { wrap } from './wrap.ts';
import type { CertificateState, SortKey } from '../domain/portfolio.ts';
import { visibleLine } from './safe-text.ts';

export interface Row {
  path: string;
  dossier?: Dossier;
  progress?: Progress;
  warnings: { code: string; message: string }[];
  environments?: EnvSummary[];
  /** The dates a help desk sorts and looks for: the first certificate end and its state, the last action's day. */
  summary?: {
    certEnd?: string;
    certState?: CertificateState;
    lastActivity?: string;
    /** What `due` lists within 60 days: how many, and the soonest in words. */
    due?: { count: number; next: { date: string; kind: string; message: string } | null };
    /** Certificate replacements in progress: the new one takes over on changeDate, the old one ends on doneBy. */
    renewals?: { env: string; role: string; changeDate: string; doneBy: string; announcedOn: string | null }[];
  };
  error?: string;
}

const ENV_ITEMS = ['client', 'server', 'consumerspecificatie', 'cpa', 'ping'] as const;

/** Per environment: the files on disk (when the dossier records any) and the last verify. */
function envViews(r: Row) {
  const d = r.dossier!;
  return environmentsOf(d).flatMap((env) => {
    const files = r.environments?.find((e) => e.env === env);
    const verification = verificationOf(d, env);
    if (!files && !verification) return [];
    const states = files ?? { env, client: 'absent', server: 'absent', consumerspecificatie: 'absent', cpa: 'absent', ping: 'absent' };
    return [{ ...states, verification }];
  });
}

export function rowJson(ctx: Context, r: Row) {
  if (!r.dossier || !r.progress) return { path: r.path, error: r.error };
  const o = r.dossier.organisation;
  const certificates = (['preproductie', 'productie'] as const).flatMap((env) =>
    (['client', 'server'] as const).flatMap((role) => {
      const rec = r.dossier!.certificates[env][role];
      return rec ? [{ env, role, path: rec.path, fingerprint256: rec.fingerprint256, identifier: rec.identifier, notAfter: rec.notAfter }] : [];
    }),
  );
  const organisation: Record<string, string> = { name: o.name, kind: o.kind };
  if (o.kind === 'overheid' && o.oin) organisation['oin'] = o.oin;
  if (o.kind === 'leverancier' && o.hrn) organisation['hrn'] = o.hrn;
  const n = r.progress.nextStep;
  return {
    path: r.path,
    organisation,
    currentPhase: r.progress.currentPhase,
    // Every step done and the last verify of every environment passed (and is current).
    complete: connectionComplete(r.dossier, r.progress.currentPhase === null),
    phases: r.progress.phases.map((p) => ({
      number: p.number,
      title: p.title[ctx.lang],
      applicable: p.applicable,
      total: p.total,
      done: p.done,
      skipped: p.skipped,
      complete: p.complete,
    })),
    nextStep: n ? { id: n.step.id, title: n.step.title[ctx.lang] } : null,
    certificates,
    firstCertificateEnd: r.summary?.certEnd ?? null,
    certificateState: r.summary?.certState ?? null,
    lastActivity: r.summary?.lastActivity ?? null,
    due: r.summary?.due ?? { count: 0, next: null },
    renewals: r.summary?.renewals ?? [],
    environments: envViews(r),
    warnings: r.warnings,
  };
}

export function renderOne(ctx: Context, r: Row): string {
  const c = colours(ctx);
  const L = ctx.lang;
  if (!r.dossier || !r.progress) return `${c.red(t(L, 'label.error'))}: ${r.error}`;
  const o = r.dossier.organisation;
  const id = o.kind === 'overheid' ? (o.oin ? `OIN ${o.oin}` : '') : o.hrn ? `HRN ${o.hrn}` : '';
  const lines = [`${c.bold(visibleLine(o.name))}  ${c.dim(`${t(L, `label.kind.${o.kind}`)}${id ? `, ${id}` : ''}`)}`, c.dim(visibleLine(r.path)), ''];
  // The bar gives way on a narrow terminal (mark, title, bar and count fit in its width).
  const barWidth = Math.min(20, ctx.columns - 1 - 42);
  const progressBar = (done: number, total: number) => (barWidth >= 5 ? `${bar(done, total, barWidth)} ` : '');
  for (const p of r.progress.phases) {
    const mark = !p.applicable ? c.dim('–') : p.complete ? c.green('✔') : p.number === r.progress.currentPhase ? c.cyan('▶') : ' ';
    const title = pad(`${p.number}. ${p.title[L]}`, 32);
    if (!p.applicable) lines.push(`${mark} ${c.dim(title)} ${c.dim(t(L, 'label.na'))}`);
    else {
      const count = `${p.done + p.skipped}/${p.total}`;
      const skipped = p.skipped ? c.dim(` (${p.skipped} ${t(L, 'label.state.skipped')})`) : '';
      const shown = progressBar(p.done + p.skipped, p.total);
      lines.push(`${mark} ${title} ${p.complete ? c.green(shown) : shown}${count}${skipped}`);
    }
  }
  const views = envViews(r);
  if (views.length) {
    lines.push('');
    const mark = (s: string) => (s === 'ok' ? c.green('✔') : s === 'absent' ? c.dim('–') : s === 'locked' ? c.yellow('?') : c.red('✖'));
    for (const e of views) {
      // The items wrap under each other when the terminal is narrower than one line of them.
      const items = ENV_ITEMS.map((k) => `${mark(e[k])} ${k}`);
      let line = pad(e.env, 14);
      let width = 14;
      for (const [i, item] of items.entries()) {
        const w = 2 + ENV_ITEMS[i]!.length;
        if (i > 0 && width + 2 + w > ctx.columns - 1) {
          lines.push(line);
          line = ' '.repeat(14);
          width = 14;
        }
        line += i > 0 && width > 14 ? `  ${item}` : ` ${item}`;
        width += (i > 0 && width > 14 ? 2 : 1) + w;
      }
      lines.push(line);
      const v = e.verification;
      // Verifying an environment that records nothing says nothing.
      if (ENV_ITEMS.every((k) => e[k] === 'absent')) continue;
      const indent = ' '.repeat(15);
      if (!v) lines.push(c.dim(wrap(t(L, 'status.not-verified'), ctx.columns - 1, indent)));
      else {
        const text = t(L, 'status.verified', { date: v.at.slice(0, 10), errors: String(v.errors), warnings: String(v.warnings) });
        const codes = v.codes.length ? ` (${v.codes.join(', ')})` : '';
        const outdated = v.outdated ? ` — ${t(L, 'status.verify-outdated')}` : '';
        const colour = v.errors ? c.red : v.warnings ? c.yellow : c.green;
        if (15 + [...`${text}${codes}${outdated}`].length <= ctx.columns - 1) {
          lines.push(`${indent}${colour(text)}${c.dim(codes)}${outdated ? c.yellow(outdated) : ''}`);
        } else lines.push(colour(wrap(`${text}${codes}${outdated}`, ctx.columns - 1, indent)));
      }
    }
  }
  lines.push('');
  const n = r.progress.nextStep;
  if (n) lines.push(`${t(L, 'label.next-step')}: ${c.bold(n.step.id)}  ${n.step.title[L]}`);
  else lines.push(connectionComplete(r.dossier, true) ? c.green(t(L, 'all.completed')) : c.yellow(t(L, 'all.steps-done-verify')));
  for (const x of r.summary?.renewals ?? []) {
    const text = t(L, 'status.renewal', { role: t(L, dyn(`label.role.${x.role}`)), env: x.env, change: x.changeDate, end: x.doneBy });
    lines.push(c.yellow(wrap(text, ctx.columns - 1, '  ').replace(/^ {2}/, '')));
  }
  const due = r.summary?.due;
  if (due?.next) {
    const more = due.count > 1 ? c.dim(` (${t(L, 'status.due-more', { count: String(due.count - 1) })})`) : '';
    // Continuation lines indented under the text, the first at the margin like "Next step".
    lines.push(wrap(`${t(L, 'label.due')}: ${due.next.date} ${due.next.message}`, ctx.columns - 1, '  ').replace(/^ {2}/, '') + more);
  }
  if (r.warnings.length) {
    lines.push('', c.yellow(t(L, 'label.warnings')));
    for (const w of r.warnings) lines.push(`  ${c.yellow('!')} ${w.message}`);
  }
  return lines.join('\n');
}

/** One row of the help-desk table: its cells (every column; fitting picks), kept when the dossier is released. */
export interface TableRow {
  cells: string[];
  error: boolean;
  state: CertificateState | undefined;
}

export function tableRow(ctx: Context, r: Row): TableRow {
  const L = ctx.lang;
  if (!r.dossier || !r.progress)
    return { cells: [folderOf(r.path), `${t(L, 'label.error')}: ${r.error ?? ''}`, '', '', '', '', '', '', '', '', '', ''], error: true, state: undefined };
  const o = r.dossier.organisation;
  const applicable = r.progress.phases.filter((p) => p.applicable);
  const done = applicable.reduce((s, p) => s + p.done + p.skipped, 0);
  const total = applicable.reduce((s, p) => s + p.total, 0);
  const phase = r.progress.currentPhase === null ? '✔' : `${r.progress.currentPhase}/${applicable.length}`;
  const next = r.progress.nextStep?.step.id ?? t(L, 'label.all-done');
  // The first recorded certificate to expire: what a help desk has to chase, said in a word when
  // it has expired or expires within two months (not only in colour: a pipe or a printout has none).
  const state = r.summary?.certState;
  // A replacement under way is said too: the help desk then chases the CPA, not the certificate.
  const renewing = r.summary?.renewals?.length ? ` (${t(L, 'label.cert.renewing')})` : '';
  const certUntil = `${r.summary?.certEnd?.slice(0, 10) ?? ''}${state && state !== 'valid' ? ` ${t(L, `label.cert.${state}`)}` : ''}${renewing}`;
  // The last verify over all environments: ✔, or the number of errors (✖) and warnings (!).
  const v = verificationTotals(r.dossier);
  const verify = !v ? '' : v.errors || v.warnings ? [v.errors ? `✖${v.errors}` : '', v.warnings ? `!${v.warnings}` : ''].filter(Boolean).join(' ') : '✔';
  return {
    cells: [
      folderOf(r.path),
      visibleLine(o.name),
      visibleLine((o.kind === 'overheid' ? o.oin : o.hrn) ?? ''),
      phase,
      `${bar(done, total, 10)} ${done}/${total}`,
      `${done}/${total}`,
      next,
      certUntil,
      verify,
      r.warnings.length ? String(r.warnings.length) : '',
      r.summary?.lastActivity ?? '',
      r.summary?.due?.count ? String(r.summary.due.count) : '',
    ],
    error: false,
    state,
  };
}

export function renderTable(ctx: Context, data: TableRow[], total: number, sort?: SortKey): string {
  const c = colours(ctx);
  const L = ctx.lang;
  const head = [
    t(L, 'label.dossier'),
    t(L, 'label.organisation'),
    'OIN/HRN',
    t(L, 'label.phase'),
    t(L, 'label.progress'),
    t(L, 'label.progress'),
    t(L, 'label.next-step'),
    t(L, 'label.cert-until'),
    t(L, 'label.verify'),
    '!',
    t(L, 'label.last-activity'),
    t(L, 'label.due'),
  ];
  const { shown, widths } = fitColumns(
    head,
    // Error rows span the table in their own shape: they do not widen its columns.
    data.filter((d) => !d.error).map((d) => d.cells),
    Math.max(40, ctx.columns - 1),
    sort,
  );
  const pick = (cells: string[]) => shown.map((i) => cells[i] ?? '');
  // A path keeps its start and end, other cells their start.
  const cut = (s: string, k: number) => (shown[k] === 0 ? truncateMiddle(s, widths[k]!) : truncate(s, widths[k]!));
  const fmt = (cells: string[]) =>
    pick(cells)
      .map((s, k) => pad(cut(s, k), widths[k]!))
      .join('  ')
      .trimEnd();
  const lines = [c.bold(fmt(head)), c.dim(widths.map((w) => '─'.repeat(w)).join('  '))];
  const room = Math.max(40, ctx.columns - 1);
  for (const d of data) {
    if (d.error) lines.push(c.red(truncate(`${pad(truncateMiddle(d.cells[0]!, widths[0]!), widths[0]!)}  ${d.cells[1]}`, room)));
    else {
      const line = fmt(d.cells);
      lines.push(d.state === 'expired' ? c.red(line) : d.state === 'expiring' ? c.yellow(line) : line);
    }
  }
  const count =
    data.length === total
      ? t(L, 'label.overview', { count: String(total) })
      : t(L, 'label.overview-filtered', { shown: String(data.length), count: String(total) });
  lines.push('', c.dim(count));
  return lines.join('\n');
}

// Columns: 0 dossier, 1 organisation, 2 OIN/HRN, 3 phase, 4 progress with bar, 5 progress as a
// count, 6 next step, 7 first certificate end, 8 verify, 9 warnings, 10 last activity, 11 items due
// within 60 days (as `due` lists them).
const MIN: Record<number, number> = { 0: 12, 1: 12, 6: 10 };
const COMFORTABLE: Record<number, number> = { 0: 16, 1: 20, 6: 12 };
const MAX: Record<number, number> = { 0: 40, 1: 40 };

/** The table names a dossier by its folder: every file is called lz-onboard.json. */
function folderOf(path: string): string {
  return visibleLine(path.replace(/[\\/]lz-onboard\.json$/, '') || path);
}

/** A path cut in the middle: its start and its end (the client's folder) both stay readable. */
function truncateMiddle(s: string, width: number): string {
  const cps = [...s];
  if (cps.length <= width) return s;
  const head = Math.ceil((width - 1) / 2);
  return `${cps.slice(0, head).join('')}…${cps.slice(cps.length - (width - 1 - head)).join('')}`;
}

/**
 * The columns shown and their widths, so that no row is wider than the terminal (a help desk at 80
 * columns sees every dossier on one line): long cells are truncated, never wrapped, and columns give
 * way in a fixed order.
 */
export function fitColumns(head: string[], rows: string[][], room: number, sort?: SortKey): { shown: number[]; widths: number[] } {
  const natural = head.map((h, i) => Math.min(MAX[i] ?? 60, Math.max([...h].length, ...rows.map((r) => [...(r[i] ?? '')].length))));
  // What gives way, in order: the bar (a count instead), the count (the phase and next step stay),
  // the OIN/HRN, the count of due items, then the dates, the one the table is sorted by last.
  const [firstDate, lastDate] = sort === 'activity' ? [7, 10] : [10, 7];
  const steps = [
    (l: number[]) => l.map((i) => (i === 4 ? 5 : i)),
    ...[5, 2, 11, firstDate, lastDate].map((gone) => (l: number[]) => l.filter((i) => i !== gone)),
  ];
  const tries = [[0, 1, 2, 3, 4, 6, 7, 11, 10, 8, 9]];
  for (const step of steps) tries.push(step(tries[tries.length - 1]!));
  // Names are cut to a readable width before the progress or the OIN/HRN goes; the OIN/HRN and the
  // dates (an expired certificate must be seen) go only when names at their minimum still do not fit.
  const attempts = [...tries.slice(0, 3).map((shown) => ({ shown, floor: COMFORTABLE })), ...tries.map((shown) => ({ shown, floor: MIN }))];
  for (const { shown, floor } of attempts) {
    const r = shrink(shown, natural, room, floor);
    if (r.fits) return { shown, widths: r.widths };
  }
  const fewest = tries[tries.length - 1]!;
  return { shown: fewest, widths: shrink(fewest, natural, room, MIN).widths };
}

/** Widths for these columns within room, cutting the widest long column a character at a time down to its floor. */
function shrink(shown: number[], natural: number[], room: number, floor: Record<number, number>): { widths: number[]; fits: boolean } {
  const widths = shown.map((i) => natural[i]!);
  let total = widths.reduce((a, b) => a + b, 0) + 2 * (widths.length - 1);
  while (total > room) {
    let widest = -1;
    for (const [k, i] of shown.entries()) if (floor[i] !== undefined && widths[k]! > floor[i]! && (widest < 0 || widths[k]! > widths[widest]!)) widest = k;
    if (widest < 0) return { widths, fits: false };
    widths[widest]!--;
    total--;
  }
  return { widths, fits: true };
}
