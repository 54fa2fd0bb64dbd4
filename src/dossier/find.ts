// Finding dossiers in a portfolio folder for the help-desk overview.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

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
