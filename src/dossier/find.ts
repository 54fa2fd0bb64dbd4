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
export function findDossiers(dir: string): { found: string[]; unreadable: string[]; irregular: Set<string> } {
  const found: string[] = [];
  const irregular = new Set<string>();
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
      } else if (e.name === DOSSIER_NAME) {
        const f = join(d, e.name);
        found.push(f);
        if (!e.isFile()) irregular.add(f);
      }
    }
  };
  walk(dir);
  return { found: found.sort(), unreadable: unreadable.sort(), irregular };
}

export interface Target {
  /** Absolute path of the dossier file. */
  path: string;
  /** The path as the user wrote it (folder given + the part below it). */
  shown: string;
  /** The folder listing said it is a regular file (so reading it needs no fstat). */
  regular: boolean;
}

/**
 * The dossiers found, kept compactly: over 100,000 dossiers an object and a second string per
 * dossier are megabytes, so the shown path is made from its folder's prefix when it is used.
 */
export class TargetList implements Iterable<Target> {
  private readonly paths: string[] = [];
  /** Runs of paths from one folder: paths[from..] are shown as prefix + path.slice(cut). */
  private readonly runs: { from: number; cut: number; prefix: string }[] = [];
  private readonly literal = new Map<number, string>();
  private readonly irregular = new Set<string>();

  get length(): number {
    return this.paths.length;
  }

  addFolder(found: string[], cut: number, prefix: string, irregular: Set<string>): void {
    this.runs.push({ from: this.paths.length, cut, prefix });
    for (const f of irregular) this.irregular.add(f);
    for (const f of found) this.paths.push(f);
  }

  addFile(path: string, shown: string): void {
    this.literal.set(this.paths.length, shown);
    this.paths.push(path);
  }

  at(i: number): Target {
    const path = this.paths[i]!;
    const literal = this.literal.get(i);
    // A file named on the command line is checked in full: it may be anything.
    if (literal !== undefined) return { path, shown: literal, regular: false };
    let run = this.runs[0]!;
    for (const r of this.runs) if (r.from <= i) run = r;
    return { path, shown: run.prefix + path.slice(run.cut), regular: !this.irregular.has(path) };
  }

  *[Symbol.iterator](): Iterator<Target> {
    for (let i = 0; i < this.paths.length; i++) yield this.at(i);
  }
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
export function expandTargets(cwd: string, paths: string[]): { targets: TargetList; unreadable: string[]; single: boolean; empty: boolean } {
  const targets = new TargetList();
  const unreadable: string[] = [];
  for (const p of paths) {
    const abs = resolve(cwd, p);
    if (isDirectory(abs)) {
      const { found, unreadable: skipped, irregular } = findDossiers(abs);
      unreadable.push(...skipped.map((u) => join(p, relative(abs, u))));
      // Every found path starts with abs and a separator: shown is the folder as given plus the rest
      // (path.relative and join per file cost more than reading a small dossier).
      targets.addFolder(found, abs.length + (abs.endsWith(sep) ? 0 : 1), join(p, 'x').slice(0, -1), irregular);
    } else targets.addFile(abs, p);
  }
  const single = paths.length === 1 && targets.length === 1 && !isDirectory(resolve(cwd, paths[0]!));
  return { targets, unreadable, single, empty: paths.length === 1 && targets.length === 0 && unreadable.length === 0 };
}
