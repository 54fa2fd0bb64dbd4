// Cross-checks between the Consumerspecificatie's values and the certificates, and of a CPA
// against the dossier. Pure: parsed values in, findings out.
import { finding, type CheckDef, type Finding } from '../findings.ts';
import { analysePartyId, type Environment } from '../identifiers.ts';
import { reasonText } from '../identifier-reasons.ts';
import type { Cpa, CpaParty } from '../cpa/parse.ts';
import { cpaIdShape } from '../cpa-id.ts';
import { ARTEFACT_CHECKS as A } from './catalogue.ts';

export { cpaIdShape };

/**
 * The PartyId, and whether the client certificate's OIN may stand for it: its own, or that of a
 * recorded intermediary (a provider or gateway acting for it, EB005/EB014).
 */
export function partyIdFindings(value: string, env: Environment, certId: string | null, intermediary?: { name: string; oin: string }): Finding[] {
  const r = analysePartyId(value, env);
  const out: Finding[] = [];
  const err = r.findings.find((f) => f.severity === 'error');
  if (err) {
    const reason = reasonText(err.code, err.params);
    out.push(finding(A.partyIdInvalid, { value, 'reason.nl': reason.nl, 'reason.en': reason.en }));
  } else if (certId && r.identifier !== certId) {
    if (intermediary && intermediary.oin === certId) out.push(finding(A.certViaIntermediary, { value, id: certId, name: intermediary.name }));
    else out.push(finding(A.partyIdMismatch, { value, id: certId }));
  }
  return out;
}

/** Our endpoint: https (Digikoppeling is TLS only) on port 443 (Beveiligingsstandaarden TLS005). */
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

export function cpaIdFindings(value: string, defs: { invalid: CheckDef; unusual: CheckDef }): Finding[] {
  const shape = cpaIdShape(value);
  return shape === 'ok' ? [] : [finding(shape === 'invalid' ? defs.invalid : defs.unusual, { value })];
}

/** The statuses the CPPA 2.0 schema allows; a proposed CPA is not (yet) an agreement. */
const CPA_STATUSES = new Set(['agreed', 'signed', 'proposed']);
const YEAR = 365.25 * 86_400_000;

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
  if (cpa.status === 'proposed') f.push(finding(A.cpaStatusProposed));
  else if (!CPA_STATUSES.has(cpa.status ?? '')) f.push(finding(A.cpaStatus, { value: cpa.status ?? '-' }));
  const start = parseDate(cpa.start);
  const end = parseDate(cpa.end);
  if (!start || !end) f.push(finding(A.cpaPeriodMissing));
  else {
    if (e.at < start) f.push(finding(A.cpaNotStarted, { date: start.toISOString() }));
    else if (e.at > end) f.push(finding(A.cpaEnded, { date: end.toISOString() }));
    const years = (end.getTime() - start.getTime()) / YEAR;
    if (years > 10) f.push(finding(A.cpaLongValidity, { years: years.toFixed(1) }));
  }
  f.push(...cpaIdFindings(cpa.cpaId, { invalid: A.cpaCpaIdInvalid, unusual: A.cpaCpaIdChars }));
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
    f.push(...transportFindings(ours, e.endpoint));
  }
  return { findings: f, ours, other, ourPartyId, otherPartyId: other?.partyIds[0]?.value ?? null };
}

/** Our side's transport: https on 443 everywhere, a default channel that reaches our endpoint over TLS. */
function transportFindings(ours: CpaParty, endpoint: string | undefined): Finding[] {
  const f: Finding[] = [];
  for (const ep of ours.endpoints) {
    if (endpointFindings(ep.uri).length) f.push(finding(A.cpaEndpointTransport, { value: ep.uri }));
  }
  const channel = ours.channels.find((c) => c.channelId === ours.defaultChannelId);
  const transport = channel ? ours.transports.find((t) => t.transportId === channel.transportId) : undefined;
  // An endpoint that is not in the CPA at all is reported once, as cpa.endpoint.mismatch.
  const ourEndpointListed = endpoint !== undefined && ours.endpoints.some((x) => x.uri === endpoint);
  if (!channel || !transport?.endpoints.length || (ourEndpointListed && !transport.endpoints.some((x) => x.uri === endpoint))) {
    f.push(finding(A.cpaDefaultChannel, { channel: ours.defaultChannelId ?? '-' }));
  }
  for (const t of ours.transports) {
    if (!/^TLS$/i.test(t.serverSecurity ?? '') || !/^TLS$/i.test(t.clientSecurity ?? '')) f.push(finding(A.cpaTls, { transport: t.transportId || '-' }));
  }
  for (const c of ours.channels) {
    if (c.syncReplyMode && c.syncReplyMode !== 'none') f.push(finding(A.cpaSyncReply, { channel: c.channelId, value: c.syncReplyMode }));
  }
  return f;
}

/**
 * The certificate a party uses for a role, via its Client/ServerCertificateRef, and the other
 * certificates of that KeyInfo (a chain, as some exports carry it). When a KeyInfo holds several,
 * the end-entity one is judged: the one X509SubjectName names, else the first that is no CA.
 */
export function cpaCertificate(
  p: CpaParty,
  role: 'client' | 'server',
  isCa: (der: Buffer) => boolean,
  subjectOf: (der: Buffer) => string,
): { der: Buffer; others: Buffer[] } | null {
  const refs = role === 'client' ? p.clientCertRefs : p.serverCertRefs;
  for (const id of refs) {
    const c = p.certificates.find((x) => x.certId === id);
    if (!c?.ders.length) continue;
    const named = c.subjectName ? c.ders.find((d) => sameName(subjectOf(d), c.subjectName!)) : undefined;
    const der = named ?? c.ders.find((d) => !isCa(d)) ?? c.ders[0]!;
    return { der, others: c.ders.filter((d) => d !== der) };
  }
  return null;
}

/** RFC 4514 names as written by different tools: order and spacing differ, the attributes do not. */
function sameName(a: string, b: string): boolean {
  const norm = (s: string) =>
    s
      .split(/,(?![^=,]*\\)/)
      .map((x) =>
        x
          .trim()
          .replace(/\s*=\s*/, '=')
          .toLowerCase(),
      )
      .sort()
      .join(',');
  return norm(a) === norm(b);
}

/** The parts of a ping document that must repeat the CPA verbatim, or the adapter rejects it. */
export function pingAgainstCpa(
  ping: { from: string; to: string; cpaId: string },
  cpa: { cpaId: string; ourPartyId: string | null; otherPartyId: string | null },
): Finding[] {
  const pairs: [string, string, string | null][] = [
    ['CPAId', ping.cpaId, cpa.cpaId],
    ['From', ping.from, cpa.ourPartyId],
    ['To', ping.to, cpa.otherPartyId],
  ];
  return pairs
    .filter(([, value, expected]) => expected && value !== expected)
    .map(([field, value, expected]) => finding(A.verifyPingCpa, { field, value, expected: expected! }));
}
