// Every certificate check: stable code, severity (error = a MUST is broken, warning = a SHOULD,
// info = worth knowing), message in Dutch and English, and the rule it checks.
import { both, checkDef, cite, type CheckDef } from '../findings.ts';

const PKI001 = cite(
  'Digikoppeling Beveiligingsstandaarden PKI001: OIN in subject.serialNumber',
  'Digikoppeling Beveiligingsstandaarden PKI001: OIN in subject.serialNumber',
);
const PKI002 = cite('Digikoppeling Beveiligingsstandaarden PKI002/PKI003: geldigheid', 'Digikoppeling Beveiligingsstandaarden PKI002/PKI003: validity');
const PKI005 = cite(
  'Digikoppeling Beveiligingsstandaarden PKI005: keten tot Staat der Nederlanden Private Root CA - G1 (en zijn opvolger G4)',
  'Digikoppeling Beveiligingsstandaarden PKI005: chain to Staat der Nederlanden Private Root CA - G1 (and its successor G4)',
);
const PROFILE = cite(
  'PKIoverheid Programma van Eisen, certificaatprofiel services/server',
  'PKIoverheid Programma van Eisen, certificate profile services/server',
);
const OIN_STELSEL = cite('OIN-Stelsel 2.2.2, hoofdstuk 6', 'OIN-Stelsel 2.2.2, chapter 6');
const HANDLEIDING = cite(
  'Handleiding Aansluiten Lopende Zaken v2.0, Leveranciersaansluiting',
  'Handleiding Aansluiten Lopende Zaken v2.0, supplier connection (Leveranciersaansluiting)',
);
const SNO = cite('SNO MijnOverheid: certificaatwijzigingen twee maanden vooraf', 'SNO MijnOverheid: certificate changes two months ahead');
const BP_HOST = cite(
  'Digikoppeling Best Practices ebMS2: host van het endpoint in het servercertificaat',
  "Digikoppeling Best Practices ebMS2: the endpoint's host in the server certificate",
);
const RFC5280 = cite('RFC 5280 §6 (padvalidatie)', 'RFC 5280 §6 (path validation)');
const DK_CERT_KU = cite(
  'Digikoppeling Gebruik en achtergrond certificaten, hoofdstuk 4: digitalSignature en keyEncipherment, essentieel; "Geen ander key usage mag hiermee worden gecombineerd"',
  'Digikoppeling Gebruik en achtergrond certificaten, chapter 4: digitalSignature and keyEncipherment, essential; no other key usage may be combined with them ("Geen ander key usage mag hiermee worden gecombineerd")',
);
const G4_LP = cite(
  'PKIoverheid G4 (pkioverheid/g4-trial, profiel Private G-Other LP Authentication): keyUsage digitalSignature, extendedKeyUsage clientAuth',
  'PKIoverheid G4 (pkioverheid/g4-trial, profile Private G-Other LP Authentication): keyUsage digitalSignature, extendedKeyUsage clientAuth',
);
const DK_CERT_SUBJECT = cite(
  'Digikoppeling Gebruik en achtergrond certificaten, hoofdstuk 4: ST en L worden afgeraden',
  'Digikoppeling Gebruik en achtergrond certificaten, chapter 4: ST and L are discouraged',
);
const PVE_LIFETIME = cite(
  'PKIoverheid Programma van Eisen: looptijd van een eindgebruikerscertificaat ten hoogste 5 jaar',
  'PKIoverheid Programma van Eisen: an end-entity certificate is valid for at most 5 years',
);
const WEAK_SIG = cite(
  'PKIoverheid Programma van Eisen en RFC 6194 / RFC 6151: geen MD5- of SHA-1-handtekeningen',
  'PKIoverheid Programma van Eisen and RFC 6194 / RFC 6151: no MD5 or SHA-1 signatures',
);
const EB005 = cite(
  'Digikoppeling Koppelvlakstandaard ebMS2 (PartyId); Best Practices ebMS2 EB005 en EB014',
  'Digikoppeling Koppelvlakstandaard ebMS2 (PartyId); Best Practices ebMS2 EB005 and EB014',
);
const G4 = cite(
  'PKIoverheid: Staat der Nederlanden Private Root CA - G1 eindigt op 2028-11-14; opvolger G4 (Priv G-TLS / Priv G-Other 2024)',
  'PKIoverheid: Staat der Nederlanden Private Root CA - G1 ends on 2028-11-14; successor G4 (Priv G-TLS / Priv G-Other 2024)',
);
const KEYS = cite('Digikoppeling: private sleutels blijven bij de eigenaar', 'Digikoppeling: private keys stay with their owner');

const def = checkDef;

export const CERT_CHECKS = {
  serialMissing: def(
    'cert.serialnumber.missing',
    'error',
    PKI001,
    'subject.serialNumber ontbreekt: er staat geen OIN/HRN in het certificaat',
    'subject.serialNumber is missing: the certificate carries no OIN/HRN',
  ),
  serialInvalid: def(
    'cert.serialnumber.invalid',
    'error',
    both(PKI001, OIN_STELSEL),
    'subject.serialNumber "{value}" is geen geldig {kind}: {reason}',
    'subject.serialNumber "{value}" is not a valid {kind}: {reason}',
  ),
  serialMismatch: def(
    'cert.serialnumber.mismatch',
    'error',
    both(PKI001, EB005),
    'subject.serialNumber {value} is niet het verwachte {kind} {expected}; is dit het certificaat van een leverancier of gateway die namens u handelt, leg die dan vast: lz-onboard intermediary --oin {value} --name "..."',
    'subject.serialNumber {value} is not the expected {kind} {expected}; if this is the certificate of a provider or gateway acting for you, record it: lz-onboard intermediary --oin {value} --name "..."',
  ),
  serialTestOin: def(
    'cert.serialnumber.test-oin',
    'error',
    OIN_STELSEL,
    'het certificaat draagt een test-OIN ({value}); dat is nooit toegestaan richting productie',
    'the certificate carries a test OIN ({value}); never allowed towards production',
  ),
  serialSuffix: def(
    'cert.serialnumber.suffix',
    'info',
    OIN_STELSEL,
    'het OIN {value} heeft achtervoegsel {suffix} (gebruikelijk is {expected}); dat komt bij echte OINs voor',
    'OIN {value} has suffix {suffix} (usually {expected}); real OINs like this exist',
  ),
  orgIdMissing: def(
    'cert.orgid.missing',
    'warning',
    PROFILE,
    'subject.organizationIdentifier (NTRNL-<KvK>) ontbreekt; huidige profielen vereisen het',
    'subject.organizationIdentifier (NTRNL-<KvK>) is missing; current profiles require it',
  ),
  orgIdFormat: def(
    'cert.orgid.format',
    'warning',
    PROFILE,
    'subject.organizationIdentifier "{value}" heeft niet de vorm NTRNL-<8 cijfers>',
    'subject.organizationIdentifier "{value}" is not of the form NTRNL-<8 digits>',
  ),
  orgIdKvk: def(
    'cert.orgid.kvk-mismatch',
    'error',
    both(PROFILE, OIN_STELSEL),
    'organizationIdentifier {value} noemt KvK {kvk}, maar het HRN/OIN {id} bevat KvK {idKvk}',
    'organizationIdentifier {value} names KvK {kvk}, but the HRN/OIN {id} holds KvK {idKvk}',
  ),
  subjectC: def('cert.subject.c-missing', 'error', PROFILE, 'subject.C (land) ontbreekt', 'subject.C (country) is missing'),
  subjectCFormat: def(
    'cert.subject.c-format',
    'warning',
    PROFILE,
    'subject.C "{value}" is geen landcode van twee hoofdletters',
    'subject.C "{value}" is not a two-letter country code',
  ),
  subjectO: def('cert.subject.o-missing', 'error', PROFILE, 'subject.O (organisatie) ontbreekt', 'subject.O (organisation) is missing'),
  subjectCN: def('cert.subject.cn-missing', 'error', PROFILE, 'subject.CN ontbreekt', 'subject.CN is missing'),
  notYetValid: def('cert.validity.not-yet-valid', 'error', PKI002, 'het certificaat is pas geldig vanaf {date}', 'the certificate is not valid until {date}'),
  expired: def('cert.validity.expired', 'error', PKI002, 'het certificaat is verlopen op {date}', 'the certificate expired on {date}'),
  expiring: def(
    'cert.validity.expiring',
    'warning',
    SNO,
    'het certificaat verloopt over {days} dagen ({date}), binnen de termijn van {window} dagen',
    'the certificate expires in {days} days ({date}), within the {window}-day window',
  ),
  beyondRoot: def(
    'cert.validity.beyond-private-root',
    'warning',
    G4,
    'dit G1-certificaat is geldig tot {date}, na het einde van Private Root CA - G1 (2028-11-14): de keten is dan niet meer geldig; plan de overstap naar G4',
    'this G1 certificate is valid until {date}, beyond the end of Private Root CA - G1 (2028-11-14): its chain stops being valid then; plan the move to G4',
  ),
  lifetime: def(
    'cert.validity.too-long',
    'warning',
    PVE_LIFETIME,
    'het certificaat is {years} jaar geldig; meer dan 5 jaar komt in PKIoverheid niet voor',
    'the certificate is valid for {years} years; PKIoverheid has no end-entity certificate longer than 5 years',
  ),
  weakSignature: def(
    'cert.signature.weak',
    'error',
    WEAK_SIG,
    '"{subject}" is ondertekend met {algorithm}, een gebroken algoritme',
    '"{subject}" is signed with {algorithm}, a broken algorithm',
  ),
  subjectDiscouraged: def(
    'cert.subject.discouraged',
    'warning',
    DK_CERT_SUBJECT,
    'subject bevat {attrs}; Digikoppeling raadt die velden af',
    'the subject holds {attrs}; Digikoppeling discourages those fields',
  ),
  kuExtra: def(
    'cert.keyusage.extra',
    'error',
    DK_CERT_KU,
    'keyUsage bevat ook {extra}; geen ander key usage mag met digitalSignature en keyEncipherment worden gecombineerd',
    'keyUsage also holds {extra}; no other key usage may be combined with digitalSignature and keyEncipherment',
  ),
  kuClientOnly: def(
    'cert.keyusage.client-only',
    'info',
    G4_LP,
    'keyUsage alleen digitalSignature (G4-profiel voor authenticatie): geschikt als clientcertificaat, niet als servercertificaat',
    'keyUsage digitalSignature only (G4 authentication profile): fit for a client certificate, not for a server certificate',
  ),
  serialIntermediary: def(
    'cert.serialnumber.intermediary',
    'info',
    EB005,
    'het certificaat draagt het OIN {value} van {name}, die namens {expected} handelt (vastgelegd in het dossier)',
    'the certificate carries the OIN {value} of {name}, acting for {expected} (recorded in the dossier)',
  ),
  keySmall: def('cert.key.rsa-too-small', 'error', PROFILE, 'RSA-sleutel van {bits} bits; minimaal 2048', 'RSA key of {bits} bits; at least 2048 required'),
  keyNotRsa: def(
    'cert.key.not-rsa',
    'warning',
    PROFILE,
    'sleutel van het type {type}; PKIoverheid geeft voor services RSA-certificaten uit',
    'key of type {type}; PKIoverheid issues RSA certificates for services',
  ),
  kuMissing: def(
    'cert.keyusage.missing',
    'error',
    PROFILE,
    'de extensie keyUsage ontbreekt (vereist: digitalSignature en keyEncipherment)',
    'the keyUsage extension is missing (required: digitalSignature and keyEncipherment)',
  ),
  kuBit: def('cert.keyusage.incomplete', 'error', DK_CERT_KU, 'keyUsage mist {missing} (aanwezig: {present})', 'keyUsage lacks {missing} (present: {present})'),
  kuNotCritical: def('cert.keyusage.not-critical', 'warning', PROFILE, 'keyUsage is niet als kritiek gemarkeerd', 'keyUsage is not marked critical'),
  ekuRole: def(
    'cert.eku.role',
    'error',
    PROFILE,
    'extendedKeyUsage ({present}) bevat geen {needed}, nodig voor de rol {role}',
    'extendedKeyUsage ({present}) lacks {needed}, needed for the {role} role',
  ),
  isCa: def(
    'cert.is-ca',
    'error',
    PROFILE,
    'dit is een CA-certificaat, geen certificaat van een organisatie of server',
    'this is a CA certificate, not an organisation or server certificate',
  ),
  chainMissing: def(
    'chain.missing-issuer',
    'error',
    RFC5280,
    'de keten is onvolledig: de uitgever "{issuer}" van "{subject}" ontbreekt (geef het uitgevende certificaat mee, of een testroot met --roots)',
    'the chain is incomplete: issuer "{issuer}" of "{subject}" is missing (pass the issuing certificate, or a test root with --roots)',
  ),
  chainSignature: def(
    'chain.signature',
    'error',
    RFC5280,
    'de handtekening op "{subject}" klopt niet met de sleutel van "{issuer}"',
    'the signature on "{subject}" does not verify with the key of "{issuer}"',
  ),
  chainNotCa: def(
    'chain.issuer-not-ca',
    'error',
    RFC5280,
    '"{issuer}" is geen CA (basicConstraints) maar ondertekent "{subject}"',
    '"{issuer}" is not a CA (basicConstraints) but signs "{subject}"',
  ),
  chainValidity: def(
    'chain.intermediate-validity',
    'error',
    RFC5280,
    'tussencertificaat "{subject}" is niet geldig op {at} (geldig {from} tot {to})',
    'intermediate "{subject}" is not valid on {at} (valid {from} to {to})',
  ),
  rootPrivate: def('chain.root.private-g1', 'info', PKI005, 'de keten eindigt bij {anchor}', 'the chain ends at {anchor}'),
  rootG4Given: def(
    'chain.root.g4-given',
    'info',
    G4,
    'de keten eindigt bij G4-root "{root}", meegegeven met --roots; lz-onboard kent zijn vingerafdruk niet: vergelijk die met cps.pkioverheid.nl',
    'the chain ends at G4 root "{root}", given with --roots; lz-onboard does not know its fingerprint: compare it with cps.pkioverheid.nl',
  ),
  rootTest: def(
    'chain.root.test',
    'info',
    PKI005,
    'de keten eindigt bij een opgegeven testroot ({root}); alleen toegestaan voor preproductie',
    'the chain ends at a given test root ({root}); allowed for pre-production only',
  ),
  rootTestProductie: def(
    'chain.root.test-productie',
    'error',
    PKI005,
    'de keten eindigt bij een testroot ({root}); voor productie is Staat der Nederlanden Private Root CA - G1 vereist',
    'the chain ends at a test root ({root}); production requires Staat der Nederlanden Private Root CA - G1',
  ),
  rootPublic: def(
    'chain.root.not-private',
    'error',
    PKI005,
    'de keten eindigt bij {anchor}; voor Digikoppeling is Staat der Nederlanden Private Root CA - G1 vereist',
    'the chain ends at {anchor}; Digikoppeling requires Staat der Nederlanden Private Root CA - G1',
  ),
  rootUnknown: def(
    'chain.root.unknown',
    'error',
    PKI005,
    'de keten eindigt bij een onbekende root "{root}" (geen PKIoverheid; geef een testroot mee met --roots)',
    'the chain ends at an unknown root "{root}" (not PKIoverheid; pass a test root with --roots)',
  ),
  hostMismatch: def(
    'host.mismatch',
    'error',
    BP_HOST,
    'de host {host} van het endpoint staat niet in het certificaat (namen: {names})',
    'endpoint host {host} is not covered by the certificate (names: {names})',
  ),
  hostCnOnly: def(
    'host.cn-only',
    'warning',
    BP_HOST,
    'het certificaat heeft geen subjectAltName; de host is alleen tegen de CN gecontroleerd',
    'the certificate has no subjectAltName; the host was checked against the CN only',
  ),
  fileKey: def(
    'file.private-key',
    'warning',
    KEYS,
    'het bestand bevat ook een private sleutel (die is niet gelezen); bewaar sleutels apart',
    'the file also holds a private key (not read); keep keys separate',
  ),
  fileKeyReadable: def(
    'file.private-key-readable',
    'warning',
    KEYS,
    'het bestand met een private sleutel is leesbaar voor anderen (rechten {mode})',
    'the file holding a private key is readable by others (mode {mode})',
  ),
  serialKind: def(
    'cert.serialnumber.kind',
    'error',
    HANDLEIDING,
    'een leveranciersaansluiting gebruikt een certificaat met HRN (00000003 + KvK + volgnummer, of 00000001 + RSIN + 000), niet {value}',
    'a supplier connection uses a certificate with an HRN (00000003 + KvK + sequence number, or 00000001 + RSIN + 000), not {value}',
  ),
} as const satisfies Record<string, CheckDef>;

export function allCertChecks(): CheckDef[] {
  return Object.values(CERT_CHECKS);
}
