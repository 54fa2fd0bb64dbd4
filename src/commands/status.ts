// lz-onboard status [dossier-or-directory...]: one dossier in detail, or an overview for a help desk.
import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { environmentsOf, type Dossier } from '../domain/dossier-types.ts';
import { dossierWarnings, progress, type Progress } from '../domain/progress.ts';
import { verificationOf, verificationTotals } from '../domain/verification.ts';
import { checklist } from '../checklist-data.ts';
import { DossierError } from '../dossier/errors.ts';
import { loadDossier } from '../dossier/store.ts';
import { CliError } from '../ui/cli-error.ts';
import type { Context } from '../ui/context.ts';
import { EXIT } from '../ui/exit-codes.ts';
import { t } from '../ui/messages.ts';
import { bar, colours, out, pad, truncate, warn, writeJson } from '../ui/output.ts';
import { visibleLine } from '../ui/safe-text.ts';
import { today } from './shared.ts';

const DOSSIER_NAME = 'lz-onboard.json';
const SKIP_DIRS = new Set(['node_modules', '.git']);

/**
 * Every lz-onboard.json below `dir`, sorted for a stable overview, and the folders that could not
 * be read (a help desk must know what the overview leaves out). Symlinked folders are not followed
 * (no loops); a lz-onboard.json that is not a regular file is listed, so that it shows as an error.
 */
export function findDossiers(dir: string): { found: string[]; unreadable: string[] } {
  const found: string[] = [];
  const unreadable: string[] = [];
  const walk = (d: string) => {
    let entries: import('node:fs').Dirent[];
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch {
      unreadable.push(d);
      return;
    }
    for (const e of entries) {
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name)) walk(join(d, e.name));
      } else if (e.name === DOSSIER_NAME) found.push(join(d, e.name));
    }
  };
  walk(dir);
  return { found: found.sort(), unreadable: unreadable.sort() };
}

interface Row {
  path: string;
  dossier?: Dossier;
  progress?: Progress;
  warnings: { code: string; message: string }[];
  environments?: EnvSummary[];
  error?: string;
}

type DiskCheck = typeof import('./disk-check.ts').diskCheck;
type EnvSummary = import('./disk-check.ts').EnvSummary;

const recordsFiles = (d: Dossier) =>
  Object.values(d.certificates).some((e) => e.client || e.server) || Object.values(d.artefacts).some((a) => a.consumerspecificatie || a.cpa || a.ping);

// The comparison with files on disk lives in its own module, loaded at the first dossier that
// records files, so that status over dossiers without them does not load it.
let diskCheck: DiskCheck | undefined;

async function evaluate(ctx: Context, path: string, shownPath: string, day: string): Promise<Row> {
  try {
    const { dossier } = loadDossier(path, checklist);
    const p = progress(checklist, dossier);
    const found = dossierWarnings(checklist, dossier, day, p);
    let environments: EnvSummary[] | undefined;
    if (recordsFiles(dossier)) {
      diskCheck ??= (await import('./disk-check.ts')).diskCheck;
      const r = await diskCheck(path, dossier);
      found.push(...r.warnings);
      environments = r.environments;
    }
    const warnings = found.map((w) => ({ code: w.code, message: t(ctx.lang, w.code, w.params) }));
    return { path: shownPath, dossier, progress: p, warnings, environments };
  } catch (e) {
    if (e instanceof DossierError) {
      const hint = e.params['backup'] ? ` (${t(ctx.lang, 'dossier.backup-hint', e.params)})` : '';
      return { path: shownPath, warnings: [], error: t(ctx.lang, e.code, e.params) + hint };
    }
    throw e;
  }
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

function rowJson(ctx: Context, r: Row) {
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
    environments: envViews(r),
    warnings: r.warnings,
  };
}

function renderOne(ctx: Context, r: Row): string {
  const c = colours(ctx);
  const L = ctx.lang;
  if (!r.dossier || !r.progress) return `${c.red(t(L, 'label.error'))}: ${r.error}`;
  const o = r.dossier.organisation;
  const id = o.kind === 'overheid' ? (o.oin ? `OIN ${o.oin}` : '') : o.hrn ? `HRN ${o.hrn}` : '';
  const lines = [`${c.bold(visibleLine(o.name))}  ${c.dim(`${t(L, `label.kind.${o.kind}`)}${id ? `, ${id}` : ''}`)}`, c.dim(visibleLine(r.path)), ''];
  for (const p of r.progress.phases) {
    const mark = !p.applicable ? c.dim('–') : p.complete ? c.green('✔') : p.number === r.progress.currentPhase ? c.cyan('▶') : ' ';
    const title = pad(`${p.number}. ${p.title[L]}`, 32);
    if (!p.applicable) lines.push(`${mark} ${c.dim(title)} ${c.dim(t(L, 'label.na'))}`);
    else {
      const count = `${p.done + p.skipped}/${p.total}`;
      const skipped = p.skipped ? c.dim(` (${p.skipped} ${t(L, 'label.state.skipped')})`) : '';
      lines.push(`${mark} ${title} ${p.complete ? c.green(bar(p.done + p.skipped, p.total)) : bar(p.done + p.skipped, p.total)} ${count}${skipped}`);
    }
  }
  const views = envViews(r);
  if (views.length) {
    lines.push('');
    const mark = (s: string) => (s === 'ok' ? c.green('✔') : s === 'absent' ? c.dim('–') : s === 'locked' ? c.yellow('?') : c.red('✖'));
    for (const e of views) {
      lines.push(`${pad(e.env, 14)} ${ENV_ITEMS.map((k) => `${mark(e[k])} ${k}`).join('  ')}`);
      const v = e.verification;
      // Verifying an environment that records nothing says nothing.
      if (ENV_ITEMS.every((k) => e[k] === 'absent')) continue;
      if (!v) lines.push(`${' '.repeat(15)}${c.dim(t(L, 'status.not-verified'))}`);
      else {
        const text = t(L, 'status.verified', { date: v.at.slice(0, 10), errors: String(v.errors), warnings: String(v.warnings) });
        const codes = v.codes.length ? c.dim(` (${v.codes.join(', ')})`) : '';
        const outdated = v.outdated ? c.yellow(` — ${t(L, 'status.verify-outdated')}`) : '';
        lines.push(`${' '.repeat(15)}${(v.errors ? c.red : v.warnings ? c.yellow : c.green)(text)}${codes}${outdated}`);
      }
    }
  }
  lines.push('');
  const n = r.progress.nextStep;
  lines.push(n ? `${t(L, 'label.next-step')}: ${c.bold(n.step.id)}  ${n.step.title[L]}` : c.green(t(L, 'all.completed')));
  if (r.warnings.length) {
    lines.push('', c.yellow(t(L, 'label.warnings')));
    for (const w of r.warnings) lines.push(`  ${c.yellow('!')} ${w.message}`);
  }
  return lines.join('\n');
}

function renderTable(ctx: Context, rows: Row[], total: number): string {
  const c = colours(ctx);
  const L = ctx.lang;
  const head = [
    t(L, 'label.dossier'),
    t(L, 'label.organisation'),
    'OIN/HRN',
    t(L, 'label.phase'),
    t(L, 'label.progress'),
    t(L, 'label.next-step'),
    t(L, 'label.cert-until'),
    t(L, 'label.verify'),
    '!',
  ];
  const data = rows.map((r) => {
    if (!r.dossier || !r.progress) return { cells: [visibleLine(r.path), `${t(L, 'label.error')}: ${r.error ?? ''}`, '', '', '', '', '', '', ''], error: true };
    const o = r.dossier.organisation;
    const applicable = r.progress.phases.filter((p) => p.applicable);
    const done = applicable.reduce((s, p) => s + p.done + p.skipped, 0);
    const total = applicable.reduce((s, p) => s + p.total, 0);
    const phase = r.progress.currentPhase === null ? '✔' : `${r.progress.currentPhase}/${applicable.length}`;
    const next = r.progress.nextStep?.step.id ?? t(L, 'label.all-done');
    // The first recorded certificate to expire: what a help desk has to chase.
    const ends = Object.values(r.dossier.certificates)
      .flatMap((e) => [e.client?.notAfter, e.server?.notAfter])
      .filter((x): x is string => Boolean(x))
      .sort();
    const certUntil = ends[0]?.slice(0, 10) ?? '';
    // The last verify over all environments: ✔, or the number of errors (✖) and warnings (!).
    const v = verificationTotals(r.dossier);
    const verify = !v ? '' : v.errors || v.warnings ? [v.errors ? `✖${v.errors}` : '', v.warnings ? `!${v.warnings}` : ''].filter(Boolean).join(' ') : '✔';
    return {
      cells: [
        visibleLine(r.path),
        visibleLine(o.name),
        visibleLine((o.kind === 'overheid' ? o.oin : o.hrn) ?? ''),
        phase,
        `${bar(done, total, 10)} ${done}/${total}`,
        next,
        certUntil,
        verify,
        r.warnings.length ? String(r.warnings.length) : '',
      ],
      error: false,
    };
  });
  const widths = head.map((h, i) => Math.min(i === 0 || i === 1 ? 40 : 60, Math.max([...h].length, ...data.map((d) => [...(d.cells[i] ?? '')].length))));
  const fmt = (cells: string[]) =>
    cells
      .map((s, i) => pad(truncate(s, widths[i]!), widths[i]!))
      .join('  ')
      .trimEnd();
  const lines = [c.bold(fmt(head)), c.dim(widths.map((w) => '─'.repeat(w)).join('  '))];
  for (const d of data) {
    if (d.error) lines.push(c.red(`${pad(truncate(d.cells[0]!, widths[0]!), widths[0]!)}  ${d.cells[1]}`));
    else lines.push(fmt(d.cells));
  }
  const count =
    rows.length === total
      ? t(L, 'label.overview', { count: String(total) })
      : t(L, 'label.overview-filtered', { shown: String(rows.length), count: String(total) });
  lines.push('', c.dim(count));
  return lines.join('\n');
}

export interface StatusOptions {
  attention?: boolean;
  phase?: string;
}

/** The help desk's filters: what needs attention, or who is in a given phase. */
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
    return true;
  };
}

export async function runStatus(ctx: Context, paths: string[], o: StatusOptions = {}): Promise<number> {
  const keep = rowFilter(o);
  let targets: { path: string; shown: string }[];
  let detailed: boolean;
  const unreadable: string[] = [];
  if (paths.length === 0) {
    targets = [{ path: ctx.dossierPath, shown: relative(ctx.cwd, ctx.dossierPath) || ctx.dossierPath }];
    detailed = true;
  } else {
    targets = [];
    for (const p of paths) {
      const abs = resolve(ctx.cwd, p);
      let isDir = false;
      try {
        isDir = statSync(abs).isDirectory();
      } catch {
        isDir = false;
      }
      if (isDir) {
        const { found, unreadable: skipped } = findDossiers(abs);
        unreadable.push(...skipped.map((u) => join(p, relative(abs, u))));
        if (found.length === 0 && paths.length === 1 && !skipped.length) throw new CliError('dossier.none-found', { path: p }, EXIT.dossier);
        for (const f of found) targets.push({ path: f, shown: join(p, relative(abs, f)) });
      } else targets.push({ path: abs, shown: p });
    }
    detailed = paths.length === 1 && targets.length === 1 && !statSafeIsDir(resolve(ctx.cwd, paths[0]!));
  }
  const day = today(ctx);
  const all: Row[] = [];
  for (const x of targets) all.push(await evaluate(ctx, x.path, x.shown, day));
  const rows = all.filter(keep);
  if (unreadable.length)
    warn(ctx, 'status.unreadable-dirs', { count: String(unreadable.length), dirs: unreadable.slice(0, 5).join(', ') + (unreadable.length > 5 ? ', …' : '') });
  if (ctx.json) writeJson(ctx, { dossiers: rows.map((r) => rowJson(ctx, r)), ...(unreadable.length ? { unreadableFolders: unreadable } : {}) });
  else if (detailed && rows[0]?.error) ctx.stderr.write(`lz-onboard: ${rows[0].error}\n`);
  else if (detailed && rows[0]) out(ctx, renderOne(ctx, rows[0]));
  else out(ctx, renderTable(ctx, rows, all.length));
  return all.some((r) => r.error) || unreadable.length ? EXIT.dossier : EXIT.ok;
}

function statSafeIsDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}
