// Finding dossiers in a portfolio folder for the help-desk overview and history.
import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

const DOSSIER_NAME = 'lz-onboard.json';
const SKIP_DIRS = new Set(['node_modules', '.git']);

/**
 * Every lz-onboard.json below `dir`, sorted for a stable overview, and the folders that could not
 * be read (a help desk must know what the overview leaves out). Symlinked folders are not followed
 * (no loops); a lz-onboard.json that is not a regular file is listed, so that it shows as an error.
 */
export function findDossiers(dir: string): { found: string[]; unreadable: string[] } {
  const found: string[] = [];
  const unreadable: string[] = [];
  const walk = (d: string) => {
    let entries: import('node:fs').Dirent[];
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch {
      unreadable.push(d);
      return;
    }
    for (const e of entries) {
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name)) walk(join(d, e.name));
      } else if (e.name === DOSSIER_NAME) found.push(join(d, e.name));
    }
  };
  walk(dir);
  return { found: found.sort(), unreadable: unreadable.sort() };
}

export interface Target {
  /** Absolute path of the dossier file. */
  path: string;
  /** The path as the user wrote it (folder given + the part below it). */
  shown: string;
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/**
 * The dossiers that `status` or `history` over `paths` covers: folders are walked, files taken as
 * they are. `single` when one file was named (one dossier in detail); an empty folder given alone
 * is `empty` (nothing to show is an error then).
 */
export function expandTargets(cwd: string, paths: string[]): { targets: Target[]; unreadable: string[]; single: boolean; empty: boolean } {
  const targets: Target[] = [];
  const unreadable: string[] = [];
  for (const p of paths) {
    const abs = resolve(cwd, p);
    if (isDirectory(abs)) {
      const { found, unreadable: skipped } = findDossiers(abs);
      unreadable.push(...skipped.map((u) => join(p, relative(abs, u))));
      // Every found path starts with abs and a separator: shown is the folder as given plus the rest
      // (path.relative and join per file cost more than reading a small dossier).
      const prefix = join(p, 'x').slice(0, -1);
      for (const f of found) targets.push({ path: f, shown: prefix + f.slice(abs.length + (abs.endsWith(sep) ? 0 : 1)) });
    } else targets.push({ path: abs, shown: p });
  }
  const single = paths.length === 1 && targets.length === 1 && !isDirectory(resolve(cwd, paths[0]!));
  return { targets, unreadable, single, empty: paths.length === 1 && targets.length === 0 && unreadable.length === 0 };
}
