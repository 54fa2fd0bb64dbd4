// The wizard's phase-2 (and phase-4) steps that lz-onboard can do itself: generate the
// Consumerspecificatie, check the CPA, generate the ping document. Prompts first, then the same
// command runs as a listr2 task with its output held back until the task list is done.
import { loadListr } from '../ui/vendor.ts';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { PhaseDef, StepDef } from '../domain/checklist.ts';
import type { Dossier } from '../domain/dossier-types.ts';
import { validate } from '../domain/validators.ts';
import type { Context } from '../ui/context.ts';
import { EXIT } from '../ui/exit-codes.ts';
import { t, dyn } from '../ui/messages.ts';
import { askConfirm, askInput } from '../ui/prompts.ts';
import type { Writer } from '../ui/terminal.ts';

function buffered(ctx: Context): { ctx: Context; flush: () => void } {
  const out: string[] = [];
  const err: string[] = [];
  const w = (list: string[]): Writer => ({ write: (s: string) => void list.push(s), document: (s: string) => void list.push(s) });
  const inner = Object.create(ctx, { stdout: { value: w(out) }, stderr: { value: w(err) }, interactive: { value: false } }) as Context;
  return { ctx: inner, flush: () => ctx.stderr.write(err.join('') + out.join('')) };
}

/** Offers to run the step's command (which completes the step when its checks pass) and shows its output. */
export async function driveStep(ctx: Context, d: Dossier, phase: PhaseDef, step: StepDef): Promise<void> {
  const L = ctx.lang;
  const env = phase.environment ?? 'preproductie';
  if (!(await askConfirm(t(L, dyn(`wizard.drive.${step.drivenBy}`)), true))) return;
  const dir = dirname(ctx.dossierPath);
  let run: (c: Context) => Promise<number>;
  if (step.drivenBy === 'spec-consumer') {
    const current = d.environments[env]['endpoint'] as string | undefined;
    const endpoint =
      current ??
      (
        await askInput({
          message: t(L, 'spec.ask.endpoint'),
          required: true,
          validate: (v) => {
            const r = validate('httpsUrl', v);
            return r.ok ? null : t(L, dyn(r.error));
          },
        })
      ).trim();
    const file = join(dir, `consumerspecificatie-${env}.xml`);
    const force = existsSync(file) ? await askConfirm(t(L, 'wizard.drive.overwrite', { file }), false) : false;
    if (existsSync(file) && !force) return;
    const { runSpecConsumer } = await import('./spec.ts');
    run = (c) => runSpecConsumer(c, { env, endpoint, force });
  } else if (step.drivenBy === 'cpa-check') {
    const file = (
      await askInput({ message: t(L, 'wizard.drive.cpa-file'), required: true, validate: (v) => (existsSync(v.trim()) ? null : t(L, 'certfile.not-found')) })
    ).trim();
    const { runCpaCheck } = await import('./cpa.ts');
    run = (c) => runCpaCheck(c, file, { env });
  } else {
    const file = join(dir, `ping-${env}.xml`);
    const force = existsSync(file) ? await askConfirm(t(L, 'wizard.drive.overwrite', { file }), false) : false;
    if (existsSync(file) && !force) return;
    const { runSpecPing } = await import('./spec.ts');
    run = (c) => runSpecPing(c, { env, force });
  }
  const held = buffered(ctx);
  const { Listr } = await loadListr();
  const tasks = new Listr(
    [
      {
        title: t(L, dyn(`wizard.drive.task.${step.drivenBy}`), { env }),
        task: async () => {
          const code = await run(held.ctx);
          if (code !== EXIT.ok) throw new Error(t(L, 'wizard.drive.failed'));
        },
      },
    ],
    { exitOnError: false, renderer: ctx.color ? 'default' : 'simple' },
  );
  try {
    await tasks.run();
  } catch {
    /* shown below */
  }
  held.flush();
}
