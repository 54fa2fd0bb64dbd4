// Trust anchors from templates/trusted-roots.json (bundled at build time): pinned by SHA-256
// fingerprint, since a name is never proof (look-alike test certificates copy these names). Anchors
// whose fingerprint is not known here (G4) are recognised by name only when the user passes them
// with --roots. No root certificate files are shipped; users and tests supply the chain.
import data from '../../../templates/trusted-roots.json' with { type: 'json' };

export type AnchorKind = 'private-g1' | 'g4' | 'public-g3' | 'ev' | 'g2';

export interface Pin {
  name: string;
  kind: AnchorKind;
  /** true for a root, false for a pinned intermediate that itself sits under the root named `under`. */
  root: boolean;
  under?: string;
}

interface AnchorData extends Pin {
  fingerprint256: string | null;
  nameMatch?: string;
}

const anchors = data.anchors as AnchorData[];

export const PINNED: Readonly<Record<string, Pin>> = Object.fromEntries(anchors.filter((a) => a.fingerprint256).map((a) => [a.fingerprint256!, a]));

/** An anchor known by name only (no fingerprint here): the G4 roots. */
export function unpinnedAnchor(commonName: string): Pin | null {
  return anchors.find((a) => !a.fingerprint256 && a.nameMatch && commonName.includes(a.nameMatch)) ?? null;
}

/** End of Staat der Nederlanden Private Root CA - G1 (domain facts §3). */
export const PRIVATE_ROOT_G1_END = new Date('2028-11-14T00:00:00Z');

export type Generation = 'G1' | 'G3' | 'G4' | 'G4 TRIAL';

/** The PKIoverheid generation a certificate's policy names (policy arcs, domain facts §3). */
export function generation(c: { policies: string[] }): Generation | null {
  for (const p of c.policies) {
    if (p.startsWith('2.16.528.1.1003.1.2.44.')) return 'G4';
    if (p.startsWith('2.16.528.1.1003.1.2.41.')) return 'G4 TRIAL';
    if (p.startsWith('2.16.528.1.1003.1.2.8.')) return 'G1';
    if (p.startsWith('2.16.528.1.1003.1.2.5.')) return 'G3';
  }
  return null;
}

/** Known certificate policies under the PKIoverheid arc 2.16.528.1.1003.1.2. */
export function policyName(oid: string): string | null {
  const known: Record<string, string> = {
    '2.16.528.1.1003.1.2.8.6': 'PKIoverheid Private Services, server certificate (G1)',
    '2.16.528.1.1003.1.2.5.9': 'PKIoverheid Domein Server CA 2020 (under EV Root CA), public server certificate: not for Digikoppeling',
    '2.16.528.1.1003.1.2.5.6': 'PKIoverheid Organisatie Services, server certificate (G3)',
    '2.23.140.1.2.2': 'CA/Browser Forum, organisation validated',
  };
  if (known[oid]) return known[oid];
  if (oid.startsWith('2.16.528.1.1003.1.2.44.')) return 'PKIoverheid G4 (production)';
  if (oid.startsWith('2.16.528.1.1003.1.2.41.')) return 'PKIoverheid G4 TRIAL (test only)';
  if (oid.startsWith('2.16.528.1.1003.1.2.')) return 'PKIoverheid (other policy)';
  return null;
}
