// The identifier rules (OIN, HRN, PartyId) with severity and source, for the rules overview. The
// checks themselves are in identifiers.ts; their messages in ui/messages under the same code.
import { cite, type Citation, type Severity } from './findings.ts';

const OIN = cite(
  'OIN-stelsel 2.2.2, hoofdstuk 6; Digikoppeling Identificatie en Authenticatie 1.5.0, Bijlage 1',
  'OIN-stelsel 2.2.2, chapter 6; Digikoppeling Identificatie en Authenticatie 1.5.0, appendix 1',
);
const HRN = cite(
  'Digikoppeling Identificatie en Authenticatie 1.5.0, Bijlage 1, "HRN formaat, te gebruiken voor Bedrijven"',
  'Digikoppeling Identificatie en Authenticatie 1.5.0, appendix 1, the HRN format for companies ("HRN formaat, te gebruiken voor Bedrijven")',
);
const PARTY = cite(
  'Digikoppeling Koppelvlakstandaard ebMS2 (PartyId); Best Practices ebMS2 EB004 (achtervoegsel _O, _T, _A; niet in productie)',
  'Digikoppeling Koppelvlakstandaard ebMS2 (PartyId); Best Practices ebMS2 EB004 (suffix _O, _T, _A; not in production)',
);

export interface IdentifierRule {
  code: string;
  severity: Severity;
  citation: Citation;
}

export const IDENTIFIER_RULES: readonly IdentifierRule[] = [
  { code: 'id.length', severity: 'error', citation: OIN },
  { code: 'id.not-digits', severity: 'error', citation: OIN },
  { code: 'id.prefix-unknown', severity: 'error', citation: OIN },
  { code: 'id.prefix-unassigned', severity: 'error', citation: OIN },
  { code: 'id.suffix-unusual', severity: 'info', citation: OIN },
  { code: 'id.test-oin', severity: 'info', citation: OIN },
  { code: 'id.hrn-form', severity: 'info', citation: HRN },
  { code: 'hrn.prefix', severity: 'error', citation: HRN },
  { code: 'hrn.form-kvk', severity: 'info', citation: HRN },
  { code: 'hrn.form-rsin', severity: 'info', citation: HRN },
  { code: 'partyid.shape', severity: 'error', citation: PARTY },
  { code: 'partyid.suffix-invalid', severity: 'error', citation: PARTY },
  { code: 'partyid.suffix-productie', severity: 'error', citation: PARTY },
  { code: 'id.test-oin-productie', severity: 'error', citation: OIN },
];
