// Checks of the Digikoppeling artefacts: the Consumerspecificatie, the ping document, the CPA and
// their agreement with each other and the dossier. Same form as the certificate checks.
import { checkDef, cite, type CheckDef } from '../findings.ts';

const HANDLEIDING = cite('Handleiding Aansluiten Lopende Zaken v2.0, Consumerspecificatie', 'Handleiding Aansluiten Lopende Zaken v2.0, Consumerspecificatie');
const EBMS = cite(
  'Digikoppeling Koppelvlakstandaard ebMS2: PartyId (urn:osb:oin, achtervoegsel alleen buiten productie)',
  'Digikoppeling Koppelvlakstandaard ebMS2: PartyId (urn:osb:oin, a suffix only outside production)',
);
const BP = cite(
  'Digikoppeling Best Practices ebMS2, hoofdstuk 3 (CPAId): advies aan wie de CPA een naam geeft, geen punten of andere vreemde tekens',
  'Digikoppeling Best Practices ebMS2, chapter 3 (CPAId): advice to whoever names the CPA, no dots or other unusual characters',
);
const BEV = cite(
  'Digikoppeling Beveiligingsstandaarden TLS005: HTTPS over poort 443 is verplicht',
  'Digikoppeling Beveiligingsstandaarden TLS005: HTTPS over port 443 is mandatory',
);
const CPPA = cite('OASIS ebXML CPPA 2.0', 'OASIS ebXML CPPA 2.0');
const CPPA_STATUS = cite(
  'OASIS ebXML CPPA 2.0 (cpp-cpa-2_0.xsd): Status agreed, signed of proposed',
  'OASIS ebXML CPPA 2.0 (cpp-cpa-2_0.xsd): Status agreed, signed or proposed',
);
const EB010 = cite(
  'Digikoppeling Best Practices ebMS2 EB010: geldigheid van de CPA afgestemd op de certificaten',
  "Digikoppeling Best Practices ebMS2 EB010: the CPA's validity matched to the certificates",
);
const EB015 = cite(
  'Digikoppeling Best Practices ebMS2 EB015: SyncReplyMode "none" is de regel, synchroon alleen als uitzondering',
  'Digikoppeling Best Practices ebMS2 EB015: SyncReplyMode "none" is the rule, synchronous only as an exception',
);
const KVS_TLS = cite(
  'Digikoppeling Koppelvlakstandaard ebMS2 en Best Practices ebMS2 hoofdstuk 3: transport over HTTP met TLS, client- en servercertificaat',
  'Digikoppeling Koppelvlakstandaard ebMS2 and Best Practices ebMS2 chapter 3: transport over HTTP with TLS, client and server certificate',
);
const EB005 = cite(
  'Digikoppeling Koppelvlakstandaard ebMS2 (PartyId); Best Practices ebMS2 EB005 en EB014: certificaat van een organisatie die namens de PartyId handelt',
  'Digikoppeling Koppelvlakstandaard ebMS2 (PartyId); Best Practices ebMS2 EB005 and EB014: the certificate of an organisation acting for the PartyId',
);
const EB003 = cite(
  'Digikoppeling Best Practices ebMS2 EB003 en EB005: aparte certificaten en DNS-namen voor OTA en productie',
  'Digikoppeling Best Practices ebMS2 EB003 and EB005: separate certificates and DNS names for OTA and production',
);
const G1_END = cite(
  'PKIoverheid: Staat der Nederlanden Private Root CA - G1 eindigt op 2028-11-14; overstap naar G4',
  'PKIoverheid: Staat der Nederlanden Private Root CA - G1 ends on 2028-11-14; move to G4',
);
const CPA_END = cite(
  'Digikoppeling: zonder einddatum eindigt een CPA bij het eerste verlopen certificaat',
  'Digikoppeling: without an end date a CPA ends when its first certificate expires',
);

const FASEN = cite(
  'Handleiding Aansluiten Lopende Zaken v2.0, fase 2 (certificaten, Consumerspecificatie, CPA, ebMS-Ping) en fase 4 ("bijna gelijk aan de acties ... voor preproductie")',
  'Handleiding Aansluiten Lopende Zaken v2.0, phase 2 (certificates, Consumerspecificatie, CPA, ebMS Ping) and phase 4 ("bijna gelijk aan de acties ... voor preproductie": nearly the same actions as for pre-production)',
);

const def = checkDef;

export const ARTEFACT_CHECKS = {
  partyIdInvalid: def('spec.partyid.invalid', 'error', EBMS, 'PartyId {value} is ongeldig: {reason}', 'PartyId {value} is invalid: {reason}'),
  partyIdMismatch: def(
    'spec.partyid.mismatch',
    'error',
    HANDLEIDING,
    'PartyId {value} is niet het OIN/HRN {id} uit het clientcertificaat; handelt {id} als leverancier of gateway namens u, leg dat vast met lz-onboard intermediary --oin {id} --name "..."',
    'PartyId {value} is not the OIN/HRN {id} in the client certificate; if {id} is a provider or gateway acting for you, record it with lz-onboard intermediary --oin {id} --name "..."',
  ),
  endpointHttps: def('spec.endpoint.not-https', 'error', BEV, 'EndpointUri {value} gebruikt geen https', 'EndpointUri {value} does not use https'),
  endpointPort: def(
    'spec.endpoint.port',
    'error',
    BEV,
    'EndpointUri {value} gebruikt poort {port} in plaats van 443',
    'EndpointUri {value} uses port {port} instead of 443',
  ),
  forced: def(
    'spec.forced',
    'warning',
    HANDLEIDING,
    'geschreven ondanks fouten (--ignore-errors); de stap blijft open',
    'written despite errors (--ignore-errors); the step stays open',
  ),
  cpaIdChars: def(
    'spec.cpaid.chars',
    'warning',
    BP,
    'CPAId "{value}" bevat punten of andere ongebruikelijke tekens; neem hem toch letterlijk over uit de CPA (de naam is niet aan u), maar sommige adapters gebruiken hem als bestandsnaam',
    'CPAId "{value}" contains dots or other unusual characters; still copy it verbatim from the CPA (the name is not yours to choose), but some adapters use it as a file name',
  ),
  cpaIdInvalid: def(
    'spec.cpaid.invalid',
    'error',
    CPPA,
    'CPAId "{value}" is leeg of bevat witruimte of stuurtekens',
    'CPAId "{value}" is empty or contains white space or control characters',
  ),
  cpaStatus: def(
    'cpa.status',
    'error',
    CPPA_STATUS,
    'de CPA heeft status "{value}"; het schema kent alleen agreed, signed en proposed',
    'the CPA has status "{value}"; the schema knows only agreed, signed and proposed',
  ),
  cpaStatusProposed: def(
    'cpa.status.proposed',
    'error',
    CPPA_STATUS,
    'de CPA heeft status "proposed": een voorstel, nog geen overeenkomst',
    'the CPA has status "proposed": a proposal, not yet an agreement',
  ),
  cpaLongValidity: def(
    'cpa.period.long',
    'warning',
    EB010,
    'de CPA is {years} jaar geldig; meer dan 10 jaar past bij geen certificaat',
    'the CPA is valid for {years} years; more than 10 years fits no certificate',
  ),
  cpaG1End: def(
    'cpa.period.beyond-g1',
    'warning',
    G1_END,
    'de CPA loopt tot {end}, na het einde van Private Root CA - G1 (2028-11-14), terwijl het {role}certificaat een G1-certificaat is: vraag tijdig een G4-certificaat en een nieuwe CPA aan',
    'the CPA runs until {end}, beyond the end of Private Root CA - G1 (2028-11-14), while the {role} certificate is a G1 certificate: order a G4 certificate and a new CPA in time',
  ),
  cpaEndpointTransport: def(
    'cpa.endpoint.transport',
    'error',
    BEV,
    'endpoint {value} van onze PartyInfo is geen https op poort 443',
    'endpoint {value} of our PartyInfo is not https on port 443',
  ),
  cpaDefaultChannel: def(
    'cpa.channel.default',
    'error',
    CPPA,
    'het standaardkanaal {channel} van onze PartyInfo leidt niet naar een Transport met ons endpoint',
    'the default channel {channel} of our PartyInfo does not lead to a Transport with our endpoint',
  ),
  cpaTls: def(
    'cpa.transport.tls',
    'error',
    KVS_TLS,
    'Transport {transport} van onze PartyInfo heeft geen TLS als TransportSecurityProtocol voor zowel server als client',
    'Transport {transport} of our PartyInfo lacks TLS as TransportSecurityProtocol for both server and client',
  ),
  cpaSyncReply: def(
    'cpa.channel.sync-reply',
    'warning',
    EB015,
    'DeliveryChannel {channel} heeft syncReplyMode "{value}"; asynchroon ("none") is de regel, synchroon alleen in afspraak met beide partijen',
    'DeliveryChannel {channel} has syncReplyMode "{value}"; asynchronous ("none") is the rule, synchronous only by agreement of both parties',
  ),
  cpaCpaIdInvalid: def(
    'cpa.cpaid.invalid',
    'error',
    CPPA,
    'CPAId "{value}" is leeg of bevat witruimte of stuurtekens',
    'CPAId "{value}" is empty or contains white space or control characters',
  ),
  certViaIntermediary: def(
    'spec.partyid.intermediary',
    'info',
    EB005,
    'het certificaat draagt het OIN {id} van {name}, die namens PartyId {value} handelt (vastgelegd in het dossier)',
    'the certificate carries the OIN {id} of {name}, acting for PartyId {value} (recorded in the dossier)',
  ),
  envSharedCert: def(
    'env.shared-certificate',
    'warning',
    EB003,
    'preproductie en productie gebruiken hetzelfde {role}certificaat ({fingerprint})',
    'pre-production and production use the same {role} certificate ({fingerprint})',
  ),
  envSharedHost: def(
    'env.shared-host',
    'warning',
    EB003,
    'preproductie en productie gebruiken dezelfde host {host} voor hun endpoint',
    'pre-production and production use the same host {host} for their endpoint',
  ),
  cpaNotStarted: def('cpa.period.not-started', 'error', CPPA, 'de CPA gaat pas in op {date}', 'the CPA does not start until {date}'),
  cpaEnded: def('cpa.period.ended', 'error', CPPA, 'de CPA is verlopen op {date}', 'the CPA ended on {date}'),
  cpaPeriodMissing: def('cpa.period.missing', 'error', CPPA, 'de CPA heeft geen geldige Start en End', 'the CPA has no valid Start and End'),
  cpaEndAfterCert: def(
    'cpa.period.after-certificate',
    'warning',
    CPA_END,
    'de CPA loopt tot {end}, na het verlopen van certificaat {cert} op {date}',
    'the CPA runs until {end}, after certificate {cert} expires on {date}',
  ),
  cpaPartyMissing: def(
    'cpa.party.missing',
    'error',
    EBMS,
    'de CPA heeft geen PartyInfo met PartyId {id} (gevonden: {found})',
    'the CPA has no PartyInfo with PartyId {id} (found: {found})',
  ),
  cpaPartyIdType: def(
    'cpa.partyid.type',
    'error',
    EBMS,
    'PartyId {value} heeft type "{type}" in plaats van urn:osb:oin',
    'PartyId {value} has type "{type}" instead of urn:osb:oin',
  ),
  cpaPartyIdSuffix: def(
    'cpa.partyid.suffix-productie',
    'error',
    EBMS,
    'PartyId {value} heeft een omgevingsachtervoegsel; niet toegestaan in productie',
    'PartyId {value} has an environment suffix; not allowed in production',
  ),
  cpaEndpointMissing: def('cpa.endpoint.missing', 'error', CPPA, 'onze PartyInfo in de CPA heeft geen Endpoint', 'our PartyInfo in the CPA has no Endpoint'),
  cpaEndpointMismatch: def(
    'cpa.endpoint.mismatch',
    'error',
    HANDLEIDING,
    'het endpoint in de CPA ({value}) is niet het endpoint uit het dossier ({expected})',
    "the endpoint in the CPA ({value}) is not the dossier's endpoint ({expected})",
  ),
  cpaCertMissing: def(
    'cpa.cert.missing',
    'error',
    CPPA,
    'de CPA verwijst niet naar een leesbaar {role}certificaat van ons',
    'the CPA does not refer to a readable {role} certificate of ours',
  ),
  cpaCertMismatch: def(
    'cpa.cert.mismatch',
    'error',
    HANDLEIDING,
    'het {role}certificaat in de CPA ({fingerprint}) is niet het vastgelegde ({expected})',
    'the {role} certificate in the CPA ({fingerprint}) is not the recorded one ({expected})',
  ),
  cpaCpaIdChars: def(
    'cpa.cpaid.chars',
    'warning',
    BP,
    'CPAId "{value}" bevat punten of andere ongebruikelijke tekens; toegestaan (het register kiest de naam), maar sommige adapters gebruiken hem als bestandsnaam',
    'CPAId "{value}" contains dots or other unusual characters; allowed (the register chooses the name), but some adapters use it as a file name',
  ),
  cpaCertCheck: def('cpa.cert.check', 'error', HANDLEIDING, '{role}certificaat in de CPA: {message}', '{role} certificate in the CPA: {message}'),
  verifyFileMissing: def('verify.file.missing', 'error', HANDLEIDING, '{what} ({path}) is niet meer te lezen', '{what} ({path}) can no longer be read'),
  verifyCpaUnreadable: def(
    'verify.cpa.unreadable',
    'error',
    CPPA,
    'de vastgelegde CPA ({path}) is niet meer te lezen als CPA: {problem}',
    'the recorded CPA ({path}) can no longer be read as a CPA: {problem}',
  ),
  verifyFileLocked: def(
    'verify.file.locked',
    'warning',
    HANDLEIDING,
    '{what} ({path}) is een PKCS#12-sleutelbestand met wachtwoord; zet LZ_ONBOARD_P12_PASSWORD om het te controleren',
    '{what} ({path}) is a PKCS#12 key store with a password; set LZ_ONBOARD_P12_PASSWORD to check it',
  ),
  verifyFileChanged: def(
    'verify.file.changed',
    'error',
    HANDLEIDING,
    '{what} ({path}) is gewijzigd sinds het is vastgelegd',
    '{what} ({path}) has changed since it was recorded',
  ),
  verifyStale: def(
    'verify.artefact.stale',
    'error',
    HANDLEIDING,
    '{what} ({path}) wijkt af van wat het dossier nu zou genereren; genereer het opnieuw',
    '{what} ({path}) differs from what the dossier would generate now; generate it again',
  ),
  verifyNotGenerated: def(
    'verify.artefact.absent',
    'info',
    HANDLEIDING,
    '{what} is nog niet gegenereerd of gecontroleerd',
    '{what} has not been generated or checked yet',
  ),
  verifyPingCpa: def(
    'verify.ping.cpa',
    'error',
    HANDLEIDING,
    'het pingdocument noemt {field} {value}, de CPA {expected}',
    'the ping document names {field} {value}, the CPA {expected}',
  ),
  verifyCertNotRecorded: def(
    'verify.cert.absent',
    'info',
    HANDLEIDING,
    'geen {role}certificaat vastgelegd voor {env}',
    'no {role} certificate recorded for {env}',
  ),
  verifyNeeded: def(
    'verify.artefact.needed',
    'error',
    FASEN,
    '{what} ontbreekt voor {env}, nodig voor stap {step}: {command}',
    '{what} is missing for {env}, needed for step {step}: {command}',
  ),
  verifyException: def(
    'verify.artefact.exception',
    'warning',
    FASEN,
    '{what} ontbreekt voor {env}; stap {step} is zonder afgerond (uitzondering of overgeslagen): {reason}',
    '{what} is missing for {env}; step {step} was finished without it (an exception, or skipped): {reason}',
  ),
  verifyIgnoredErrors: def(
    'verify.artefact.ignored-errors',
    'error',
    HANDLEIDING,
    '{what} ({path}) is ondanks fouten geschreven (--ignore-errors); los ze op en genereer opnieuw',
    '{what} ({path}) was written despite errors (--ignore-errors); fix them and generate it again',
  ),
} as const satisfies Record<string, CheckDef>;
