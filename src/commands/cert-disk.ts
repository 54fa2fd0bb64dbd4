// Has a recorded certificate changed on disk since `cert add`? Reads the recorded file and
// compares the first certificate's fingerprint. Loaded only for dossiers that record certificates,
// so that status does not load node-forge otherwise.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Dossier } from '../domain/dossier-types.ts';
import type { Warning } from '../domain/progress.ts';
import { readCertificates } from '../domain/cert/read.ts';

export function certificateDiskWarnings(dossierPath: string, d: Dossier): Warning[] {
  const out: Warning[] = [];
  for (const env of ['preproductie', 'productie'] as const) {
    for (const role of ['client', 'server'] as const) {
      const rec = d.certificates[env][role];
      if (!rec) continue;
      const file = resolve(dirname(dossierPath), rec.path);
      let fp: string | undefined;
      try {
        fp = readCertificates(readFileSync(file)).certs[0]?.fingerprint256;
      } catch {
        out.push({ code: 'warn.cert-missing', params: { env, role, path: rec.path } });
        continue;
      }
      if (fp !== rec.fingerprint256) out.push({ code: 'warn.cert-changed', params: { env, role, path: rec.path } });
    }
  }
  return out;
}
