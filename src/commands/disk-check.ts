// Are the files the dossier records still what they were? Recorded certificates (compared by the
// first certificate's fingerprint) and generated artefacts and the checked CPA (by SHA-256). This
// is the light part of `verify` that status shows per environment; loaded only for dossiers that
// record files, so that status does not load node-forge or node:crypto otherwise.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import type { Dossier } from '../domain/dossier-types.ts';
import type { Environment } from '../domain/identifiers.ts';
import type { Warning } from '../domain/progress.ts';
import { readCertificates } from '../domain/cert/read.ts';

export type FileState = 'ok' | 'changed' | 'missing' | 'absent';

export interface EnvSummary {
  env: Environment;
  client: FileState;
  server: FileState;
  consumerspecificatie: FileState;
  cpa: FileState;
  ping: FileState;
}

function read(base: string, p: string): Buffer | null {
  try {
    return readFileSync(isAbsolute(p) ? p : resolve(base, p));
  } catch {
    return null;
  }
}

export function diskCheck(dossierPath: string, d: Dossier): { warnings: Warning[]; environments: EnvSummary[] } {
  const base = dirname(dossierPath);
  const warnings: Warning[] = [];
  const environments: EnvSummary[] = [];
  const envs: Environment[] = d.organisation.kind === 'leverancier' ? ['preproductie'] : ['preproductie', 'productie'];
  for (const env of envs) {
    const s: EnvSummary = { env, client: 'absent', server: 'absent', consumerspecificatie: 'absent', cpa: 'absent', ping: 'absent' };
    for (const role of ['client', 'server'] as const) {
      const rec = d.certificates[env][role];
      if (!rec) continue;
      const buf = read(base, rec.path);
      let fp: string | undefined;
      try {
        fp = buf ? readCertificates(buf).certs[0]?.fingerprint256 : undefined;
      } catch {
        fp = undefined;
      }
      s[role] = !fp ? 'missing' : fp === rec.fingerprint256 ? 'ok' : 'changed';
      if (s[role] === 'missing') warnings.push({ code: 'warn.cert-missing', params: { env, role, path: rec.path } });
      if (s[role] === 'changed') warnings.push({ code: 'warn.cert-changed', params: { env, role, path: rec.path } });
    }
    for (const kind of ['consumerspecificatie', 'cpa', 'ping'] as const) {
      const rec = d.artefacts[env][kind];
      if (!rec) continue;
      if (!rec.path) {
        s[kind] = 'ok'; // written to stdout: nothing on disk to compare
        continue;
      }
      const buf = read(base, rec.path);
      s[kind] = !buf ? 'missing' : createHash('sha256').update(buf).digest('hex') === rec.sha256 ? 'ok' : 'changed';
      if (s[kind] !== 'ok') warnings.push({ code: `warn.artefact-${s[kind]}`, params: { env, what: kind, path: rec.path } });
    }
    environments.push(s);
  }
  return { warnings, environments };
}
