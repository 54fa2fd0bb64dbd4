// Helpers every command uses: who is acting, loading and updating the dossier with the
// user-facing messages that go with it, and --value parsing.
import type { Actor } from '../domain/actions.ts';
import type { Dossier } from '../domain/dossier-types.ts';
import { SCHEMA_VERSION } from '../domain/dossier-types.ts';
import { checklist } from '../checklist-data.ts';
import { loadDossier, updateDossier, type Loaded } from '../dossier/store.ts';
import { amsterdamDay } from '../domain/calendar.ts';
import { TEXT_MAX, unsafeIn } from '../domain/text.ts';
import { CliError } from '../ui/cli-error.ts';
import type { Context } from '../ui/context.ts';
import { info, warn } from '../ui/output.ts';

export function actor(ctx: Context): Actor {
  const by = ctx.by;
  // --by and LZ_ONBOARD_BY end up in every history entry: refused before anything is written.
  if (unsafeIn(by)) throw new CliError('flag.invalid', { flag: '--by / LZ_ONBOARD_BY', reason: 'value.control' });
  if ([...by].length > TEXT_MAX.by) throw new CliError('flag.invalid', { flag: '--by / LZ_ONBOARD_BY', reason: 'value.too-long', max: String(TEXT_MAX.by) });
  return { by, at: ctx.now().toISOString() };
}

/** A path as it will be recorded in the dossier: no control characters, a sane length. */
export function recordablePath(p: string): string {
  if (unsafeIn(p)) throw new CliError('path.invalid', { path: p, reason: 'value.control' });
  if (p.length > TEXT_MAX.path) throw new CliError('path.invalid', { path: p.slice(0, 80), reason: 'value.too-long', max: String(TEXT_MAX.path) });
  return p;
}

/** Today as the user's calendar has it (Europe/Amsterdam), not the UTC day. */
export function today(ctx: Context): string {
  return amsterdamDay(ctx.now());
}

export function readDossier(ctx: Context): Loaded {
  return loadDossier(ctx.dossierPath, checklist);
}

/** How long to wait for another lz-onboard's lock: LZ_ONBOARD_LOCK_TIMEOUT seconds, else 30. */
function lockTimeoutMs(ctx: Context): number {
  const raw = ctx.env['LZ_ONBOARD_LOCK_TIMEOUT'];
  if (raw === undefined || raw === '') return 30_000;
  if (!/^\d{1,5}(\.\d+)?$/.test(raw)) throw new CliError('flag.invalid', { flag: 'LZ_ONBOARD_LOCK_TIMEOUT', reason: 'value.seconds' });
  return Number(raw) * 1000;
}

const lockMessages = (ctx: Context) => ({
  timeoutMs: lockTimeoutMs(ctx),
  onStale: (i: { pid: number }) => warn(ctx, 'dossier.stale-lock', { pid: String(i.pid) }),
});

/** Load, change and save the dossier under its lock, telling the user about a migration. */
export async function changeDossier<R>(ctx: Context, change: (d: Dossier) => { dossier: Dossier | null; result: R }): Promise<R> {
  let migratedFrom: number | undefined;
  const r = await updateDossier(
    ctx.dossierPath,
    checklist,
    (loaded) => {
      migratedFrom = loaded.migratedFrom;
      return change(loaded.dossier);
    },
    lockMessages(ctx),
  );
  if (migratedFrom !== undefined) {
    info(ctx, 'dossier.migrated', { from: String(migratedFrom), to: String(SCHEMA_VERSION), backup: `${ctx.dossierPath}.v${migratedFrom}.bak` });
  }
  return r;
}

export { lockMessages };

/** `--value key=value` (repeatable) into a record; a later key wins. */
export function parseValueFlags(list: string[] | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const item of list ?? []) {
    const i = item.indexOf('=');
    if (i <= 0) throw new CliError('step.value-syntax', { value: item });
    out[item.slice(0, i).trim()] = item.slice(i + 1);
  }
  return out;
}
