// What generating a document (Consumerspecificatie, ping) has in common: where it goes, writing it
// without losing the previous version, and recording it with the step it completes in one write.
import { dirname, join } from 'node:path';
import type { ArtefactRecord, Dossier } from '../domain/dossier-types.ts';
import type { Finding } from '../domain/findings.ts';
import type { Environment } from '../domain/identifiers.ts';
import type { Context } from '../ui/context.ts';
import { withDocument } from '../domain/records.ts';
import { fileStat, sha256, toDossier, writeDocument } from './artefact-files.ts';
import { actor } from './dossier.ts';
import { recordAndMark } from './record-artefact.ts';

/** Asks for a value the flags and the dossier did not give (or refuses: the flag is required). */
export type Ask = (flag: string, question: string) => Promise<string>;

export type DocumentOutcome =
  | { kind: 'refused'; env: Environment; findings: Finding[] }
  | {
      kind: 'written';
      env: Environment;
      what: string;
      xml: string;
      findings: Finding[];
      /** Written despite errors (--ignore-errors). */
      forced: boolean;
      /** The file written, or null for a preview on stdout. */
      written: string | null;
      unchanged: boolean;
      previous: string | undefined;
      stepOpen: { step: string; reason: string } | null;
    };

export function orgId(d: Dossier | null): string | undefined {
  if (!d) return undefined;
  return d.organisation.kind === 'overheid' ? d.organisation.oin : d.organisation.hrn;
}

export function outputPath(ctx: Context, o: { output?: string }, d: Dossier | null, name: string): string {
  if (o.output) return o.output;
  return d ? join(dirname(ctx.dossierPath), name) : name;
}

export interface DocumentToWrite {
  env: Environment;
  dossier: Dossier | null;
  what: string;
  kind: 'consumerspecificatie' | 'ping';
  target: string;
  xml: string;
  findings: Finding[];
  forced: boolean;
  force: boolean;
  stepId: string | null;
  values: Record<string, string>;
  /** What the document was made from, kept in its record. */
  inputs: Record<string, unknown>;
}

export async function writeAndRecord(ctx: Context, w: DocumentToWrite): Promise<DocumentOutcome> {
  const { path: written, unchanged, previous } = writeDocument(ctx, w.target, w.xml, w.force);
  const d = w.dossier;
  // A preview on stdout records nothing; the same file again, already recorded, changes nothing.
  const alreadyRecorded = unchanged && d?.artefacts[w.env][w.kind]?.sha256 === sha256(w.xml) && (w.stepId === null || d.steps[w.stepId]?.state === 'done');
  let reason: string | null = null;
  if (d && written && !alreadyRecorded) {
    const who = actor(ctx);
    const rec: ArtefactRecord = {
      ...fileStat(written),
      path: toDossier(ctx, written),
      ...(previous ? { previous: toDossier(ctx, previous) } : {}),
      sha256: sha256(w.xml),
      ...(w.forced ? { ignoredErrors: true as const } : {}),
      at: who.at,
      by: who.by,
      inputs: w.inputs,
    };
    reason = await recordAndMark(ctx, (x) => withDocument(x, w.env, w.kind, rec), w.stepId, w.values);
  }
  return {
    kind: 'written',
    env: w.env,
    what: w.what,
    xml: w.xml,
    findings: w.findings,
    forced: w.forced,
    written,
    unchanged,
    previous,
    stepOpen: reason && w.stepId ? { step: w.stepId, reason } : null,
  };
}
