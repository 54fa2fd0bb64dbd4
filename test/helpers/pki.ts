// A test PKI built inside the tests: certificates assembled field by field with node-forge's ASN.1
// layer and signed with node:crypto, so that any key type, name, extension and validity can be
// made, including the broken ones. No real keys; keys are generated per run.
import { constants, createPrivateKey, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import asn1 from 'node-forge/lib/asn1.js';
import forge from 'node-forge/lib/forge.js';

type Node = ReturnType<typeof asn1.create>;
const U = asn1.Class.UNIVERSAL;
const T = asn1.Type as Record<string, number>;

const NAME_OIDS: Record<string, string> = {
  C: '2.5.4.6',
  O: '2.5.4.10',
  OU: '2.5.4.11',
  CN: '2.5.4.3',
  L: '2.5.4.7',
  serialNumber: '2.5.4.5',
  organizationIdentifier: '2.5.4.97',
};

export type KeyType = 'rsa2048' | 'rsa3072' | 'rsa1024' | 'ec' | 'ed25519';
const keyCache = new Map<KeyType, { privateKey: KeyObject; publicKey: KeyObject }>();

export function keyPair(type: KeyType, fresh = false) {
  if (!fresh && keyCache.has(type)) return keyCache.get(type)!;
  const kp =
    type === 'ec'
      ? generateKeyPairSync('ec', { namedCurve: 'P-256' })
      : type === 'ed25519'
        ? generateKeyPairSync('ed25519')
        : generateKeyPairSync('rsa', { modulusLength: type === 'rsa1024' ? 1024 : type === 'rsa3072' ? 3072 : 2048 });
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
  return d.getUTCFullYear() < 2050
    ? asn1.create(U, T['UTCTIME']!, false, asn1.dateToUtcTime(d))
    : asn1.create(U, T['GENERALIZEDTIME']!, false, asn1.dateToGeneralizedTime(d));
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
  /** How the issuer signs: sha256 (default), sha1 (broken), or RSASSA-PSS with SHA-512 as the G4 profiles. */
  signature?: 'sha256' | 'sha1' | 'pss';
}

let serialCounter = 1000;
const DAY = 86_400_000;

export function issue(spec: CertSpec): Issued {
  const keyType = spec.key ?? 'rsa2048';
  const kp = keyPair(keyType, spec.freshKey ?? spec.ca ?? false);
  const signer = spec.issuer ?? { key: kp.privateKey, subject: spec.subject, keyType };
  const how = spec.signature ?? 'sha256';
  const rsa = signer.keyType.startsWith('rsa');
  const sigOid =
    signer.keyType === 'ec'
      ? '1.2.840.10045.4.3.2'
      : signer.keyType === 'ed25519'
        ? '1.3.101.112'
        : how === 'pss'
          ? '1.2.840.113549.1.1.10'
          : how === 'sha1'
            ? '1.2.840.113549.1.1.5'
            : '1.2.840.113549.1.1.11';
  const sha512 = seq([oidNode('2.16.840.1.101.3.4.2.3'), asn1.create(U, T['NULL']!, false, '')]);
  const pssParams = seq([
    asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, true, [sha512]),
    asn1.create(asn1.Class.CONTEXT_SPECIFIC, 1, true, [seq([oidNode('1.2.840.113549.1.1.8'), sha512])]),
    asn1.create(asn1.Class.CONTEXT_SPECIFIC, 2, true, [asn1.create(U, T['INTEGER']!, false, asn1.integerToDer(64).getBytes())]),
  ]);
  const sigAlg = rsa ? seq([oidNode(sigOid), how === 'pss' ? pssParams : asn1.create(U, T['NULL']!, false, '')]) : seq([oidNode(sigOid)]);
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
  const algo = rsa || signer.keyType === 'ec' ? (how === 'pss' ? 'sha512' : how === 'sha1' && rsa ? 'sha1' : 'sha256') : null;
  const signature =
    rsa && how === 'pss' ? sign(algo, tbsDer, { key: signer.key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 64 }) : sign(algo, tbsDer, signer.key);
  const cert = seq([tbs, sigAlg, asn1.create(U, T['BITSTRING']!, false, `\x00${signature.toString('binary')}`)]);
  const certDer = Buffer.from(der(cert), 'binary');
  const pem = `-----BEGIN CERTIFICATE-----\n${certDer
    .toString('base64')
    .replace(/(.{64})/g, '$1\n')
    .replace(/\n$/, '')}\n-----END CERTIFICATE-----\n`;
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
    asn1.create(
      asn1.Class.CONTEXT_SPECIFIC,
      0,
      true,
      certs.map((c) => fromBuf(c.der)),
    ),
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
  const root = issue({
    subject: [
      ['C', 'NL'],
      ['O', 'Test PKI'],
      ['CN', 'Test PKIoverheid TRIAL Root'],
    ],
    ca: true,
    notAfter: new Date(Date.now() + 3650 * DAY),
    freshKey: true,
  });
  const inter = issue({
    subject: [
      ['C', 'NL'],
      ['O', 'Test PKI'],
      ['CN', 'Test PKIoverheid TRIAL Private Services CA'],
    ],
    issuer: root,
    ca: true,
    notAfter: new Date(Date.now() + 3000 * DAY),
    freshKey: true,
  });
  const leafSubject = (id: string, cn = 'lz.gemeente.example.nl', o = 'Gemeente Voorbeeld'): [string, string][] => [
    ['C', 'NL'],
    ['O', o],
    ['organizationIdentifier', `NTRNL-${id.startsWith('00000003') ? id.slice(8, 16) : '12345678'}`],
    ['serialNumber', id],
    ['CN', cn],
  ];
  const leaf = (over: Partial<CertSpec> & { id?: string } = {}) =>
    issue({
      subject: leafSubject(over.id ?? TEST_OIN),
      issuer: inter,
      san: ['lz.gemeente.example.nl', '*.acc.gemeente.example.nl'],
      policies: [POLICY_G1],
      ...over,
    });
  const write = (file: string, content: string | Buffer, mode?: number) => {
    const p = join(dir, file);
    writeFileSync(p, content);
    if (mode !== undefined) chmodSync(p, mode);
    return p;
  };
  return { root, inter, leaf, leafSubject, write, rootPath: write('root.pem', root.pem), interPath: write('intermediate.pem', inter.pem) };
}

export const POLICY_G4_TRIAL_TLS = '2.16.528.1.1003.1.2.41.15.35.11';
export const POLICY_G4_TRIAL_LP_AUTH = '2.16.528.1.1003.1.2.41.16.25.8';

/**
 * A hierarchy shaped after the G4 TRIAL profiles (pkioverheid/g4-trial profiles/): root, domain and
 * TSP CAs, RSA 3072 end entities signed with RSASSA-PSS/SHA-512, valid 397 days; a Private G-TLS
 * SYS server certificate (digitalSignature + keyEncipherment, serverAuth + clientAuth) and a Private
 * G-Other LP Authentication client certificate (digitalSignature, clientAuth).
 */
export function g4TrialPki(dir: string, id = TEST_OIN) {
  const ca = (cn: string, issuer?: Issued) =>
    issue({
      subject: [
        ['C', 'NL'],
        ['O', 'TRIAL PKIoverheid - not for Production use'],
        ['CN', cn],
      ],
      ...(issuer ? { issuer } : {}),
      ca: true,
      key: 'rsa3072',
      freshKey: true,
      signature: 'pss',
      keyUsage: ['digitalSignature', 'keyCertSign', 'cRLSign'],
      notAfter: new Date(Date.now() + 3650 * DAY),
    });
  const root = ca('TRIAL PKIoverheid - G4 Root Priv G-TLS - 2024');
  const domain = ca('TRIAL PKIoverheid - G4 Intm Priv G-TLS SYS - 2024', root);
  const tsp = ca('TRIAL MyTSP - G4 PKIo Priv G-TLS SYS - 2025', domain);
  const subject = (cn: string): [string, string][] => [
    ['C', 'NL'],
    ['O', 'TRIAL Gemeente Voorbeeld'],
    ['organizationIdentifier', 'NTRNL-12345678'],
    ['serialNumber', id],
    ['CN', cn],
  ];
  const days397 = new Date(Date.now() + 397 * DAY);
  const server = issue({
    subject: subject('TRIAL lz.gemeente.example.nl'),
    issuer: tsp,
    key: 'rsa3072',
    signature: 'pss',
    keyUsage: ['digitalSignature', 'keyEncipherment'],
    eku: ['serverAuth', 'clientAuth'],
    policies: [POLICY_G4_TRIAL_TLS],
    san: ['lz.gemeente.example.nl'],
    notAfter: days397,
  });
  const client = issue({
    subject: subject('TRIAL Gemeente Voorbeeld'),
    issuer: tsp,
    key: 'rsa3072',
    signature: 'pss',
    keyUsage: ['digitalSignature'],
    eku: ['clientAuth'],
    policies: [POLICY_G4_TRIAL_LP_AUTH],
    san: null,
    notAfter: days397,
  });
  const write = (file: string, content: string) => {
    const p = join(dir, file);
    writeFileSync(p, content);
    return p;
  };
  return {
    root,
    domain,
    tsp,
    server,
    client,
    rootPath: write('g4-root.pem', root.pem),
    chainPath: write('g4-chain.pem', tsp.pem + domain.pem),
    serverPath: write('g4-server.pem', server.pem),
    clientPath: write('g4-client.pem', client.pem),
    /** The server certificate with its chain in one file, as people keep them. */
    serverBundlePath: write('g4-server-bundle.pem', server.pem + tsp.pem + domain.pem),
  };
}

export { createPrivateKey };
