// Judges one certificate for Digikoppeling: identifier, subject, validity, key, usage, host and
// chain. Returns findings only; the caller decides what a finding means for the exit code.
import type { Kind } from '../checklist.ts';
import { finding, sortFindings, type Finding } from '../findings.ts';
import { analyseHrn, analyseOin, type Environment, type IdentifierResult } from '../identifiers.ts';
import { reasonText } from '../identifier-reasons.ts';
import { CERT_CHECKS as C } from './catalogue.ts';
import { buildChain, type ChainResult } from './chain.ts';
import { attr, EKU_NAMES, formatName, weakSignature, type CertFields } from './fields.ts';
import { coversHost } from './host.ts';
import { generation, PRIVATE_ROOT_G1_END, type Generation } from './pins.ts';

export type Role = 'client' | 'server';

export interface CheckOptions {
  env?: Environment;
  role?: Role;
  /** Host of the endpoint the server certificate must cover. */
  host?: string;
  /** The OIN/HRN the certificate must carry, and which kind of party it belongs to. */
  expectedId?: string;
  /** A provider or gateway whose certificate may carry its own OIN for us (EB005/EB014). */
  intermediary?: { name: string; oin: string } | undefined;
  kind?: Kind;
  at: Date;
  expiresInDays: number;
  given: CertFields[];
  roots: CertFields[];
}

export interface CheckResult {
  findings: Finding[];
  identifier: IdentifierResult | null;
  chain: ChainResult;
  /** The PKIoverheid generation its policy names (G1, G3, G4, G4 TRIAL), when it names one. */
  generation: Generation | null;
}

const DAY = 86_400_000;
const day = (d: Date) => d.toISOString().slice(0, 10);

function identifierFindings(c: CertFields, o: CheckOptions): { findings: Finding[]; id: IdentifierResult | null } {
  const out: Finding[] = [];
  const value = attr(c.subject, 'serialNumber');
  if (value === undefined) return { findings: [finding(C.serialMissing)], id: null };
  const expectHrn = o.kind === 'leverancier' || (o.expectedId?.startsWith('00000003') && o.kind !== 'overheid');
  const id = expectHrn ? analyseHrn(value) : analyseOin(value);
  const kindName = expectHrn ? 'HRN' : 'OIN';
  const err = id.findings.find((f) => f.severity === 'error');
  if (err) {
    if (o.kind === 'leverancier' && analyseOin(value).valid) out.push(finding(C.serialKind, { value }));
    else {
      const reason = reasonText(err.code, err.params);
      out.push(finding(C.serialInvalid, { value, kind: kindName, 'reason.nl': reason.nl, 'reason.en': reason.en }));
    }
    return { findings: out, id };
  }
  const expected = o.expectedId?.replace(/_[A-Za-z]+$/, '');
  if (expected && expected !== id.value) {
    if (o.intermediary && o.intermediary.oin === id.value) out.push(finding(C.serialIntermediary, { value, name: o.intermediary.name, expected }));
    else out.push(finding(C.serialMismatch, { value, kind: kindName, expected }));
  }
  if (id.test && o.env === 'productie') out.push(finding(C.serialTestOin, { value }));
  const suffix = id.findings.find((f) => f.code === 'id.suffix-unusual');
  if (suffix) out.push(finding(C.serialSuffix, { value, suffix: suffix.params?.['suffix'] ?? '', expected: suffix.params?.['expected'] ?? '' }));
  const orgId = attr(c.subject, 'organizationIdentifier');
  if (orgId === undefined) out.push(finding(C.orgIdMissing));
  else {
    const m = /^NTRNL-([0-9]{8})$/.exec(orgId);
    if (!m) out.push(finding(C.orgIdFormat, { value: orgId }));
    else if (id.prefix === '00000003' && id.derived && id.derived.number !== m[1]) {
      out.push(finding(C.orgIdKvk, { value: orgId, kvk: m[1]!, id: id.value, idKvk: id.derived.number }));
    }
  }
  return { findings: out, id };
}

/** A certificate under Private Root CA - G1: by its verified chain, else by its policy. */
export function isG1(c: Pick<CertFields, 'policies'>, anchorKind: string): boolean {
  return anchorKind === 'private-g1' || generation(c) === 'G1';
}

const KU_ALLOWED = new Set(['digitalSignature', 'keyEncipherment']);
const DISCOURAGED = ['ST', 'L', 'postalAddress'];

function keyUsageFindings(c: CertFields, role: Role | undefined): Finding[] {
  const f: Finding[] = [];
  if (!c.keyUsage) return [finding(C.kuMissing)];
  const has = (u: string) => c.keyUsage!.usages.includes(u);
  // A server needs both bits (TLS key exchange); a client certificate of the G4 authentication
  // profile has digitalSignature only, and that is enough to authenticate.
  const needed = role === 'server' ? ['digitalSignature', 'keyEncipherment'] : ['digitalSignature'];
  const missing = needed.filter((u) => !has(u));
  if (missing.length) f.push(finding(C.kuBit, { missing: missing.join(', '), present: c.keyUsage.usages.join(', ') || '-' }));
  else if (role !== 'server' && !has('keyEncipherment')) f.push(finding(C.kuClientOnly));
  const extra = c.keyUsage.usages.filter((u) => !KU_ALLOWED.has(u));
  if (extra.length) f.push(finding(C.kuExtra, { extra: extra.join(', ') }));
  if (!c.keyUsage.critical) f.push(finding(C.kuNotCritical));
  return f;
}

export function checkCertificate(c: CertFields, o: CheckOptions): CheckResult {
  const f: Finding[] = [];
  const { findings: idF, id } = identifierFindings(c, o);
  f.push(...idF);
  const country = attr(c.subject, 'C');
  if (country === undefined) f.push(finding(C.subjectC));
  else if (!/^[A-Z]{2}$/.test(country)) f.push(finding(C.subjectCFormat, { value: country }));
  if (attr(c.subject, 'O') === undefined) f.push(finding(C.subjectO));
  if (attr(c.subject, 'CN') === undefined) f.push(finding(C.subjectCN));
  const discouraged = DISCOURAGED.filter((a) => attr(c.subject, a) !== undefined);
  if (discouraged.length) f.push(finding(C.subjectDiscouraged, { attrs: discouraged.join(', ') }));

  if (c.notBefore > o.at) f.push(finding(C.notYetValid, { date: day(c.notBefore) }));
  else if (c.notAfter < o.at) f.push(finding(C.expired, { date: day(c.notAfter) }));
  else {
    const days = Math.floor((c.notAfter.getTime() - o.at.getTime()) / DAY);
    if (days < o.expiresInDays) f.push(finding(C.expiring, { days: String(days), date: day(c.notAfter), window: String(o.expiresInDays) }));
  }
  const years = (c.notAfter.getTime() - c.notBefore.getTime()) / (365.25 * DAY);
  if (years > 5) f.push(finding(C.lifetime, { years: years.toFixed(1) }));

  if (c.key.type === 'RSA' || c.key.type === 'RSA-PSS') {
    if ((c.key.bits ?? 0) < 2048) f.push(finding(C.keySmall, { bits: String(c.key.bits ?? '?') }));
  } else f.push(finding(C.keyNotRsa, { type: c.key.curve ? `${c.key.type} ${c.key.curve}` : c.key.type }));
  if (weakSignature(c)) f.push(finding(C.weakSignature, { subject: attr(c.subject, 'CN') ?? formatName(c.subject), algorithm: c.signatureAlgorithm }));

  f.push(...keyUsageFindings(c, o.role));
  if (c.extendedKeyUsage && o.role) {
    const needed = o.role === 'server' ? '1.3.6.1.5.5.7.3.1' : '1.3.6.1.5.5.7.3.2';
    if (!c.extendedKeyUsage.includes(needed) && !c.extendedKeyUsage.includes('2.5.29.37.0')) {
      f.push(finding(C.ekuRole, { present: c.extendedKeyUsage.map((e) => EKU_NAMES[e] ?? e).join(', '), needed: EKU_NAMES[needed]!, role: o.role }));
    }
  }
  if (c.basicConstraints?.ca) f.push(finding(C.isCa));
  if (o.host) {
    const m = coversHost(c, o.host);
    if (!m.covered) f.push(finding(C.hostMismatch, { host: o.host, names: m.names.join(', ') || '-' }));
    else if (m.viaCn) f.push(finding(C.hostCnOnly));
  }
  const chain = buildChain(c, o.given, o.roots, o.at, o.env);
  f.push(...chain.findings);
  // Only a G1 certificate stops working when Private Root G1 ends; G4 ones run on under their own roots.
  if (c.notAfter > PRIVATE_ROOT_G1_END && isG1(c, chain.anchor.kind)) f.push(finding(C.beyondRoot, { date: day(c.notAfter) }));
  return { findings: sortFindings(f), identifier: id, chain, generation: generation(c) };
}
