// A plan: steps to complete, skip, reopen or fill in, given as JSON by a script (`lz-onboard apply`)
// and applied to the dossier in one go. Parsing checks the shape and names the entry at fault;
// the step actions check the content.
import { DomainError } from './errors.ts';

export const MAX_PLAN_STEPS = 500;

export const PLAN_ACTIONS = ['done', 'skip', 'reopen', 'values'] as const;
export type PlanAction = (typeof PLAN_ACTIONS)[number];

export interface PlanEntry {
  id: string;
  action: PlanAction;
  /** Raw text per capture key; lists joined with commas, as `--value key=a,b` gives them. */
  values: Record<string, string>;
  note?: string;
  reason?: string;
  /** done: completed without its artefact, for this reason (steps driven by an artefact). */
  exception?: string;
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `problem` is a message id (plan.problem.*). */
function bad(where: string, problem: string, params: Record<string, string> = {}): DomainError {
  return new DomainError('plan.invalid', { where, reason: problem, ...params });
}

function valueText(where: string, v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (Array.isArray(v) && v.every((x): x is string => typeof x === 'string')) {
    if (v.some((x) => x.includes(','))) throw bad(where, 'plan.problem.comma');
    return v.join(',');
  }
  throw bad(where, 'plan.problem.value');
}

/** Checks a parsed JSON document against the plan format; throws plan.invalid naming the place. */
export function parsePlan(doc: unknown): PlanEntry[] {
  if (!isObj(doc)) throw bad('(document)', 'plan.problem.document');
  for (const k of Object.keys(doc))
    if (k !== 'steps' && k !== 'formatVersion' && k !== 'testRuns') throw bad(k, 'plan.problem.unknown', { known: 'steps, testRuns, formatVersion' });
  if (doc['formatVersion'] !== undefined && doc['formatVersion'] !== 1) throw bad('formatVersion', 'plan.problem.version');
  const steps = doc['steps'];
  // A plan of test runs only (domain/test/run-plan.ts reads those) needs no steps.
  if (steps === undefined && Array.isArray(doc['testRuns']) && doc['testRuns'].length) return [];
  if (!Array.isArray(steps) || steps.length === 0) throw bad('steps', 'plan.problem.steps');
  // The checklist has some twenty steps; a plan far longer than that is a mistake, and each entry
  // copies the dossier.
  if (steps.length > MAX_PLAN_STEPS) throw bad('steps', 'plan.problem.too-many', { max: String(MAX_PLAN_STEPS) });
  return steps.map((s, i): PlanEntry => {
    const at = `steps[${i}]`;
    if (!isObj(s)) throw bad(at, 'plan.problem.entry');
    for (const k of Object.keys(s))
      if (!['id', 'action', 'values', 'note', 'reason', 'exception'].includes(k))
        throw bad(`${at}.${k}`, 'plan.problem.unknown', { known: 'id, action, values, note, reason, exception' });
    if (typeof s['id'] !== 'string' || !s['id']) throw bad(`${at}.id`, 'plan.problem.id');
    const action = s['action'] ?? 'done';
    if (!PLAN_ACTIONS.includes(action as PlanAction)) throw bad(`${at}.action`, 'plan.problem.action', { actions: PLAN_ACTIONS.join(', ') });
    const values: Record<string, string> = {};
    if (s['values'] !== undefined) {
      if (!isObj(s['values'])) throw bad(`${at}.values`, 'plan.problem.values');
      for (const [k, v] of Object.entries(s['values'])) values[k] = valueText(`${at}.values.${k}`, v);
    }
    for (const k of ['note', 'reason', 'exception'] as const)
      if (s[k] !== undefined && typeof s[k] !== 'string') throw bad(`${at}.${k}`, 'plan.problem.string');
    const entry: PlanEntry = { id: s['id'], action: action as PlanAction, values };
    if (typeof s['note'] === 'string' && s['note'].trim()) entry.note = s['note'].trim();
    if (typeof s['reason'] === 'string' && s['reason'].trim()) entry.reason = s['reason'].trim();
    if (typeof s['exception'] === 'string') entry.exception = s['exception'];
    if (entry.action === 'skip' && !entry.reason) throw bad(`${at}.reason`, 'plan.problem.reason');
    if (entry.action === 'reopen' && Object.keys(values).length) throw bad(`${at}.values`, 'plan.problem.reopen-values');
    return entry;
  });
}
