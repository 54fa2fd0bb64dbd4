// From a file's bytes to the certificates in it: PEM (one or many blocks, CRLF, text around them),
// DER, PKCS#7 bundles (.p7b, PEM or DER), PKCS#12 key stores (.p12/.pfx: the certificates only).
// Private keys are detected and never decoded. Anything else gets an error code that says what the
// file is not.
import { asn1, parseDer, toDerBuffer, type Asn1 } from './forge.ts';
import { CertParseError, certFields, type CertFields } from './fields.ts';
import { isPfx, Pkcs12Error, readPfx } from './pkcs12.ts';

export type CertFileFormat = 'pem' | 'der' | 'pkcs7' | 'pkcs12';

export interface ReadOptions {
  /** Opens the encrypted parts of a PKCS#12 key store; the empty password is tried without it. */
  p12Password?: string;
  /** false: derive no key (status compares files, it never opens encrypted stores). */
  deriveKeys?: boolean;
}

export interface ReadResult {
  format: CertFileFormat;
  certs: CertFields[];
  /** The file also holds a private key (never decoded). */
  privateKey: boolean;
}

export class CertReadError extends Error {
  constructor(
    readonly code: string,
    readonly detail: string = '',
  ) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = 'CertReadError';
  }
}

export const MAX_CERT_FILE = 5 * 1024 * 1024;

const KEY_BLOCK = /PRIVATE KEY$/;
const CERT_BLOCKS = new Set(['CERTIFICATE', 'X509 CERTIFICATE', 'TRUSTED CERTIFICATE']);
const PKCS7_BLOCKS = new Set(['PKCS7', 'PKCS #7 SIGNED DATA', 'CERTIFICATE CHAIN']);
const OID_SIGNED_DATA = '1.2.840.113549.1.7.2';

function isText(buf: Buffer): boolean {
  const n = Math.min(buf.length, 4096);
  for (let i = 0; i < n; i++) {
    const b = buf[i]!;
    if (b === 0 || (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d)) return false;
  }
  return true;
}

function decodeBase64Block(body: string, what: string): Buffer {
  // Drop RFC 1421 headers (Proc-Type, DEK-Info) and white space, then insist on pure base64.
  const lines = body.split(/\r?\n/).filter((l) => !/^[A-Za-z-]+:/.test(l));
  const b64 = lines.join('').replace(/\s+/g, '');
  if (!b64 || !/^[A-Za-z0-9+/]+={0,2}$/.test(b64) || b64.length % 4 === 1) throw new CertReadError('pem.bad-base64', what);
  return Buffer.from(b64, 'base64');
}

function pkcs7Certs(root: Asn1): CertFields[] {
  const top = root.value as Asn1[];
  const type = top[0] && typeof top[0].value === 'string' && top[0].type === asn1.Type['OID'] ? asn1.derToOid(top[0].value) : '';
  if (type !== OID_SIGNED_DATA) throw new CertReadError('pkcs7.not-signed-data');
  const signed = ((top[1]?.value as Asn1[] | undefined)?.[0]?.value ?? []) as Asn1[];
  const certSet = signed.find((n) => n.tagClass === asn1.Class.CONTEXT_SPECIFIC && n.type === 0);
  if (!certSet || !Array.isArray(certSet.value) || certSet.value.length === 0) throw new CertReadError('pkcs7.no-certificates');
  return certSet.value.map((c) => certFields(toDerBuffer(c)));
}

function pkcs12Certs(root: Asn1, o: ReadOptions): ReadResult {
  let content: ReturnType<typeof readPfx>;
  try {
    content = readPfx(root, o.p12Password, o.deriveKeys !== false);
  } catch (e) {
    if (e instanceof Pkcs12Error)
      throw new CertReadError(
        e.code === 'p12.password' ? (e.detail === 'wrong' ? 'p12.password-wrong' : 'p12.password-needed') : e.code,
        e.code === 'p12.password' ? '' : e.detail,
      );
    throw e;
  }
  if (!content.certs.length) throw new CertReadError(content.privateKey ? 'file.key-only' : 'p12.no-certificates');
  try {
    return { format: 'pkcs12', certs: content.certs.map((der) => certFields(der)), privateKey: content.privateKey };
  } catch (e) {
    if (e instanceof CertParseError) throw new CertReadError('der.not-certificate', e.reason);
    throw e;
  }
}

function looksLikePkcs8Key(root: Asn1): boolean {
  const v = root.value;
  return (
    Array.isArray(v) && v.length >= 3 && v[0]?.type === asn1.Type['INTEGER'] && v[1]?.type === asn1.Type['SEQUENCE'] && v[2]?.type === asn1.Type['OCTETSTRING']
  );
}

function readDer(buf: Buffer, o: ReadOptions): ReadResult {
  let root: Asn1;
  try {
    root = parseDer(buf);
  } catch (e) {
    throw new CertReadError('der.invalid', (e as Error).message.split('\n')[0]);
  }
  if (!Array.isArray(root.value)) throw new CertReadError('file.not-certificate');
  if (isPfx(root)) return pkcs12Certs(root, o);
  if (looksLikePkcs8Key(root)) throw new CertReadError('file.key-only');
  const first = root.value[0];
  if (first?.type === asn1.Type['OID']) return { format: 'pkcs7', certs: pkcs7Certs(root), privateKey: false };
  try {
    return { format: 'der', certs: [certFields(buf)], privateKey: false };
  } catch (e) {
    if (e instanceof CertParseError) throw new CertReadError('der.not-certificate', e.reason);
    throw e;
  }
}

function readPem(text: string): ReadResult {
  const certs: CertFields[] = [];
  let privateKey = false;
  let format: CertFileFormat = 'pem';
  const seen: string[] = [];
  const re = /-----BEGIN ([A-Z0-9 #]+)-----([\s\S]*?)(?:-----END ([A-Z0-9 #]+)-----|$)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const [, label = '', body = '', end] = m;
    seen.push(label);
    if (end === undefined) throw new CertReadError('pem.truncated', label);
    if (end !== label) throw new CertReadError('pem.mismatched', `${label} / ${end}`);
    if (KEY_BLOCK.test(label)) {
      privateKey = true; // never decoded, never kept
      continue;
    }
    if (CERT_BLOCKS.has(label)) {
      const der = decodeBase64Block(body, label);
      try {
        // A TRUSTED CERTIFICATE carries OpenSSL's trust settings after the certificate itself.
        const certDer =
          label === 'TRUSTED CERTIFICATE' ? toDerBuffer(asn1.fromDer(der.toString('binary'), { parseAllBytes: false, decodeBitStrings: false })) : der;
        certs.push(certFields(certDer));
      } catch (e) {
        if (e instanceof CertParseError) throw new CertReadError('pem.not-certificate', `block ${certs.length + 1}: ${e.reason}`);
        throw new CertReadError('pem.not-certificate', (e as Error).message);
      }
    } else if (PKCS7_BLOCKS.has(label)) {
      format = 'pkcs7';
      const der = decodeBase64Block(body, label);
      let root: Asn1;
      try {
        root = parseDer(der);
      } catch (e) {
        throw new CertReadError('der.invalid', (e as Error).message.split('\n')[0]);
      }
      certs.push(...pkcs7Certs(root));
    }
  }
  if (certs.length === 0) {
    if (privateKey) throw new CertReadError('file.key-only');
    if (seen.includes('CERTIFICATE REQUEST') || seen.includes('NEW CERTIFICATE REQUEST')) throw new CertReadError('file.csr');
    if (seen.length) throw new CertReadError('pem.no-certificate', seen.join(', '));
    throw new CertReadError('file.not-certificate');
  }
  return { format, certs, privateKey };
}

/** Reads the certificates from a file's bytes; throws CertReadError saying what is wrong. */
export function readCertificates(buf: Buffer, o: ReadOptions = {}): ReadResult {
  if (buf.length === 0) throw new CertReadError('file.empty');
  if (buf.length > MAX_CERT_FILE) throw new CertReadError('file.too-large', String(buf.length));
  if (isText(buf)) {
    const text = buf.toString('utf8');
    if (text.includes('-----BEGIN ')) return readPem(text);
    if (/^\s*[A-Za-z0-9+/=\s]+$/.test(text) && text.trim().length > 100) {
      // Bare base64 of a DER certificate, as some portals hand it out.
      try {
        return readDer(Buffer.from(text.replace(/\s+/g, ''), 'base64'), o);
      } catch {
        /* fall through */
      }
    }
    throw new CertReadError('file.not-certificate');
  }
  if (buf[0] !== 0x30) throw new CertReadError('file.not-certificate');
  return readDer(buf, o);
}
