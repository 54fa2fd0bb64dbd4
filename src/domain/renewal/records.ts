// The renewal's states in the dossier, pure: start (the new certificate recorded, the CPA step
// reopened, the old certificate kept in the renewal), the notice sent, done when a CPA with the new
// certificate is checked, or cancelled (the old certificate and the steps put back).
import type { Actor } from '../actions.ts';
import type { ArtefactRecord, CertRecord, CertRole, Dossier, RenewalRecord, StepRecord } from '../dossier-types.ts';
import { DomainError } from '../errors.ts';
import type { Environment } from '../identifiers.ts';
import { plainText, TEXT_MAX } from '../text.ts';

/** The steps a new certificate undoes: the CPA carries it, and the ping names the CPA. */
export function stepsToReopen(env: Environment): string[] {
  return env === 'preproductie' ? ['2.cpa', '2.ping'] : ['4.cpa'];
}

export function renewalInProgress(d: Dossier, env: Environment, role: CertRole): RenewalRecord | undefined {
  return d.renewals?.find((r) => r.env === env && r.role === role && r.state === 'in-progress');
}

export function renewalsInProgress(d: Dossier): RenewalRecord[] {
  return d.renewals?.filter((r) => r.state === 'in-progress') ?? [];
}

export interface StartRenewal {
  env: Environment;
  role: CertRole;
  record: CertRecord;
  changeDate: string;
  announcedOn?: string;
}

export function startRenewal(d0: Dossier, s: StartRenewal, actor: Actor): Dossier {
  const old = d0.certificates[s.env][s.role];
  if (!old) throw new DomainError('renew.nothing', { env: s.env, role: s.role });
  if (renewalInProgress(d0, s.env, s.role)) throw new DomainError('renew.in-progress', { env: s.env, role: s.role });
  const d = structuredClone(d0);
  const reopened: Record<string, StepRecord> = {};
  for (const id of stepsToReopen(s.env)) {
    const rec = d.steps[id];
    if (!rec || rec.state === 'open' || rec.state === 'n/a') continue;
    reopened[id] = rec;
    d.steps[id] = { state: 'open', ...(rec.values ? { values: rec.values } : {}) };
    d.history.push({ at: actor.at, by: actor.by, action: 'reopen', step: id, note: 'renew' });
  }
  d.certificates[s.env][s.role] = s.record;
  const r: RenewalRecord = {
    env: s.env,
    role: s.role,
    state: 'in-progress',
    at: actor.at,
    by: actor.by,
    old,
    newFingerprint256: s.record.fingerprint256,
    changeDate: s.changeDate,
    ...(s.announcedOn ? { announcedOn: s.announcedOn } : {}),
    ...(Object.keys(reopened).length ? { reopened } : {}),
  };
  d.renewals = [...(d.renewals ?? []), r];
  d.history.push({
    at: actor.at,
    by: actor.by,
    action: 'renew.start',
    values: {
      env: s.env,
      role: s.role,
      from: old.fingerprint256,
      to: s.record.fingerprint256,
      changeDate: s.changeDate,
      path: s.record.path,
    },
  });
  return d;
}

function updateCurrent(d0: Dossier, env: Environment, role: CertRole, change: (r: RenewalRecord, d: Dossier) => void): Dossier {
  const i = d0.renewals?.findIndex((r) => r.env === env && r.role === role && r.state === 'in-progress') ?? -1;
  if (i < 0) throw new DomainError('renew.none', { env, role });
  const d = structuredClone(d0);
  change(d.renewals![i]!, d);
  return d;
}

/** What the renewal wrote: the notice, and the Consumerspecificatie it replaced. */
export function withRenewalFiles(d0: Dossier, env: Environment, role: CertRole, files: Pick<RenewalRecord, 'notice' | 'previousSpec'>): Dossier {
  return updateCurrent(d0, env, role, (r) => {
    if (files.notice) r.notice = files.notice;
    if (files.previousSpec) r.previousSpec = files.previousSpec;
  });
}

export function markAnnounced(d0: Dossier, env: Environment, role: CertRole, on: string, actor: Actor): Dossier {
  return updateCurrent(d0, env, role, (r, d) => {
    r.announcedOn = on;
    d.history.push({ at: actor.at, by: actor.by, action: 'renew.announced', values: { env, role, on } });
  });
}

/** The old certificate and the reopened steps back as they were (when they were not touched since). */
/** `restoredSpec`: the Consumerspecificatie record put back with its file (the caller wrote it). */
export function cancelRenewal(d0: Dossier, env: Environment, role: CertRole, reason: string, actor: Actor, restoredSpec?: ArtefactRecord): Dossier {
  plainText('reason', reason, TEXT_MAX.reason, true);
  return updateCurrent(d0, env, role, (r, d) => {
    r.state = 'cancelled';
    d.certificates[env][role] = r.old;
    if (restoredSpec) d.artefacts[env].consumerspecificatie = restoredSpec;
    for (const [id, rec] of Object.entries(r.reopened ?? {})) if (d.steps[id]?.state === 'open') d.steps[id] = rec;
    d.history.push({ at: actor.at, by: actor.by, action: 'renew.cancel', values: { env, role }, reason });
  });
}

/**
 * After a CPA for `env` is recorded: every renewal there whose new certificate is the one recorded
 * is done (cpa check refuses a CPA whose certificate differs from the recorded one, cpa.cert.mismatch).
 */
export function completeRenewals(d0: Dossier, env: Environment, actor: Actor): Dossier {
  const due = renewalsInProgress(d0).filter((r) => r.env === env && d0.certificates[env][r.role]?.fingerprint256 === r.newFingerprint256);
  if (!due.length) return d0;
  const d = structuredClone(d0);
  for (const r of d.renewals!) {
    if (r.state !== 'in-progress' || r.env !== env || d.certificates[env][r.role]?.fingerprint256 !== r.newFingerprint256) continue;
    r.state = 'done';
    r.doneAt = actor.at;
    d.history.push({ at: actor.at, by: actor.by, action: 'renew.done', values: { env, role: r.role, cpaId: d.artefacts[env].cpa?.cpaId ?? '' } });
  }
  return d;
}
