// Ordered migrations from older schema versions. Each takes the parsed JSON of version N and
// returns version N+1; the store keeps the original file as <dossier>.v<N>.bak.
import { SCHEMA_VERSION } from '../domain/dossier-types.ts';

export type Migration = (old: Record<string, unknown>) => Record<string, unknown>;

/** migrations[n] upgrades schemaVersion n to n + 1. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  // 1 -> 2: recorded certificates and generated artefacts get their own sections, per environment.
  1: (d) => ({ ...d, certificates: { preproductie: {}, productie: {} }, artefacts: { preproductie: {}, productie: {} } }),
};

export type MigrationOutcome =
  | { kind: 'current'; data: Record<string, unknown> }
  | { kind: 'migrated'; from: number; data: Record<string, unknown> }
  | { kind: 'newer'; version: number }
  | { kind: 'unknown'; version: unknown };

export function migrate(
  data: Record<string, unknown>,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
  target = SCHEMA_VERSION,
): MigrationOutcome {
  const v = data['schemaVersion'];
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) return { kind: 'unknown', version: v };
  if (v === target) return { kind: 'current', data };
  if (v > target) return { kind: 'newer', version: v };
  let cur = data;
  for (let n = v; n < target; n++) {
    const m = migrations[n];
    if (!m) return { kind: 'unknown', version: v };
    cur = { ...m(cur), schemaVersion: n + 1 };
  }
  return { kind: 'migrated', from: v, data: cur };
}
