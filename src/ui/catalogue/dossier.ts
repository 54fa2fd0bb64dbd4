// Messages: The dossier file, steps and the warnings status and step commands give. Each entry is [Dutch, English].
import type { Entry } from './entry.ts';

export const DOSSIER = {
  // Dossier
  'portfolio.skipped': ['{file} overgeslagen: {problem}', '{file} skipped: {problem}'],
  'label.role.client': ['clientcertificaat', 'client certificate'],
  'label.role.server': ['servercertificaat', 'server certificate'],
  'due.cert.renew-start': ['begin met het vervangen van het {role} voor {env} (geldig tot {end})', 'start replacing the {role} for {env} (valid until {end})'],
  'due.cert.announce': [
    'laatste dag om de vervanging van het {role} voor {env} bij Logius te melden (het verloopt op {end})',
    'last day to announce the replacement of the {role} for {env} to Logius (it ends on {end})',
  ],
  'due.cert.expires': ['het {role} voor {env} verloopt', 'the {role} for {env} ends'],
  'due.cert.g1-end': [
    'Private Root CA - G1 eindigt: het {role} voor {env} (geldig tot {end}) werkt dan niet meer; vervang het door een G4-certificaat',
    'Private Root CA - G1 ends: the {role} for {env} (valid until {end}) stops working then; replace it with a G4 certificate',
  ],
  'due.cpa.end': ['de CPA voor {env} eindigt', 'the CPA for {env} ends'],
  'due.plan.ketentest': ['de ketentest op {env} begint', 'the chain test on {env} starts'],
  'due.plan.lpr': ['de LPR (beperkte productie) begint', 'the LPR (limited production run) starts'],
  'due.plan.go-live': ['zaaktype {zaaktype} gaat live in productie', 'zaaktype {zaaktype} goes live in production'],
  'due.wait.aanvraagformulier': [
    'antwoord van Logius op het aanvraagformulier (verstuurd {since}) binnen 5 werkdagen verwacht: vraag het Servicecentrum als het uitblijft',
    "Logius' answer to the application form (sent {since}) expected within 5 working days: ask the Logius service centre if it has not come",
  ],
  'due.renew.announce': [
    'laatste dag om de vervanging van het {role} voor {env} bij Logius te melden (ingangsdatum {change})',
    'last day to announce the replacement of the {role} for {env} to Logius (change on {change})',
  ],
  'due.renew.change': [
    'het nieuwe {role} voor {env} gaat in: de nieuwe CPA moet dan geladen zijn',
    'the new {role} for {env} takes over: the new CPA must be loaded by then',
  ],
  'due.renew.deadline': [
    'het huidige {role} voor {env} verloopt: de vervanging moet dan klaar zijn',
    'the current {role} for {env} ends: the replacement must be done by then',
  ],
  'due.in-window': ['onderhoudsvenster van Logius: {windows}', 'Logius maintenance window: {windows}'],
  'due.overdue': ['{days:dag|dagen} te laat', '{days:day|days} overdue'],
  'due.today': ['vandaag', 'today'],
  'due.days-left': ['nog {days:dag|dagen}', '{days:day|days} left'],
  'due.ics-written': [
    'agenda geschreven: {file} ({count:afspraak|afspraken} en de onderhoudsvensters van Logius)',
    'calendar written: {file} ({count:event|events} and the Logius maintenance windows)',
  ],
  'label.due': ['Te doen', 'Due'],
  'status.due-more': ['en nog {count}: lz-onboard due', 'and {count} more: lz-onboard due'],
  'due.nothing': ['niets te doen binnen {days} dagen na {date}', 'nothing due within {days} days of {date}'],
  'dossier.not-found': ['geen dossier gevonden: {file} (begin met "lz-onboard init")', 'no dossier found: {file} (start with "lz-onboard init")'],
  'dossier.is-directory': ['{file} is een map, geen dossierbestand', '{file} is a directory, not a dossier file'],
  'dossier.unreadable': ['dossier {file} is niet leesbaar: {reason}', 'dossier {file} cannot be read: {reason}'],
  'dossier.not-json': [
    'dossier {file} is beschadigd (geen geldige JSON: {reason}); het bestand is niet gewijzigd',
    'dossier {file} is damaged (not valid JSON: {reason}); the file was not changed',
  ],
  'dossier.invalid': ['dossier {file} is ongeldig: {reason}; het bestand is niet gewijzigd', 'dossier {file} is invalid: {reason}; the file was not changed'],
  'dossier.newer': [
    'dossier {file} heeft schemaVersion {version}, geschreven door een nieuwere lz-onboard; werk lz-onboard bij. Het bestand is niet gewijzigd',
    'dossier {file} has schemaVersion {version}, written by a newer lz-onboard; upgrade lz-onboard. The file was not changed',
  ],
  'dossier.unknown-version': [
    'dossier {file} heeft een onbekende schemaVersion ({version}); het bestand is niet gewijzigd',
    'dossier {file} has an unknown schemaVersion ({version}); the file was not changed',
  ],
  'dossier.backup-hint': ['vorige versie: {backup}', 'previous version: {backup}'],
  'dossier.exists': [
    'er is al een dossier: {file} (gebruik --force om het te vervangen; het oude blijft bewaard als .bak)',
    'a dossier already exists: {file} (use --force to replace it; the old one is kept as .bak)',
  ],
  'dossier.locked': [
    'dossier {file} is in gebruik door lz-onboard-proces {pid} op {host}; probeer het opnieuw als dat klaar is (draait er geen lz-onboard meer, verwijder dan {lock})',
    'dossier {file} is in use by lz-onboard process {pid} on {host}; try again when it is done (if no lz-onboard is running any more, remove {lock})',
  ],
  'dossier.locked-other': [
    'het slot {lock} van dossier {file} noemt proces {pid}, maar dat is nu "{name}", geen lz-onboard: het slot is waarschijnlijk verweesd; verwijder {lock} als er geen lz-onboard draait',
    'the lock {lock} of dossier {file} names process {pid}, which is now "{name}", not lz-onboard: the lock is probably stale; remove {lock} if no lz-onboard is running',
  ],
  'dossier.lock-stuck': [
    'dossier {file} heeft een verweesd slot {lock} dat niet kan worden opgeruimd (alleen-lezen map of geen bestand); verwijder het met de hand',
    'dossier {file} has a stale lock {lock} that cannot be removed (a read-only folder, or not a file); remove it by hand',
  ],
  'dossier.lock-failed': [
    'kan dossier {file} niet vergrendelen: {reason}; het bestand is niet gewijzigd',
    'cannot lock dossier {file}: {reason}; the file was not changed',
  ],
  'dossier.stale-lock': ['verweesd slot van proces {pid} opgeruimd', 'removed a stale lock left by process {pid}'],
  'dossier.write-failed': [
    'kan dossier {file} niet schrijven: {reason}; het bestaande bestand is niet gewijzigd',
    'cannot write dossier {file}: {reason}; the existing file was not changed',
  ],
  'dossier.not-regular': [
    '{file} is geen gewoon bestand (een apparaat, FIFO of socket); een dossier is een JSON-bestand',
    '{file} is not a regular file (a device, FIFO or socket); a dossier is a JSON file',
  ],
  'dossier.too-large': [
    'dossier {file} is groter dan {max} MB; dit is geen lz-onboard-dossier of het is beschadigd',
    'dossier {file} is larger than {max} MB; it is not an lz-onboard dossier, or it is damaged',
  ],
  'dossier.not-utf8': [
    'dossier {file} is beschadigd (geen geldige UTF-8); het bestand is niet gewijzigd',
    'dossier {file} is damaged (not valid UTF-8); the file was not changed',
  ],
  'output.failed': ['kan niet naar {stream} schrijven: {reason}', 'cannot write to {stream}: {reason}'],
  'cwd.missing': [
    'de huidige map bestaat niet meer; ga naar een bestaande map (cd) en probeer het opnieuw',
    'the current directory no longer exists; change to an existing one (cd) and try again',
  ],
  'io.ENOSPC': ['de schijf is vol (ENOSPC)', 'no space left on the device (ENOSPC)'],
  'io.EDQUOT': ['het schijfquotum is op (EDQUOT)', 'the disk quota is exceeded (EDQUOT)'],
  'io.EACCES': ['geen toestemming (EACCES)', 'permission denied (EACCES)'],
  'io.EPERM': ['niet toegestaan (EPERM)', 'operation not permitted (EPERM)'],
  'io.EROFS': ['alleen-lezen bestandssysteem (EROFS)', 'read-only file system (EROFS)'],
  'io.EISDIR': ['het is een map (EISDIR)', 'it is a directory (EISDIR)'],
  'io.EIO': ['invoer-/uitvoerfout van het apparaat (EIO)', 'input/output error on the device (EIO)'],
  'io.EMFILE': ['te veel open bestanden (EMFILE)', 'too many open files (EMFILE)'],
  'io.ENOTDIR': ['een deel van het pad is geen map (ENOTDIR)', 'a part of the path is not a directory (ENOTDIR)'],
  'io.ENAMETOOLONG': ['het pad is te lang (ENAMETOOLONG)', 'the path is too long (ENAMETOOLONG)'],
  'io.not-regular': [
    'het is geen gewoon bestand (een apparaat, FIFO, socket of losse symbolische koppeling)',
    'it is not a regular file (a device, FIFO, socket or dangling symbolic link)',
  ],
  'dossier.migrated': [
    'dossier bijgewerkt van schemaVersion {from} naar {to}; het origineel staat in {backup}',
    'dossier upgraded from schemaVersion {from} to {to}; the original is in {backup}',
  ],
  'dossier.created': ['dossier aangemaakt: {file}', 'dossier created: {file}'],
  'status.unreadable-dirs': [
    'niet in dit overzicht (niet te lezen: {count:map|mappen}): {dirs}',
    'not in this overview ({count:folder|folders} that could not be read): {dirs}',
  ],
  'dossier.none-found': ['geen dossiers (lz-onboard.json) gevonden in {path}', 'no dossiers (lz-onboard.json) found in {path}'],
  // Steps
  'step.unknown': ['onbekende stap "{step}" (zie "lz-onboard step list")', 'unknown step "{step}" (see "lz-onboard step list")'],
  'step.unknown-key': ['stap {step} kent geen waarde "{key}" (bekend: {known})', 'step {step} has no value "{key}" (known: {known})'],
  'step.invalid-value': ['{step}: {key}: {reason} (voorbeeld: {example})', '{step}: {key}: {reason} (example: {example})'],
  'step.missing-values': [
    'stap {step} mist verplichte waarden: {keys}; geef ze mee met {flags}',
    'step {step} is missing required values: {keys}; pass them with {flags}',
  ],
  'step.not-applicable': ['stap {step} is niet van toepassing bij een {kind}: {reason}', 'step {step} does not apply to a {kind}: {reason}'],
  'step.skip-reason': ['een overgeslagen stap heeft een reden nodig: --reason "..."', 'a skipped step needs a reason: --reason "..."'],
  'step.id-required': ['geef een stap-id op (zie "lz-onboard step list")', 'give a step id (see "lz-onboard step list")'],
  'step.value-syntax': ['--value verwacht sleutel=waarde, niet "{value}"', '--value expects key=value, not "{value}"'],
  'step.done': ['stap {step} afgerond: {title}', 'step {step} done: {title}'],
  'step.skipped': ['stap {step} overgeslagen: {title}', 'step {step} skipped: {title}'],
  'step.values-set': ['waarden van stap {step} vastgelegd: {title}', 'values of step {step} recorded: {title}'],
  'step.reopened': ['stap {step} heropend: {title}', 'step {step} reopened: {title}'],
  'step.values-saved': ['waarden voor stap {step} bewaard', 'values for step {step} saved'],
  'phase.completed': ['fase {phase} ({title}) is afgerond', 'phase {phase} ({title}) is complete'],
  'all.completed': [
    'alle fasen zijn afgerond: de aansluiting op Lopende Zaken is compleet',
    'all phases are complete: the connection to Lopende Zaken is done',
  ],
  'all.steps-done-verify-fails': [
    'alle stappen zijn afgerond, maar de aansluiting is nog niet compleet: lz-onboard verify vindt {errors:fout|fouten}',
    'all steps are done, but the connection is not complete yet: lz-onboard verify finds {errors:error|errors}',
  ],
  'all.steps-done-verify': [
    'alle stappen zijn afgerond; lz-onboard verify moet nog slagen voordat de aansluiting compleet is',
    'all steps are done; lz-onboard verify has to pass before the connection is complete',
  ],
  // Warnings
  'warn.ahead': ['stap {step} is afgerond terwijl fase {phase} nog open is', 'step {step} is done while phase {phase} is still open'],
  'warn.ahead-now': [
    'let op: fase {phase} is nog niet afgerond (dat mag; de handleiding noemt werk dat vroeg kan beginnen)',
    'note: phase {phase} is not complete yet (allowed; the manual names work that can start early)',
  ],
  'warn.test-oin': ['het OIN {oin} is een test-OIN: nooit bruikbaar voor productie', 'OIN {oin} is a test OIN: never usable for production'],
  'warn.ketentest-past': [
    'de geplande ketentestperiode eindigde op {date}, maar de ketentest is niet afgerond',
    'the planned chain test period ended on {date}, but the chain test is not done',
  ],
  'warn.lpr-past': ['de geplande LPR-datum {date} is voorbij, maar de LPR is niet afgerond', 'the planned LPR date {date} has passed, but the LPR is not done'],
} as const satisfies Record<string, Entry>;
