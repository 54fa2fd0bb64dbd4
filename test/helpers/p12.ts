// PKCS#12 stores rewritten for the tests: a crafted iteration count, or the encrypted block
// repeated, as an attacker would make them. The MAC no longer matches; lz-onboard reads the
// certificates only and does not check it.
import { asn1, forge, type Asn1 } from '../../src/domain/cert/forge.ts';

const ENCRYPTED_DATA = '1.2.840.113549.1.7.6';
const parse = (b: string) => asn1.fromDer(forge.util.createBuffer(b), { strict: false, decodeBitStrings: false });

function rewriteSafes(p12: Buffer, change: (safes: Asn1) => void): Buffer {
  const pfx = parse(p12.toString('binary'));
  const octet = (((pfx.value as Asn1[])[1]!.value as Asn1[])[1]!.value as Asn1[])[0]!;
  const safes = parse(octet.value as string);
  change(safes);
  octet.value = asn1.toDer(safes).getBytes();
  return Buffer.from(asn1.toDer(pfx).getBytes(), 'binary');
}

const isEncrypted = (ci: Asn1) => asn1.derToOid((ci.value as Asn1[])[0]!.value as string) === ENCRYPTED_DATA;

/** The store with the iteration count of its encrypted certificates replaced. */
export function withIterations(p12: Buffer, n: number): Buffer {
  return rewriteSafes(p12, (safes) => {
    for (const ci of safes.value as Asn1[]) {
      if (!isEncrypted(ci)) continue;
      const wrapped = (ci.value as Asn1[])[1]!;
      const alg = (((wrapped.value as Asn1[])[0]!.value as Asn1[])[1]!.value as Asn1[])[1]!;
      const params = (alg.value as Asn1[])[1]!;
      // PBES2: params = [kdf, scheme], kdf = [oid, [salt, count, ...]]; PKCS#12 PBE: params = [salt, count].
      const holder =
        asn1.derToOid((alg.value as Asn1[])[0]!.value as string) === '1.2.840.113549.1.5.13'
          ? (((params.value as Asn1[])[0]!.value as Asn1[])[1]!.value as Asn1[])
          : (params.value as Asn1[]);
      holder[1] = asn1.create(asn1.Class.UNIVERSAL, asn1.Type['INTEGER']!, false, asn1.integerToDer(n).getBytes());
    }
  });
}

/** The store with its encrypted block(s) repeated until there are `n`. */
export function withEncryptedBlocks(p12: Buffer, n: number): Buffer {
  return rewriteSafes(p12, (safes) => {
    const all = safes.value as Asn1[];
    const block = all.find(isEncrypted)!;
    const others = all.filter((ci) => !isEncrypted(ci));
    safes.value = [...Array.from({ length: n }, () => block), ...others];
  });
}
