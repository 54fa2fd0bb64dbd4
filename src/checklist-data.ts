// The checklist from templates/checklist.json. Reading and JSON.parse of the file is cheaper at
// start-up than compiling the same data as a JavaScript object literal; only the commands' modules
// (initialised when their command runs) import this module, so --help does not read it.
import { readFileSync } from 'node:fs';
import type { Checklist } from './domain/checklist.ts';
import { loadSno } from './sno-data.ts';

// One level up both from src/ (tests, tsx) and from the bundle, dist/cli.cjs.
const CANDIDATES = ['../templates/checklist.json'];

function load(): Checklist {
  for (const rel of CANDIDATES) {
    try {
      return JSON.parse(readFileSync(new URL(rel, import.meta.url), 'utf8')) as Checklist;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
  }
  throw new Error('templates/checklist.json not found beside the program');
}

/** The checklist, loaded once, with the SNO's maintenance windows that planned days are checked against. */
export const checklist: Checklist = { ...load(), maintenanceWindows: loadSno().maintenanceWindows };
