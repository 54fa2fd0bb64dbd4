// Where a dossier stands: per step, per phase, the current phase, the next step and warnings.
import { allSteps, stepApplies, type Checklist, type Kind, type PhaseDef, type StepDef } from './checklist.ts';
import type { Dossier, StepState } from './dossier-types.ts';
import { isIsoDate } from './validators.ts';

export function stepState(d: Dossier, phase: PhaseDef, step: StepDef): StepState {
  if (!stepApplies(phase, step, d.organisation.kind)) return 'n/a';
  const s = d.steps[step.id]?.state;
  return s === 'done' || s === 'skipped' ? s : 'open';
}

export interface PhaseProgress {
  number: number;
  title: PhaseDef['title'];
  applicable: boolean;
  total: number;
  done: number;
  skipped: number;
  complete: boolean;
}

export function phaseProgress(d: Dossier, phase: PhaseDef): PhaseProgress {
  let total = 0;
  let done = 0;
  let skipped = 0;
  for (const step of phase.steps) {
    const s = stepState(d, phase, step);
    if (s === 'n/a') continue;
    total++;
    if (s === 'done') done++;
    if (s === 'skipped') skipped++;
  }
  const applicable = total > 0;
  return { number: phase.number, title: phase.title, applicable, total, done, skipped, complete: applicable && done + skipped === total };
}

export interface Progress {
  phases: PhaseProgress[];
  /** The first applicable phase that is not complete; null when all are. */
  currentPhase: number | null;
  nextStep: { phase: PhaseDef; step: StepDef } | null;
}

export function progress(c: Checklist, d: Dossier): Progress {
  const phases = c.phases.map((p) => phaseProgress(d, p));
  const current = phases.find((p) => p.applicable && !p.complete) ?? null;
  let nextStep: Progress['nextStep'] = null;
  if (current) {
    const phase = c.phases.find((p) => p.number === current.number)!;
    const step = phase.steps.find((s) => stepState(d, phase, s) === 'open');
    if (step) nextStep = { phase, step };
  }
  return { phases, currentPhase: current?.number ?? null, nextStep };
}

export interface Warning {
  code: string;
  params: Record<string, string>;
}

function rangeEnd(v: unknown): string | null {
  if (typeof v !== 'string') return null;
  const end = v.split('/')[1];
  return end && isIsoDate(end) ? end : null;
}

/** Things a help desk should notice. `today` is YYYY-MM-DD. */
/** Logius announces certificate changes two months ahead (SNO): the default warning window. */
export const CERT_WINDOW_DAYS = 60;

export function dossierWarnings(c: Checklist, d: Dossier, today: string, p: Progress = progress(c, d), certWindowDays = CERT_WINDOW_DAYS): Warning[] {
  const out: Warning[] = [];
  // Work done in a later phase while an earlier one is open: allowed, but worth a look.
  if (p.currentPhase !== null) {
    for (const { phase, step } of allSteps(c)) {
      if (phase.number > p.currentPhase && stepState(d, phase, step) === 'done') {
        out.push({ code: 'warn.ahead', params: { step: step.id, phase: String(p.currentPhase) } });
      }
    }
  }
  const kind: Kind = d.organisation.kind;
  if (kind === 'overheid' && d.organisation.oin?.startsWith('00000099')) out.push({ code: 'warn.test-oin', params: { oin: d.organisation.oin } });
  const ketentestEnd = rangeEnd(d.environments.preproductie['ketentestPeriode']);
  if (ketentestEnd && ketentestEnd < today && d.steps['3.ketentest']?.state !== 'done') {
    out.push({ code: 'warn.ketentest-past', params: { date: ketentestEnd } });
  }
  for (const env of ['preproductie', 'productie'] as const) {
    for (const role of ['client', 'server'] as const) {
      const rec = d.certificates[env][role];
      if (!rec) continue;
      const end = rec.notAfter.slice(0, 10);
      const days = Math.floor((Date.parse(rec.notAfter) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
      if (days < 0) out.push({ code: 'warn.cert-expired', params: { env, role, date: end } });
      else if (days < certWindowDays) out.push({ code: 'warn.cert-expiring', params: { env, role, date: end, days: String(days) } });
    }
  }
  const lpr = d.environments.productie['lprDatum'];
  if (kind === 'overheid' && typeof lpr === 'string' && lpr < today && d.steps['4.lpr']?.state !== 'done') {
    out.push({ code: 'warn.lpr-past', params: { date: lpr } });
  }
  return out;
}
