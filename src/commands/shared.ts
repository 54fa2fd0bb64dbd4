// Helpers every command uses: who is acting, loading and updating the dossier with the
// user-facing messages that go with it, and --value parsing.
import type { Actor } from '../domain/actions.ts';
import type { Dossier } from '../domain/dossier-types.ts';
import { SCHEMA_VERSION } from '../domain/dossier-types.ts';
import { checklist } from '../checklist-data.ts';
import { loadDossier, updateDossier, type Loaded } from '../dossier/store.ts';
import { CliError } from '../ui/cli-error.ts';
import type { Context } from '../ui/context.ts';
import { info, warn } from '../ui/output.ts';

export function actor(ctx: Context): Actor {
  return { by: ctx.by, at: ctx.now().toISOString() };
}

export function today(ctx: Context): string {
  return ctx.now().toISOString().slice(0, 10);
}

export function readDossier(ctx: Context): Loaded {
  return loadDossier(ctx.dossierPath, checklist);
}

const lockMessages = (ctx: Context) => ({
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
