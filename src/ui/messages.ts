// The message catalogue: every sentence the tool shows, keyed by a stable id, in Dutch and English.
// `{name}` is replaced by a parameter; `{reason}` parameters that are themselves ids are translated.
import type { Lang } from '../domain/checklist.ts';

type Entry = readonly [nl: string, en: string];

const M = {
  // Generic errors
  'flag.required': ['{flag} is verplicht zonder interactieve terminal (of met --no-input/--json/CI)', '{flag} is required when not running interactively (or with --no-input/--json/CI)'],
  'flag.invalid': ['{flag}: {reason}', '{flag}: {reason}'],
  'flag.conflict': ['{flag} past niet bij --kind {kind}', '{flag} does not go with --kind {kind}'],
  'value.empty': ['de waarde is leeg', 'the value is empty'],
  'value.control': ['de waarde bevat stuurtekens', 'the value contains control characters'],
  'value.too-long': ['de waarde is langer dan {max} tekens', 'the value is longer than {max} characters'],
  'value.identifier': ['alleen letters, cijfers en . _ : / - zijn toegestaan', 'only letters, digits and . _ : / - are allowed'],
  'value.choice': ['kies een van: {options}', 'choose one of: {options}'],
  'value.hostname': ['"{value}" is geen geldige domeinnaam', '"{value}" is not a valid domain name'],
  'value.email': ['geen geldig e-mailadres', 'not a valid e-mail address'],
  'value.url': ['geen geldige URL', 'not a valid URL'],
  'value.url-https': ['de URL moet met https:// beginnen (Digikoppeling vereist TLS)', 'the URL must start with https:// (Digikoppeling requires TLS)'],
  'value.url-credentials': ['de URL mag geen gebruikersnaam of wachtwoord bevatten', 'the URL must not contain a user name or password'],
  'value.cpaid-chars': ['een CPA-id bevat geen punten of witruimte (Digikoppeling-advies), alleen letters, cijfers, _ : -', 'a CPA id contains no dots or whitespace (Digikoppeling advice), only letters, digits, _ : -'],
  'value.bsn': ['"{value}" is geen geldig BSN (9 cijfers, 11-proef)', '"{value}" is not a valid BSN (9 digits, 11-check)'],
  'value.date': ['geen geldige datum (JJJJ-MM-DD)', 'not a valid date (YYYY-MM-DD)'],
  'value.date-range': ['geen geldige periode (JJJJ-MM-DD/JJJJ-MM-DD)', 'not a valid period (YYYY-MM-DD/YYYY-MM-DD)'],
  'value.date-range-order': ['de einddatum ligt voor de begindatum', 'the end date is before the start date'],
  'value.kvk': ['een KvK-nummer heeft 8 cijfers', 'a KvK number has 8 digits'],
  'value.kvk-hrn': ['KvK-nummer {kvk} past niet bij HRN {hrn}', 'KvK number {kvk} does not match HRN {hrn}'],
  // Identifiers
  'id.length': ['een OIN/HRN heeft 20 posities, dit zijn er {length}', 'an OIN/HRN has 20 positions, this has {length}'],
  'id.not-digits': ['een OIN/HRN bestaat alleen uit cijfers', 'an OIN/HRN consists of digits only'],
  'id.prefix-unknown': ['prefix {prefix} is geen bekend OIN-prefix', 'prefix {prefix} is not a known OIN prefix'],
  'id.prefix-unassigned': ['prefix {prefix} is niet uitgegeven', 'prefix {prefix} is not assigned'],
  'id.test-oin': ['test-OIN: geldig voor tests, nooit voor productie', 'test OIN: valid for tests, never for production'],
  'id.test-oin-productie': ['een test-OIN (00000099...) is niet toegestaan in productie', 'a test OIN (00000099...) is not allowed in production'],
  'id.suffix-unusual': ['achtervoegsel {suffix} wijkt af van het gebruikelijke {expected} (komt voor bij echte OIN\'s)', 'suffix {suffix} differs from the usual {expected} (real OINs like this exist)'],
  'id.invalid': ['ongeldig OIN/HRN', 'invalid OIN/HRN'],
  'hrn.prefix': ['een HRN begint met 00000003, niet met {prefix}', 'an HRN starts with 00000003, not {prefix}'],
  'hrn.suffix': ['een HRN eindigt op 0000 (00000003 + KvK-nummer + 0000)', 'an HRN ends in 0000 (00000003 + KvK number + 0000)'],
  'partyid.shape': ['geen geldige PartyId', 'not a valid PartyId'],
  'partyid.suffix-invalid': ['omgevingsachtervoegsel _{suffix} is ongeldig (toegestaan: _O, _T, _A of een combinatie)', 'environment suffix _{suffix} is invalid (allowed: _O, _T, _A or a combination)'],
  'partyid.suffix-productie': ['een omgevingsachtervoegsel (_{suffix}) is niet toegestaan in productie', 'an environment suffix (_{suffix}) is not allowed in production'],
  // Dossier
  'dossier.not-found': ['geen dossier gevonden: {file} (begin met "lz-onboard init")', 'no dossier found: {file} (start with "lz-onboard init")'],
  'dossier.is-directory': ['{file} is een map, geen dossierbestand', '{file} is a directory, not a dossier file'],
  'dossier.unreadable': ['dossier {file} is niet leesbaar: {reason}', 'dossier {file} cannot be read: {reason}'],
  'dossier.not-json': ['dossier {file} is beschadigd (geen geldige JSON: {reason}); het bestand is niet gewijzigd', 'dossier {file} is damaged (not valid JSON: {reason}); the file was not changed'],
  'dossier.invalid': ['dossier {file} is ongeldig: {reason}; het bestand is niet gewijzigd', 'dossier {file} is invalid: {reason}; the file was not changed'],
  'dossier.newer': ['dossier {file} heeft schemaVersion {version}, geschreven door een nieuwere lz-onboard; werk lz-onboard bij. Het bestand is niet gewijzigd', 'dossier {file} has schemaVersion {version}, written by a newer lz-onboard; upgrade lz-onboard. The file was not changed'],
  'dossier.unknown-version': ['dossier {file} heeft een onbekende schemaVersion ({version}); het bestand is niet gewijzigd', 'dossier {file} has an unknown schemaVersion ({version}); the file was not changed'],
  'dossier.backup-hint': ['vorige versie: {backup}', 'previous version: {backup}'],
  'dossier.exists': ['er is al een dossier: {file} (gebruik --force om het te vervangen; het oude blijft bewaard als .bak)', 'a dossier already exists: {file} (use --force to replace it; the old one is kept as .bak)'],
  'dossier.locked': ['dossier {file} is in gebruik door proces {pid} op {host} (slot {lock}); probeer het opnieuw', 'dossier {file} is in use by process {pid} on {host} (lock {lock}); try again'],
  'dossier.lock-failed': ['kan dossier {file} niet vergrendelen: {reason}', 'cannot lock dossier {file}: {reason}'],
  'dossier.stale-lock': ['verweesd slot van proces {pid} opgeruimd', 'removed a stale lock left by process {pid}'],
  'dossier.write-failed': ['kan dossier {file} niet schrijven: {reason}; het bestaande bestand is niet gewijzigd', 'cannot write dossier {file}: {reason}; the existing file was not changed'],
  'dossier.migrated': ['dossier bijgewerkt van schemaVersion {from} naar {to}; het origineel staat in {backup}', 'dossier upgraded from schemaVersion {from} to {to}; the original is in {backup}'],
  'dossier.created': ['dossier aangemaakt: {file}', 'dossier created: {file}'],
  'dossier.none-found': ['geen dossiers (lz-onboard.json) gevonden in {path}', 'no dossiers (lz-onboard.json) found in {path}'],
  // Steps
  'step.unknown': ['onbekende stap "{step}" (zie "lz-onboard step list")', 'unknown step "{step}" (see "lz-onboard step list")'],
  'step.unknown-key': ['stap {step} kent geen waarde "{key}" (bekend: {known})', 'step {step} has no value "{key}" (known: {known})'],
  'step.invalid-value': ['{step}: {key}: {reason} (voorbeeld: {example})', '{step}: {key}: {reason} (example: {example})'],
  'step.missing-values': ['stap {step} mist verplichte waarden: {keys}; geef ze mee met {flags}', 'step {step} is missing required values: {keys}; pass them with {flags}'],
  'step.not-applicable': ['stap {step} is niet van toepassing bij een {kind}: {reason}', 'step {step} does not apply to a {kind}: {reason}'],
  'step.skip-reason': ['een overgeslagen stap heeft een reden nodig: --reason "..."', 'a skipped step needs a reason: --reason "..."'],
  'step.id-required': ['geef een stap-id op (zie "lz-onboard step list")', 'give a step id (see "lz-onboard step list")'],
  'step.value-syntax': ['--value verwacht sleutel=waarde, niet "{value}"', '--value expects key=value, not "{value}"'],
  'step.done': ['stap {step} afgerond: {title}', 'step {step} done: {title}'],
  'step.skipped': ['stap {step} overgeslagen: {title}', 'step {step} skipped: {title}'],
  'step.reopened': ['stap {step} heropend: {title}', 'step {step} reopened: {title}'],
  'step.values-saved': ['waarden voor stap {step} bewaard', 'values for step {step} saved'],
  'phase.completed': ['fase {phase} ({title}) is afgerond', 'phase {phase} ({title}) is complete'],
  'all.completed': ['alle fasen zijn afgerond: de aansluiting op Lopende Zaken is compleet', 'all phases are complete: the connection to Lopende Zaken is done'],
  // Warnings
  'warn.ahead': ['stap {step} is afgerond terwijl fase {phase} nog open is', 'step {step} is done while phase {phase} is still open'],
  'warn.ahead-now': ['let op: fase {phase} is nog niet afgerond (dat mag; de handleiding noemt werk dat vroeg kan beginnen)', 'note: phase {phase} is not complete yet (allowed; the manual names work that can start early)'],
  'warn.test-oin': ['het OIN {oin} is een test-OIN: nooit bruikbaar voor productie', 'OIN {oin} is a test OIN: never usable for production'],
  'warn.ketentest-past': ['de geplande ketentestperiode eindigde op {date}, maar de ketentest is niet afgerond', 'the planned chain test period ended on {date}, but the chain test is not done'],
  'warn.lpr-past': ['de geplande LPR-datum {date} is voorbij, maar de LPR is niet afgerond', 'the planned LPR date {date} has passed, but the LPR is not done'],
  // Labels
  'label.organisation': ['Organisatie', 'Organisation'],
  'label.kind': ['Soort', 'Kind'],
  'label.kind.overheid': ['overheidsorganisatie', 'government organisation'],
  'label.kind.leverancier': ['leveranciersaansluiting', 'supplier connection'],
  'label.phase': ['Fase', 'Phase'],
  'label.current-phase': ['Huidige fase', 'Current phase'],
  'label.next-step': ['Volgende stap', 'Next step'],
  'label.none': ['geen', 'none'],
  'label.warnings': ['Waarschuwingen', 'Warnings'],
  'label.dossier': ['Dossier', 'Dossier'],
  'label.progress': ['Voortgang', 'Progress'],
  'label.error': ['Fout', 'Error'],
  'label.all-done': ['alles afgerond', 'all done'],
  'label.na': ['n.v.t.', 'n/a'],
  'label.state.open': ['open', 'open'],
  'label.state.done': ['afgerond', 'done'],
  'label.state.skipped': ['overgeslagen', 'skipped'],
  'label.state.n/a': ['n.v.t.', 'n/a'],
  'label.what-to-do': ['Wat te doen', 'What to do'],
  'label.let-op': ['Let op!', 'Note!'],
  'label.leverancier': ['Leveranciersaansluiting', 'Supplier connection'],
  'label.middelen': ['Middelen', 'Resources'],
  'label.aandachtspunten': ['Aandachtspunten', 'Points of attention'],
  'label.resultaat': ['Resultaat', 'Result'],
  'label.values': ['Vastgelegde waarden', 'Recorded values'],
  'label.captures': ['Vast te leggen', 'To record'],
  'label.required': ['verplicht', 'required'],
  'label.optional': ['optioneel', 'optional'],
  'label.optional-step': ['optionele stap', 'optional step'],
  'label.reason': ['Reden', 'Reason'],
  'label.note': ['Notitie', 'Note'],
  'label.by': ['door', 'by'],
  'label.example': ['bijv.', 'e.g.'],
  'label.steps': ['stappen', 'steps'],
  'label.overview': ['{count} dossiers', '{count} dossiers'],
  'label.history': ['Geschiedenis', 'History'],
  // Wizard
  'wizard.no-dossier': ['Nog geen dossier in {file}. We beginnen met het aanmaken ervan.', 'No dossier in {file} yet. We start by creating it.'],
  'wizard.no-dossier-noninteractive': ['Nog geen dossier ({file}). Maak het aan met:', 'No dossier yet ({file}). Create it with:'],
  'wizard.next-noninteractive': ['Volgende stap {step} (fase {phase}): {title}', 'Next step {step} (phase {phase}): {title}'],
  'wizard.command': ['Afronden zonder terminal:', 'To complete it without a terminal:'],
  'wizard.skip-command': ['Of overslaan:', 'Or skip it:'],
  'wizard.phase-header': ['Fase {phase}: {title}', 'Phase {phase}: {title}'],
  'wizard.step-header': ['Stap {n} van {total} in fase {phase}', 'Step {n} of {total} in phase {phase}'],
  'wizard.action': ['Wat wilt u doen?', 'What do you want to do?'],
  'wizard.action.done': ['Afgerond', 'Done'],
  'wizard.action.skip': ['Overslaan (met reden)', 'Skip (with a reason)'],
  'wizard.action.stop': ['Stoppen voor nu (voortgang blijft bewaard)', 'Stop for now (progress is kept)'],
  'wizard.skip-reason': ['Reden om over te slaan', 'Reason to skip'],
  'wizard.stopped': ['Gestopt. Verder gaan: lz-onboard wizard', 'Stopped. To continue: lz-onboard wizard'],
  'wizard.cancelled': ['Afgebroken; wat al was vastgelegd blijft bewaard.', 'Cancelled; what was already recorded is kept.'],
  'wizard.phase-done': ['Fase {phase} afgerond. Resultaat:', 'Phase {phase} complete. Result:'],
  'wizard.continue-next-phase': ['Door naar fase {phase}?', 'Continue with phase {phase}?'],
  'wizard.ask.kind': ['Soort aansluiting', 'Kind of connection'],
  'wizard.ask.name': ['Naam van de organisatie', 'Name of the organisation'],
  'wizard.ask.oin': ['OIN van de organisatie (20 cijfers)', 'OIN of the organisation (20 digits)'],
  'wizard.ask.hrn': ['HRN uit uw certificaat (20 cijfers: 00000003 + KvK + 0000)', 'HRN from your certificate (20 digits: 00000003 + KvK + 0000)'],
  'wizard.ask.kvk': ['KvK-nummer (8 cijfers, leeg laten mag)', 'KvK number (8 digits, may be left empty)'],
  'wizard.ask.network': ['Verbinding', 'Connection'],
  'wizard.ask.standard': ['Berichtstandaard', 'Message standard'],
  'wizard.ask.zaaktypen': ['Zaaktypen (kommagescheiden, leeg laten mag)', 'Case types (comma-separated, may be left empty)'],
  'wizard.ok-to-write': ['Dossier aanmaken in {file}?', 'Create the dossier in {file}?'],
  'wizard.not-written': ['Niets geschreven.', 'Nothing written.'],
  'wizard.leave-empty': ['(leeg laten mag)', '(may be left empty)'],
  'name.empty': ['de naam is leeg', 'the name is empty'],
  // Help
  'help.program': ['Begeleidt een overheidsorganisatie of IT-leverancier door het aansluitproces op Lopende Zaken van MijnOverheid (Logius).', 'Guides a government organisation or IT supplier through onboarding onto Lopende Zaken of MijnOverheid (Logius).'],
  'help.init': ['een nieuw onboardingdossier aanmaken', 'create a new onboarding dossier'],
  'help.wizard': ['stap voor stap door de fasen (hervat bij de eerste open stap)', 'walk through the phases step by step (resumes at the first open step)'],
  'help.status': ['voortgang van een dossier, of een overzicht van vele (helpdesk)', 'progress of one dossier, or an overview of many (help desk)'],
  'help.step': ['stappen bekijken en afronden, overslaan of heropenen', 'list, show, complete, skip or reopen steps'],
  'help.step.list': ['alle stappen met hun status', 'every step with its state'],
  'help.step.show': ['een stap: wat te doen, Let op!, middelen, waarden', 'one step: what to do, notes, resources, values'],
  'help.step.done': ['een stap afronden (met --value sleutel=waarde)', 'complete a step (with --value key=value)'],
  'help.step.skip': ['een stap overslaan (met --reason)', 'skip a step (with --reason)'],
  'help.step.reopen': ['een afgeronde of overgeslagen stap heropenen', 'reopen a done or skipped step'],
} as const satisfies Record<string, Entry>;

export type MessageId = keyof typeof M;

export function hasMessage(id: string): id is MessageId {
  return id in M;
}

export function t(lang: Lang, id: string, params: Record<string, string> = {}): string {
  const entry = (M as Record<string, Entry>)[id];
  if (!entry) return id;
  const template = entry[lang === 'en' ? 1 : 0];
  return template.replace(/\{([\w.]+)\}/g, (_, name: string) => {
    const langSpecific = params[`${name}.${lang}`];
    if (langSpecific !== undefined) return langSpecific;
    const v = params[name];
    if (v === undefined) return `{${name}}`;
    // Parameters that are message ids themselves (a validator's reason) are translated too.
    return name === 'reason' && hasMessage(v) ? t(lang, v, params) : v;
  });
}
