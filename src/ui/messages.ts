// The message catalogue: every sentence the tool shows, keyed by a stable id, in Dutch and English.
// `{name}` is replaced by a parameter; `{reason}` parameters that are themselves ids are translated.
import { GENERAL } from './catalogue/general.ts';
import { DOSSIER } from './catalogue/dossier.ts';
import { WIZARD } from './catalogue/wizard.ts';
import { CERTIFICATES } from './catalogue/certificates.ts';
import { ARTEFACTS } from './catalogue/artefacts.ts';
import { OPTIONS } from './catalogue/options.ts';
import { RENEW } from './catalogue/renew.ts';
import { TESTING } from './catalogue/testing.ts';
import type { Entry } from './catalogue/entry.ts';
import type { Lang } from '../domain/checklist.ts';
import { visible } from './safe-text.ts';

/**
 * The catalogue's parts (ui/catalogue/, by subject), looked up in turn: merging them into one object
 * would copy some 600 entries at every start.
 */
export const CATALOGUE_PARTS: readonly Record<string, Entry>[] = [GENERAL, DOSSIER, WIZARD, CERTIFICATES, ARTEFACTS, OPTIONS, RENEW, TESTING];

export type MessageId =
  | keyof typeof GENERAL
  | keyof typeof DOSSIER
  | keyof typeof WIZARD
  | keyof typeof CERTIFICATES
  | keyof typeof ARTEFACTS
  | keyof typeof OPTIONS
  | keyof typeof RENEW
  | keyof typeof TESTING;

/** Every id, for the catalogue tests. */
export function messageIds(): MessageId[] {
  return CATALOGUE_PARTS.flatMap((part) => Object.keys(part)) as MessageId[];
}

function entryOf(id: string): Entry | undefined {
  for (const part of CATALOGUE_PARTS) {
    const e = part[id];
    if (e) return e;
  }
  return undefined;
}

export function hasMessage(id: string): id is MessageId {
  return entryOf(id) !== undefined;
}

declare const dynamicBrand: unique symbol;
/** An id made at run time (an error's code, `label.kind.${kind}`); see dyn(). */
export type DynamicId = string & { readonly [dynamicBrand]: true };
/** Marks an id made at run time: an unknown one comes back as itself, which the catalogue tests rule out. */
export const dyn = (id: string): DynamicId => id as DynamicId;

/** A message by its id: a literal id must be in the catalogue (a typo does not compile); a made one goes through dyn(). */
export function t(lang: Lang, id: MessageId | DynamicId, params: Record<string, string> = {}): string {
  const entry = entryOf(id);
  if (!entry) return id;
  // {n:one|many} prints the number with the singular or plural word.
  const template = entry[lang === 'en' ? 1 : 0].replace(/\{(\w+):([^|}]*)\|([^}]*)\}/g, (all, name: string, one: string, many: string) =>
    params[name] === undefined ? all : `${params[name]} ${params[name] === '1' ? one : many}`,
  );
  return template.replace(/\{([\w.]+)\}/g, (_, name: string) => {
    const langSpecific = params[`${name}.${lang}`];
    if (langSpecific !== undefined) return langSpecific;
    const v = params[name];
    if (v === undefined) return `{${name}}`;
    // Parameters that are message ids themselves (a validator's reason) are translated too.
    // Any other value may come from outside (a file, a dossier): shown with its controls escaped.
    return name === 'reason' && hasMessage(v) ? t(lang, v, params) : visible(v);
  });
}
