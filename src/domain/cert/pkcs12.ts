// PKCS#12 key stores (.p12/.pfx), for their certificates only. Certificate bags are usually
// encrypted with the store's password and are decrypted with it; key bags are noted, never
// decrypted or decoded. PBES2 (OpenSSL 3's default) is opened with node:crypto; the PKCS#12 3DES and
// RC2 schemes of older exports with node-forge's ciphers, loaded only then. Iteration counts are
// capped so that no file, however crafted, makes the tool hang.
import { createDecipheriv, pbkdf2Sync } from 'node:crypto';
import { asn1, forge, loadPbe, type Asn1 } from './forge.ts';

const OID = {
  data: '1.2.840.113549.1.7.1',
  encryptedData: '1.2.840.113549.1.7.6',
  keyBag: '1.2.840.113549.1.12.10.1.1',
  shroudedKeyBag: '1.2.840.113549.1.12.10.1.2',
  certBag: '1.2.840.113549.1.12.10.1.3',
  safeContentsBag: '1.2.840.113549.1.12.10.1.6',
  x509Certificate: '1.2.840.113549.1.9.22.1',
  localKeyId: '1.2.840.113549.1.9.21',
};

const PBES2 = '1.2.840.113549.1.5.13';
const PBKDF2 = '1.2.840.113549.1.5.12';
const PRF: Record<string, string> = {
  '1.2.840.113549.2.7': 'sha1',
  '1.2.840.113549.2.8': 'sha224',
  '1.2.840.113549.2.9': 'sha256',
  '1.2.840.113549.2.10': 'sha384',
  '1.2.840.113549.2.11': 'sha512',
};
const CIPHERS: Record<string, { name: string; keyLength: number }> = {
  '2.16.840.1.101.3.4.1.2': { name: 'aes-128-cbc', keyLength: 16 },
  '2.16.840.1.101.3.4.1.22': { name: 'aes-192-cbc', keyLength: 24 },
  '2.16.840.1.101.3.4.1.42': { name: 'aes-256-cbc', keyLength: 32 },
  '1.2.840.113549.3.7': { name: 'des-ede3-cbc', keyLength: 24 },
};
// Real stores use 2,048 (OpenSSL, Windows) up to some 600,000 (current advice) iterations, in one
// encrypted block (certificates; the key's block is never opened). A crafted file could ask for
// far more, or repeat blocks, so the work is capped per derivation and per file: counted in native
// PBKDF2 iterations (about 0.3 s per million here), node-forge's JavaScript KDF weighing 20 of
// them. The worst file costs about 1.3 s; anything dearer is refused before the work is done.
const MAX_PBKDF2_ITERATIONS = 2_000_000;
const MAX_PKCS12_ITERATIONS = 100_000;
const FORGE_WEIGHT = 20;
export const MAX_KDF_WORK = 4_000_000;
export const MAX_ENCRYPTED_BLOCKS = 8;

/** Key-derivation work spent on one file so far; null: derive nothing (status only compares). */
type Budget = { spent: number } | null;

function spend(budget: Budget, work: number): void {
  if (budget === null) throw new Pkcs12Error('p12.not-opened');
  if (budget.spent + work > MAX_KDF_WORK) throw new Pkcs12Error('p12.too-costly', `${budget.spent + work}`);
  budget.spent += work;
}

export class Pkcs12Error extends Error {
  constructor(
    /** p12.password (none given, or wrong), p12.unsupported, p12.invalid, p12.too-costly, p12.not-opened */
    readonly code: string,
    readonly detail = '',
  ) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = 'Pkcs12Error';
  }
}

export interface Pkcs12Content {
  /** DER certificates; the one belonging to the key (it has a localKeyId) first. */
  certs: Buffer[];
  privateKey: boolean;
}

interface PbeCipher {
  update(b: unknown): void;
  finish(): boolean;
  output: { getBytes(): string };
}
type GetCipher = (oid: string, params: Asn1, password: string) => PbeCipher;
let getCipher: GetCipher | undefined;

function pbe(): GetCipher {
  if (!getCipher) {
    loadPbe();
    const pki = (forge as unknown as { pki: { pbe: { getCipher: GetCipher } } }).pki;
    getCipher = pki.pbe.getCipher.bind(pki.pbe);
  }
  return getCipher;
}

const oidOf = (n: Asn1 | undefined): string => (n && n.type === asn1.Type['OID'] && typeof n.value === 'string' ? asn1.derToOid(n.value) : '');
const kids = (n: Asn1 | undefined): Asn1[] => (n && Array.isArray(n.value) ? n.value : []);

/** The bytes of an OCTET STRING, also when BER splits it into pieces (Windows exports do). */
function octets(n: Asn1 | undefined): string {
  if (!n) throw new Pkcs12Error('p12.invalid', 'missing content');
  return typeof n.value === 'string' ? n.value : n.value.map(octets).join('');
}

function parse(bytes: string): Asn1 {
  try {
    return asn1.fromDer(forge.util.createBuffer(bytes), { strict: false, parseAllBytes: true, decodeBitStrings: false });
  } catch (e) {
    throw new Pkcs12Error('p12.invalid', (e as Error).message.split('\n')[0]);
  }
}

function smallInt(n: Asn1 | undefined, what: string, max: number): number {
  if (!n || n.type !== asn1.Type['INTEGER'] || typeof n.value !== 'string') throw new Pkcs12Error('p12.invalid', `${what} is not an integer`);
  const v = n.value.length > 4 ? Infinity : asn1.derToInteger(n.value);
  if (!(v >= 1 && v <= max)) throw new Pkcs12Error('p12.unsupported', `${what} ${Number.isFinite(v) ? v : 'too large'}`);
  return v;
}

/** PBES2 with PBKDF2 (RFC 8018): null when the password does not fit (bad padding). */
function openPbes2(params: Asn1, password: string, data: Buffer, budget: Budget): Buffer | null {
  const [kdf, scheme] = kids(params);
  const [kdfOid, kdfParams] = kids(kdf);
  if (oidOf(kdfOid) !== PBKDF2) throw new Pkcs12Error('p12.unsupported', `key derivation ${oidOf(kdfOid)}`);
  const [salt, count, third, fourth] = kids(kdfParams);
  if (!salt || typeof salt.value !== 'string') throw new Pkcs12Error('p12.unsupported', 'PBKDF2 salt');
  const iterations = smallInt(count, 'PBKDF2 iteration count', MAX_PBKDF2_ITERATIONS);
  const prf = third?.type === asn1.Type['INTEGER'] ? fourth : third;
  const digest = prf ? PRF[oidOf(kids(prf)[0])] : 'sha1';
  const [schemeOid, iv] = kids(scheme);
  const cipher = CIPHERS[oidOf(schemeOid)];
  if (!digest || !cipher || !iv || typeof iv.value !== 'string') throw new Pkcs12Error('p12.unsupported', `PBES2 ${oidOf(schemeOid)}`);
  spend(budget, iterations);
  const key = pbkdf2Sync(Buffer.from(password, 'utf8'), Buffer.from(salt.value, 'binary'), iterations, cipher.keyLength, digest);
  try {
    const d = createDecipheriv(cipher.name, key, Buffer.from(iv.value, 'binary'));
    return Buffer.concat([d.update(data), d.final()]);
  } catch {
    return null;
  }
}

/** The PKCS#12 password-based schemes (3DES, RC2) of older exports, through node-forge. */
function openPkcs12Pbe(algorithm: string, params: Asn1, password: string, data: Buffer, budget: Budget): Buffer | null {
  spend(budget, smallInt(kids(params)[1], 'PKCS#12 iteration count', MAX_PKCS12_ITERATIONS) * FORGE_WEIGHT);
  let cipher: PbeCipher;
  try {
    cipher = pbe()(algorithm, params, password);
  } catch (e) {
    throw new Pkcs12Error('p12.unsupported', `${algorithm}: ${(e as Error).message.split('\n')[0]}`);
  }
  cipher.update(forge.util.createBuffer(data.toString('binary')));
  return cipher.finish() ? Buffer.from(cipher.output.getBytes(), 'binary') : null;
}

function decrypt(encryptedData: Asn1, password: string | undefined, budget: Budget): Asn1 {
  const info = kids(encryptedData)[1];
  const [, alg, content] = kids(info);
  const [algOid, params] = kids(alg);
  const algorithm = oidOf(algOid);
  if (!params || !content) throw new Pkcs12Error('p12.invalid', 'incomplete EncryptedData');
  const data = Buffer.from(octets(content), 'binary');
  // The empty password too: one password given for a batch of files must not lock out stores without one.
  const tries = password === undefined || password === '' ? [''] : [password, ''];
  for (const p of tries) {
    const plain = algorithm === PBES2 ? openPbes2(params, p, data, budget) : openPkcs12Pbe(algorithm, params, p, data, budget);
    if (!plain) continue;
    try {
      return parse(plain.toString('binary'));
    } catch {}
  }
  throw new Pkcs12Error('p12.password', password === undefined ? 'none given' : 'wrong');
}

function readBags(safeContents: Asn1, out: { leaf: Buffer[]; others: Buffer[]; privateKey: boolean }): void {
  for (const bag of kids(safeContents)) {
    const [idNode, wrapped, attributes] = kids(bag);
    const id = oidOf(idNode);
    const value = kids(wrapped)[0];
    if (id === OID.keyBag || id === OID.shroudedKeyBag)
      out.privateKey = true; // never decrypted or decoded
    else if (id === OID.safeContentsBag && value) readBags(value, out);
    else if (id === OID.certBag && value) {
      const [certType, certValue] = kids(value);
      if (oidOf(certType) !== OID.x509Certificate) continue;
      const der = Buffer.from(octets(kids(certValue)[0]), 'binary');
      const ownsKey = kids(attributes).some((a) => oidOf(kids(a)[0]) === OID.localKeyId);
      (ownsKey ? out.leaf : out.others).push(der);
    }
  }
}

/** Is this parsed DER a PFX (version 3, then a ContentInfo)? */
export function isPfx(root: Asn1): boolean {
  const [version, authSafe] = kids(root);
  if (!version || version.type !== asn1.Type['INTEGER'] || typeof version.value !== 'string' || asn1.derToInteger(version.value) !== 3) return false;
  return oidOf(kids(authSafe)[0]) !== '';
}

/**
 * The certificates in a PFX; encrypted parts are opened with `password` (else the empty one).
 * With `derive` false no key is derived: an encrypted store gives p12.not-opened.
 */
export function readPfx(root: Asn1, password: string | undefined, derive = true): Pkcs12Content {
  const budget: Budget = derive ? { spent: 0 } : null;
  const authSafe = kids(root)[1];
  const type = oidOf(kids(authSafe)[0]);
  // Public-key integrity mode (signedData) exists on paper; tools write password integrity.
  if (type !== OID.data) throw new Pkcs12Error('p12.unsupported', `authSafe ${type}`);
  const safes = parse(octets(kids(kids(authSafe)[1])[0]));
  const out = { leaf: [] as Buffer[], others: [] as Buffer[], privateKey: false };
  const encrypted = kids(safes).filter((ci) => oidOf(kids(ci)[0]) === OID.encryptedData).length;
  if (encrypted > MAX_ENCRYPTED_BLOCKS) throw new Pkcs12Error('p12.too-costly', `${encrypted} encrypted blocks`);
  for (const ci of kids(safes)) {
    const [ctype, wrapped] = kids(ci);
    const content = kids(wrapped)[0];
    const t = oidOf(ctype);
    if (t === OID.data) readBags(parse(octets(content)), out);
    else if (t === OID.encryptedData && content) readBags(decrypt(content, password, budget), out);
    else throw new Pkcs12Error('p12.unsupported', `content ${t}`);
  }
  return { certs: [...out.leaf, ...out.others], privateKey: out.privateKey };
}
