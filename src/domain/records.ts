// What the dossier records of certificates, generated documents, the checked CPA and the
// intermediary, each with its history entry: one place for the shape of both. Pure: a new dossier
// comes back, the old one is left as it was.
import type { ArtefactRecord, CertRecord, CertRole, CpaRecord, Dossier } from './dossier-types.ts';
import { DomainError } from './errors.ts';
import type { Environment } from './identifiers.ts';

export function withCertificate(d: Dossier, env: Environment, role: CertRole, rec: CertRecord): Dossier {
  const next = structuredClone(d);
  next.certificates[env][role] = rec;
  next.history.push({ at: rec.at, by: rec.by, action: 'cert.add', values: { env, role, fingerprint256: rec.fingerprint256, path: rec.path } });
  return next;
}

export function withDocument(d: Dossier, env: Environment, kind: 'consumerspecificatie' | 'ping', rec: ArtefactRecord): Dossier {
  const next = structuredClone(d);
  next.artefacts[env][kind] = rec;
  const values: Record<string, string> = { env, sha256: rec.sha256, ...(rec.path ? { path: rec.path } : {}) };
  next.history.push({ at: rec.at, by: rec.by, action: kind === 'ping' ? 'spec.ping' : 'spec.consumer', values });
  return next;
}

export function withCpa(d: Dossier, env: Environment, rec: CpaRecord): Dossier {
  const next = structuredClone(d);
  next.artefacts[env].cpa = rec;
  next.history.push({ at: rec.at, by: rec.by, action: 'cpa.check', values: { env, cpaId: rec.cpaId, sha256: rec.sha256 } });
  return next;
}

/** A provider or gateway acting for the organisation (EB005, EB014); null clears it. */
export function withIntermediary(d: Dossier, value: { name: string; oin: string } | null, actor: { by: string; at: string }): Dossier {
  const own = d.organisation.kind === 'overheid' ? d.organisation.oin : d.organisation.hrn;
  if (value && value.oin === own) throw new DomainError('intermediary.own', { oin: value.oin });
  const next = structuredClone(d);
  if (value) next.organisation.intermediary = value;
  else delete next.organisation.intermediary;
  next.history.push({ at: actor.at, by: actor.by, action: value ? 'intermediary.set' : 'intermediary.clear', ...(value ? { values: { ...value } } : {}) });
  return next;
}
