// Reading and writing the dossier: validated on every load, written atomically (temporary file,
// fsync, rename), the previous content kept as <file>.bak, and updates serialised by a lock.
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';
import type { Checklist } from '../domain/checklist.ts';
import type { Dossier } from '../domain/dossier-types.ts';
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
  if (m.kind === 'unknown') throw new DossierError('dossier.unknown-version', withBackupHint(file, { file, version: JSON.stringify(m.version) ?? 'undefined' }));
  const errs = validateDossier(m.data, c);
  if (errs.length) throw new DossierError('dossier.invalid', withBackupHint(file, { file, reason: errs.slice(0, 3).join('; ') + (errs.length > 3 ? ` (+${errs.length - 3})` : '') }));
  const dossier = normalise(m.data as unknown as Dossier, c);
  return m.kind === 'migrated' ? { dossier, text, migratedFrom: m.from } : { dossier, text };
}

export function readDossierText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new DossierError('dossier.not-found', { file });
    if (code === 'EISDIR') throw new DossierError('dossier.is-directory', { file });
    throw new DossierError('dossier.unreadable', { file, reason: String(code ?? (e as Error).message) });
  }
}

export function loadDossier(file: string, c: Checklist): Loaded {
  return parseDossier(file, readDossierText(file), c);
}

export function serialise(d: Dossier): string {
  return `${JSON.stringify(d, null, 2)}\n`;
}

function writeAtomic(file: string, text: string): void {
  const tmp = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  const fd = openSync(tmp, 'w', 0o644);
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    renameSync(tmp, file);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      /* nothing to clean */
    }
    throw e;
  }
}

export interface SaveOptions {
  /** The file's content before this change, kept as the backup. */
  previousText?: string;
  /** The schema version the previous content had, when it was migrated: kept as <file>.v<N>.bak too. */
  migratedFrom?: number;
}

export function saveDossier(file: string, d: Dossier, opts: SaveOptions = {}): void {
  try {
    if (opts.previousText !== undefined) {
      writeAtomic(backupPath(file), opts.previousText);
      if (opts.migratedFrom !== undefined) writeAtomic(`${file}.v${opts.migratedFrom}.bak`, opts.previousText);
    }
    writeAtomic(file, serialise(d));
  } catch (e) {
    if (e instanceof DossierError) throw e;
    throw new DossierError('dossier.write-failed', { file, reason: String((e as NodeJS.ErrnoException).code ?? (e as Error).message) });
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
  return withLock(
    file,
    () => {
      const loaded = loadDossier(file, c);
      const { dossier, result } = change(loaded);
      if (dossier) saveDossier(file, dossier, { previousText: loaded.text, migratedFrom: loaded.migratedFrom });
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
  await withLock(
    file,
    () => {
      let previous: string | undefined;
      if (existsSync(file)) {
        if (!force) throw new DossierError('dossier.exists', { file });
        try {
          previous = readFileSync(file, 'utf8');
        } catch {
          previous = undefined;
        }
      }
      saveDossier(file, d, previous === undefined ? {} : { previousText: previous });
    },
    lockOpts,
  );
}
