// Builds the chain of a certificate from the certificates given (in any order) and the extra
// roots, verifies every signature with node:crypto, and names where it ends: a pinned PKIoverheid
// anchor, a test root the user supplied, an unknown root, or a missing link.
import { X509Certificate } from 'node:crypto';
import type { Environment } from '../identifiers.ts';
import { finding, type Finding } from '../findings.ts';
import { CERT_CHECKS as C } from './catalogue.ts';
import { attr, formatName, weakSignature, type CertFields } from './fields.ts';
import { PINNED, unpinnedAnchor, type AnchorKind } from './pins.ts';

export type Anchor =
  | { kind: AnchorKind; name: string; pinned: true }
  | { kind: 'test'; name: string; pinned: false }
  /** A G4 root given with --roots: recognised by name, not pinned (no fingerprint known here). */
  | { kind: 'g4-given'; name: string; pinned: false }
  | { kind: 'unknown'; name: string; pinned: false }
  | { kind: 'incomplete'; name: string; pinned: false };

export interface ChainLink {
  subject: string;
  fingerprint256: string;
  notAfter: string;
  source: 'leaf' | 'given' | 'roots';
}

export interface ChainResult {
  links: ChainLink[];
  anchor: Anchor;
  findings: Finding[];
}

const x509Cache = new WeakMap<CertFields, X509Certificate>();
function x509(c: CertFields): X509Certificate {
  let x = x509Cache.get(c);
  if (!x) x509Cache.set(c, (x = new X509Certificate(c.der)));
  return x;
}

function signedBy(child: CertFields, parent: CertFields): boolean {
  try {
    return x509(child).verify(x509(parent).publicKey);
  } catch {
    return false;
  }
}

const label = (c: CertFields) => attr(c.subject, 'CN') ?? formatName(c.subject);
const day = (d: Date) => d.toISOString().slice(0, 10);
const validAt = (c: CertFields, at: Date) => c.notBefore <= at && at <= c.notAfter;

export function buildChain(leaf: CertFields, given: CertFields[], roots: CertFields[], at: Date, env?: Environment): ChainResult {
  const findings: Finding[] = [];
  const fromRoots = new Set(roots.map((r) => r.fingerprint256));
  const pool = [...given, ...roots].filter((c) => c.fingerprint256 !== leaf.fingerprint256);
  const links: ChainLink[] = [
    { subject: formatName(leaf.subject), fingerprint256: leaf.fingerprint256, notAfter: leaf.notAfter.toISOString(), source: 'leaf' },
  ];
  const path: CertFields[] = [leaf];
  let cur = leaf;
  let anchor: Anchor | null = null;
  for (let depth = 0; depth < 10 && !anchor; depth++) {
    const pin = PINNED[cur.fingerprint256];
    if (pin && cur !== leaf) {
      anchor = { kind: pin.kind, name: pin.root ? pin.name : `${pin.name} (${pin.under ?? '?'})`, pinned: true };
      break;
    }
    if (cur.subjectDer.equals(cur.issuerDer) && signedBy(cur, cur)) {
      const g4 = !/\bTRIAL\b/.test(label(cur)) && unpinnedAnchor(label(cur));
      anchor = !fromRoots.has(cur.fingerprint256)
        ? { kind: 'unknown', name: label(cur), pinned: false }
        : g4
          ? { kind: 'g4-given', name: label(cur), pinned: false }
          : { kind: 'test', name: label(cur), pinned: false };
      break;
    }
    const candidates = pool.filter((c) => c.subjectDer.equals(cur.issuerDer) && !path.includes(c));
    const verified = candidates.filter((c) => signedBy(cur, c));
    const next = verified.find((c) => validAt(c, at)) ?? verified[0];
    if (!next) {
      if (candidates.length) findings.push(finding(C.chainSignature, { subject: label(cur), issuer: label(candidates[0]!) }));
      else findings.push(finding(C.chainMissing, { issuer: formatName(cur.issuer), subject: label(cur) }));
      anchor = { kind: 'incomplete', name: formatName(cur.issuer), pinned: false };
      break;
    }
    if (!next.basicConstraints?.ca) findings.push(finding(C.chainNotCa, { issuer: label(next), subject: label(cur) }));
    // A root's self-signature is not relied on; every other signature in the chain is.
    if (weakSignature(next) && !next.subjectDer.equals(next.issuerDer))
      findings.push(finding(C.weakSignature, { subject: label(next), algorithm: next.signatureAlgorithm }));
    if (!validAt(next, at)) findings.push(finding(C.chainValidity, { subject: label(next), at: day(at), from: day(next.notBefore), to: day(next.notAfter) }));
    path.push(next);
    links.push({
      subject: formatName(next.subject),
      fingerprint256: next.fingerprint256,
      notAfter: next.notAfter.toISOString(),
      source: fromRoots.has(next.fingerprint256) ? 'roots' : 'given',
    });
    cur = next;
  }
  anchor ??= { kind: 'incomplete', name: formatName(cur.issuer), pinned: false };
  switch (anchor.kind) {
    case 'private-g1':
    case 'g4':
      findings.push(finding(C.rootPrivate, { anchor: anchor.name }));
      break;
    case 'g4-given':
      findings.push(finding(C.rootG4Given, { root: anchor.name }, env === 'productie' ? 'warning' : 'info'));
      break;
    case 'public-g3':
    case 'ev':
    case 'g2':
      findings.push(finding(C.rootPublic, { anchor: anchor.name }));
      break;
    case 'test':
      findings.push(env === 'productie' ? finding(C.rootTestProductie, { root: anchor.name }) : finding(C.rootTest, { root: anchor.name }));
      break;
    case 'unknown':
      findings.push(finding(C.rootUnknown, { root: anchor.name }));
      break;
    case 'incomplete':
      break;
  }
  return { links, anchor, findings };
}
