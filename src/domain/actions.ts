// Pure changes to a dossier: create, record values, complete, skip, reopen. Each returns a new
// dossier (the input is not modified) plus warnings; broken rules throw DomainError.
import { checkArtefactGate } from './artefact-gate.ts';
import { checkProductionRun } from './test/lpr.ts';
import { checkTestGate, testStepValues, WRITTEN_BY_LZ } from './test/gate.ts';
import { cpaIdShape } from './cpa-id.ts';
import { certAddCommand, quoteArg, unmetRequirements } from './requirements.ts';
import { plainText, TEXT_MAX } from './text.ts';
import { allSteps, findStep, notApplicableReason, stepApplies, type CaptureDef, type Checklist, type Kind, type PhaseDef, type StepDef } from './checklist.ts';
import { SCHEMA_VERSION, type Dossier, type HistoryEntry, type Organisation, type Values } from './dossier-types.ts';
import { DomainError } from './errors.ts';
import { progress, stepState, type Warning } from './progress.ts';
import { formatValue, validate, type StoredValue } from './validators.ts';

export interface Actor {
  by: string;
  at: string;
}

export interface InitInput {
  kind: Kind;
  name: string;
  oin?: string;
  hrn?: string;
  kvk?: string;
  network?: 'internet' | 'diginetwerk';
  standard?: 'stuf' | 'mo';
  zaaktypen?: string[];
}

function clone<T>(v: T): T {
  return structuredClone(v);
}

export function createDossier(c: Checklist, input: InitInput, actor: Actor): Dossier {
  checkFreeText(actor, {});
  plainText('name', input.name, TEXT_MAX.name);
  for (const z of input.zaaktypen ?? []) plainText('zaaktype', z, TEXT_MAX.name);
  const organisation: Organisation = { kind: input.kind, name: input.name };
  if (input.kind === 'overheid' && input.oin) organisation.oin = input.oin;
  if (input.kind === 'leverancier' && input.hrn) organisation.hrn = input.hrn;
  if (input.kvk) organisation.kvk = input.kvk;
  const d: Dossier = {
    schemaVersion: SCHEMA_VERSION,
    organisation,
    choices: {},
    environments: { preproductie: {}, productie: {} },
    certificates: { preproductie: {}, productie: {} },
    artefacts: { preproductie: {}, productie: {} },
    steps: {},
    history: [],
  };
  if (input.network) d.choices.network = input.network;
  if (input.standard) d.choices.standard = input.standard;
  if (input.zaaktypen?.length) d.choices.zaaktypen = [...input.zaaktypen];
  for (const { phase, step } of allSteps(c)) {
    d.steps[step.id] = { state: stepApplies(phase, step, input.kind) ? 'open' : 'n/a' };
  }
  d.history.push({ at: actor.at, by: actor.by, action: 'init', values: initValues(input) });
  return d;
}

function initValues(input: InitInput): Values {
  const v: Values = { kind: input.kind, name: input.name };
  for (const k of ['oin', 'hrn', 'kvk', 'network', 'standard'] as const) if (input[k]) v[k] = input[k]!;
  if (input.zaaktypen?.length) v['zaaktypen'] = input.zaaktypen;
  return v;
}

export function getCapture(d: Dossier, phase: PhaseDef, step: StepDef, cap: CaptureDef): StoredValue | undefined {
  switch (cap.store) {
    case 'step':
      return d.steps[step.id]?.values?.[cap.key];
    case 'choices':
      return (d.choices as Record<string, StoredValue | undefined>)[cap.key];
    case 'organisation':
      return (d.organisation as unknown as Record<string, StoredValue | undefined>)[cap.key];
    case 'environment':
      return phase.environment ? d.environments[phase.environment][cap.key] : undefined;
  }
}

function setCapture(d: Dossier, phase: PhaseDef, step: StepDef, cap: CaptureDef, value: StoredValue): void {
  switch (cap.store) {
    case 'step': {
      const rec = (d.steps[step.id] ??= { state: 'open' });
      (rec.values ??= {})[cap.key] = value;
      return;
    }
    case 'choices':
      (d.choices as Record<string, StoredValue>)[cap.key] = value;
      return;
    case 'organisation':
      (d.organisation as unknown as Record<string, StoredValue>)[cap.key] = value;
      return;
    case 'environment':
      if (!phase.environment) throw new Error(`step ${step.id} stores in an environment but its phase has none`);
      d.environments[phase.environment][cap.key] = value;
  }
}

export function captureValues(d: Dossier, phase: PhaseDef, step: StepDef): Values {
  const out: Values = {};
  for (const cap of step.captures ?? []) {
    const v = getCapture(d, phase, step, cap);
    if (v !== undefined) out[cap.key] = v;
  }
  return out;
}

/** Validate raw key=value input for a step; unknown keys and invalid values throw. */
export function parseStepValues(c: Checklist, stepId: string, raw: Record<string, string>): Values {
  const loc = requireStep(c, stepId);
  const out: Values = {};
  for (const [key, text] of Object.entries(raw)) {
    const cap = loc.step.captures?.find((x) => x.key === key);
    if (!cap) {
      const known = (loc.step.captures ?? []).map((x) => x.key).join(', ') || '-';
      throw new DomainError('step.unknown-key', { key, step: stepId, known });
    }
    const r = validate(cap.validator, text, { environment: loc.phase.environment, options: cap.options });
    if (!r.ok) throw new DomainError('step.invalid-value', { key, step: stepId, reason: r.error, ...(r.params ?? {}), example: cap.example });
    out[key] = r.value;
  }
  return out;
}

export function requireStep(c: Checklist, stepId: string) {
  const loc = findStep(c, stepId);
  if (!loc) throw new DomainError('step.unknown', { step: stepId });
  return loc;
}

function requireApplicable(c: Checklist, d: Dossier, stepId: string) {
  const loc = requireStep(c, stepId);
  const reason = notApplicableReason(loc.phase, loc.step, d.organisation.kind);
  if (reason) throw new DomainError('step.not-applicable', { step: stepId, kind: d.organisation.kind, 'reason.nl': reason.nl, 'reason.en': reason.en });
  return loc;
}

export interface ActionResult {
  dossier: Dossier;
  warnings: Warning[];
  /** Phases that became complete through this action. */
  completedPhases: number[];
}

function finish(c: Checklist, before: Dossier, after: Dossier, warnings: Warning[]): ActionResult {
  const was = new Set(
    progress(c, before)
      .phases.filter((p) => p.complete)
      .map((p) => p.number),
  );
  const completedPhases = progress(c, after)
    .phases.filter((p) => p.complete && !was.has(p.number))
    .map((p) => p.number);
  return { dossier: after, warnings, completedPhases };
}

function aheadWarning(c: Checklist, d: Dossier, phase: PhaseDef, stepId: string): Warning[] {
  const current = progress(c, d).currentPhase;
  return current !== null && phase.number > current ? [{ code: 'warn.ahead-now', params: { step: stepId, phase: String(current) } }] : [];
}

/** Record values for a step without changing its state (the wizard's "stop for now"). */
export function recordValues(c: Checklist, d0: Dossier, stepId: string, values: Values, actor: Actor): ActionResult {
  checkFreeText(actor, {});
  const { phase, step } = requireApplicable(c, d0, stepId);
  const d = clone(d0);
  const changed = applyValues(d, phase, step, values);
  checkProductionRun(c, d, stepId, values);
  if (Object.keys(changed).length) d.history.push({ at: actor.at, by: actor.by, action: 'values', step: stepId, values: changed });
  return finish(c, d0, d, valueWarnings(step, values));
}

/** Values that are accepted but deserve a word (a CPAId with dots, as register ids have). */
function valueWarnings(step: StepDef, values: Values): Warning[] {
  return (step.captures ?? []).flatMap((cap) => {
    const v = values[cap.key];
    return cap.validator === 'cpaId' && typeof v === 'string' && cpaIdShape(v) === 'unusual' ? [{ code: 'warn.cpaid-unusual', params: { value: v } }] : [];
  });
}

/** The organisation's own identifier: every certificate, artefact and the CPA are checked against it. */
const IDENTITY_KEYS = new Set(['oin', 'hrn']);

function applyValues(d: Dossier, phase: PhaseDef, step: StepDef, values: Values): Values {
  const changed: Values = {};
  for (const cap of step.captures ?? []) {
    const v = values[cap.key];
    if (v === undefined) continue;
    const old = getCapture(d, phase, step, cap);
    // Changing the OIN/HRN is a deliberate act (init --force), never a side effect of a step.
    if (cap.store === 'organisation' && IDENTITY_KEYS.has(cap.key) && old !== undefined && formatValue(old) !== formatValue(v)) {
      throw new DomainError('step.identity-change', {
        step: step.id,
        key: cap.key.toUpperCase(),
        flag: `--${cap.key}`,
        old: formatValue(old),
        value: formatValue(v),
      });
    }
    if (old === undefined || formatValue(old) !== formatValue(v)) changed[cap.key] = v;
    setCapture(d, phase, step, cap, v);
  }
  return changed;
}

export function missingCaptures(d: Dossier, phase: PhaseDef, step: StepDef): CaptureDef[] {
  return (step.captures ?? []).filter((cap) => cap.required && getCapture(d, phase, step, cap) === undefined);
}

/** Who acted and the free text they gave, checked before anything changes (domain/text). */
function checkFreeText(actor: Actor, texts: { note?: string | undefined; reason?: string | undefined }): void {
  plainText('by', actor.by, TEXT_MAX.by);
  if (texts.note !== undefined) plainText('note', texts.note, TEXT_MAX.note, true);
  if (texts.reason !== undefined) plainText('reason', texts.reason, TEXT_MAX.reason, true);
}

export function completeStep(c: Checklist, d0: Dossier, stepId: string, values: Values, actor: Actor, note?: string, exception?: string): ActionResult {
  checkFreeText(actor, { note, reason: exception });
  if (exception !== undefined && !exception.trim()) throw new DomainError('step.exception-reason', { step: stepId });
  const { phase, step } = requireApplicable(c, d0, stepId);
  const d = clone(d0);
  const changed = applyValues(d, phase, step, values);
  checkProductionRun(c, d, stepId, values, note);
  // The artefact first: for a step driven by one, it supplies the values that may be missing.
  if (!step.drivenBy && !WRITTEN_BY_LZ.has(step.id) && exception !== undefined) throw new DomainError('step.exception-not-driven', { step: stepId });
  checkArtefactGate(d, phase, step, captureValues(d, phase, step), exception?.trim());
  const missing = missingCaptures(d, phase, step);
  if (missing.length) {
    throw new DomainError('step.missing-values', {
      step: stepId,
      keys: missing.map((m) => m.key).join(', '),
      flags: missing.map((m) => `--value ${m.key}=${quoteArg(m.example)}`).join(' '),
    });
  }
  // The values first (the test period is one), then the runs.
  checkTestGate(d, step.id, exception?.trim());
  const unmet = unmetRequirements(d, step, actor.at);
  if (unmet.length) {
    // Recorded but expired says when, and that a new certificate is needed; missing says how to record one.
    const expired = unmet.filter((r) => d.certificates[r.certificate.env][r.certificate.role]);
    if (expired.length) {
      throw new DomainError('step.expired-certificates', {
        step: stepId,
        expired: expired
          .map((r) => `${r.certificate.env} ${r.certificate.role} (${d.certificates[r.certificate.env][r.certificate.role]!.notAfter.slice(0, 10)})`)
          .join(', '),
        commands: expired.map((r) => certAddCommand(r)).join('; '),
      });
    }
    throw new DomainError('step.missing-certificates', {
      step: stepId,
      missing: unmet.map((r) => `${r.certificate.env} ${r.certificate.role}`).join(', '),
      commands: unmet.map((r) => certAddCommand(r)).join('; '),
    });
  }
  const warnings = [...aheadWarning(c, d0, phase, stepId), ...valueWarnings(step, values)];
  const rec = d.steps[stepId] ?? { state: 'open' };
  const next = { ...rec, state: 'done' as const, at: actor.at, by: actor.by };
  delete next.reason;
  delete next.exception;
  if (note) next.note = note;
  if (exception !== undefined) next.exception = exception.trim();
  // A step that stands for a document lz-onboard wrote keeps which one (the test report's SHA-256).
  const own = testStepValues(d, stepId);
  if (Object.keys(own).length) next.values = { ...(next.values ?? {}), ...own };
  d.steps[stepId] = next;
  const entry: HistoryEntry = { at: actor.at, by: actor.by, action: 'done', step: stepId };
  if (Object.keys(changed).length) entry.values = changed;
  if (note) entry.note = note;
  if (exception !== undefined) entry.reason = exception.trim();
  d.history.push(entry);
  return finish(c, d0, d, warnings);
}

export function skipStep(c: Checklist, d0: Dossier, stepId: string, reason: string, actor: Actor, note?: string): ActionResult {
  checkFreeText(actor, { note, reason });
  const { phase } = requireApplicable(c, d0, stepId);
  if (!reason.trim()) throw new DomainError('step.skip-reason', { step: stepId });
  const d = clone(d0);
  const rec = d.steps[stepId] ?? { state: 'open' };
  const next = { ...rec, state: 'skipped' as const, at: actor.at, by: actor.by, reason: reason.trim() };
  delete next.exception;
  if (note) next.note = note;
  d.steps[stepId] = next;
  const entry: HistoryEntry = { at: actor.at, by: actor.by, action: 'skip', step: stepId, reason: reason.trim() };
  if (note) entry.note = note;
  d.history.push(entry);
  return finish(c, d0, d, aheadWarning(c, d0, phase, stepId));
}

export function reopenStep(c: Checklist, d0: Dossier, stepId: string, actor: Actor, note?: string): ActionResult {
  checkFreeText(actor, { note });
  requireApplicable(c, d0, stepId);
  const d = clone(d0);
  const rec = d.steps[stepId] ?? { state: 'open' };
  // Captured values stay: reopening is for correcting, not for forgetting.
  const next = { state: 'open' as const, ...(rec.values ? { values: rec.values } : {}) };
  d.steps[stepId] = next;
  const entry: HistoryEntry = { at: actor.at, by: actor.by, action: 'reopen', step: stepId };
  if (note) entry.note = note;
  d.history.push(entry);
  return finish(c, d0, d, []);
}

export { stepState };
