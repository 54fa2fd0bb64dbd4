// OIN, HRN, KvK, BSN and ebMS PartyId rules. Pure functions; sources in domain-facts (OIN-Stelsel,
// Digikoppeling ebMS2). Every rule that is not confirmed by a public text is marked as such here.

export type IdentifierKind = 'oin' | 'hrn';
export type Environment = 'preproductie' | 'productie';

export interface PrefixInfo {
  /** What the hoofdnummer is, e.g. RSIN, KvK. null when the prefix carries no derivable number. */
  derivedType: string | null;
  /** Length of the hoofdnummer after the prefix (8 or 9), when known. */
  length: 8 | 9 | null;
  meaning: { nl: string; en: string };
  test?: boolean;
  unassigned?: boolean;
}

/** OIN-Stelsel 2.2.2, ch. 6: the prefix table. */
export const OIN_PREFIXES: Readonly<Record<string, PrefixInfo>> = {
  '00000001': { derivedType: 'RSIN', length: 9, meaning: { nl: 'RSIN (Handelsregister)', en: 'RSIN (trade register)' } },
  '00000002': {
    derivedType: 'Fi-nummer',
    length: 9,
    meaning: { nl: 'Fi-nummer (fiscaal nummer, Belastingdienst)', en: 'Fi-nummer (tax number, Belastingdienst)' },
  },
  '00000003': { derivedType: 'KvK', length: 8, meaning: { nl: 'KvK-nummer (Handelsregister)', en: 'KvK number (trade register)' } },
  '00000004': { derivedType: 'SubOIN', length: 9, meaning: { nl: 'SubOIN (SubOIN-register)', en: 'SubOIN (SubOIN register)' } },
  '00000005': { derivedType: null, length: null, unassigned: true, meaning: { nl: 'niet uitgegeven prefix', en: 'unassigned prefix' } },
  '00000006': { derivedType: null, length: null, meaning: { nl: 'uitgegeven door Logius', en: 'issued by Logius' } },
  '00000007': { derivedType: 'BRIN', length: null, meaning: { nl: 'BRIN (onderwijs)', en: 'BRIN (education)' } },
  '00000008': { derivedType: null, length: null, meaning: { nl: 'buitenlandse organisatie', en: 'foreign organisation' } },
  '00000009': { derivedType: 'UZI', length: null, meaning: { nl: 'UZI (zorg)', en: 'UZI (healthcare)' } },
  '00000010': { derivedType: 'TRR-BD', length: null, meaning: { nl: 'TRR-BD (Belastingdienst)', en: 'TRR-BD (Belastingdienst)' } },
  '00000099': { derivedType: null, length: null, test: true, meaning: { nl: 'test-OIN (nooit in productie)', en: 'test OIN (never in production)' } },
};

export type FindingLevel = 'error' | 'warning' | 'info';
export interface IdFinding {
  code: string;
  severity: FindingLevel;
  params?: Record<string, string>;
}

export interface IdentifierResult {
  value: string;
  valid: boolean;
  kind: IdentifierKind | null;
  prefix: string | null;
  meaning: { nl: string; en: string } | null;
  derived: { type: string; number: string } | null;
  test: boolean;
  findings: IdFinding[];
}

const DIGITS20 = /^[0-9]{20}$/;

/**
 * Analyse a 20-position OIN (or HRN, which shares the 00000003 form). Suffixes other than
 * 000/0000 exist in real OINs, so they are an info note, never an error (domain facts §1).
 */
export function analyseOin(raw: string): IdentifierResult {
  const value = raw.trim();
  const findings: IdFinding[] = [];
  const base: IdentifierResult = { value, valid: false, kind: null, prefix: null, meaning: null, derived: null, test: false, findings };
  if (value.length !== 20) {
    findings.push({ code: 'id.length', severity: 'error', params: { length: String(value.length) } });
    if (!/^[0-9]*$/.test(value)) findings.push({ code: 'id.not-digits', severity: 'error' });
    return base;
  }
  if (!DIGITS20.test(value)) {
    findings.push({ code: 'id.not-digits', severity: 'error' });
    return base;
  }
  const prefix = value.slice(0, 8);
  const info = OIN_PREFIXES[prefix];
  base.prefix = prefix;
  if (!info) {
    findings.push({ code: 'id.prefix-unknown', severity: 'error', params: { prefix } });
    return base;
  }
  base.meaning = info.meaning;
  if (info.unassigned) {
    findings.push({ code: 'id.prefix-unassigned', severity: 'error', params: { prefix } });
    return base;
  }
  base.valid = true;
  // An HRN has the same form as a KvK-based OIN; analyseHrn says "hrn" when that is what is expected.
  base.kind = 'oin';
  if (prefix === '00000003') findings.push({ code: 'id.hrn-form', severity: 'info' });
  base.test = info.test === true;
  if (base.test) findings.push({ code: 'id.test-oin', severity: 'info' });
  if (info.derivedType && info.length) {
    const number = value.slice(8, 8 + info.length);
    const suffix = value.slice(8 + info.length);
    base.derived = { type: info.derivedType, number };
    const expected = info.length === 8 ? '0000' : '000';
    if (suffix !== expected) findings.push({ code: 'id.suffix-unusual', severity: 'info', params: { suffix, expected } });
  }
  return base;
}

/**
 * The two HRN forms of Digikoppeling Identificatie en Authenticatie 1.5.0, Bijlage 1 ("HRN formaat,
 * te gebruiken voor Bedrijven"): 00000003 + KvK (8) + volgnummer (4, usually 0000), and
 * 00000001 + RSIN (9) + 000. Other prefixes are "niet gebruikt".
 */
export type HrnForm = 'kvk' | 'rsin';

export function hrnForm(value: string): HrnForm | null {
  return value.startsWith('00000003') ? 'kvk' : value.startsWith('00000001') ? 'rsin' : null;
}

/** An HRN in either form; a volgnummer other than 0000 is a note, as an unusual OIN suffix is. */
export function analyseHrn(raw: string): IdentifierResult & { form?: HrnForm } {
  const r: IdentifierResult & { form?: HrnForm } = analyseOin(raw);
  if (!r.valid) return r;
  const form = hrnForm(r.value);
  if (!form) {
    r.valid = false;
    r.findings.push({ code: 'hrn.prefix', severity: 'error', params: { prefix: r.prefix ?? '' } });
    return r;
  }
  r.findings = r.findings.filter((f) => f.code !== 'id.hrn-form');
  r.findings.push({ code: `hrn.form-${form}`, severity: 'info' });
  r.kind = 'hrn';
  r.form = form;
  return r;
}

export function hrnFromKvk(kvk: string): string {
  return `00000003${kvk}0000`;
}

/** KvK numbers are 8 digits; no 11-test applies to them (domain facts §2). */
export function isKvk(value: string): boolean {
  return /^[0-9]{8}$/.test(value);
}

/** BSN 11-proef: weights 9..2 and -1; sum a multiple of 11 and not 0. 8 digits get a leading 0. */
export function isBsn(raw: string): boolean {
  let v = raw.trim();
  if (/^[0-9]{8}$/.test(v)) v = `0${v}`;
  if (!/^[0-9]{9}$/.test(v)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(v[i]) * (9 - i);
  sum -= Number(v[8]);
  return sum !== 0 && sum % 11 === 0;
}

export function normaliseBsn(raw: string): string {
  const v = raw.trim();
  return /^[0-9]{8}$/.test(v) ? `0${v}` : v;
}

export interface PartyIdResult {
  value: string;
  valid: boolean;
  identifier: string;
  suffix: string | null;
  findings: IdFinding[];
}

/**
 * ebMS PartyId: an OIN/HRN, optionally with an environment suffix of O, T and/or A
 * (`_O`, `_OTA`, ...). Suffixes and test OINs are never allowed towards productie.
 */
export function analysePartyId(raw: string, env?: Environment): PartyIdResult {
  const value = raw.trim();
  const m = /^([^_]*)(?:_([A-Za-z]+))?$/.exec(value);
  const identifier = m?.[1] ?? value;
  const suffix = m?.[2] ?? null;
  const id = analyseOin(identifier);
  const findings: IdFinding[] = id.findings.filter((f) => f.severity === 'error');
  if (!m) findings.push({ code: 'partyid.shape', severity: 'error' });
  if (suffix !== null) {
    if (!/^[OTA]{1,3}$/.test(suffix) || new Set(suffix).size !== suffix.length) {
      findings.push({ code: 'partyid.suffix-invalid', severity: 'error', params: { suffix } });
    } else if (env === 'productie') {
      findings.push({ code: 'partyid.suffix-productie', severity: 'error', params: { suffix } });
    }
  }
  if (id.valid && id.test && env === 'productie') findings.push({ code: 'id.test-oin-productie', severity: 'error' });
  return { value, valid: findings.every((f) => f.severity !== 'error'), identifier, suffix, findings };
}
