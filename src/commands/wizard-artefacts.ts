// The wizard's phase-2 (and phase-4) steps that lz-onboard can do itself: generate the
// Consumerspecificatie, check the CPA, generate the ping document. Missing inputs are asked first
// (certificates included), then the use case runs as a listr2 task and its report is shown.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { consumerSpecInputs, generateConsumerSpec } from '../app/generate-consumer-spec.ts';
import type { Ask } from '../app/generate-document.ts';
import { generatePing, pingInputs } from '../app/generate-ping.ts';
import { checkCpa } from '../app/record-cpa.ts';
import { readDossier } from '../app/dossier.ts';
import { unmetCertificates } from '../domain/requirements.ts';
import type { PhaseDef, StepDef } from '../domain/checklist.ts';
import type { Dossier } from '../domain/dossier-types.ts';
import { DomainError } from '../domain/errors.ts';
import { validate } from '../domain/validators.ts';
import { CliError } from '../ui/cli-error.ts';
import type { Context } from '../ui/context.ts';
import { t, dyn } from '../ui/messages.ts';
import { askConfirm, askInput } from '../ui/prompts.ts';
import { reportCpa } from '../ui/render-cpa.ts';
import { reportDocument } from '../ui/render-document.ts';
import { warn } from '../ui/output.ts';
import { loadListr } from '../ui/vendor.ts';
import { collectCertificates, unlockRecorded } from './wizard-certs.ts';

/** Asks for a value the dossier does not hold yet, checked as its flag would be. */
function wizardAsk(ctx: Context): Ask {
  return async (flag, question) => {
    const check = flag === '--endpoint' ? 'httpsUrl' : null;
    const answer = await askInput({
      message: t(ctx.lang, dyn(question)),
      required: true,
      validate: (v) => {
        if (flag.endsWith('-cert')) return existsSync(v.trim()) ? null : t(ctx.lang, 'certfile.not-found');
        if (!check) return null;
        const r = validate(check, v);
        return r.ok ? null : t(ctx.lang, dyn(r.error));
      },
    });
    return answer.trim();
  };
}

/** A use case's refusal in the user's words, never a bare message code. */
function explain(ctx: Context, e: unknown): string {
  if (e instanceof CliError || e instanceof DomainError) return t(ctx.lang, dyn(e.code), e.params);
  throw e;
}

/** Reports go to stderr with the wizard's other output; stdout stays free. */
function onStderr(ctx: Context): Context {
  return Object.create(ctx, { stdout: { value: ctx.stderr } }) as Context;
}

async function replaceOk(ctx: Context, file: string): Promise<boolean | null> {
  if (!existsSync(file)) return false;
  return (await askConfirm(t(ctx.lang, 'wizard.drive.overwrite', { file }), false)) ? true : null;
}

/** Runs the work as a task; an error thrown by it is handed back (for the report), not lost in the task list. */
async function asTask(ctx: Context, title: string, run: () => Promise<boolean>): Promise<void> {
  const { Listr } = await loadListr();
  let failure: unknown = null;
  const tasks = new Listr(
    [
      {
        title,
        task: async () => {
          let ok = false;
          try {
            ok = await run();
          } catch (e) {
            failure = e;
          }
          if (!ok) throw new Error(t(ctx.lang, 'wizard.drive.failed'));
        },
      },
    ],
    { exitOnError: false, renderer: ctx.color ? 'default' : 'simple' },
  );
  try {
    await tasks.run();
  } catch {
    /* reported below */
  }
  if (failure) throw failure;
}

/** Offers to do the step's work (which completes the step when its checks pass) and reports it. */
export async function driveStep(ctx: Context, d: Dossier, phase: PhaseDef, step: StepDef): Promise<void> {
  const L = ctx.lang;
  const env = phase.environment ?? 'preproductie';
  if (!(await askConfirm(t(L, dyn(`wizard.drive.${step.drivenBy}`)), true))) return;
  const dir = dirname(ctx.dossierPath);
  const view = onStderr(ctx);
  const title = t(L, dyn(`wizard.drive.task.${step.drivenBy}`), { env });
  let report: (() => void) | null = null;
  try {
    if (step.drivenBy === 'spec-consumer') {
      // The document carries both certificates: ask for any not recorded (or expired) first.
      const unmet = unmetCertificates(d, env, (ctx.checkAt ?? ctx.now()).toISOString());
      if (unmet.length && !(await collectCertificates(ctx, d, unmet))) {
        warn(ctx, 'wizard.certs-not-ok');
        return;
      }
      await unlockRecorded(ctx, unmet.length ? readDossier(ctx).dossier : d, env);
      const force = await replaceOk(ctx, join(dir, `consumerspecificatie-${env}.xml`));
      if (force === null) return;
      const inputs = await consumerSpecInputs(ctx, { env }, wizardAsk(ctx));
      await asTask(ctx, title, async () => {
        const outcome = await generateConsumerSpec(ctx, inputs, { env, force });
        report = () => reportDocument(view, outcome);
        return outcome.kind === 'written';
      });
    } else if (step.drivenBy === 'cpa-check') {
      const file = (
        await askInput({ message: t(L, 'wizard.drive.cpa-file'), required: true, validate: (v) => (existsSync(v.trim()) ? null : t(L, 'certfile.not-found')) })
      ).trim();
      await unlockRecorded(ctx, d, env);
      await asTask(ctx, title, async () => {
        const outcome = await checkCpa(ctx, file, { env });
        report = () => reportCpa(view, outcome);
        return !outcome.errors;
      });
    } else {
      const force = await replaceOk(ctx, join(dir, `ping-${env}.xml`));
      if (force === null) return;
      const inputs = await pingInputs(ctx, { env }, wizardAsk(ctx));
      await asTask(ctx, title, async () => {
        const outcome = await generatePing(ctx, inputs, { env, force });
        report = () => reportDocument(view, outcome);
        return outcome.kind === 'written';
      });
    }
  } catch (e) {
    const message = explain(ctx, e);
    report = () => ctx.stderr.write(`✖ ${message}\n`);
  }
  (report as (() => void) | null)?.();
}
