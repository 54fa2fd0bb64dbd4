// lz-onboard intermediary: record (or clear) the provider or gateway that does the TLS for this
// organisation with a certificate carrying its own OIN. Then a certificate OIN that differs from the
// PartyId is accepted when it is the intermediary's (Koppelvlakstandaard ebMS2, PartyId; Best
// Practices ebMS2 EB005, EB014), with a note instead of an error.
import { withIntermediary } from '../domain/records.ts';
import { analyseOin } from '../domain/identifiers.ts';
import { plainText, TEXT_MAX } from '../domain/text.ts';
import { CliError } from '../ui/cli-error.ts';
import type { Context } from '../ui/context.ts';
import { EXIT } from '../ui/exit-codes.ts';
import { success, writeJson } from '../ui/output.ts';
import { actor, changeDossier } from '../app/dossier.ts';

export interface IntermediaryOptions {
  oin?: string;
  name?: string;
  clear?: boolean;
}

export async function runIntermediary(ctx: Context, o: IntermediaryOptions): Promise<number> {
  if (o.clear && (o.oin || o.name)) throw new CliError('flag.conflict-clear', { flag: '--clear' });
  let value: { name: string; oin: string } | null = null;
  if (!o.clear) {
    if (!o.oin || !o.name) throw new CliError('flags.required', { flags: [!o.oin && '--oin', !o.name && '--name'].filter(Boolean).join(', ') });
    const r = analyseOin(o.oin);
    const err = r.findings.find((f) => f.severity === 'error');
    if (!r.valid || err) throw new CliError('flag.invalid', { flag: '--oin', reason: err?.code ?? 'id.invalid', ...(err?.params ?? {}) });
    value = { name: plainText('--name', o.name.trim(), TEXT_MAX.name), oin: r.value };
  }
  const who = actor(ctx);
  await changeDossier(ctx, (x) => ({ dossier: withIntermediary(x, value, who), result: null }));
  if (ctx.json) writeJson(ctx, { intermediary: value });
  else if (value) success(ctx, 'intermediary.set', { name: value.name, oin: value.oin });
  else success(ctx, 'intermediary.cleared');
  return EXIT.ok;
}
