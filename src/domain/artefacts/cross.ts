// Cross-checks between the Consumerspecificatie's values and the certificates, and of a CPA
// against the dossier. Pure: parsed values in, findings out.
import { finding, type Finding } from '../findings.ts';
import { analysePartyId, type Environment } from '../identifiers.ts';
import { reasonText } from '../identifier-reasons.ts';
import type { Cpa, CpaParty } from '../cpa/parse.ts';
import { ARTEFACT_CHECKS as A } from './catalogue.ts';

export function partyIdFindings(value: string, env: Environment, certId: string | null): Finding[] {
  const r = analysePartyId(value, env);
  const out: Finding[] = [];
  const err = r.findings.find((f) => f.severity === 'error');
  if (err) {
    const reason = reasonText(err.code, err.params);
    out.push(finding(A.partyIdInvalid, { value, 'reason.nl': reason.nl, 'reason.en': reason.en }));
  }
  else if (certId && r.identifier !== certId) out.push(finding(A.partyIdMismatch, { value, id: certId }));
  return out;
}

export function endpointFindings(value: string): Finding[] {
  let u: URL;
  try {
    u = new URL(value);
  } catch {
    return [finding(A.endpointHttps, { value })];
  }
  if (u.protocol !== 'https:') return [finding(A.endpointHttps, { value })];
  if (u.port && u.port !== '443') return [finding(A.endpointPort, { value, port: u.port })];
  return [];
}

export function cpaIdOk(v: string): boolean {
  return v.length > 0 && !/[\s.]/.test(v);
}

export interface CpaExpectations {
  env: Environment;
  /** Our OIN/HRN (without suffix). */
  id: string;
  endpoint?: string;
  at: Date;
}

export interface CpaAnalysis {
  findings: Finding[];
  ours: CpaParty | null;
  other: CpaParty | null;
  ourPartyId: string | null;
  otherPartyId: string | null;
}

function parseDate(s: string | null): Date | null {
  if (!s) return null;
  const d = new Date(s);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** The CPA's own rules and our side of it; certificate comparisons are made by the caller. */
export function analyseCpa(cpa: Cpa, e: CpaExpectations): CpaAnalysis {
  const f: Finding[] = [];
  if (cpa.status !== 'agreed') f.push(finding(A.cpaStatus, { value: cpa.status ?? '-' }));
  const start = parseDate(cpa.start);
  const end = parseDate(cpa.end);
  if (!start || !end) f.push(finding(A.cpaPeriodMissing));
  else if (e.at < start) f.push(finding(A.cpaNotStarted, { date: start.toISOString() }));
  else if (e.at > end) f.push(finding(A.cpaEnded, { date: end.toISOString() }));
  if (!cpaIdOk(cpa.cpaId)) f.push(finding(A.cpaCpaIdChars, { value: cpa.cpaId }));
  const matches = (v: string) => v === e.id || v.replace(/_[A-Za-z]+$/, '') === e.id;
  const ours = cpa.parties.find((p) => p.partyIds.some((pid) => matches(pid.value))) ?? null;
  const other = cpa.parties.find((p) => p !== ours) ?? null;
  let ourPartyId: string | null = null;
  if (!ours) {
    f.push(finding(A.cpaPartyMissing, { id: e.id, found: cpa.parties.flatMap((p) => p.partyIds.map((x) => x.value)).join(', ') || '-' }));
  } else {
    const pid = ours.partyIds.find((x) => matches(x.value))!;
    ourPartyId = pid.value;
    if (pid.type !== 'urn:osb:oin') f.push(finding(A.cpaPartyIdType, { value: pid.value, type: pid.type }));
    if (e.env === 'productie' && pid.value !== e.id) f.push(finding(A.cpaPartyIdSuffix, { value: pid.value }));
    if (!ours.endpoints.length) f.push(finding(A.cpaEndpointMissing));
    else if (e.endpoint && !ours.endpoints.some((x) => x.uri === e.endpoint)) {
      f.push(finding(A.cpaEndpointMismatch, { value: ours.endpoints.map((x) => x.uri).join(', '), expected: e.endpoint }));
    }
  }
  return { findings: f, ours, other, ourPartyId, otherPartyId: other?.partyIds[0]?.value ?? null };
}

/** The DER of the certificate a party uses for a role, via its Client/ServerCertificateRef. */
export function cpaCertificate(p: CpaParty, role: 'client' | 'server'): Buffer | null {
  const refs = role === 'client' ? p.clientCertRefs : p.serverCertRefs;
  for (const id of refs) {
    const c = p.certificates.find((x) => x.certId === id);
    if (c?.der) return c.der;
  }
  return null;
}
