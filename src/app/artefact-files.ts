// Shared by spec, cpa and verify: the dossier if there is one, certificate files as recorded,
// writing a generated document safely, and recording artefacts.
import { createHash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import type { CertRecord, CertRole, Dossier, FileStat } from '../domain/dossier-types.ts';
import type { Environment } from '../domain/identifiers.ts';
import { checklist } from '../checklist-data.ts';
import { loadDossier } from '../dossier/store.ts';
import { LIMITS, readBounded } from '../io/read-bounded.ts';
import { ioReason } from '../io/reasons.ts';
import { writeFilesAtomic, WriteError } from '../io/write-atomic.ts';
import { CliError } from '../ui/cli-error.ts';
import type { Context } from '../ui/context.ts';
import { EXIT } from '../ui/exit-codes.ts';
import { recordablePath } from './dossier.ts';

export function optionalDossier(ctx: Context): Dossier | null {
  if (!ctx.dossierExplicit && !existsSync(ctx.dossierPath)) return null;
  return loadDossier(ctx.dossierPath, checklist).dossier;
}

export function dossierDir(ctx: Context): string {
  return dirname(ctx.dossierPath);
}

/** A path as recorded in the dossier, made usable from here. */
export function fromDossier(ctx: Context, p: string): string {
  return isAbsolute(p) ? p : resolve(dossierDir(ctx), p);
}

export function toDossier(ctx: Context, p: string): string {
  const abs = resolve(ctx.cwd, p);
  const rel = relative(dossierDir(ctx), abs);
  return recordablePath(rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : abs);
}

/** The files (leaf, chain...) and roots of a recorded certificate. */
export function recordedCertFiles(ctx: Context, rec: CertRecord): { files: string[]; roots: string[] } {
  return { files: [rec.path, ...rec.chain].map((p) => fromDossier(ctx, p)), roots: rec.roots ? [fromDossier(ctx, rec.roots)] : [] };
}

/** The stat that status compares against later; empty when the file cannot be read. */
export function fileStat(path: string): FileStat {
  try {
    const st = statSync(path);
    return { size: st.size, mtimeMs: st.mtimeMs };
  } catch {
    return {};
  }
}

export function sha256(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('hex');
}

/** A supplier connection never goes to production (Handleiding, Leveranciersaansluiting). */
export function refuseProductieForSupplier(d: Dossier | null, env: Environment): void {
  if (d?.organisation.kind !== 'leverancier' || env !== 'productie') return;
  const phase = checklist.phases.find((p) => p.environment === 'productie');
  const reason = phase?.notApplicable?.leverancier;
  throw new CliError('env.not-for-supplier', { 'reason.nl': reason?.nl ?? '', 'reason.en': reason?.en ?? '' }, EXIT.usage);
}

export { requireEnv as parseEnvFlag } from '../app/options.ts';

/**
 * Writes a generated document: "-" is stdout; an existing file is kept unless `force`; only a
 * regular file (or a symlink to one) or a new path can be written, all bytes or nothing.
 */
export function writeDocument(ctx: Context, target: string, text: string, force: boolean): { path: string | null; unchanged: boolean; previous?: string } {
  if (target === '-') {
    ctx.stdout.document(text);
    return { path: null, unchanged: false };
  }
  const abs = resolve(ctx.cwd, target);
  let previous: Buffer | null = null;
  if (existsSync(abs)) {
    // A folder is no place for a document: say so, rather than "exists, use --force".
    if (statSync(abs).isDirectory()) throw new CliError('file.not-regular', { file: abs }, EXIT.usage);
    // The same bytes again is no change and no error, --force or not.
    if (sameContent(abs, text)) return { path: abs, unchanged: true };
    if (!force) throw new CliError('file.exists', { file: abs }, EXIT.usage);
    previous = oldContent(abs);
  }
  try {
    // A replaced document keeps its previous version beside it, written in the same go.
    writeFilesAtomic([...(previous ? [{ file: `${abs}.bak`, data: previous, followSymlink: false }] : []), { file: abs, data: text }]);
  } catch (e) {
    if (!(e instanceof WriteError)) throw e;
    // Not a file one can write a document to (a device, a directory) is the user's mistake; a
    // full disk or missing permission is a write failure (exit 3), and the old file is still there.
    const usage = e.reason === 'not-regular' || e.reason === 'EISDIR';
    throw new CliError(usage ? 'file.not-regular' : 'file.write-failed', { file: abs, reason: ioReason(e.reason) }, usage ? EXIT.usage : EXIT.dossier);
  }
  return previous ? { path: abs, unchanged: false, previous: `${abs}.bak` } : { path: abs, unchanged: false };
}

function oldContent(file: string): Buffer | null {
  try {
    return readBounded(file, LIMITS.cpa);
  } catch {
    return null; // not a regular file: writing it is refused below
  }
}

function sameContent(file: string, text: string): boolean {
  try {
    const want = Buffer.from(text, 'utf8');
    return readBounded(file, want.length).equals(want);
  } catch {
    return false; // larger, unreadable or not a regular file: not the same
  }
}

export function certSummary(rec: Pick<CertRecord, 'path' | 'chain' | 'fingerprint256' | 'roots'>) {
  return { path: rec.path, chain: rec.chain, ...(rec.roots ? { roots: rec.roots } : {}), fingerprint256: rec.fingerprint256 };
}

export type { CertRole };
