// node-forge's ASN.1 layer, loaded on its own (asn1 + util: a fraction of the whole library).
// Certificates are parsed with it field by field, which works for every key type, unlike
// forge.pki (RSA only).
import { createRequire } from 'node:module';
import asn1 from 'node-forge/lib/asn1.js';
import forge from 'node-forge/lib/forge.js';

declare const __LZ_BUNDLED__: boolean | undefined;
const bundled = typeof __LZ_BUNDLED__ !== 'undefined' && __LZ_BUNDLED__;

export { asn1, forge };
export type { Asn1 } from 'node-forge/lib/asn1.js';

/** Parse DER bytes strictly: trailing bytes or a truncated structure throw. */
export function parseDer(der: Buffer) {
  return asn1.fromDer(forge.util.createBuffer(der.toString('binary')), { strict: true, parseAllBytes: true, decodeBitStrings: false });
}

/**
 * forge.pki.pbe (the PKCS#12 3DES and RC2 ciphers of older exports), registered on the same forge
 * object, loaded only when a store needs it. In the build all of node-forge is one bundle
 * (dist/vendor/forge.cjs, see scripts/build.mjs), whose own require registers it.
 */
export function loadPbe(): void {
  const req = createRequire(import.meta.url);
  if (bundled) (req('./vendor/forge.cjs') as { loadPbe(): void }).loadPbe();
  else req('node-forge/lib/pbe.js');
}

export function toDerBuffer(node: import('node-forge/lib/asn1.js').Asn1): Buffer {
  return Buffer.from(asn1.toDer(node).getBytes(), 'binary');
}
