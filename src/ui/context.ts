// Decisions about the user's environment made in one place: language, interactivity, colour,
// who is acting, the dossier path. Commands receive a Context and never look at process.* themselves.
import { lazyBuiltin } from '../io/lazy-builtin.ts';
import { resolve } from 'node:path';
import type { Lang } from '../domain/checklist.ts';
import { fdWriter, isTerminal, type Writer } from './terminal.ts';

export interface GlobalOptions {
  dossier?: string;
  json?: boolean;
  lang?: string;
  input?: boolean;
  /** --yes: never prompt, as --no-input (lz-onboard asks no confirmations outside the wizard). */
  yes?: boolean;
  color?: boolean;
  by?: string;
  quiet?: boolean;
  verbose?: boolean;
}

export interface Context {
  lang: Lang;
  langSource: LangSource;
  json: boolean;
  /** --quiet: no confirmations or progress on stderr (warnings, errors and results still). */
  quiet: boolean;
  /** May the tool ask questions? Computed on first use (it inspects stdin and stdout). */
  readonly interactive: boolean;
  /** Colour on either stream (then colour codes are made; each stream keeps or drops them)? Computed on first use. */
  readonly color: boolean;
  dossierPath: string;
  dossierExplicit: boolean;
  /** Who acts (for the history); computed on first use (the OS user lookup loads node:os). */
  readonly by: string;
  /** Columns to wrap text to: the terminal's, else COLUMNS, else 80. */
  readonly columns: number;
  cwd: string;
  now: () => Date;
  /** The moment certificates and CPAs are judged at, when not now (the wizard's --at); history keeps the real time. */
  checkAt?: Date;
  env: NodeJS.ProcessEnv;
  stdout: Writer;
  stderr: Writer;
}

/** Where the language came from: a choice (flag, LZ_ONBOARD_LANG), the locale, or nothing (then the dossier's may apply). */
export type LangSource = 'chosen' | 'locale' | 'none';

export function langSource(flag: string | undefined, env: NodeJS.ProcessEnv): LangSource {
  if (flag || env['LZ_ONBOARD_LANG']) return 'chosen';
  const locale = env['LC_ALL'] || env['LC_MESSAGES'] || env['LANG'] || env['LANGUAGE'] || '';
  return /^(en|nl)\b|^(en|nl)[_-]/i.test(locale) ? 'locale' : 'none';
}

export function detectLang(flag: string | undefined, env: NodeJS.ProcessEnv): Lang {
  if (flag) return flag.toLowerCase().startsWith('en') ? 'en' : 'nl';
  const fromEnv = env['LZ_ONBOARD_LANG'] || env['LC_ALL'] || env['LC_MESSAGES'] || env['LANG'] || env['LANGUAGE'] || '';
  // Dutch unless the locale says English: the manual and its users are Dutch.
  return /^en\b|^en[_-]/i.test(fromEnv) ? 'en' : 'nl';
}

export function isInteractive(opts: GlobalOptions, env: NodeJS.ProcessEnv, stdinTTY: boolean, stdoutTTY: boolean): boolean {
  if (opts.input === false || opts.yes || opts.json) return false;
  if (env['CI'] && env['CI'] !== 'false' && env['CI'] !== '0') return false;
  return stdinTTY && stdoutTTY;
}

/** Colour for one stream: --no-color, NO_COLOR, TERM=dumb and FORCE_COLOR=0 turn it off; FORCE_COLOR (other values) forces it. */
export function useColor(opts: GlobalOptions, env: NodeJS.ProcessEnv, streamTTY: boolean): boolean {
  if (opts.color === false) return false;
  if (env['NO_COLOR']) return false;
  if (env['TERM'] === 'dumb') return false;
  const force = env['FORCE_COLOR'];
  if (force === '0' || force === 'false') return false;
  if (force) return true;
  return streamTTY;
}

function osUser(env: NodeJS.ProcessEnv): string {
  try {
    return lazyBuiltin('node:os').userInfo().username;
  } catch {
    return env['USER'] || env['USERNAME'] || 'onbekend';
  }
}

export function makeContext(opts: GlobalOptions, env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Context {
  const explicit = opts.dossier ?? env['LZ_ONBOARD_DOSSIER'];
  let interactive: boolean | undefined;
  let colorOut: boolean | undefined;
  let colorErr: boolean | undefined;
  // Decided per stream: `status > file` on a terminal gets no escape codes in the file.
  const outColour = () => (colorOut ??= useColor(opts, env, isTerminal(1)));
  const errColour = () => (colorErr ??= useColor(opts, env, isTerminal(2)));
  let by: string | undefined;
  const ctx: Context = {
    lang: detectLang(opts.lang, env),
    langSource: langSource(opts.lang, env),
    json: opts.json === true,
    quiet: opts.quiet === true,
    get interactive() {
      return (interactive ??= isInteractive(opts, env, isTerminal(0), isTerminal(1)));
    },
    get color() {
      return errColour() || outColour();
    },
    dossierPath: resolve(cwd, explicit || 'lz-onboard.json'),
    dossierExplicit: Boolean(explicit),
    get by() {
      return (by ??= opts.by?.trim() || env['LZ_ONBOARD_BY']?.trim() || osUser(env));
    },
    get columns() {
      const fromEnv = Number(env['COLUMNS']);
      if (isTerminal(1) && process.stdout.columns) return process.stdout.columns;
      return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : 80;
    },
    cwd,
    now: () => new Date(),
    env,
    stdout: fdWriter(1, outColour),
    stderr: fdWriter(2, errColour),
  };
  return ctx;
}
