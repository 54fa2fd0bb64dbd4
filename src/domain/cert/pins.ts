// Trust anchors and names from the domain facts (PKIoverheid CPS, Digikoppeling PKI005). Pinned by
// SHA-256 fingerprint: a name is never proof (look-alike test certificates copy these names).
// No root certificate files are shipped; users and tests supply the chain.

export type AnchorKind = 'private-g1' | 'public-g3' | 'ev' | 'g2';

export interface Pin {
  name: string;
  kind: AnchorKind;
  /** true for a root, false for a pinned intermediate that itself sits under the named root. */
  root: boolean;
}

export const PINNED: Readonly<Record<string, Pin>> = {
  '0257CE27B52408E24EE2C0945640B723C5BC66DDBDA4ADA58C60357604F0E675': { name: 'Staat der Nederlanden Private Root CA - G1', kind: 'private-g1', root: true },
  '2EAAF678E645DC26EA82C016EF3960935659CF81B4C44D9B2D0FB1A142666C98': { name: 'Staat der Nederlanden Private Services CA - G1', kind: 'private-g1', root: false },
  '3C4FB0B95AB8B30032F432B86F535FE172C185D0FD39865837CF36187FA6F428': { name: 'Staat der Nederlanden Root CA - G3', kind: 'public-g3', root: true },
  '4D2491414CFE956746EC4CEFA6CF6F72E28A1329432F9D8A907AC4CB5DADC15A': { name: 'Staat der Nederlanden EV Root CA', kind: 'ev', root: true },
  '668C83947DA63B724BECE1743C31A0E6AED0DB8EC5B31BE377BB784F91B6716F': { name: 'Staat der Nederlanden Root CA - G2', kind: 'g2', root: true },
};

/** End of Staat der Nederlanden Private Root CA - G1 (domain facts §3). */
export const PRIVATE_ROOT_G1_END = new Date('2028-11-14T00:00:00Z');

/** Known certificate policies under the PKIoverheid arc 2.16.528.1.1003.1.2. */
export function policyName(oid: string): string | null {
  const known: Record<string, string> = {
    '2.16.528.1.1003.1.2.8.6': 'PKIoverheid Private Services, server certificate (G1)',
    '2.16.528.1.1003.1.2.5.9': 'PKIoverheid Organisatie Services, public server certificate (G3/2020): not for Digikoppeling',
    // Listed by third parties as the G3 Organisation Services server policy; unconfirmed.
    '2.16.528.1.1003.1.2.5.6': 'PKIoverheid Organisatie Services, server certificate (G3, unconfirmed name)',
    '2.23.140.1.2.2': 'CA/Browser Forum, organisation validated',
  };
  if (known[oid]) return known[oid];
  if (oid.startsWith('2.16.528.1.1003.1.2.44.')) return 'PKIoverheid G4 (production)';
  if (oid.startsWith('2.16.528.1.1003.1.2.41.')) return 'PKIoverheid G4 TRIAL (test only)';
  if (oid.startsWith('2.16.528.1.1003.1.2.')) return 'PKIoverheid (other policy)';
  return null;
}
