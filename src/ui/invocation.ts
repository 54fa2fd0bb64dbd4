// How the user started lz-onboard, so that the commands a hint names can be typed as shown. After
// `npm start` in a clone there is usually no `lz-onboard` on PATH (that takes `npm link`), so a hint
// "lz-onboard status" would fail; it then says "npm start -- status".
import { statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import type { Writer } from './terminal.ts';

/** Started as the package's own `npm start` script (npm sets these for every run-script). */
export function startedByNpmStart(env: NodeJS.ProcessEnv): boolean {
  return env['npm_lifecycle_event'] === 'start' && env['npm_package_name'] === 'lz-onboard';
}

/** Is `name` an executable file in one of PATH's directories? */
export function onPath(name: string, env: NodeJS.ProcessEnv): boolean {
  const names = process.platform === 'win32' ? [`${name}.cmd`, `${name}.exe`, name] : [name];
  for (const dir of (env['PATH'] ?? '').split(delimiter)) {
    if (!dir) continue;
    for (const n of names) {
      try {
        if (statSync(join(dir, n)).isFile()) return true;
      } catch {
        /* not here */
      }
    }
  }
  return false;
}

/**
 * The rewrite of "lz-onboard <command>" into "npm start -- <command>" when the user started the tool
 * with `npm start` and cannot type `lz-onboard`; undefined otherwise (nearly always: one env lookup).
 * Only a command name or an option after "lz-onboard" counts, so prose ("buiten lz-onboard om") stays.
 */
export function hintRewrite(env: NodeJS.ProcessEnv, commands: readonly string[]): ((text: string) => string) | undefined {
  if (!startedByNpmStart(env) || onPath('lz-onboard', env)) return undefined;
  const pattern = new RegExp(`(?<![\\w./-])lz-onboard(?= (?:${commands.join('|')})\\b| --?[a-z])`, 'g');
  return (text) => text.replace(pattern, 'npm start --');
}

/** A writer whose human text names commands as the user can type them. */
export function rewriting(w: Writer, rewrite: ((text: string) => string) | undefined): Writer {
  return rewrite ? { write: (text) => w.write(rewrite(text)), document: (text) => w.document(text) } : w;
}
