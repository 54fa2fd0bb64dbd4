// Phase 4's documents on record: what was written, when and by whom, so that steps
// 4.beheerdocumentatie and 4.helpdesk stand for a known version (its SHA-256).
import type { Actor } from '../actions.ts';
import type { Dossier } from '../dossier-types.ts';

export type DocKind = 'beheer' | 'helpdesk';

export function recordDocument(d0: Dossier, doc: { kind: DocKind; path: string; sha256: string; format: 'md' | 'html' }, actor: Actor): Dossier {
  const d = structuredClone(d0);
  (d.documents ??= []).push({ ...doc, at: actor.at, by: actor.by });
  d.history.push({ at: actor.at, by: actor.by, action: `docs.${doc.kind}`, values: { path: doc.path, sha256: doc.sha256 } });
  return d;
}

/** The latest recorded document of a kind, if any. */
export function latestDocument(d: Dossier, kind: DocKind) {
  return (d.documents ?? []).filter((x) => x.kind === kind).at(-1);
}

/** Whether this very file (path and bytes) is on record already: writing it again records nothing. */
export function isRecordedDocument(d: Dossier, kind: DocKind, path: string, sha256: string): boolean {
  return (d.documents ?? []).some((x) => x.kind === kind && x.sha256 === sha256 && x.path === path);
}
