// The only place that asks questions. @inquirer/prompts is imported lazily so that commands which
// never prompt do not pay for loading it. Ctrl-C becomes a CliError with exit code 130. The
// prompts' own words (key hints, yes/no, "a value is required") follow the user's language.
import type { Lang } from '../domain/checklist.ts';
import { CliError } from './cli-error.ts';
import { EXIT } from './exit-codes.ts';
import { unsafeIn } from '../domain/text.ts';
import { t, dyn } from './messages.ts';
import { visible } from './safe-text.ts';
import { loadPrompts } from './vendor.ts';

let lang: Lang = 'nl';

/** Set once per run, from the context. */
export function setPromptLanguage(l: Lang): void {
  lang = l;
}

const keyHelp = (keys: [string, string][]) => keys.map(([key, action]) => `${key} ${t(lang, dyn(`prompt.key.${action}`))}`).join(' • ');
const theme = () => ({ style: { keysHelpTip: keyHelp } });

type Inquirer = typeof import('@inquirer/prompts');
let lib: Inquirer | undefined;

async function load(): Promise<Inquirer> {
  lib ??= await loadPrompts();
  return lib;
}

async function guard<T>(p: Promise<T>): Promise<T> {
  try {
    return await p;
  } catch (e) {
    const name = (e as Error)?.name;
    if (name === 'ExitPromptError' || name === 'AbortPromptError') throw new CliError('wizard.cancelled', {}, EXIT.cancelled);
    throw e;
  }
}

export interface InputOptions {
  message: string;
  default?: string;
  /** Returns an error message, or null when the value is acceptable. */
  validate?: (value: string) => string | null;
  required?: boolean;
}

export async function askInput(o: InputOptions): Promise<string> {
  const { input } = await load();
  return guard(
    input({
      message: o.message,
      // A default can come from a dossier edited by someone else: never raw to the terminal.
      default: o.default === undefined ? undefined : visible(o.default),
      // Required is checked here rather than by the prompt, which says so in English only.
      validate: (v: string) => {
        if (!v.trim()) return o.required ? t(lang, 'prompt.required') : true;
        if (unsafeIn(v)) return t(lang, 'value.control');
        return o.validate?.(v) ?? true;
      },
    }),
  );
}

/** A secret: masked while typed, never echoed afterwards. */
export async function askPassword(message: string, validate: (value: string) => string | null): Promise<string> {
  const { password } = await load();
  return guard(password({ message, mask: '*', theme: theme(), validate: (v: string) => validate(v) ?? true }));
}

export async function askSelect<T extends string>(message: string, choices: { value: T; name: string }[], def?: T): Promise<T> {
  const { select } = await load();
  return guard(select<T>({ message, choices, default: def, theme: theme() }));
}

export async function askConfirm(message: string, def = true): Promise<boolean> {
  const { confirm } = await load();
  const yes = t(lang, 'prompt.yes');
  const no = t(lang, 'prompt.no');
  return guard(confirm({ message, default: def, theme: { keywords: { yes, no, error: () => t(lang, 'prompt.yes-no') } } }));
}
