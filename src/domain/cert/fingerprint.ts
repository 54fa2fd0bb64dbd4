// The SHA-256 fingerprint of the first certificate in a file, without parsing it: the PEM block's
// base64 or the DER bytes hashed directly. Used where only "is it still the same certificate?"
// matters (status), so that node-forge is not loaded for it. Returns null for anything else
// (PKCS#7 bundles, damaged files); callers then fall back to the full reader.
import { createHash } from 'node:crypto';

const FIRST_CERT = /-----BEGIN (?:X509 )?CERTIFICATE-----([\s\S]*?)-----END (?:X509 )?CERTIFICATE-----/;

export function quickFingerprint(buf: Buffer): string | null {
  let der: Buffer;
  if (buf[0] === 0x30) {
    // A DER certificate: SEQUENCE with a long-form length that covers exactly the whole file.
    const lenBytes = buf[1]! & 0x7f;
    if (!(buf[1]! & 0x80) || lenBytes < 1 || lenBytes > 4) return null;
    let len = 0;
    for (let i = 0; i < lenBytes; i++) len = len * 256 + buf[2 + i]!;
    if (2 + lenBytes + len !== buf.length) return null;
    // A PKCS#7 bundle starts with an OID (tag 6) inside the outer SEQUENCE; a certificate does not.
    if (buf[2 + lenBytes] !== 0x30) return null;
    der = buf;
  } else {
    const m = FIRST_CERT.exec(buf.toString('latin1'));
    if (!m) return null;
    const b64 = m[1]!
      .split(/\r?\n/)
      .filter((l) => !/^[A-Za-z-]+:/.test(l))
      .join('')
      .replace(/\s+/g, '');
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(b64)) return null;
    der = Buffer.from(b64, 'base64');
  }
  return createHash('sha256').update(der).digest('hex').toUpperCase();
}

export function sha256Hex(buf: Buffer): string {
  return createHash('sha256').update(buf).digest('hex');
}
