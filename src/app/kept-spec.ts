// The Consumerspecificatie a renewal replaces is kept under its own name (the day it was made), not
// only as <file>.bak: the next generation would overwrite a .bak, and Logius may still ask for the
// version that went with the CPA in use. A cancelled renewal puts exactly that version back.
import { existsSync } from 'node:fs';
import { extname } from 'node:path';
import type { ArtefactRecord } from '../domain/dossier-types.ts';
import { LIMITS, readBounded } from '../io/read-bounded.ts';
import { writeFilesAtomic } from '../io/write-atomic.ts';
import type { Context } from '../ui/context.ts';
import { fromDossier, sha256, toDossier, writeDocument } from './artefact-files.ts';

export interface KeptSpec {
  path: string;
  sha256: string;
  /** The artefact record it had, so a cancel restores the record as well as the file. */
  record: ArtefactRecord;
}

/** `stem.xml`, or `stem-2.xml`, `stem-3.xml`… when taken by other bytes; the same bytes are kept once. */
function keptName(stem: string, ext: string, data: Buffer): { file: string; exists: boolean } {
  for (let n = 1; ; n++) {
    const file = n === 1 ? `${stem}${ext}` : `${stem}-${n}${ext}`;
    if (!existsSync(file)) return { file, exists: false };
    if (readIfThere(file)?.equals(data)) return { file, exists: true };
  }
}

function readIfThere(file: string): Buffer | null {
  try {
    return readBounded(file, LIMITS.cpa);
  } catch {
    return null;
  }
}

export interface SpecSnapshot {
  abs: string;
  data: Buffer;
  record: ArtefactRecord;
}

/** The recorded Consumerspecificatie as it is on disk now, read before a new one replaces it. */
export function snapshotSpec(ctx: Context, record: ArtefactRecord | undefined): SpecSnapshot | null {
  if (!record?.path) return null;
  const abs = fromDossier(ctx, record.path);
  const data = readIfThere(abs);
  return data ? { abs, data, record } : null;
}

/** Writes the snapshot to a new file beside it, named after the day it was made. */
export function keepSpec(ctx: Context, snap: SpecSnapshot): KeptSpec {
  const ext = extname(snap.abs) || '.xml';
  const stem = `${snap.abs.slice(0, snap.abs.length - extname(snap.abs).length)}-${snap.record.at.slice(0, 10)}`;
  const { file, exists } = keptName(stem, ext, snap.data);
  if (!exists) writeFilesAtomic([{ file, data: snap.data }]);
  return { path: toDossier(ctx, file), sha256: sha256(snap.data), record: snap.record };
}

/**
 * Writes the kept version back where the current one is (the current one kept as .bak, as any
 * replaced document is) and returns the record to put back; null when the kept file is gone or changed.
 */
export function restoreSpec(
  ctx: Context,
  kept: { path: string; sha256: string; record?: ArtefactRecord },
  current: ArtefactRecord | undefined,
): ArtefactRecord | null {
  const data = readIfThere(fromDossier(ctx, kept.path));
  if (!data || sha256(data) !== kept.sha256) return null;
  if (!kept.record) return null;
  const target = current?.path ?? kept.record.path;
  if (!target) return null;
  const written = writeDocument(ctx, fromDossier(ctx, target), data.toString('utf8'), true);
  return { ...kept.record, path: toDossier(ctx, written.path!) };
}
