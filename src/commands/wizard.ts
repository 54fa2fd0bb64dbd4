// lz-onboard wizard (and lz-onboard without arguments on a terminal): walks the open steps one by
// one, recording each answer as it is given. Without a terminal it prints the next step and the
// command that would complete it.
import { existsSync } from 'node:fs';
import { captureValues, completeStep, recordValues, skipStep } from '../domain/actions.ts';
import { certAddCommand, quoteArg, unmetRequirements } from '../domain/requirements.ts';
import type { CaptureDef, PhaseDef, StepDef } from '../domain/checklist.ts';
import type { Dossier, Values } from '../domain/dossier-types.ts';
import { progress, stepState } from '../domain/progress.ts';
import { formatValue, validate } from '../domain/validators.ts';
import { checklist } from '../checklist-data.ts';
import { checkArtefactGate } from '../domain/artefact-gate.ts';
import { DomainError } from '../domain/errors.ts';
import { CliError } from '../ui/cli-error.ts';
import type { Context } from '../ui/context.ts';
import { EXIT } from '../ui/exit-codes.ts';
import { reportAllDone } from '../ui/report-complete.ts';
import { verifyErrors } from '../app/completion-check.ts';
import { t, dyn } from '../ui/messages.ts';
import { colours, out, success, warn, writeJson } from '../ui/output.ts';
import { askInput, askSelect, setPromptLanguage } from '../ui/prompts.ts';
import { renderPhaseIntro, renderResultaat, renderStep } from '../ui/render-step.ts';
import { runInit } from './init.ts';
import { actor, changeDossier, readDossier } from '../app/dossier.ts';
import { parseAt } from '../app/options.ts';
import { doneCommand } from './step.ts';

function dossierFlag(ctx: Context): string {
  return ctx.dossierExplicit ? ` --dossier ${quoteArg(ctx.dossierPath)}` : '';
}

function printNextNonInteractive(ctx: Context): number {
  const L = ctx.lang;
  if (!existsSync(ctx.dossierPath)) {
    const cmd = `lz-onboard init${dossierFlag(ctx)} --kind overheid|leverancier --name '...' --oin <OIN>|--hrn <HRN> --network internet|diginetwerk --standard stuf|mo --zaaktype '...'`;
    if (ctx.json) writeJson(ctx, { dossier: ctx.dossierPath, exists: false, nextStep: null, command: cmd });
    else out(ctx, `${t(L, 'wizard.no-dossier-noninteractive', { file: ctx.dossierPath })}\n  ${cmd}`);
    return EXIT.ok;
  }
  const { dossier: d } = readDossier(ctx);
  const p = progress(checklist, d);
  if (!p.nextStep) {
    const errors = verifyErrors(ctx, d);
    if (ctx.json)
      writeJson(ctx, { dossier: ctx.dossierPath, exists: true, currentPhase: p.currentPhase, complete: errors === 0, nextStep: null, command: null });
    else out(ctx, errors ? t(L, 'all.steps-done-verify-fails', { errors: String(errors) }) : t(L, 'all.completed'));
    return EXIT.ok;
  }
  const { phase, step } = p.nextStep;
  const cmd = doneCommand(d, phase, step).replace('lz-onboard step done', `lz-onboard${dossierFlag(ctx)} step done`);
  const beforeCommands = unmetRequirements(d, step, (ctx.checkAt ?? ctx.now()).toISOString()).map((r) => certAddCommand(r, dossierFlag(ctx)));
  // Steps that lz-onboard can do itself: the command that does them (and completes the step).
  if (step.drivenBy) {
    const env = phase.environment ?? 'preproductie';
    beforeCommands.push(
      step.drivenBy === 'cpa-check'
        ? `lz-onboard${dossierFlag(ctx)} cpa check <cpa.xml> --env ${env}`
        : `lz-onboard${dossierFlag(ctx)} spec ${step.drivenBy === 'spec-consumer' ? 'consumer' : 'ping'} --env ${env}`,
    );
  }
  const skip = `lz-onboard${dossierFlag(ctx)} step skip ${step.id} --reason '...'`;
  if (ctx.json) {
    writeJson(ctx, {
      dossier: ctx.dossierPath,
      exists: true,
      currentPhase: p.currentPhase,
      nextStep: { id: step.id, title: step.title[L] },
      before: beforeCommands,
      command: cmd,
      skipCommand: skip,
    });
    return EXIT.ok;
  }
  const values = captureValues(d, phase, step);
  out(
    ctx,
    [
      t(L, 'wizard.next-noninteractive', { step: step.id, phase: String(phase.number), title: step.title[L] }),
      '',
      renderStep(ctx, {
        phase,
        step,
        state: stepState(d, phase, step),
        kind: d.organisation.kind,
        values,
        record: d.steps[step.id],
        certificates: d.certificates,
      }),
      '',
      ...(beforeCommands.length ? [t(L, 'wizard.certs-first'), ...beforeCommands.map((x) => `  ${x}`)] : []),
      t(L, 'wizard.command'),
      `  ${cmd}`,
      t(L, 'wizard.skip-command'),
      `  ${skip}`,
    ].join('\n'),
  );
  return EXIT.ok;
}

async function askCapture(ctx: Context, phase: PhaseDef, cap: CaptureDef, current: string | string[] | undefined): Promise<string | undefined> {
  const L = ctx.lang;
  const check = (v: string) => {
    const r = validate(cap.validator, v, { environment: phase.environment, options: cap.options });
    return r.ok ? null : t(L, dyn(r.error), { ...(r.params ?? {}) });
  };
  if (cap.validator === 'choice' && cap.options) {
    return askSelect(
      cap.label[L],
      cap.options.map((o) => ({ value: o, name: o })),
      typeof current === 'string' ? current : undefined,
    );
  }
  const suffix = cap.required ? '' : ` ${t(L, 'wizard.leave-empty')}`;
  const answer = await askInput({
    message: `${cap.label[L]}${suffix}`,
    default: current !== undefined ? formatValue(current) : undefined,
    required: cap.required,
    validate: check,
  });
  return answer.trim() ? answer : undefined;
}

async function walkStep(ctx: Context, d0: Dossier, phase: PhaseDef, step: StepDef, n: number, total: number): Promise<'next' | 'stop'> {
  const L = ctx.lang;
  let d = d0;
  let current = captureValues(d, phase, step);
  const header = t(L, 'wizard.step-header', { phase: String(phase.number), n: String(n), total: String(total) });
  ctx.stderr.write(
    `\n${renderStep(ctx, { phase, step, state: 'open', kind: d.organisation.kind, values: current, certificates: d.certificates }, header)}\n\n`,
  );
  // Certificates first: the step cannot be completed without them.
  for (;;) {
    const unmet = unmetRequirements(d, step, (ctx.checkAt ?? ctx.now()).toISOString());
    if (!unmet.length) break;
    const { collectCertificates } = await import('./wizard-certs.ts');
    if (await collectCertificates(ctx, d, unmet)) {
      d = readDossier(ctx).dossier;
      break;
    }
    warn(ctx, 'wizard.certs-not-ok');
    const next = await askSelect(t(L, 'wizard.certs-retry'), [
      { value: 'again' as const, name: t(L, 'wizard.certs-retry.again') },
      { value: 'skip' as const, name: t(L, 'wizard.action.skip') },
      { value: 'stop' as const, name: t(L, 'wizard.action.stop') },
    ]);
    if (next === 'stop') return 'stop';
    if (next === 'skip') {
      const reason = (await askInput({ message: t(L, 'wizard.skip-reason'), required: true })).trim();
      const who = actor(ctx);
      await changeDossier(ctx, (x) => ({ dossier: skipStep(checklist, x, step.id, reason, who).dossier, result: null }));
      return 'next';
    }
    d = readDossier(ctx).dossier;
  }
  let exception: string | undefined;
  if (step.drivenBy) {
    const { driveStep } = await import('./wizard-artefacts.ts');
    for (;;) {
      await driveStep(ctx, d, phase, step);
      d = readDossier(ctx).dossier;
      if (d.steps[step.id]?.state === 'done') return 'next';
      const blocked = artefactBlock(ctx, d, phase, step);
      if (!blocked) break;
      // Without its artefact the step is not done: again, an explicit exception, skip or stop.
      warn(ctx, 'wizard.artefact-needed', { reason: blocked });
      const next = await askSelect(t(L, 'wizard.action'), [
        { value: 'again' as const, name: t(L, 'wizard.action.again') },
        { value: 'exception' as const, name: t(L, 'wizard.action.exception') },
        { value: 'skip' as const, name: t(L, 'wizard.action.skip') },
        { value: 'stop' as const, name: t(L, 'wizard.action.stop') },
      ]);
      if (next === 'stop') return 'stop';
      if (next === 'skip') return skipWith(ctx, step, {});
      if (next === 'exception') {
        exception = (await askInput({ message: t(L, 'wizard.exception-reason'), required: true })).trim();
        break;
      }
    }
    current = captureValues(d, phase, step);
  }
  let gated = false;
  for (;;) {
    const raw: Values = {};
    try {
      for (const cap of step.captures ?? []) {
        const answer = await askCapture(ctx, phase, cap, current[cap.key]);
        if (answer !== undefined) {
          const r = validate(cap.validator, answer, { environment: phase.environment, options: cap.options });
          if (r.ok) raw[cap.key] = r.value;
        }
      }
    } catch (e) {
      // Ctrl-C: the answers given so far in this step are kept, as the message says.
      if (e instanceof CliError && e.code === 'wizard.cancelled' && Object.keys(raw).length) await saveValues(ctx, step, raw);
      throw e;
    }
    const action = await askSelect(t(L, 'wizard.action'), [
      { value: 'done' as const, name: t(L, exception ? 'wizard.action.done-exception' : 'wizard.action.done') },
      // A step that stands for what lz-onboard records (runs, a report, a document) and found none.
      ...(gated && !exception ? [{ value: 'exception' as const, name: t(L, 'wizard.action.exception') }] : []),
      { value: 'skip' as const, name: t(L, 'wizard.action.skip') },
      { value: 'stop' as const, name: t(L, 'wizard.action.stop') },
    ]);
    if (action === 'exception') {
      exception = (await askInput({ message: t(L, 'wizard.exception-reason'), required: true })).trim();
      current = { ...current, ...raw };
      continue;
    }
    if (action === 'stop') {
      if (Object.keys(raw).length) await saveValues(ctx, step, raw);
      return 'stop';
    }
    if (action === 'skip') return skipWith(ctx, step, raw);
    const who = actor(ctx);
    try {
      await changeDossier(ctx, (x) => {
        const res = completeStep(checklist, x, step.id, raw, who, undefined, exception);
        return { dossier: res.dossier, result: res };
      });
    } catch (e) {
      // A rule of the step (a value that disagrees with the CPA, say): said, then asked again.
      if (!(e instanceof DomainError)) throw e;
      warn(ctx, dyn(e.code), e.params);
      if (GATED.has(e.code)) gated = true;
      current = { ...current, ...raw };
      continue;
    }
    success(ctx, 'step.done', { step: step.id, title: step.title[L] });
    return 'next';
  }
}

/** The refusals of a step that stands for runs, a report or a document: the wizard then offers "done by exception". */
const GATED = new Set(['step.test-runs-missing', 'step.test-runs-incomplete', 'step.test-report-missing', 'step.document-missing']);

/** Why the step cannot be done yet for want of its artefact, or null. */
function artefactBlock(ctx: Context, d: Dossier, phase: PhaseDef, step: StepDef): string | null {
  try {
    checkArtefactGate(d, phase, step, captureValues(d, phase, step), undefined);
    return null;
  } catch (e) {
    if (e instanceof DomainError) return t(ctx.lang, dyn(e.code), e.params);
    throw e;
  }
}

async function saveValues(ctx: Context, step: StepDef, raw: Values): Promise<void> {
  const who = actor(ctx);
  await changeDossier(ctx, (x) => ({ dossier: recordValues(checklist, x, step.id, raw, who).dossier, result: null }));
  success(ctx, 'step.values-saved', { step: step.id });
}

async function skipWith(ctx: Context, step: StepDef, raw: Values): Promise<'next'> {
  const reason = (await askInput({ message: t(ctx.lang, 'wizard.skip-reason'), required: true })).trim();
  const who = actor(ctx);
  await changeDossier(ctx, (x) => {
    const withValues = Object.keys(raw).length ? recordValues(checklist, x, step.id, raw, who).dossier : x;
    return { dossier: skipStep(checklist, withValues, step.id, reason, who).dossier, result: null };
  });
  ctx.stderr.write(`${colours(ctx).yellow('↷')} ${t(ctx.lang, 'step.skipped', { step: step.id, title: step.title[ctx.lang] })}\n`);
  return 'next';
}

/**
 * The language chosen for a dossier is kept for the next run: a flag or LZ_ONBOARD_LANG records it;
 * without either, the locale (LANG) still wins, and without that the dossier's language is used.
 */
async function rememberLanguage(ctx: Context): Promise<void> {
  const d = readDossier(ctx).dossier;
  if (ctx.langSource === 'none' && d.language && d.language !== ctx.lang) {
    ctx.lang = d.language;
    setPromptLanguage(ctx.lang);
  }
  if (ctx.langSource === 'chosen' && d.language !== ctx.lang) {
    const lang = ctx.lang;
    await changeDossier(ctx, (x) => ({ dossier: { ...x, language: lang }, result: null }));
  }
}

export interface WizardOptions {
  /** Judge certificates and CPAs at this date (trying it on certificates that have expired, say). */
  at?: string;
}

export async function runWizard(ctx: Context, o: WizardOptions = {}): Promise<number> {
  if (o.at !== undefined) ctx.checkAt = parseAt(o.at, ctx.now());
  if (!ctx.interactive) return printNextNonInteractive(ctx);
  if (!existsSync(ctx.dossierPath)) {
    ctx.stderr.write(`${t(ctx.lang, 'wizard.no-dossier', { file: ctx.dossierPath })}\n\n`);
    await runInit(ctx, {}, { askChoices: false });
  }
  await rememberLanguage(ctx);
  let shownPhase = 0;
  for (;;) {
    const { dossier: d } = readDossier(ctx);
    const p = progress(checklist, d);
    if (!p.nextStep) {
      reportAllDone(ctx, d);
      return EXIT.ok;
    }
    const { phase, step } = p.nextStep;
    if (phase.number !== shownPhase) {
      ctx.stderr.write(`\n${renderPhaseIntro(ctx, phase, d.organisation.kind)}\n`);
      shownPhase = phase.number;
    }
    const applicable = phase.steps.filter((s) => stepState(d, phase, s) !== 'n/a');
    const n = applicable.indexOf(step) + 1;
    const result = await walkStep(ctx, d, phase, step, n, applicable.length);
    if (result === 'stop') {
      warn(ctx, 'wizard.stopped');
      return EXIT.ok;
    }
    const after = progress(checklist, readDossier(ctx).dossier);
    if (after.phases.find((x) => x.number === phase.number)?.complete) {
      ctx.stderr.write(`\n${renderResultaat(ctx, phase)}\n`);
    }
  }
}
