// The checklist's shape (the data lives in templates/checklist.json) and questions about it that do
// not depend on a dossier: which steps apply to which kind of connection, and where a step stands.
import type { MaintenanceWindow } from './due.ts';
import type { Environment } from './identifiers.ts';

export type Lang = 'nl' | 'en';
export type Kind = 'overheid' | 'leverancier';
export type Text = Record<Lang, string>;
export type TextList = Record<Lang, string[]>;
export type CaptureStore = 'step' | 'choices' | 'organisation' | 'environment';

export interface CaptureDef {
  key: string;
  store: CaptureStore;
  required: boolean;
  validator: string;
  options?: string[];
  example: string;
  label: Text;
}

/** Something a step needs besides captured values, recorded by another command. */
export interface Requirement {
  certificate: { env: Environment; role: 'client' | 'server' };
}

export interface StepDef {
  id: string;
  title: Text;
  do: Text;
  letOp?: Text[];
  middelen?: TextList;
  leverancier?: Text;
  appliesTo?: Kind[];
  notApplicable?: Partial<Record<Kind, Text>>;
  optional?: boolean;
  /** The lz-onboard command that produces what this step needs; the wizard offers to run it. */
  drivenBy?: 'spec-consumer' | 'cpa-check' | 'spec-ping';
  requires?: Requirement[];
  captures?: CaptureDef[];
}

export interface PhaseDef {
  number: number;
  id: string;
  title: Text;
  environment?: Environment;
  intro: Text;
  leverancier?: Text;
  middelen: TextList;
  aandachtspunten?: TextList;
  resultaat: TextList;
  appliesTo?: Kind[];
  notApplicable?: Partial<Record<Kind, Text>>;
  steps: StepDef[];
}

export interface Checklist {
  source: string;
  phases: PhaseDef[];
  /** Logius' maintenance windows (templates/sno.json), added when the checklist is loaded: steps that plan a day check against them. */
  maintenanceWindows?: MaintenanceWindow[];
}

export interface LocatedStep {
  phase: PhaseDef;
  step: StepDef;
}

const stepsCache = new WeakMap<Checklist, LocatedStep[]>();

/** Every step with its phase, in checklist order (computed once per checklist: status reads thousands of dossiers). */
export function allSteps(c: Checklist): readonly LocatedStep[] {
  let v = stepsCache.get(c);
  if (!v) {
    v = c.phases.flatMap((phase) => phase.steps.map((step) => ({ phase, step })));
    stepsCache.set(c, v);
  }
  return v;
}

export function findStep(c: Checklist, id: string): LocatedStep | undefined {
  for (const phase of c.phases) {
    const step = phase.steps.find((s) => s.id === id);
    if (step) return { phase, step };
  }
  return undefined;
}

export function phaseApplies(phase: PhaseDef, kind: Kind): boolean {
  return !phase.appliesTo || phase.appliesTo.includes(kind);
}

export function stepApplies(phase: PhaseDef, step: StepDef, kind: Kind): boolean {
  return phaseApplies(phase, kind) && (!step.appliesTo || step.appliesTo.includes(kind));
}

/** The manual's reason why a step does not apply to this kind, or null when it applies. */
export function notApplicableReason(phase: PhaseDef, step: StepDef, kind: Kind): Text | null {
  if (!phaseApplies(phase, kind)) return phase.notApplicable?.[kind] ?? null;
  if (step.appliesTo && !step.appliesTo.includes(kind)) return step.notApplicable?.[kind] ?? null;
  return null;
}

export function stepEnvironment(phase: PhaseDef): Environment | undefined {
  return phase.environment;
}
