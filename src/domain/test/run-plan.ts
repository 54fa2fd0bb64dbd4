// Test runs in bulk, as `lz-onboard apply` takes them: "testRuns" beside "steps" in a plan, each
// with the fields of `test record` (evidence by path; the command hashes the files).
import { DomainError } from '../errors.ts';
import type { RunInput } from './runs.ts';

/** A run as a plan gives it: `test record`'s fields, the time optional, evidence by path. */
export type PlannedRun = Omit<RunInput, 'zaaktype' | 'at' | 'env' | 'evidence'> & { zaaktype?: string; at?: string; evidence: string[] };

const FIELDS = ['scenario', 'zaaktype', 'result', 'at', 'bsn', 'stufRef', 'messageId', 'conversationId', 'observed', 'note', 'evidence'] as const;
export const MAX_PLANNED_RUNS = 2000;

const bad = (where: string, problem: string, params: Record<string, string> = {}) => new DomainError('plan.invalid', { where, reason: problem, ...params });
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function parsePlannedRuns(doc: unknown): PlannedRun[] {
  if (!isObj(doc) || doc['testRuns'] === undefined) return [];
  const runs = doc['testRuns'];
  if (!Array.isArray(runs)) throw bad('testRuns', 'plan.problem.test-runs');
  if (runs.length > MAX_PLANNED_RUNS) throw bad('testRuns', 'plan.problem.too-many', { max: String(MAX_PLANNED_RUNS) });
  return runs.map((r, i): PlannedRun => {
    const at = `testRuns[${i}]`;
    if (!isObj(r)) throw bad(at, 'plan.problem.entry');
    for (const k of Object.keys(r))
      if (!(FIELDS as readonly string[]).includes(k)) throw bad(`${at}.${k}`, 'plan.problem.unknown', { known: FIELDS.join(', ') });
    for (const k of FIELDS) if (k !== 'evidence' && r[k] !== undefined && typeof r[k] !== 'string') throw bad(`${at}.${k}`, 'plan.problem.string');
    if (typeof r['scenario'] !== 'string' || !r['scenario']) throw bad(`${at}.scenario`, 'plan.problem.scenario');
    if (typeof r['result'] !== 'string') throw bad(`${at}.result`, 'plan.problem.result');
    const ev = r['evidence'] ?? [];
    if (!Array.isArray(ev) || !ev.every((e): e is string => typeof e === 'string' && e.length > 0)) throw bad(`${at}.evidence`, 'plan.problem.evidence');
    const out: PlannedRun = { scenario: r['scenario'], result: r['result'], evidence: ev };
    for (const k of ['zaaktype', 'at', 'bsn', 'stufRef', 'messageId', 'conversationId', 'observed', 'note'] as const)
      if (typeof r[k] === 'string') out[k] = r[k];
    return out;
  });
}
