// Checks of the Digikoppeling artefacts: the Consumerspecificatie, the ping document, the CPA and
// their agreement with each other and the dossier. Same form as the certificate checks.
import { checkDef, type CheckDef } from '../findings.ts';

const HANDLEIDING = 'Handleiding Aansluiten Lopende Zaken v2.0, Consumerspecificatie';
const EBMS = 'Digikoppeling Koppelvlakstandaard ebMS2: PartyId (urn:osb:oin, achtervoegsel alleen buiten productie)';
const BP = 'Digikoppeling Best Practices ebMS2: CPAId zonder punten of witruimte';
const BEV = 'Digikoppeling Beveiligingsstandaarden: TLS over HTTPS, poort 443';
const CPPA = 'OASIS ebXML CPPA 2.0';

const def = checkDef;

export const ARTEFACT_CHECKS = {
  partyIdInvalid: def('spec.partyid.invalid', 'error', EBMS, 'PartyId {value} is ongeldig: {reason}', 'PartyId {value} is invalid: {reason}'),
  partyIdMismatch: def('spec.partyid.mismatch', 'error', HANDLEIDING, 'PartyId {value} is niet het OIN/HRN {id} uit het clientcertificaat', 'PartyId {value} is not the OIN/HRN {id} in the client certificate'),
  endpointHttps: def('spec.endpoint.not-https', 'error', BEV, 'EndpointUri {value} gebruikt geen https', 'EndpointUri {value} does not use https'),
  endpointPort: def('spec.endpoint.port', 'warning', BEV, 'EndpointUri {value} gebruikt poort {port} in plaats van 443', 'EndpointUri {value} uses port {port} instead of 443'),
  forced: def('spec.forced', 'warning', HANDLEIDING, 'geschreven ondanks fouten (--force)', 'written despite errors (--force)'),
  cpaIdChars: def('spec.cpaid.chars', 'error', BP, 'CPAId "{value}" bevat punten of witruimte', 'CPAId "{value}" contains dots or whitespace'),
  cpaStatus: def('cpa.status', 'error', CPPA, 'de CPA heeft status "{value}" in plaats van "agreed"', 'the CPA has status "{value}" instead of "agreed"'),
  cpaNotStarted: def('cpa.period.not-started', 'error', CPPA, 'de CPA gaat pas in op {date}', 'the CPA does not start until {date}'),
  cpaEnded: def('cpa.period.ended', 'error', CPPA, 'de CPA is verlopen op {date}', 'the CPA ended on {date}'),
  cpaPeriodMissing: def('cpa.period.missing', 'error', CPPA, 'de CPA heeft geen geldige Start en End', 'the CPA has no valid Start and End'),
  cpaEndAfterCert: def('cpa.period.after-certificate', 'warning', 'Digikoppeling: zonder einddatum eindigt een CPA bij het eerste verlopen certificaat', 'de CPA loopt tot {end}, na het verlopen van certificaat {cert} op {date}', 'the CPA runs until {end}, after certificate {cert} expires on {date}'),
  cpaPartyMissing: def('cpa.party.missing', 'error', EBMS, 'de CPA heeft geen PartyInfo met PartyId {id} (gevonden: {found})', 'the CPA has no PartyInfo with PartyId {id} (found: {found})'),
  cpaPartyIdType: def('cpa.partyid.type', 'error', EBMS, 'PartyId {value} heeft type "{type}" in plaats van urn:osb:oin', 'PartyId {value} has type "{type}" instead of urn:osb:oin'),
  cpaPartyIdSuffix: def('cpa.partyid.suffix-productie', 'error', EBMS, 'PartyId {value} heeft een omgevingsachtervoegsel; niet toegestaan in productie', 'PartyId {value} has an environment suffix; not allowed in production'),
  cpaEndpointMissing: def('cpa.endpoint.missing', 'error', CPPA, 'onze PartyInfo in de CPA heeft geen Endpoint', 'our PartyInfo in the CPA has no Endpoint'),
  cpaEndpointMismatch: def('cpa.endpoint.mismatch', 'error', HANDLEIDING, 'het endpoint in de CPA ({value}) is niet het endpoint uit het dossier ({expected})', 'the endpoint in the CPA ({value}) is not the dossier\'s endpoint ({expected})'),
  cpaCertMissing: def('cpa.cert.missing', 'error', CPPA, 'de CPA verwijst niet naar een leesbaar {role}certificaat van ons', 'the CPA does not refer to a readable {role} certificate of ours'),
  cpaCertMismatch: def('cpa.cert.mismatch', 'error', HANDLEIDING, 'het {role}certificaat in de CPA ({fingerprint}) is niet het vastgelegde ({expected})', 'the {role} certificate in the CPA ({fingerprint}) is not the recorded one ({expected})'),
  cpaCpaIdChars: def('cpa.cpaid.chars', 'warning', BP, 'CPAId "{value}" bevat punten of witruimte', 'CPAId "{value}" contains dots or whitespace'),
  cpaCertCheck: def('cpa.cert.check', 'error', HANDLEIDING, '{role}certificaat in de CPA: {message}', '{role} certificate in the CPA: {message}'),
  verifyFileMissing: def('verify.file.missing', 'error', HANDLEIDING, '{what} ({path}) is niet meer te lezen', '{what} ({path}) can no longer be read'),
  verifyCpaUnreadable: def('verify.cpa.unreadable', 'error', CPPA, 'de vastgelegde CPA ({path}) is niet meer te lezen als CPA: {problem}', 'the recorded CPA ({path}) can no longer be read as a CPA: {problem}'),
  verifyFileLocked: def('verify.file.locked', 'warning', HANDLEIDING, '{what} ({path}) is een PKCS#12-sleutelbestand met wachtwoord; zet LZ_ONBOARD_P12_PASSWORD om het te controleren', '{what} ({path}) is a PKCS#12 key store with a password; set LZ_ONBOARD_P12_PASSWORD to check it'),
  verifyFileChanged: def('verify.file.changed', 'error', HANDLEIDING, '{what} ({path}) is gewijzigd sinds het is vastgelegd', '{what} ({path}) has changed since it was recorded'),
  verifyStale: def('verify.artefact.stale', 'error', HANDLEIDING, '{what} ({path}) wijkt af van wat het dossier nu zou genereren; genereer het opnieuw', '{what} ({path}) differs from what the dossier would generate now; generate it again'),
  verifyNotGenerated: def('verify.artefact.absent', 'info', HANDLEIDING, '{what} is nog niet gegenereerd of gecontroleerd', '{what} has not been generated or checked yet'),
  verifyPingCpa: def('verify.ping.cpa', 'error', HANDLEIDING, 'het pingdocument noemt {field} {value}, de CPA {expected}', 'the ping document names {field} {value}, the CPA {expected}'),
  verifyCertNotRecorded: def('verify.cert.absent', 'info', HANDLEIDING, 'geen {role}certificaat vastgelegd voor {env}', 'no {role} certificate recorded for {env}'),
} as const satisfies Record<string, CheckDef>;
