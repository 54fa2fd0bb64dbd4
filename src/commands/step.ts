// lz-onboard step list|show|done|skip|reopen
import { captureValues, completeStep, parseStepValues, recordValues, reopenStep, requireStep, skipStep, type ActionResult } from '../domain/actions.ts';
import { certAddCommand, quoteArg } from '../domain/requirements.ts';
import { allSteps, notApplicableReason, type PhaseDef, type StepDef } from '../domain/checklist.ts';
import type { Dossier } from '../domain/dossier-types.ts';
import { progress, stepState } from '../domain/progress.ts';
import { checklist } from '../checklist-data.ts';
import { CliError, missingFlag } from '../ui/cli-error.ts';
import type { Context } from '../ui/context.ts';
import { EXIT } from '../ui/exit-codes.ts';
import { reportAllDone } from '../ui/report-complete.ts';
import { verifyErrors } from '../app/completion-check.ts';
import { t, dyn } from '../ui/messages.ts';
import { colours, out, success, warn, writeJson } from '../ui/output.ts';
import { askInput } from '../ui/prompts.ts';
import { renderStep, stateLabel } from '../ui/render-step.ts';
import { actor, changeDossier, parseValueFlags, readDossier } from '../app/dossier.ts';

export interface StepOptions {
  value?: string[];
  note?: string;
  reason?: string;
  exception?: string;
}

function stepJson(d: Dossier, phase: PhaseDef, step: StepDef) {
  const values = captureValues(d, phase, step);
  return {
    id: step.id,
    phase: phase.number,
    title: step.title,
    applicable: stepState(d, phase, step) !== 'n/a',
    state: stepState(d, phase, step),
    optional: step.optional === true,
    ...(step.drivenBy ? { drivenBy: `lz-onboard ${step.drivenBy.replace('-', ' ')}` } : {}),
    requires: (step.requires ?? []).map((r) => ({
      certificate: r.certificate,
      met: Boolean(d.certificates[r.certificate.env][r.certificate.role]),
      command: certAddCommand(r),
    })),
    captures: (step.captures ?? []).map((c) => ({
      key: c.key,
      required: c.required,
      example: c.example,
      label: c.label,
      ...(c.options ? { options: c.options } : {}),
      ...(values[c.key] !== undefined ? { value: values[c.key] } : {}),
    })),
  };
}

export function runStepList(ctx: Context): number {
  const { dossier: d } = readDossier(ctx);
  const steps = allSteps(checklist);
  if (ctx.json) {
    writeJson(ctx, { steps: steps.map(({ phase, step }) => stepJson(d, phase, step)) });
    return EXIT.ok;
  }
  const c = colours(ctx);
  const L = ctx.lang;
  const lines: string[] = [];
  for (const phase of checklist.phases) {
    lines.push(c.bold(`${t(L, 'label.phase')} ${phase.number}: ${phase.title[L]}`));
    for (const step of phase.steps) {
      const s = stepState(d, phase, step);
      const title = s === 'n/a' ? c.dim(step.title[L]) : step.title[L];
      lines.push(`  ${stateLabel(ctx, s).padEnd(ctx.color ? 26 : 16)} ${step.id.padEnd(24)} ${title}`);
    }
    lines.push('');
  }
  out(ctx, lines.join('\n').trimEnd());
  return EXIT.ok;
}

export function runStepShow(ctx: Context, id: string | undefined): number {
  if (!id) throw new CliError('step.id-required');
  const { dossier: d } = readDossier(ctx);
  const { phase, step } = requireStep(checklist, id);
  const reason = notApplicableReason(phase, step, d.organisation.kind);
  const record = d.steps[step.id];
  if (ctx.json) {
    writeJson(ctx, {
      step: {
        ...stepJson(d, phase, step),
        do: step.do,
        letOp: step.letOp ?? [],
        ...(step.leverancier ? { leverancier: step.leverancier } : {}),
        middelen: step.middelen ?? { nl: [], en: [] },
        ...(reason ? { notApplicableReason: reason } : {}),
        record: record ?? { state: 'open' },
      },
    });
    return EXIT.ok;
  }
  const header = `${t(ctx.lang, 'label.phase')} ${phase.number}: ${phase.title[ctx.lang]}`;
  out(
    ctx,
    renderStep(
      ctx,
      {
        phase,
        step,
        state: stepState(d, phase, step),
        kind: d.organisation.kind,
        values: captureValues(d, phase, step),
        record,
        notApplicable: reason?.[ctx.lang] ?? null,
        certificates: d.certificates,
      },
      header,
    ),
  );
  return EXIT.ok;
}

function report(ctx: Context, id: string, r: ActionResult, messageId: string): number {
  const { phase, step } = requireStep(checklist, id);
  const p = progress(checklist, r.dossier);
  const next = p.nextStep;
  if (ctx.json) {
    writeJson(ctx, {
      step: stepJson(r.dossier, phase, step),
      warnings: r.warnings.map((w) => ({ code: w.code, message: t(ctx.lang, dyn(w.code), w.params) })),
      completedPhases: r.completedPhases,
      currentPhase: p.currentPhase,
      // Every step done and verify passing: only then is the connection complete.
      complete: p.currentPhase === null && verifyErrors(ctx, r.dossier) === 0,
      nextStep: next ? { id: next.step.id, title: next.step.title[ctx.lang] } : null,
    });
    return EXIT.ok;
  }
  for (const w of r.warnings) warn(ctx, dyn(w.code), w.params);
  success(ctx, dyn(messageId), { step: id, title: step.title[ctx.lang] });
  for (const n of r.completedPhases) {
    const ph = checklist.phases.find((x) => x.number === n)!;
    success(ctx, 'phase.completed', { phase: String(n), title: ph.title[ctx.lang] });
  }
  if (next) out(ctx, `${t(ctx.lang, 'label.next-step')}: ${next.step.id}  ${next.step.title[ctx.lang]}`);
  else if (p.currentPhase === null) reportAllDone(ctx, r.dossier);
  return EXIT.ok;
}

export async function runStepDone(ctx: Context, id: string | undefined, o: StepOptions): Promise<number> {
  if (!id) throw new CliError('step.id-required');
  const values = parseStepValues(checklist, id, parseValueFlags(o.value));
  const who = actor(ctx);
  const r = await changeDossier(ctx, (d) => {
    const res = completeStep(checklist, d, id, values, who, o.note, o.exception);
    return { dossier: res.dossier, result: res };
  });
  return report(ctx, id, r, 'step.done');
}

/** Values for a step that stays as it is: a date planned or a form sent before the step is done. */
export async function runStepSet(ctx: Context, id: string | undefined, o: StepOptions): Promise<number> {
  if (!id) throw new CliError('step.id-required');
  const values = parseStepValues(checklist, id, parseValueFlags(o.value));
  if (!Object.keys(values).length) throw missingFlag('--value');
  const who = actor(ctx);
  const r = await changeDossier(ctx, (d) => {
    const res = recordValues(checklist, d, id, values, who);
    return { dossier: res.dossier, result: res };
  });
  return report(ctx, id, r, 'step.values-set');
}

export async function runStepSkip(ctx: Context, id: string | undefined, o: StepOptions): Promise<number> {
  if (!id) throw new CliError('step.id-required');
  requireStep(checklist, id);
  let reason = o.reason?.trim();
  if (!reason) {
    if (!ctx.interactive) throw missingFlag('--reason');
    reason = (await askInput({ message: t(ctx.lang, 'wizard.skip-reason'), required: true })).trim();
  }
  const who = actor(ctx);
  const r = await changeDossier(ctx, (d) => {
    const res = skipStep(checklist, d, id, reason!, who, o.note);
    return { dossier: res.dossier, result: res };
  });
  return report(ctx, id, r, 'step.skipped');
}

export async function runStepReopen(ctx: Context, id: string | undefined, o: StepOptions): Promise<number> {
  if (!id) throw new CliError('step.id-required');
  const who = actor(ctx);
  const r = await changeDossier(ctx, (d) => {
    const res = reopenStep(checklist, d, id, who, o.note);
    return { dossier: res.dossier, result: res };
  });
  return report(ctx, id, r, 'step.reopened');
}

/** The command a script would run to complete a step, with example values for what is missing. */
export function doneCommand(d: Dossier, phase: PhaseDef, step: StepDef): string {
  const values = captureValues(d, phase, step);
  const flags = (step.captures ?? [])
    .filter((c) => c.required && values[c.key] === undefined)
    .map((c) => ` --value ${quoteArg(`${c.key}=${c.example}`)}`)
    .join('');
  return `lz-onboard step done ${step.id}${flags}`;
}
