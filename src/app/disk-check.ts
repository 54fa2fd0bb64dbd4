// Are the files the dossier records still what they were? Recorded certificates (compared by the
// first certificate's fingerprint) and generated artefacts and the checked CPA (by SHA-256). This
// is the light part of `verify` that status shows per environment; loaded only for dossiers that
// record files. Certificates are compared by hashing, without node-forge, unless a file is a bundle.
import { statSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { environmentsOf, type Dossier, type FileStat } from '../domain/dossier-types.ts';
import type { Environment } from '../domain/identifiers.ts';
import type { Warning } from '../domain/progress.ts';
import { LIMITS, readBounded } from '../io/read-bounded.ts';

/** 'locked': a PKCS#12 store whose password (LZ_ONBOARD_P12_PASSWORD) is not given, so it cannot be compared. */
export type FileState = 'ok' | 'changed' | 'missing' | 'locked' | 'absent';

export interface EnvSummary {
  env: Environment;
  client: FileState;
  server: FileState;
  consumerspecificatie: FileState;
  cpa: FileState;
  ping: FileState;
}

function abs(base: string, p: string): string {
  return isAbsolute(p) ? p : resolve(base, p);
}

/** 'same' when size and mtime are as recorded (no need to read), 'missing', or 'unknown'. */
function byStat(base: string, p: string, rec: FileStat): 'same' | 'missing' | 'unknown' {
  try {
    const st = statSync(abs(base, p));
    return rec.size === st.size && rec.mtimeMs === st.mtimeMs ? 'same' : 'unknown';
  } catch {
    return 'missing';
  }
}

// Hashing needs node:crypto (about 10 ms to load): only when a stat says the file may have changed.
let hashing: typeof import('../domain/cert/fingerprint.ts') | undefined;
async function hashes() {
  return (hashing ??= await import('../domain/cert/fingerprint.ts'));
}

function read(base: string, p: string, cap: number): Buffer | null {
  try {
    return readBounded(isAbsolute(p) ? p : resolve(base, p), cap);
  } catch {
    return null; // gone, not a regular file, or larger than any such file can be
  }
}

export async function diskCheck(dossierPath: string, d: Dossier): Promise<{ warnings: Warning[]; environments: EnvSummary[] }> {
  const base = dirname(dossierPath);
  const warnings: Warning[] = [];
  const environments: EnvSummary[] = [];
  for (const env of environmentsOf(d)) {
    const s: EnvSummary = { env, client: 'absent', server: 'absent', consumerspecificatie: 'absent', cpa: 'absent', ping: 'absent' };
    for (const role of ['client', 'server'] as const) {
      const rec = d.certificates[env][role];
      if (!rec) continue;
      const quick = byStat(base, rec.path, rec);
      if (quick !== 'unknown') {
        s[role] = quick === 'same' ? 'ok' : 'missing';
        if (quick === 'missing') warnings.push({ code: 'warn.cert-missing', params: { env, role, path: rec.path } });
        continue;
      }
      const buf = read(base, rec.path, LIMITS.certificate);
      let fp: string | null | undefined = buf ? (await hashes()).quickFingerprint(buf) : undefined;
      let locked = false;
      if (buf && fp === null) {
        if (rec.fileSha256 && (await hashes()).sha256Hex(buf) === rec.fileSha256) fp = rec.fingerprint256;
        else {
          // Not a plain PEM or DER certificate (a PKCS#7 bundle, say): read it properly, but never
          // derive a key here: an encrypted key store is compared by its bytes only.
          const { CertReadError, readCertificates } = await import('../domain/cert/read.ts');
          try {
            fp = readCertificates(buf, { deriveKeys: false }).certs[0]?.fingerprint256;
          } catch (e) {
            const unopened = e instanceof CertReadError && (e.code === 'p12.not-opened' || e.code.startsWith('p12.password'));
            // Bytes recorded and different: the store changed. Not recorded (older dossiers): cannot tell.
            if (unopened && rec.fileSha256) fp = '';
            else locked = unopened;
            if (!unopened) fp = undefined;
          }
        }
      }
      s[role] = locked ? 'locked' : fp === undefined || fp === null ? 'missing' : fp === rec.fingerprint256 ? 'ok' : 'changed';
      if (locked) warnings.push({ code: 'warn.cert-locked', params: { env, role, path: rec.path } });
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
      const quick = byStat(base, rec.path, rec);
      const buf = quick === 'unknown' ? read(base, rec.path, LIMITS.cpa) : null;
      s[kind] = quick === 'same' ? 'ok' : !buf ? 'missing' : (await hashes()).sha256Hex(buf) === rec.sha256 ? 'ok' : 'changed';
      if (s[kind] !== 'ok') warnings.push({ code: `warn.artefact-${s[kind]}`, params: { env, what: kind, path: rec.path } });
    }
    environments.push(s);
  }
  return { warnings, environments };
}
