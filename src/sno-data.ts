// The SNO's lead times and maintenance windows from templates/sno.json: data, so that a new SNO is
// a change of that file (it names its source and year).
import { readFileSync } from 'node:fs';
import type { Sno } from './domain/due.ts';

/** The SNO data, read when a command needs it. */
export function loadSno(): Sno {
  return JSON.parse(readFileSync(new URL('../templates/sno.json', import.meta.url), 'utf8')) as Sno;
}
