// The checks of a certificate replacement (`lz-onboard renew`): what must not change, what should,
// and the notice period. The new certificate itself gets every check of `cert check` besides.
import { checkDef, cite } from '../findings.ts';

const SNO = cite(
  'SNO MijnOverheid 2.1.5: certificaatwijzigingen minimaal twee maanden vooraf melden, ook door de Afnemer',
  'SNO MijnOverheid 2.1.5: certificate changes announced at least two months ahead, also by the Afnemer',
);
const PKI001 = cite(
  'Digikoppeling Beveiligingsstandaarden PKI001: het OIN in subject.serialNumber identificeert de organisatie (en is de PartyId in de CPA)',
  'Digikoppeling Beveiligingsstandaarden PKI001: the OIN in subject.serialNumber identifies the organisation (and is the PartyId in the CPA)',
);
const BP_HOST = cite(
  'Digikoppeling Best Practices ebMS2: host van het endpoint in het servercertificaat',
  "Digikoppeling Best Practices ebMS2: the endpoint's host in the server certificate",
);
const EB010 = cite(
  'Digikoppeling Best Practices ebMS2 EB010: de CPA eindigt uiterlijk met het eerste certificaat dat verloopt',
  'Digikoppeling Best Practices ebMS2 EB010: the CPA ends at the latest with the first certificate to expire',
);
const KEY = cite(
  'lz-onboard: een vervanging is het moment voor een nieuw sleutelpaar; hetzelfde sleutelpaar houdt een eventueel uitgelekte sleutel in gebruik',
  'lz-onboard: a replacement is the moment for a new key pair; keeping the key pair keeps a possibly leaked key in use',
);
const PKI005 = cite(
  'Digikoppeling Beveiligingsstandaarden PKI005: Private Root CA - G1 eindigt op 2028-11-14, opvolger G4',
  'Digikoppeling Beveiligingsstandaarden PKI005: Private Root CA - G1 ends on 2028-11-14, successor G4',
);

export const RENEWAL_CHECKS = {
  same: checkDef('renew.same-certificate', 'error', EB010, 'dit is hetzelfde certificaat als het huidige', 'this is the same certificate as the current one'),
  identifier: checkDef(
    'renew.identifier-changed',
    'error',
    PKI001,
    'het OIN/HRN verandert ({old} → {new}): dat is geen vervanging maar een andere partij (nieuwe aansluiting)',
    'the OIN/HRN changes ({old} → {new}): that is not a replacement but another party (a new connection)',
  ),
  shorter: checkDef(
    'renew.not-longer',
    'error',
    EB010,
    'het nieuwe certificaat loopt niet langer dan het huidige (tot {new}, het huidige tot {old})',
    'the new certificate does not last longer than the current one (until {new}, the current one until {old})',
  ),
  hosts: checkDef(
    'renew.hosts-dropped',
    'warning',
    BP_HOST,
    'hostnamen van het huidige certificaat ontbreken in het nieuwe: {hosts}',
    'host names of the current certificate are missing from the new one: {hosts}',
  ),
  sameKey: checkDef(
    'renew.same-key',
    'warning',
    KEY,
    'het nieuwe certificaat heeft hetzelfde sleutelpaar als het huidige',
    'the new certificate has the same key pair as the current one',
  ),
  keyUnknown: checkDef(
    'renew.key-unknown',
    'info',
    KEY,
    'of het sleutelpaar nieuw is, is niet vast te stellen: het bestand van het huidige certificaat is veranderd of weg',
    "whether the key pair is new cannot be told: the current certificate's file has changed or is gone",
  ),
  generation: checkDef('renew.generation', 'info', PKI005, 'generatie: {old} → {new}', 'generation: {old} → {new}'),
  fromPast: checkDef('renew.from-past', 'error', SNO, 'de ingangsdatum {from} ligt voor vandaag ({today})', 'the change date {from} is before today ({today})'),
  fromAfterEnd: checkDef(
    'renew.from-after-end',
    'error',
    SNO,
    'de ingangsdatum {from} ligt na het einde van het huidige certificaat ({end}): de verbinding ligt er tussendoor uit',
    "the change date {from} is after the current certificate's end ({end}): the connection is down in between",
  ),
  fromBeforeNew: checkDef(
    'renew.from-before-valid',
    'error',
    SNO,
    'de ingangsdatum {from} ligt voor het begin van het nieuwe certificaat ({start})',
    'the change date {from} is before the new certificate starts ({start})',
  ),
  inProgress: checkDef(
    'renew.cpa-in-use',
    'info',
    SNO,
    'vervanging van het {role}certificaat loopt (ingangsdatum {change}): de CPA wordt nog tegen het huidige certificaat gecontroleerd tot de nieuwe CPA is gecontroleerd',
    'replacement of the {role} certificate in progress (change on {change}): the CPA is checked against the current certificate until the new CPA is checked',
  ),
  lateNotice: checkDef(
    'renew.late-notice',
    'warning',
    SNO,
    'minder dan twee maanden tussen melding ({today}) en ingangsdatum ({from}): meld de wijziging vandaag nog en stem de datum af met Logius',
    'less than two months between notice ({today}) and change date ({from}): announce the change today and agree the date with Logius',
  ),
};
