// Types for the parts of node-forge that lz-onboard loads on their own (the package's own types
// describe only the whole library). Only what is used is declared.
declare module 'node-forge/lib/forge.js' {
  interface ByteBuffer {
    bytes(): string;
    getBytes(): string;
    length(): number;
  }
  const forge: {
    util: {
      createBuffer(input?: string, encoding?: string): ByteBuffer;
      decodeUtf8(s: string): string;
    };
  };
  export default forge;
  export type { ByteBuffer };
}

declare module 'node-forge/lib/asn1.js' {
  import type { ByteBuffer } from 'node-forge/lib/forge.js';
  export interface Asn1 {
    tagClass: number;
    type: number;
    constructed: boolean;
    composed: boolean;
    value: Asn1[] | string;
  }
  const asn1: {
    Class: { UNIVERSAL: number; APPLICATION: number; CONTEXT_SPECIFIC: number; PRIVATE: number };
    Type: Record<string, number>;
    fromDer(bytes: ByteBuffer | string, options?: { strict?: boolean; parseAllBytes?: boolean; decodeBitStrings?: boolean }): Asn1;
    toDer(obj: Asn1): ByteBuffer;
    create(tagClass: number, type: number, constructed: boolean, value: Asn1[] | string): Asn1;
    derToOid(bytes: string | ByteBuffer): string;
    oidToDer(oid: string): ByteBuffer;
    derToInteger(bytes: string | ByteBuffer): number;
    integerToDer(n: number): ByteBuffer;
    utcTimeToDate(s: string): Date;
    generalizedTimeToDate(s: string): Date;
    dateToUtcTime(d: Date): string;
    dateToGeneralizedTime(d: Date): string;
  };
  export default asn1;
}
