// Messages: Certificate files and the certificate commands. Each entry is [Dutch, English].
import type { Entry } from './entry.ts';

export const CERTIFICATES = {
  // Certificate files
  'certfile.problem': ['{file}: {problem}', '{file}: {problem}'],
  'certfile.file.empty': ['het bestand is leeg', 'the file is empty'],
  'certfile.not-regular': ['geen gewoon bestand (een apparaat, FIFO of socket)', 'not a regular file (a device, FIFO or socket)'],
  'certfile.file.too-large': ['het bestand is te groot voor een certificaat ({detail} bytes)', 'the file is too large for a certificate ({detail} bytes)'],
  'certfile.file.not-certificate': ['geen certificaat (geen PEM, DER of PKCS#7)', 'not a certificate (not PEM, DER or PKCS#7)'],
  'certfile.file.key-only': [
    'dit bestand bevat alleen een private sleutel, geen certificaat (de sleutel is niet gelezen)',
    'this file holds only a private key, no certificate (the key was not read)',
  ],
  'certfile.p12.password-needed': [
    'een PKCS#12-sleutelbestand (.p12/.pfx) met wachtwoord: zet het wachtwoord in LZ_ONBOARD_P12_PASSWORD (alleen de certificaten worden gelezen; de sleutel blijft versleuteld), of exporteer het certificaat: openssl pkcs12 -in BESTAND -nokeys -out cert.pem',
    'a PKCS#12 key store (.p12/.pfx) with a password: put the password in LZ_ONBOARD_P12_PASSWORD (only the certificates are read; the key stays encrypted), or export the certificate: openssl pkcs12 -in FILE -nokeys -out cert.pem',
  ],
  'certfile.p12.password-wrong': [
    'het wachtwoord in LZ_ONBOARD_P12_PASSWORD opent dit PKCS#12-sleutelbestand niet',
    'the password in LZ_ONBOARD_P12_PASSWORD does not open this PKCS#12 key store',
  ],
  'certfile.p12.unsupported': [
    'een PKCS#12-sleutelbestand in een vorm die lz-onboard niet kan openen ({detail}); exporteer het certificaat: openssl pkcs12 -in BESTAND -nokeys -out cert.pem',
    'a PKCS#12 key store in a form lz-onboard cannot open ({detail}); export the certificate: openssl pkcs12 -in FILE -nokeys -out cert.pem',
  ],
  'certfile.p12.too-costly': [
    'dit PKCS#12-sleutelbestand vraagt meer sleutelafleiding dan een echt bestand ooit nodig heeft ({detail}; grens: 8 versleutelde blokken, 4 miljoen iteraties); lz-onboard opent het niet. Exporteer het certificaat: openssl pkcs12 -in BESTAND -nokeys -out cert.pem',
    'this PKCS#12 key store asks for more key derivation than a real one ever needs ({detail}; limit: 8 encrypted blocks, 4 million iterations); lz-onboard does not open it. Export the certificate: openssl pkcs12 -in FILE -nokeys -out cert.pem',
  ],
  'certfile.p12.not-opened': ['een versleuteld PKCS#12-sleutelbestand, hier niet geopend', 'an encrypted PKCS#12 key store, not opened here'],
  'certfile.p12.invalid': ['een beschadigd PKCS#12-sleutelbestand ({detail})', 'a damaged PKCS#12 key store ({detail})'],
  'certfile.p12.no-certificates': ['een PKCS#12-sleutelbestand zonder certificaten', 'a PKCS#12 key store without certificates'],
  'certfile.file.csr': ['een certificaataanvraag (CSR), geen certificaat', 'a certificate signing request (CSR), not a certificate'],
  'certfile.pem.truncated': ['PEM-blok {detail} is afgebroken (geen END-regel)', 'PEM block {detail} is truncated (no END line)'],
  'certfile.pem.mismatched': ['PEM BEGIN- en END-regel horen niet bij elkaar ({detail})', 'PEM BEGIN and END lines do not match ({detail})'],
  'certfile.pem.bad-base64': ['PEM-blok {detail} bevat ongeldige base64', 'PEM block {detail} contains invalid base64'],
  'certfile.pem.not-certificate': ['PEM-blok is geen geldig certificaat ({detail})', 'PEM block is not a valid certificate ({detail})'],
  'certfile.pem.no-certificate': ['geen certificaat in het bestand (gevonden: {detail})', 'no certificate in the file (found: {detail})'],
  'certfile.der.invalid': ['ongeldige of afgebroken DER ({detail})', 'invalid or truncated DER ({detail})'],
  'certfile.der.not-certificate': ['DER-gegevens zijn geen certificaat ({detail})', 'DER data is not a certificate ({detail})'],
  'certfile.pkcs7.not-signed-data': ['PKCS#7-bestand zonder SignedData', 'PKCS#7 file without SignedData'],
  'certfile.pkcs7.no-certificates': ['PKCS#7-bestand zonder certificaten', 'PKCS#7 file without certificates'],
  'certfile.unreadable': ['niet leesbaar: {detail}', 'cannot be read: {detail}'],
  'certfile.not-found': ['bestand niet gevonden', 'file not found'],
  'cert.file-required': ['geef een certificaatbestand op', 'give a certificate file'],
  'cert.role-required': ['--role is verplicht (client of server)', '--role is required (client or server)'],
  'cert.env-required': ['--env is verplicht (preproductie of productie)', '--env is required (preproductie or productie)'],
  'cert.not-recorded': ['certificaat niet vastgelegd: de controle vond fouten', 'certificate not recorded: the check found errors'],
  'cert.recorded': [
    '{role}certificaat voor {env} vastgelegd: {subject} (tot {notAfter})',
    '{role} certificate for {env} recorded: {subject} (until {notAfter})',
  ],
  'cert.row.issuer': ['uitgever', 'issuer'],
  'cert.row.validity': ['geldigheid', 'validity'],
  'cert.row.key': ['sleutel', 'key'],
  'cert.row.policies': ['certificaatbeleid', 'policies'],
  'cert.days-left': ['nog {days:dag|dagen}', '{days:day|days} left'],
  'cert.days-ago': ['{days:dag|dagen} geleden verlopen', 'expired {days:day|days} ago'],
  'cert.critical': ['kritiek', 'critical'],
  'cert.summary': [
    '{errors:fout|fouten}, {warnings:waarschuwing|waarschuwingen}, {infos:melding|meldingen}',
    '{errors:error|errors}, {warnings:warning|warnings}, {infos:note|notes}',
  ],
  'step.expired-certificates': [
    'stap {step}: de vastgelegde certificaten zijn verlopen: {expired}; vraag nieuwe aan en leg ze vast met {commands}',
    'step {step}: the recorded certificates have expired: {expired}; get new ones and record them with {commands}',
  ],
  'step.identity-change': [
    'stap {step} zou het {key} van de organisatie wijzigen van {old} in {value}; certificaten, Consumerspecificatie en CPA zijn op {old} gecontroleerd. Wijzig het bewust met lz-onboard init {flag} ... --force (het oude dossier blijft als .bak)',
    "step {step} would change the organisation's {key} from {old} to {value}; certificates, Consumerspecificatie and CPA were checked against {old}. Change it deliberately with lz-onboard init {flag} ... --force (the old dossier is kept as .bak)",
  ],
  'step.missing-certificates': [
    'stap {step} vraagt vastgelegde, geldige certificaten: {missing}; leg ze vast met {commands}',
    'step {step} needs recorded, valid certificates: {missing}; record them with {commands}',
  ],
  'step.artefact-missing': [
    'stap {step} is klaar als de {what} voor {env} is vastgelegd en gecontroleerd: {command}. Is het echt buiten lz-onboard om gedaan, leg dat dan vast met --exception "<reden>"',
    'step {step} is done when the {what} for {env} is recorded and checked: {command}. If it really was done outside lz-onboard, record that with --exception "<reason>"',
  ],
  'step.artefact-failed': [
    'stap {step}: de vastgelegde {what} voor {env} is ondanks fouten geschreven (--ignore-errors); los de fouten op en maak hem opnieuw: {command}',
    'step {step}: the recorded {what} for {env} was written despite errors (--ignore-errors); fix them and generate it again: {command}',
  ],
  'step.value-disagrees': [
    'stap {step}: {key} {value} verschilt van de vastgelegde {what} ({recorded}); laat de waarde weg of controleer de {what} opnieuw',
    'step {step}: {key} {value} differs from the recorded {what} ({recorded}); leave the value out or check the {what} again',
  ],
  'step.exception-reason': ['stap {step}: --exception vraagt een reden', 'step {step}: --exception needs a reason'],
  'step.exception-not-driven': [
    'stap {step} hangt niet af van een document van lz-onboard; --exception is hier niet nodig',
    'step {step} does not depend on a document lz-onboard makes; --exception is not needed here',
  ],
  'warn.cert-expiring': [
    '{role}certificaat {env} verloopt op {date} (over {days:dag|dagen})',
    '{role} certificate {env} expires on {date} (in {days:day|days})',
  ],
  'warn.cert-expired': ['{role}certificaat {env} is verlopen op {date}', '{role} certificate {env} expired on {date}'],
  'warn.cert-changed': [
    '{role}certificaat {env}: {path} is gewijzigd sinds het is vastgelegd',
    '{role} certificate {env}: {path} has changed since it was recorded',
  ],
  'warn.cert-locked': [
    '{role}certificaat {env}: {path} is een versleuteld PKCS#12-sleutelbestand dat is aangeraakt; status opent geen sleutelbestanden: vergelijk het met lz-onboard verify (wachtwoord in LZ_ONBOARD_P12_PASSWORD)',
    '{role} certificate {env}: {path} is an encrypted PKCS#12 key store that was touched; status opens no key stores: compare it with lz-onboard verify (password in LZ_ONBOARD_P12_PASSWORD)',
  ],
  'warn.cert-missing': ['{role}certificaat {env}: {path} is niet meer te lezen', '{role} certificate {env}: {path} can no longer be read'],
  'warn.artefact-changed': [
    '{what} {env}: {path} is gewijzigd sinds het is vastgelegd (lz-onboard verify)',
    '{what} {env}: {path} has changed since it was recorded (lz-onboard verify)',
  ],
  'warn.artefact-missing': ['{what} {env}: {path} is niet meer te lezen', '{what} {env}: {path} can no longer be read'],
  'oin.valid': ['geldig', 'valid'],
  'oin.invalid': ['ongeldig', 'invalid'],
  'label.certificate': ['Certificaat', 'Certificate'],
  'label.certificates': ['Certificaten (vastgelegd met cert add)', 'Certificates (recorded with cert add)'],
  'label.until': ['tot', 'until'],
  'label.verify': ['Verify', 'Verify'],
  'status.verified': [
    'verify {date}: {errors:fout|fouten}, {warnings:waarschuwing|waarschuwingen}',
    'verify {date}: {errors:error|errors}, {warnings:warning|warnings}',
  ],
  'status.verify-outdated': ['er is daarna iets vastgelegd; verifieer opnieuw', 'something was recorded since; verify again'],
  'status.not-verified': ['nog niet geverifieerd (lz-onboard verify)', 'not verified yet (lz-onboard verify)'],
  'label.cert-until': ['Cert. tot', 'Cert. until'],
  'label.findings': ['Bevindingen', 'Findings'],
  'label.chain': ['Keten', 'Chain'],
  'label.no-findings': ['geen bevindingen', 'no findings'],
} as const satisfies Record<string, Entry>;
