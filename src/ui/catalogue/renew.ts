// Messages: the certificate replacement (lz-onboard renew). Each entry is [Dutch, English].
import type { Entry } from './entry.ts';

export const RENEW = {
  'help.renew': [
    'een certificaat vervangen: vergelijken, vastleggen, nieuwe Consumerspecificatie en wijzigingsmelding aan Logius',
    'replace a certificate: compare, record, a new Consumerspecificatie and the change notice to Logius',
  ],
  'opt.renew.arg-file': [
    'het nieuwe certificaat (PEM, DER of PKCS#12), dan eventueel de keten',
    'the new certificate (PEM, DER or PKCS#12), then the chain if any',
  ],
  'opt.renew.from': [
    'ingangsdatum van het nieuwe certificaat (JJJJ-MM-DD; standaard over twee maanden)',
    'the day the new certificate takes over (YYYY-MM-DD; default two months from today)',
  ],
  'opt.renew.announced': ['de dag waarop de wijziging bij Logius is gemeld (JJJJ-MM-DD)', 'the day the change was announced to Logius (YYYY-MM-DD)'],
  'opt.renew.notice': [
    'bestand voor de wijzigingsmelding (standaard naast het dossier; - is stdout)',
    'file for the change notice (default beside the dossier; - is stdout)',
  ],
  'opt.renew.spec': [
    'bestand voor de nieuwe Consumerspecificatie (standaard dat van de vorige)',
    "file for the new Consumerspecificatie (default the previous one's)",
  ],
  'opt.renew.force': ['een bestaande wijzigingsmelding vervangen', 'replace an existing change notice'],
  'opt.renew.cancel': [
    'de lopende vervanging afbreken: het oude certificaat en de stappen terug',
    'cancel the replacement in progress: the old certificate and the steps back',
  ],
  'opt.renew.reason': ['waarom (bij --cancel)', 'why (with --cancel)'],
  'renew.nothing': [
    'er is geen {role}certificaat voor {env} vastgelegd om te vervangen; leg het eerste vast met lz-onboard cert add',
    'no {role} certificate for {env} is recorded to replace; record the first one with lz-onboard cert add',
  ],
  'renew.in-progress': [
    'de vervanging van het {role}certificaat voor {env} loopt al; rond die af met de nieuwe CPA (lz-onboard cpa check) of breek hem af met --cancel',
    'the replacement of the {role} certificate for {env} is already in progress; finish it with the new CPA (lz-onboard cpa check) or cancel it with --cancel',
  ],
  'renew.none': ['er loopt geen vervanging van het {role}certificaat voor {env}', 'no replacement of the {role} certificate for {env} is in progress'],
  'renew.stdin': [
    'het nieuwe certificaat moet een bestand zijn: het dossier legt zijn pad vast',
    'the new certificate must be a file: the dossier records its path',
  ],
  'renew.notice-exists': [
    '{file} bestaat al (--force vervangt het, --notice <bestand> kiest een ander, --notice - schrijft naar stdout)',
    '{file} already exists (--force replaces it, --notice <file> picks another, --notice - writes to stdout)',
  ],
  'renew.refused': ['niets vastgelegd: los eerst de fouten op', 'nothing recorded: fix the errors first'],
  'renew.declined': ['niets vastgelegd', 'nothing recorded'],
  'renew.confirm': ['Vervanging starten en het nieuwe certificaat vastleggen?', 'Start the replacement and record the new certificate?'],
  'renew.ask-from': ['Ingangsdatum van het nieuwe certificaat (JJJJ-MM-DD)', 'Day the new certificate takes over (YYYY-MM-DD)'],
  'renew.started': [
    'vervanging van het {role} voor {env} gestart: ingangsdatum {change}, klaar vóór {end}',
    'replacement of the {role} for {env} started: takes over on {change}, done by {end}',
  ],
  'renew.notice-written': [
    'wijzigingsmelding geschreven: {file}; stuur hem uiterlijk {by} naar Logius en leg dat vast met lz-onboard renew --env {env} --role {roleFlag} --announced <datum>',
    'change notice written: {file}; send it to Logius by {by} and record that with lz-onboard renew --env {env} --role {roleFlag} --announced <date>',
  ],
  'renew.notice-written-late': [
    'wijzigingsmelding geschreven: {file}; de melddatum ({by}) is voorbij: stuur hem vandaag naar Logius en leg dat vast met lz-onboard renew --env {env} --role {roleFlag} --announced <datum>',
    'change notice written: {file}; the notice date ({by}) has passed: send it to Logius today and record that with lz-onboard renew --env {env} --role {roleFlag} --announced <date>',
  ],
  'renew.no-contact': [
    'de melding noemt geen contactpersoon: vul die in voor u hem verstuurt (lz-onboard step set 2.aanvraagformulier --value contactEmail=<adres> legt er een vast voor de volgende keer)',
    'the notice names no contact: fill one in before sending it (lz-onboard step set 2.aanvraagformulier --value contactEmail=<address> records one for next time)',
  ],
  'renew.spec-restored': [
    'Consumerspecificatie van vóór de vervanging teruggezet: {file} (uit {kept})',
    'Consumerspecificatie from before the replacement put back: {file} (from {kept})',
  ],
  'renew.spec-written': ['nieuwe Consumerspecificatie: {file} (de vorige: {previous})', 'new Consumerspecificatie: {file} (the previous one: {previous})'],
  'renew.spec-skipped': [
    'geen nieuwe Consumerspecificatie gemaakt ({reason}); maak hem met lz-onboard spec consumer --env {env}',
    'no new Consumerspecificatie made ({reason}); make it with lz-onboard spec consumer --env {env}',
  ],
  'renew.spec-needs-both': ['beide certificaten van deze omgeving zijn nodig', 'both certificates of this environment are needed'],
  'renew.next': [
    'daarna: vraag de nieuwe CPA aan, controleer hem met lz-onboard cpa check --env {env} <cpa.xml>, dan spec ping en verify',
    'then: request the new CPA, check it with lz-onboard cpa check --env {env} <cpa.xml>, then spec ping and verify',
  ],
  'renew.announced': ['melding aan Logius op {on} vastgelegd', 'notice to Logius on {on} recorded'],
  'renew.cancelled': [
    'vervanging afgebroken; het vorige {role} voor {env} is weer vastgelegd',
    'replacement cancelled; the previous {role} for {env} is recorded again',
  ],
  'renew.done': ['vervanging van het {role} voor {env} afgerond met deze CPA', 'replacement of the {role} for {env} completed with this CPA'],
  'renew.none-in-progress': ['geen vervangingen lopend', 'no replacements in progress'],
  'renew.line': [
    '{env} {role}: loopt sinds {since}, ingangsdatum {change}, klaar vóór {end}; gemeld: {announced}',
    '{env} {role}: in progress since {since}, takes over on {change}, done by {end}; announced: {announced}',
  ],
  'renew.not-announced': ['nog niet', 'not yet'],
  'label.current': ['huidig', 'current'],
  'label.new': ['nieuw', 'new'],
  'label.unchanged': ['ongewijzigd', 'unchanged'],
  'label.subject': ['onderwerp', 'subject'],
  'label.valid': ['geldig', 'valid'],
  'label.hosts': ['hostnamen', 'host names'],
  'label.key': ['sleutel', 'key'],
  'label.generation': ['generatie', 'generation'],
  'status.renewal': [
    'vervanging loopt: {role} voor {env}, ingangsdatum {change}, klaar vóór {end}',
    'renewal in progress: {role} for {env}, takes over on {change}, done by {end}',
  ],
} satisfies Record<string, Entry>;
