// node-forge's ASN.1 layer, loaded on its own (asn1 + util: a fraction of the whole library).
// Certificates are parsed with it field by field, which works for every key type, unlike
// forge.pki (RSA only).
import asn1 from 'node-forge/lib/asn1.js';
import forge from 'node-forge/lib/forge.js';

export { asn1, forge };
export type { Asn1 } from 'node-forge/lib/asn1.js';

/** Parse DER bytes strictly: trailing bytes or a truncated structure throw. */
export function parseDer(der: Buffer) {
  return asn1.fromDer(forge.util.createBuffer(der.toString('binary')), { strict: true, parseAllBytes: true, decodeBitStrings: false });
}

export function toDerBuffer(node: import('node-forge/lib/asn1.js').Asn1): Buffer {
  return Buffer.from(asn1.toDer(node).getBytes(), 'binary');
}
