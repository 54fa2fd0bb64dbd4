// Runs the built lz-onboard as a user would: a separate process, no terminal, its own directory.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const BIN = join(ROOT, 'bin', 'lz-onboard.js');

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, LZ_ONBOARD_LANG: 'en', NO_COLOR: '1', LZ_ONBOARD_BY: 'tester' };
  delete env['LZ_ONBOARD_DOSSIER'];
  delete env['FORCE_COLOR'];
  return { ...env, ...extra };
}

export function lz(args: string[], opts: { cwd: string; env?: Record<string, string>; input?: string } = { cwd: process.cwd() }): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: opts.cwd, env: cleanEnv(opts.env), input: opts.input ?? '', encoding: 'utf8', timeout: 60_000 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export function lzAsync(args: string[], cwd: string, env: Record<string, string> = {}): Promise<Run> {
  return new Promise((res) => {
    const p = spawn(process.execPath, [BIN, ...args], { cwd, env: cleanEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d) => (stdout += d));
    p.stderr.on('data', (d) => (stderr += d));
    p.on('close', (code) => res({ code: code ?? -1, stdout, stderr }));
  });
}

export function json<T = any>(r: Run): T {
  try {
    return JSON.parse(r.stdout) as T;
  } catch {
    throw new Error(`stdout is not JSON (exit ${r.code}):\n${r.stdout}\n--- stderr ---\n${r.stderr}`);
  }
}

const made: string[] = [];
process.on('exit', () => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

/** A temporary directory, removed when the test process ends. */
export function tempDir(prefix = 'lz-'): string {
  const d = mkdtempSync(join(tmpdir(), prefix));
  made.push(d);
  return d;
}

export function readJson(path: string): any {
  return JSON.parse(readFileSync(path, 'utf8'));
}

export const OIN = '00000001002220647000';
export const HRN = '00000003123456780000';

export function initOverheid(cwd: string, extra: string[] = []): Run {
  return lz(['init', '--kind', 'overheid', '--name', 'Gemeente Voorbeeld', '--oin', OIN, '--network', 'internet', '--standard', 'stuf', ...extra], { cwd });
}

export function initLeverancier(cwd: string, extra: string[] = []): Run {
  return lz(['init', '--kind', 'leverancier', '--name', 'Voorbeeld Software B.V.', '--hrn', HRN, '--network', 'internet', '--standard', 'mo', ...extra], {
    cwd,
  });
}
