// lz-onboard apply <plan.json|->: steps to complete, skip, reopen or fill in, and chain-test runs to
// record, from a script, applied in order under one lock. All or nothing: the first entry that cannot be applied is named and the
// dossier is left as it was. --dry-run checks the whole plan against the dossier and writes nothing.
import { completeStep, parseStepValues, recordValues, reopenStep, skipStep, type ActionResult } from '../domain/actions.ts';
import type { Dossier } from '../domain/dossier-types.ts';
import { DomainError } from '../domain/errors.ts';
import { parsePlan, type PlanEntry } from '../domain/plan.ts';
import { progress, stepState, type Warning } from '../domain/progress.ts';
import { findStep } from '../domain/checklist.ts';
import { checklist } from '../checklist-data.ts';
import { CliError } from '../ui/cli-error.ts';
import type { Context } from '../ui/context.ts';
import { EXIT } from '../ui/exit-codes.ts';
import { reportAllDone } from '../ui/report-complete.ts';
import { verifyErrors } from '../app/completion-check.ts';
import { t, dyn } from '../ui/messages.ts';
import { info, out, success, warn, writeJson } from '../ui/output.ts';
import { readJsonInput } from '../app/json-input.ts';
import { actor, changeDossier, readDossier } from '../app/dossier.ts';
import { parseAt } from '../app/options.ts';
import { evidenceRecords, planSet } from '../app/test-runs.ts';
import { CHAIN_TEST_STEP } from '../domain/test/gate.ts';
import { parsePlannedRuns, type PlannedRun } from '../domain/test/run-plan.ts';
import { recordRuns, type RunInput } from '../domain/test/runs.ts';

export interface ApplyOptions {
  dryRun?: boolean;
}

interface Applied {
  dossier: Dossier;
  warnings: Warning[];
  completedPhases: number[];
}

function entryError(ctx: Context, index: number, e: PlanEntry, err: unknown): unknown {
  if (!(err instanceof DomainError)) return err;
  return new CliError('plan.entry', { index: String(index), step: e.id, message: t(ctx.lang, dyn(err.code), err.params) });
}

/** Test runs in the plan, ready for the dossier: evidence hashed before the lock is taken. */
type ReadyRuns = RunInput[];

function readyRuns(ctx: Context, runs: PlannedRun[]): ReadyRuns {
  return runs.map((r) => {
    const { evidence, at, ...rest } = r;
    return { ...rest, at: parseAt(at, ctx.now()).toISOString(), evidence: evidenceRecords(ctx, evidence) };
  });
}

function addRuns(ctx: Context, d: Dossier, runs: ReadyRuns, who: ReturnType<typeof actor>): Dossier {
  const { set, snapshot } = planSet(ctx, d, undefined);
  try {
    return recordRuns(d, set, snapshot, runs, who);
  } catch (err) {
    if (!(err instanceof DomainError)) throw err;
    throw new CliError('plan.runs', { message: t(ctx.lang, dyn(err.code), err.params) });
  }
}

function applyPlan(ctx: Context, d0: Dossier, plan: PlanEntry[], runs: ReadyRuns = []): Applied {
  const who = actor(ctx);
  let d = d0;
  const warnings: Warning[] = [];
  const completed = new Set<number>();
  // The runs go in just before the chain-test step, so that one plan can record them and complete it.
  const runsAt = runs.length ? plan.findIndex((e) => e.id === CHAIN_TEST_STEP) : -1;
  plan.forEach((e, i) => {
    if (i === runsAt) d = addRuns(ctx, d, runs, who);
    let r: ActionResult;
    try {
      const values = parseStepValues(checklist, e.id, e.values);
      if (e.action === 'done') r = completeStep(checklist, d, e.id, values, who, e.note, e.exception);
      else if (e.action === 'skip') r = skipStep(checklist, d, e.id, e.reason!, who, e.note);
      else if (e.action === 'reopen') r = reopenStep(checklist, d, e.id, who, e.note);
      else r = recordValues(checklist, d, e.id, values, who);
    } catch (err) {
      throw entryError(ctx, i, e, err);
    }
    d = r.dossier;
    warnings.push(...r.warnings);
    for (const n of r.completedPhases) completed.add(n);
  });
  if (runs.length && runsAt === -1) d = addRuns(ctx, d, runs, who);
  // A phase completed by one entry and reopened by a later one is not complete.
  const complete = new Set(
    progress(checklist, d)
      .phases.filter((p) => p.complete)
      .map((p) => p.number),
  );
  return { dossier: d, warnings, completedPhases: [...completed].filter((n) => complete.has(n)).sort() };
}

export async function runApply(ctx: Context, file: string, o: ApplyOptions): Promise<number> {
  const doc = readJsonInput(ctx, file);
  const plan = parsePlan(doc);
  const runs = readyRuns(ctx, parsePlannedRuns(doc));
  const r = o.dryRun
    ? applyPlan(ctx, readDossier(ctx).dossier, plan, runs)
    : await changeDossier(ctx, (d) => {
        const res = applyPlan(ctx, d, plan, runs);
        return { dossier: res.dossier, result: res };
      });
  const p = progress(checklist, r.dossier);
  const next = p.nextStep;
  const L = ctx.lang;
  if (ctx.json) {
    writeJson(ctx, {
      dryRun: o.dryRun === true,
      testRuns: runs.length,
      applied: plan.map((e) => {
        const loc = findStep(checklist, e.id)!;
        return { id: e.id, action: e.action, state: stepState(r.dossier, loc.phase, loc.step) };
      }),
      warnings: r.warnings.map((w) => ({ code: w.code, message: t(L, dyn(w.code), w.params) })),
      completedPhases: r.completedPhases,
      currentPhase: p.currentPhase,
      // Every step done and verify passing: only then is the connection complete.
      complete: p.currentPhase === null && verifyErrors(ctx, r.dossier) === 0,
      nextStep: next ? { id: next.step.id, title: next.step.title[L] } : null,
    });
    return EXIT.ok;
  }
  for (const w of r.warnings) warn(ctx, dyn(w.code), w.params);
  if (o.dryRun) info(ctx, 'plan.dry-run', { count: String(plan.length) });
  else success(ctx, 'plan.applied', { count: String(plan.length) });
  if (runs.length) success(ctx, o.dryRun ? 'plan.runs-checked' : 'plan.runs-recorded', { count: String(runs.length) });
  for (const n of o.dryRun ? [] : r.completedPhases) {
    const ph = checklist.phases.find((x) => x.number === n)!;
    success(ctx, 'phase.completed', { phase: String(n), title: ph.title[L] });
  }
  if (next) out(ctx, `${t(L, 'label.next-step')}: ${next.step.id}  ${next.step.title[L]}`);
  else if (p.currentPhase === null) reportAllDone(ctx, r.dossier);
  return EXIT.ok;
}
