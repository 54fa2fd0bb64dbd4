// The help topics that are not a command: exit codes (also under every command's --help) and the
// environment variables (lz-onboard help exit-codes, lz-onboard help environment).
import type { Lang } from '../domain/checklist.ts';

const EXIT_CODES: Record<Lang, string> = {
  nl: `Afsluitcodes:
  0    gelukt
  1    controles vonden fouten (of stdout kon niet worden geschreven)
  2    verkeerd gebruik of ongeldige invoer (niets geschreven)
  3    probleem met het dossier (niet gevonden, beschadigd, nieuwere versie, vergrendeld)
       of een bestand kon niet worden geschreven (schijf vol); er is niets gewijzigd
  70   interne fout (graag melden, met LZ_DEBUG=1)
  130  afgebroken (Ctrl-C)`,
  en: `Exit codes:
  0    ok
  1    checks found errors (or stdout could not be written)
  2    usage or invalid input (nothing written)
  3    dossier problem (not found, damaged, newer version, locked)
       or a file could not be written (disk full); nothing was changed
  70   internal error (please report it, with LZ_DEBUG=1)
  130  cancelled (Ctrl-C)`,
};

const ENVIRONMENT: Record<Lang, string> = {
  nl: `Omgevingsvariabelen:
  LZ_ONBOARD_DOSSIER       dossierbestand (standaard ./lz-onboard.json; --dossier gaat voor)
  LZ_ONBOARD_LANG          nl of en (--lang gaat voor; anders LC_ALL, LC_MESSAGES, LANG; Nederlands als onbekend)
  LZ_ONBOARD_BY            wie de wijziging doet, voor de geschiedenis (--by gaat voor; anders de OS-gebruiker)
  LZ_ONBOARD_P12_PASSWORD  wachtwoord van PKCS#12-bestanden (.p12/.pfx), alleen voor hun certificaten; nooit opgeslagen
  LZ_ONBOARD_LOCK_TIMEOUT  seconden wachten op het slot van een andere lz-onboard (standaard 30)
  LZ_ONBOARD_PROGRESS_AFTER  milliseconden werk voordat een teller op de terminal verschijnt (standaard 1000)
  CI                       elke waarde behalve false/0: nooit vragen stellen
  NO_COLOR                 geen kleur (ook --no-color, TERM=dumb, FORCE_COLOR=0)
  FORCE_COLOR              1: kleur, ook zonder terminal
  LZ_DEBUG                 1: stacktraces bij fouten`,
  en: `Environment variables:
  LZ_ONBOARD_DOSSIER       dossier file (default ./lz-onboard.json; --dossier wins)
  LZ_ONBOARD_LANG          nl or en (--lang wins; else LC_ALL, LC_MESSAGES, LANG; Dutch when unknown)
  LZ_ONBOARD_BY            who makes the change, for the history (--by wins; else the OS user)
  LZ_ONBOARD_P12_PASSWORD  password of PKCS#12 files (.p12/.pfx), for their certificates only; never stored
  LZ_ONBOARD_LOCK_TIMEOUT  seconds to wait for another lz-onboard's lock (default 30)
  LZ_ONBOARD_PROGRESS_AFTER  milliseconds of work before a counter shows on the terminal (default 1000)
  CI                       any value but false/0: never prompt
  NO_COLOR                 no colour (also --no-color, TERM=dumb, FORCE_COLOR=0)
  FORCE_COLOR              1: colour, also without a terminal
  LZ_DEBUG                 1: stack traces with errors`,
};

export const HELP_TOPICS = ['exit-codes', 'environment'] as const;
export type HelpTopic = (typeof HELP_TOPICS)[number];

export function helpTopic(lang: Lang, topic: HelpTopic): string {
  return topic === 'exit-codes' ? EXIT_CODES[lang] : ENVIRONMENT[lang];
}
