// A step driven by an artefact (Consumerspecificatie, CPA, ping) is done only when that artefact is
// recorded and passed its checks, or with an explicit, recorded exception; a value typed for such a
// step must agree with the artefact. Also: which artefacts an environment needs by now (for verify).
import { stepApplies, type Checklist, type PhaseDef, type StepDef } from './checklist.ts';
import type { ArtefactRecord, CpaRecord, Dossier } from './dossier-types.ts';
import { DomainError } from './errors.ts';
import type { Environment } from './identifiers.ts';
import { formatValue } from './validators.ts';

type Driven = NonNullable<StepDef['drivenBy']>;

export const ARTEFACT_OF: Record<Driven, { kind: 'consumerspecificatie' | 'cpa' | 'ping'; what: string }> = {
  'spec-consumer': { kind: 'consumerspecificatie', what: 'Consumerspecificatie' },
  'cpa-check': { kind: 'cpa', what: 'CPA' },
  'spec-ping': { kind: 'ping', what: 'ebMS Ping' },
};

export function artefactCommand(driven: Driven, env: Environment): string {
  if (driven === 'cpa-check') return `lz-onboard cpa check <cpa.xml> --env ${env}`;
  return `lz-onboard spec ${driven === 'spec-consumer' ? 'consumer' : 'ping'} --env ${env}`;
}

function stepEnv(phase: PhaseDef): Environment {
  return phase.environment ?? 'preproductie';
}

/** The step's values that the artefact fixes, as the artefact has them. */
function artefactValues(driven: Driven, rec: ArtefactRecord | CpaRecord): Record<string, string | undefined> {
  if (driven === 'cpa-check') {
    const cpa = rec as CpaRecord;
    return { cpaId: cpa.cpaId, lzPartyId: cpa.otherPartyId ?? undefined };
  }
  if (driven === 'spec-consumer') {
    const inputs = (rec as ArtefactRecord).inputs as { endpoint?: string; partyId?: string };
    return { endpoint: inputs.endpoint, partyId: inputs.partyId };
  }
  return {};
}

/**
 * Throws unless the step's artefact allows it to be done. `stored` are the step's values after this
 * action; `exception` is the user's recorded reason for doing it without the artefact.
 */
export function checkArtefactGate(d: Dossier, phase: PhaseDef, step: StepDef, stored: Record<string, unknown>, exception: string | undefined): void {
  if (!step.drivenBy) return;
  const env = stepEnv(phase);
  const { kind, what } = ARTEFACT_OF[step.drivenBy];
  const rec = d.artefacts[env][kind] as ArtefactRecord | CpaRecord | undefined;
  if (rec) {
    for (const [key, recorded] of Object.entries(artefactValues(step.drivenBy, rec))) {
      const value = stored[key];
      if (recorded === undefined || value === undefined) continue;
      // partyId defaults to the organisation's identifier, which the document then carries.
      if (formatValue(value as string) !== recorded) {
        throw new DomainError('step.value-disagrees', { step: step.id, key, value: formatValue(value as string), recorded, what });
      }
    }
  }
  if (exception !== undefined) return;
  const command = artefactCommand(step.drivenBy, env);
  if (!rec) throw new DomainError('step.artefact-missing', { step: step.id, what, env, command });
  if ((rec as ArtefactRecord).ignoredErrors) throw new DomainError('step.artefact-failed', { step: step.id, what, env, command });
}

export interface NeededArtefact {
  what: string;
  kind: 'consumerspecificatie' | 'cpa' | 'ping' | 'client' | 'server';
  /** The finished step that depends on it. */
  step: string;
  /** Why that step was finished without it (its exception, or the reason it was skipped), if so. */
  excused: string | undefined;
  command: string;
}

/**
 * What an environment must have by now: everything a finished step depends on (its certificates,
 * its document). A step done normally makes a missing one an error; one done by exception or
 * skipped, a warning with its reason.
 */
export function neededArtefacts(c: Checklist, d: Dossier, env: Environment): NeededArtefact[] {
  const out = new Map<NeededArtefact['kind'], NeededArtefact>();
  const add = (n: NeededArtefact) => {
    const had = out.get(n.kind);
    // A step done without excuse outweighs one that was excused.
    if (!had || (had.excused !== undefined && n.excused === undefined)) out.set(n.kind, n);
  };
  const certCommand = (role: string) => `lz-onboard cert add <file> --env ${env} --role ${role}`;
  for (const phase of c.phases) {
    for (const step of phase.steps) {
      const rec = d.steps[step.id];
      if (!rec || rec.state === 'open' || !stepApplies(phase, step, d.organisation.kind)) continue;
      const excused = rec.state === 'skipped' ? rec.reason : rec.exception;
      const roles = new Set<'client' | 'server'>();
      for (const r of step.requires ?? []) if (r.certificate.env === env) roles.add(r.certificate.role);
      const own = step.drivenBy !== undefined && stepEnv(phase) === env;
      if (own && step.drivenBy === 'spec-consumer') for (const role of ['client', 'server'] as const) roles.add(role);
      for (const role of roles) add({ what: `${role} certificate`, kind: role, step: step.id, excused, command: certCommand(role) });
      if (own && step.drivenBy) {
        const a = ARTEFACT_OF[step.drivenBy];
        add({ what: a.what, kind: a.kind, step: step.id, excused, command: artefactCommand(step.drivenBy, env) });
      }
    }
  }
  return [...out.values()];
}
