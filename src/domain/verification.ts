// The outcome of `verify`, kept in the dossier per environment, and how status reads it back: the
// counts, the codes that need attention, and whether something was recorded after it ran.
import { environmentsOf, type Dossier, type VerificationRecord } from './dossier-types.ts';
import type { Finding } from './findings.ts';
import type { Environment } from './identifiers.ts';

export function verificationRecord(findings: Finding[], who: { at: string; by: string }): VerificationRecord {
  const n = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
  const codes = [...new Set(findings.filter((f) => f.severity !== 'info').map((f) => f.code))].sort();
  return { at: who.at, by: who.by, errors: n('error'), warnings: n('warning'), infos: n('info'), codes };
}

export interface VerificationView extends VerificationRecord {
  /** A certificate or document was recorded after the verify ran. */
  outdated: boolean;
}

export function verificationOf(d: Dossier, env: Environment): VerificationView | null {
  const v = d.verification?.[env];
  if (!v) return null;
  const recordedAt = [d.certificates[env].client?.at, d.certificates[env].server?.at, ...Object.values(d.artefacts[env]).map((a) => a?.at)];
  return { ...v, outdated: recordedAt.some((at) => at !== undefined && at > v.at) };
}

/** Over all environments, for the help desk's table: null when never verified. */
export function verificationTotals(d: Dossier): { errors: number; warnings: number } | null {
  const all = Object.values(d.verification ?? {});
  if (!all.length) return null;
  return { errors: all.reduce((s, v) => s + v.errors, 0), warnings: all.reduce((s, v) => s + v.warnings, 0) };
}

/** The connection is complete when every step is done and the last verify of every environment passed and is current. */
export function connectionComplete(d: Dossier, allStepsDone: boolean): boolean {
  if (!allStepsDone) return false;
  return environmentsOf(d).every((env) => {
    const v = verificationOf(d, env);
    return v !== null && v.errors === 0 && !v.outdated;
  });
}
