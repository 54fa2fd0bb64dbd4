// What lz-onboard reads from an X.509 certificate, decoded from its DER with node-forge's ASN.1
// layer: names (UTF-8 correct), validity, key, extensions. Pure: bytes in, values out.
import { createHash } from 'node:crypto';
import { CURVES, KU_BITS, NAME_OIDS, SIG_ALGS } from './oids.ts';
import { asn1, forge, parseDer, toDerBuffer, type Asn1 } from './forge.ts';

export { EKU_NAMES, NAME_OIDS } from './oids.ts';

export class CertParseError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'CertParseError';
  }
}

export interface NameAttribute {
  oid: string;
  /** Short name (C, O, CN, serialNumber, organizationIdentifier, ...) or the OID. */
  name: string;
  value: string;
}

export interface KeyInfo {
  type: 'RSA' | 'RSA-PSS' | 'EC' | 'Ed25519' | 'Ed448' | 'unknown';
  bits: number | null;
  curve?: string;
  algorithmOid: string;
}

export interface KeyUsage {
  critical: boolean;
  usages: string[];
}

export interface CertFields {
  der: Buffer;
  fingerprint256: string;
  serialHex: string;
  subject: NameAttribute[];
  issuer: NameAttribute[];
  /** DER of the subject and issuer Name, for exact comparison when building chains. */
  subjectDer: Buffer;
  issuerDer: Buffer;
  notBefore: Date;
  notAfter: Date;
  key: KeyInfo;
  /** SHA-256 of the SubjectPublicKeyInfo (hex, upper case): the same key pair gives the same value. */
  readonly spkiSha256: string;
  signatureAlgorithm: string;
  keyUsage: KeyUsage | null;
  extendedKeyUsage: string[] | null;
  policies: string[];
  san: { dns: string[]; ip: string[]; email: string[]; uri: string[] } | null;
  basicConstraints: { ca: boolean; pathLen: number | null } | null;
}

const U = asn1.Class.UNIVERSAL;
const CTX = asn1.Class.CONTEXT_SPECIFIC;
const T = asn1.Type as Record<string, number>;

function kids(n: Asn1 | undefined, what: string): Asn1[] {
  if (!n || !Array.isArray(n.value)) throw new CertParseError(`${what} is not a constructed ASN.1 value`);
  return n.value;
}

function bytes(n: Asn1 | undefined, what: string): string {
  if (!n || typeof n.value !== 'string') throw new CertParseError(`${what} is not a primitive ASN.1 value`);
  return n.value;
}

function oid(n: Asn1 | undefined, what: string): string {
  if (!n || n.tagClass !== U || n.type !== T['OID']) throw new CertParseError(`${what} is not an OID`);
  return asn1.derToOid(bytes(n, what));
}

/** Decode any of the ASN.1 string types used in names into a JavaScript string. */
export function decodeString(n: Asn1): string {
  const raw = typeof n.value === 'string' ? n.value : '';
  switch (n.type) {
    case T['UTF8']:
      try {
        return forge.util.decodeUtf8(raw);
      } catch {
        return raw;
      }
    case T['BMPSTRING']: {
      let s = '';
      for (let i = 0; i + 1 < raw.length; i += 2) s += String.fromCharCode((raw.charCodeAt(i) << 8) | raw.charCodeAt(i + 1));
      return s;
    }
    case 28: {
      // UniversalString: UCS-4 big-endian
      let s = '';
      for (let i = 0; i + 3 < raw.length; i += 4)
        s += String.fromCodePoint(((raw.charCodeAt(i) << 24) | (raw.charCodeAt(i + 1) << 16) | (raw.charCodeAt(i + 2) << 8) | raw.charCodeAt(i + 3)) >>> 0);
      return s;
    }
    default:
      // PrintableString, IA5String, TeletexString (treated as Latin-1), VisibleString
      return raw;
  }
}

function parseName(n: Asn1): NameAttribute[] {
  const out: NameAttribute[] = [];
  for (const rdn of kids(n, 'Name')) {
    for (const atv of kids(rdn, 'RDN')) {
      const [o, v] = kids(atv, 'AttributeTypeAndValue');
      const id = oid(o, 'attribute type');
      out.push({ oid: id, name: NAME_OIDS[id] ?? id, value: v ? decodeString(v) : '' });
    }
  }
  return out;
}

function parseTime(n: Asn1 | undefined): Date {
  const s = bytes(n, 'time');
  const d = n!.type === T['UTCTIME'] ? asn1.utcTimeToDate(s) : asn1.generalizedTimeToDate(s);
  if (Number.isNaN(d.getTime())) throw new CertParseError('invalid time');
  return d;
}

function unsignedBits(intBytes: string): number {
  let i = 0;
  while (i < intBytes.length - 1 && intBytes.charCodeAt(i) === 0) i++;
  const first = intBytes.charCodeAt(i);
  return (intBytes.length - i - 1) * 8 + (first === 0 ? 0 : Math.floor(Math.log2(first)) + 1);
}

function parseKey(spki: Asn1): KeyInfo {
  const [alg, bits] = kids(spki, 'SubjectPublicKeyInfo');
  const [algOid, params] = kids(alg, 'AlgorithmIdentifier');
  const id = oid(algOid, 'key algorithm');
  if (id === '1.2.840.113549.1.1.1' || id === '1.2.840.113549.1.1.10') {
    const raw = bytes(bits, 'public key').slice(1); // drop the unused-bits byte
    const rsa = asn1.fromDer(forge.util.createBuffer(raw), { decodeBitStrings: false });
    const modulus = bytes(kids(rsa, 'RSAPublicKey')[0], 'modulus');
    return { type: id.endsWith('.10') ? 'RSA-PSS' : 'RSA', bits: unsignedBits(modulus), algorithmOid: id };
  }
  if (id === '1.2.840.10045.2.1') {
    const curveOid = params && params.type === T['OID'] ? oid(params, 'curve') : '';
    const curve = CURVES[curveOid] ?? (curveOid || 'unknown');
    const bitsByCurve: Record<string, number> = { 'P-256': 256, 'P-384': 384, 'P-521': 521 };
    return { type: 'EC', bits: bitsByCurve[curve] ?? null, curve, algorithmOid: id };
  }
  if (id === '1.3.101.112') return { type: 'Ed25519', bits: 256, algorithmOid: id };
  if (id === '1.3.101.113') return { type: 'Ed448', bits: 456, algorithmOid: id };
  return { type: 'unknown', bits: null, algorithmOid: id };
}

function ipFromBytes(b: string): string {
  if (b.length === 4) return [...b].map((c) => c.charCodeAt(0)).join('.');
  if (b.length === 16) {
    const parts: string[] = [];
    for (let i = 0; i < 16; i += 2) parts.push(((b.charCodeAt(i) << 8) | b.charCodeAt(i + 1)).toString(16));
    return parts.join(':').replace(/(^|:)0(:0)+(:|$)/, '::');
  }
  return [...b].map((c) => c.charCodeAt(0).toString(16).padStart(2, '0')).join('');
}

interface Ext {
  critical: boolean;
  value: Asn1;
}

function parseExtensions(n: Asn1 | undefined): Map<string, Ext> {
  const map = new Map<string, Ext>();
  if (!n) return map;
  for (const ext of kids(kids(n, 'extensions')[0], 'Extensions')) {
    const parts = kids(ext, 'Extension');
    const id = oid(parts[0], 'extension id');
    const critical = parts.length === 3 && parts[1]!.type === T['BOOLEAN'] && bytes(parts[1], 'critical') !== '\x00';
    const octets = bytes(parts[parts.length - 1], 'extension value');
    try {
      map.set(id, { critical, value: asn1.fromDer(forge.util.createBuffer(octets), { decodeBitStrings: false }) });
    } catch {
      throw new CertParseError(`extension ${id} is not valid DER`);
    }
  }
  return map;
}

function keyUsage(ext: Ext | undefined): KeyUsage | null {
  if (!ext) return null;
  const raw = bytes(ext.value, 'keyUsage');
  const usages: string[] = [];
  for (let bit = 0; bit < KU_BITS.length; bit++) {
    const byte = raw.charCodeAt(1 + (bit >> 3));
    if (!Number.isNaN(byte) && byte & (0x80 >> (bit & 7))) usages.push(KU_BITS[bit]!);
  }
  return { critical: ext.critical, usages };
}

function sanOf(ext: Ext | undefined): CertFields['san'] {
  if (!ext) return null;
  const san = { dns: [] as string[], ip: [] as string[], email: [] as string[], uri: [] as string[] };
  for (const g of kids(ext.value, 'subjectAltName')) {
    if (g.tagClass !== CTX || typeof g.value !== 'string') continue;
    if (g.type === 2) san.dns.push(g.value);
    else if (g.type === 7) san.ip.push(ipFromBytes(g.value));
    else if (g.type === 1) san.email.push(g.value);
    else if (g.type === 6) san.uri.push(g.value);
  }
  return san;
}

/** Every field lz-onboard uses, from one certificate's DER. Throws CertParseError for non-certificates. */
export function certFields(der: Buffer): CertFields {
  try {
    return parseCertificate(der);
  } catch (e) {
    if (e instanceof CertParseError) throw e;
    // Damaged nested structures (a key, an extension) make forge throw plain errors.
    throw new CertParseError(`damaged certificate structure (${String((e as Error)?.message ?? e).split('\n')[0]})`);
  }
}

function parseCertificate(der: Buffer): CertFields {
  let root: Asn1;
  try {
    root = parseDer(der);
  } catch (e) {
    throw new CertParseError(`not valid DER (${(e as Error).message.split('\n')[0]})`);
  }
  const [tbs, sigAlg] = kids(root, 'Certificate');
  const t = kids(tbs, 'TBSCertificate');
  let i = 0;
  if (t[0]?.tagClass === CTX && t[0].type === 0) i = 1; // explicit version
  const serial = bytes(t[i], 'serial number');
  const issuerN = t[i + 2];
  const validity = kids(t[i + 3], 'validity');
  const subjectN = t[i + 4];
  const spki = t[i + 5];
  if (!issuerN || !subjectN || !spki) throw new CertParseError('the certificate structure is incomplete');
  let spkiHash: string | undefined;
  const extNode = t.slice(i + 6).find((n) => n.tagClass === CTX && n.type === 3);
  const exts = parseExtensions(extNode);
  const eku = exts.get('2.5.29.37');
  const pol = exts.get('2.5.29.32');
  const bc = exts.get('2.5.29.19');
  let basicConstraints: CertFields['basicConstraints'] = null;
  if (bc) {
    const parts = kids(bc.value, 'basicConstraints');
    const ca = parts.some((p) => p.type === T['BOOLEAN'] && p.value !== '\x00');
    const pl = parts.find((p) => p.type === T['INTEGER']);
    basicConstraints = { ca, pathLen: pl ? asn1.derToInteger(bytes(pl, 'pathLen')) : null };
  }
  return {
    der,
    fingerprint256: createHash('sha256').update(der).digest('hex').toUpperCase(),
    serialHex: [...serial]
      .map((c) => c.charCodeAt(0).toString(16).padStart(2, '0'))
      .join('')
      .toUpperCase(),
    subject: parseName(subjectN),
    issuer: parseName(issuerN),
    subjectDer: toDerBuffer(subjectN),
    issuerDer: toDerBuffer(issuerN),
    notBefore: parseTime(validity[0]),
    notAfter: parseTime(validity[1]),
    key: parseKey(spki),
    // Computed when asked (renew, cert add): cert inspect of a thousand files never needs it.
    get spkiSha256() {
      return (spkiHash ??= createHash('sha256').update(toDerBuffer(spki)).digest('hex').toUpperCase());
    },
    signatureAlgorithm: (() => {
      const id = oid(kids(sigAlg, 'signatureAlgorithm')[0], 'signature algorithm');
      return SIG_ALGS[id] ?? id;
    })(),
    keyUsage: keyUsage(exts.get('2.5.29.15')),
    extendedKeyUsage: eku ? kids(eku.value, 'extKeyUsage').map((o) => oid(o, 'EKU')) : null,
    policies: pol ? kids(pol.value, 'certificatePolicies').map((p) => oid(kids(p, 'PolicyInformation')[0], 'policy')) : [],
    san: sanOf(exts.get('2.5.29.17')),
    basicConstraints,
  };
}

/** MD2, MD5 and SHA-1 signatures can be forged; no PKIoverheid certificate has used them for years. */
export function weakSignature(c: Pick<CertFields, 'signatureAlgorithm'>): boolean {
  return /^(md2|md5|sha1)With|with-SHA1$/i.test(c.signatureAlgorithm);
}

export function attr(names: NameAttribute[], name: string): string | undefined {
  return names.find((a) => a.name === name)?.value;
}

export function formatName(names: NameAttribute[]): string {
  return names.map((a) => `${a.name}=${a.value}`).join(', ');
}
