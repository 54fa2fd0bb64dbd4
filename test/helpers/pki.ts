// A test PKI built inside the tests: certificates assembled field by field with node-forge's ASN.1
// layer and signed with node:crypto, so that any key type, name, extension and validity can be
// made, including the broken ones. No real keys; keys are generated per run.
import { createPrivateKey, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import asn1 from 'node-forge/lib/asn1.js';
import forge from 'node-forge/lib/forge.js';

type Node = ReturnType<typeof asn1.create>;
const U = asn1.Class.UNIVERSAL;
const T = asn1.Type as Record<string, number>;

const NAME_OIDS: Record<string, string> = { C: '2.5.4.6', O: '2.5.4.10', OU: '2.5.4.11', CN: '2.5.4.3', L: '2.5.4.7', serialNumber: '2.5.4.5', organizationIdentifier: '2.5.4.97' };

export type KeyType = 'rsa2048' | 'rsa1024' | 'ec' | 'ed25519';
const keyCache = new Map<KeyType, { privateKey: KeyObject; publicKey: KeyObject }>();

export function keyPair(type: KeyType, fresh = false) {
  if (!fresh && keyCache.has(type)) return keyCache.get(type)!;
  const kp =
    type === 'ec' ? generateKeyPairSync('ec', { namedCurve: 'P-256' }) : type === 'ed25519' ? generateKeyPairSync('ed25519') : generateKeyPairSync('rsa', { modulusLength: type === 'rsa1024' ? 1024 : 2048 });
  if (!fresh) keyCache.set(type, kp);
  return kp;
}

const oidNode = (oid: string) => asn1.create(U, T['OID']!, false, asn1.oidToDer(oid).getBytes());
const seq = (v: Node[]) => asn1.create(U, T['SEQUENCE']!, true, v);
const set = (v: Node[]) => asn1.create(U, T['SET']!, true, v);
const octets = (b: string) => asn1.create(U, T['OCTETSTRING']!, false, b);
const der = (n: Node) => asn1.toDer(n).getBytes();
const fromBuf = (b: Buffer) => asn1.fromDer(forge.util.createBuffer(b.toString('binary')), { decodeBitStrings: false });

function name(attrs: [string, string][]): Node {
  return seq(
    attrs.map(([k, v]) => {
      const oid = NAME_OIDS[k] ?? k;
      const printable = k === 'C' || k === 'serialNumber';
      const type = printable ? T['PRINTABLESTRING']! : T['UTF8']!;
      const value = printable ? v : unescape(encodeURIComponent(v)); // UTF-8 bytes as a binary string
      return set([seq([oidNode(oid), asn1.create(U, type, false, value)])]);
    }),
  );
}

function time(d: Date): Node {
  return d.getUTCFullYear() < 2050 ? asn1.create(U, T['UTCTIME']!, false, asn1.dateToUtcTime(d)) : asn1.create(U, T['GENERALIZEDTIME']!, false, asn1.dateToGeneralizedTime(d));
}

function ext(oid: string, critical: boolean, value: Node): Node {
  const parts = [oidNode(oid)];
  if (critical) parts.push(asn1.create(U, T['BOOLEAN']!, false, '\xff'));
  parts.push(octets(der(value)));
  return seq(parts);
}

const KU = ['digitalSignature', 'nonRepudiation', 'keyEncipherment', 'dataEncipherment', 'keyAgreement', 'keyCertSign', 'cRLSign'];
const EKU: Record<string, string> = { serverAuth: '1.3.6.1.5.5.7.3.1', clientAuth: '1.3.6.1.5.5.7.3.2', emailProtection: '1.3.6.1.5.5.7.3.4' };

export interface Issued {
  pem: string;
  der: Buffer;
  key: KeyObject;
  subject: [string, string][];
  keyType: KeyType;
}

export interface CertSpec {
  subject: [string, string][];
  issuer?: Issued;
  key?: KeyType;
  freshKey?: boolean;
  notBefore?: Date;
  notAfter?: Date;
  ca?: boolean;
  keyUsage?: string[] | null;
  keyUsageCritical?: boolean;
  eku?: string[] | null;
  policies?: string[];
  san?: string[] | null;
  serial?: number;
}

let serialCounter = 1000;
const DAY = 86_400_000;

export function issue(spec: CertSpec): Issued {
  const keyType = spec.key ?? 'rsa2048';
  const kp = keyPair(keyType, spec.freshKey ?? spec.ca ?? false);
  const signer = spec.issuer ?? { key: kp.privateKey, subject: spec.subject, keyType };
  const sigOid = signer.keyType === 'ec' ? '1.2.840.10045.4.3.2' : signer.keyType === 'ed25519' ? '1.3.101.112' : '1.2.840.113549.1.1.11';
  const sigAlg = signer.keyType.startsWith('rsa') ? seq([oidNode(sigOid), asn1.create(U, T['NULL']!, false, '')]) : seq([oidNode(sigOid)]);
  const now = Date.now();
  const exts: Node[] = [];
  if (spec.ca) exts.push(ext('2.5.29.19', true, seq([asn1.create(U, T['BOOLEAN']!, false, '\xff')])));
  const ku = spec.keyUsage === undefined ? (spec.ca ? ['keyCertSign', 'cRLSign'] : ['digitalSignature', 'keyEncipherment']) : spec.keyUsage;
  if (ku) {
    let bits = 0;
    for (const u of ku) bits |= 0x80 >> KU.indexOf(u);
    exts.push(ext('2.5.29.15', spec.keyUsageCritical ?? true, asn1.create(U, T['BITSTRING']!, false, `\x00${String.fromCharCode(bits)}`)));
  }
  const eku = spec.eku === undefined ? (spec.ca ? null : ['serverAuth', 'clientAuth']) : spec.eku;
  if (eku) exts.push(ext('2.5.29.37', false, seq(eku.map((e) => oidNode(EKU[e] ?? e)))));
  if (spec.policies?.length) exts.push(ext('2.5.29.32', false, seq(spec.policies.map((p) => seq([oidNode(p)])))));
  if (spec.san) exts.push(ext('2.5.29.17', false, seq(spec.san.map((d) => asn1.create(asn1.Class.CONTEXT_SPECIFIC, 2, false, d)))));
  const spki = fromBuf(kp.publicKey.export({ type: 'spki', format: 'der' }));
  const tbs = seq([
    asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, true, [asn1.create(U, T['INTEGER']!, false, asn1.integerToDer(2).getBytes())]),
    asn1.create(U, T['INTEGER']!, false, asn1.integerToDer(spec.serial ?? serialCounter++).getBytes()),
    sigAlg,
    name(signer.subject),
    seq([time(spec.notBefore ?? new Date(now - DAY)), time(spec.notAfter ?? new Date(now + 700 * DAY))]),
    name(spec.subject),
    spki,
    ...(exts.length ? [asn1.create(asn1.Class.CONTEXT_SPECIFIC, 3, true, [seq(exts)])] : []),
  ]);
  const tbsDer = Buffer.from(der(tbs), 'binary');
  const algo = signer.keyType.startsWith('rsa') || signer.keyType === 'ec' ? 'sha256' : null;
  const signature = sign(algo, tbsDer, signer.key);
  const cert = seq([tbs, sigAlg, asn1.create(U, T['BITSTRING']!, false, `\x00${signature.toString('binary')}`)]);
  const certDer = Buffer.from(der(cert), 'binary');
  const pem = `-----BEGIN CERTIFICATE-----\n${certDer.toString('base64').replace(/(.{64})/g, '$1\n').replace(/\n$/, '')}\n-----END CERTIFICATE-----\n`;
  return { pem, der: certDer, key: kp.privateKey, subject: spec.subject, keyType };
}

export function keyPem(i: Issued): string {
  return i.key.export({ type: 'pkcs8', format: 'pem' }) as string;
}

/** A PKCS#7 (certs-only SignedData) bundle of the given certificates, as DER. */
export function pkcs7(certs: Issued[]): Buffer {
  const signedData = seq([
    asn1.create(U, T['INTEGER']!, false, asn1.integerToDer(1).getBytes()),
    set([]),
    seq([oidNode('1.2.840.113549.1.7.1')]),
    asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, true, certs.map((c) => fromBuf(c.der))),
    set([]),
  ]);
  const ci = seq([oidNode('1.2.840.113549.1.7.2'), asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, true, [signedData])]);
  return Buffer.from(der(ci), 'binary');
}

export const TEST_OIN = '00000001002220647000';
export const TEST_HRN = '00000003123456780000';
export const POLICY_G1 = '2.16.528.1.1003.1.2.8.6';

/** A TRIAL-like test hierarchy: root -> intermediate -> leaves, written to `dir`. */
export function testPki(dir: string) {
  const root = issue({ subject: [['C', 'NL'], ['O', 'Test PKI'], ['CN', 'Test PKIoverheid TRIAL Root']], ca: true, notAfter: new Date(Date.now() + 3650 * DAY), freshKey: true });
  const inter = issue({ subject: [['C', 'NL'], ['O', 'Test PKI'], ['CN', 'Test PKIoverheid TRIAL Private Services CA']], issuer: root, ca: true, notAfter: new Date(Date.now() + 3000 * DAY), freshKey: true });
  const leafSubject = (id: string, cn = 'lz.gemeente.example.nl', o = 'Gemeente Voorbeeld'): [string, string][] => [
    ['C', 'NL'],
    ['O', o],
    ['organizationIdentifier', `NTRNL-${id.startsWith('00000003') ? id.slice(8, 16) : '12345678'}`],
    ['serialNumber', id],
    ['CN', cn],
  ];
  const leaf = (over: Partial<CertSpec> & { id?: string } = {}) =>
    issue({ subject: leafSubject(over.id ?? TEST_OIN), issuer: inter, san: ['lz.gemeente.example.nl', '*.acc.gemeente.example.nl'], policies: [POLICY_G1], ...over });
  const write = (file: string, content: string | Buffer, mode?: number) => {
    const p = join(dir, file);
    writeFileSync(p, content);
    if (mode !== undefined) chmodSync(p, mode);
    return p;
  };
  return { root, inter, leaf, leafSubject, write, rootPath: write('root.pem', root.pem), interPath: write('intermediate.pem', inter.pem) };
}

export { createPrivateKey };
