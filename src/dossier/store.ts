// Reading and writing the dossier: validated on every load, written atomically (temporary file,
// fsync, rename; see io/write-atomic), the previous content kept as <file>.bak, and updates
// serialised by a lock. Reads are bounded and must be UTF-8 (io/read-bounded).
import { existsSync, lstatSync, mkdirSync, realpathSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Checklist } from '../domain/checklist.ts';
import type { Dossier } from '../domain/dossier-types.ts';
import { BoundedReadError, decodeUtf8Strict, LIMITS, readBounded, readKnownRegularText } from '../io/read-bounded.ts';
import { ioReason } from '../io/reasons.ts';
import { sweepStaleTemps, writeFilesAtomic, WriteError } from '../io/write-atomic.ts';
import { DossierError } from './errors.ts';
import { withLock, type LockOptions } from './lock.ts';
import { migrate } from './migrate.ts';
import { normalise, validateDossier } from './validate.ts';

export interface Loaded {
  dossier: Dossier;
  text: string;
  /** Set when the file had an older schemaVersion and was migrated in memory. */
  migratedFrom?: number;
}

export const backupPath = (file: string) => `${file}.bak`;

function withBackupHint(file: string, params: Record<string, string>): Record<string, string> {
  const bak = backupPath(file);
  return existsSync(bak) ? { ...params, backup: bak } : params;
}

export function parseDossier(file: string, text: string, c: Checklist): Loaded {
  let raw: unknown;
  try {
    raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    throw new DossierError('dossier.not-json', withBackupHint(file, { file, reason: (e as Error).message }));
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new DossierError('dossier.invalid', withBackupHint(file, { file, reason: 'the top level is not a JSON object' }));
  }
  const m = migrate(raw as Record<string, unknown>);
  if (m.kind === 'newer') throw new DossierError('dossier.newer', { file, version: String(m.version) });
  if (m.kind === 'unknown')
    throw new DossierError('dossier.unknown-version', withBackupHint(file, { file, version: JSON.stringify(m.version) ?? 'undefined' }));
  const errs = validateDossier(m.data, c);
  if (errs.length)
    throw new DossierError(
      'dossier.invalid',
      withBackupHint(file, { file, reason: errs.slice(0, 3).join('; ') + (errs.length > 3 ? ` (+${errs.length - 3})` : '') }),
    );
  const dossier = normalise(m.data as unknown as Dossier, c);
  return m.kind === 'migrated' ? { dossier, text, migratedFrom: m.from } : { dossier, text };
}

/** `knownRegular`: a directory listing said this is a regular file (status over a portfolio). */
export function readDossierText(file: string, knownRegular = false): string {
  if (knownRegular) {
    const text = readKnownRegularText(file, LIMITS.dossier);
    if (text !== null) return text;
  }
  let buf: Buffer;
  try {
    buf = readBounded(file, LIMITS.dossier);
  } catch (e) {
    if (!(e instanceof BoundedReadError)) throw e;
    if (e.problem === 'not-found') throw new DossierError('dossier.not-found', { file });
    if (e.problem === 'is-directory') throw new DossierError('dossier.is-directory', { file });
    if (e.problem === 'not-regular') throw new DossierError('dossier.not-regular', { file });
    if (e.problem === 'too-large') throw new DossierError('dossier.too-large', { file, max: String(LIMITS.dossier / 1024 / 1024) });
    throw new DossierError('dossier.unreadable', { file, reason: e.detail });
  }
  const text = decodeUtf8Strict(buf);
  // Replacing invalid bytes would silently change the file on the next write: refuse it instead.
  if (text === null) throw new DossierError('dossier.not-utf8', withBackupHint(file, { file }));
  return text;
}

export function loadDossier(file: string, c: Checklist, knownRegular = false): Loaded {
  return parseDossier(file, readDossierText(file, knownRegular), c);
}

export function serialise(d: Dossier): string {
  return `${JSON.stringify(d, null, 2)}\n`;
}

/** The file a dossier path stands for: a symlinked dossier is read and written at its target. */
export function realDossierPath(file: string): string {
  try {
    return lstatSync(file).isSymbolicLink() ? realpathSync(file) : file;
  } catch {
    return file; // missing, or a dangling link: reading it reports that
  }
}

export interface SaveOptions {
  /** The file's content before this change, kept as the backup. */
  previousText?: string | Uint8Array;
  /** The schema version the previous content had, when it was migrated: kept as <file>.v<N>.bak too. */
  migratedFrom?: number;
}

export function saveDossier(file: string, d: Dossier, opts: SaveOptions = {}): void {
  let text: string;
  try {
    text = serialise(d);
  } catch (e) {
    // Only a structure nested too deep for JSON.stringify gets here; validation refuses it on load.
    throw new DossierError('dossier.invalid', { file, reason: (e as Error).message });
  }
  // Backups first, the dossier last; all are written in full before any is renamed into place, so
  // a full disk leaves the dossier and its backup as they were.
  const files: { file: string; data: string | Uint8Array; followSymlink: boolean }[] = [];
  if (opts.previousText !== undefined) {
    files.push({ file: backupPath(file), data: opts.previousText, followSymlink: false });
    if (opts.migratedFrom !== undefined) files.push({ file: `${file}.v${opts.migratedFrom}.bak`, data: opts.previousText, followSymlink: false });
  }
  files.push({ file, data: text, followSymlink: true });
  for (const f of files) sweepStaleTemps(f.file);
  try {
    writeFilesAtomic(files);
  } catch (e) {
    if (e instanceof WriteError) throw new DossierError('dossier.write-failed', { file, reason: ioReason(e.reason) });
    throw e;
  }
}

/**
 * Load, change and save under the lock. `change` returns the new dossier (or null for no write)
 * and a result; nothing is written when it throws.
 */
export async function updateDossier<R>(
  file: string,
  c: Checklist,
  change: (loaded: Loaded) => { dossier: Dossier | null; result: R },
  lockOpts: LockOptions = {},
): Promise<R> {
  const real = realDossierPath(file);
  return withLock(
    real,
    () => {
      const loaded = loadDossier(real, c);
      const { dossier, result } = change(loaded);
      if (dossier) saveDossier(real, dossier, { previousText: loaded.text, migratedFrom: loaded.migratedFrom });
      return result;
    },
    lockOpts,
  );
}

/** Create a new dossier; refuses to replace an existing file unless `force`. */
export async function createDossierFile(file: string, d: Dossier, force: boolean, lockOpts: LockOptions = {}): Promise<void> {
  try {
    mkdirSync(dirname(file), { recursive: true });
  } catch (e) {
    throw new DossierError('dossier.write-failed', { file, reason: String((e as NodeJS.ErrnoException).code ?? e) });
  }
  const real = realDossierPath(file);
  await withLock(
    real,
    () => {
      let previous: Buffer | undefined;
      if (existsSync(real)) {
        if (!force) throw new DossierError('dossier.exists', { file });
        try {
          previous = readBounded(real, LIMITS.dossier);
        } catch (e) {
          if (e instanceof BoundedReadError && e.problem === 'not-regular') throw new DossierError('dossier.not-regular', { file });
          previous = undefined;
        }
      }
      saveDossier(real, d, previous === undefined ? {} : { previousText: previous });
    },
    lockOpts,
  );
}
