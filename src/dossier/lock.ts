// An advisory lock beside the dossier (<file>.lock, created exclusively) so that concurrent
// invocations never lose an update. A lock left by a dead process on this host is taken over.
// Every path through the loop sleeps and honours the deadline; a stale lock that cannot be removed
// (a directory, a read-only folder) is reported at once, never retried in a busy loop.
import { closeSync, openSync, readFileSync, renameSync, rmdirSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { forgetTemp, rememberTemp } from '../io/cleanup.ts';
import { LIMITS } from '../io/read-bounded.ts';
import { ioReason } from '../io/reasons.ts';
import { DossierError } from './errors.ts';

interface LockInfo {
  pid: number;
  host: string;
  at: string;
}

function readInfo(path: string): LockInfo | null {
  try {
    const text = readFileSync(path, 'utf8');
    if (text.length > LIMITS.lock) return null;
    const v = JSON.parse(text) as LockInfo;
    return typeof v.pid === 'number' && typeof v.host === 'string' ? v : null;
  } catch {
    return null;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * The program a running process is (Linux /proc), to explain who holds a lock: '' when unknown, or
 * when it may be lz-onboard (any Node.js process may be; thread names such as Node 24's
 * "MainThread" say nothing, so the command line is read).
 */
function otherProgram(pid: number): string {
  try {
    const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
    if (argv.some((a) => /lz-onboard|(^|\/)node(js)?$/.test(a))) return '';
    return (argv[0] ?? '').split('/').pop()!.slice(0, 64);
  } catch {
    return '';
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface LockOptions {
  timeoutMs?: number;
  onStale?: (info: LockInfo) => void;
}

/** Creates the lock file with our details; false when it exists already. */
function tryCreate(file: string, path: string, me: LockInfo): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx', 0o644);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    throw new DossierError('dossier.lock-failed', { file, lock: path, reason: ioReason(String(code ?? e)) });
  }
  rememberTemp(path);
  try {
    const text = Buffer.from(JSON.stringify(me));
    if (writeSync(fd, text) !== text.length) throw Object.assign(new Error('short write'), { code: 'ENOSPC' });
  } catch (e) {
    // An empty lock would block others for seconds and be left behind: remove it at once.
    closeSync(fd);
    release(path);
    throw new DossierError('dossier.lock-failed', { file, lock: path, reason: ioReason(String((e as NodeJS.ErrnoException).code ?? e)) });
  }
  closeSync(fd);
  return true;
}

function release(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    /* released already */
  }
  forgetTemp(path);
}

/** Removes a lock that no live process holds; false when that is not possible. */
function removeStale(path: string, info: LockInfo | null): boolean {
  const aside = `${path}.stale-${process.pid}`;
  try {
    if (info) {
      // Move it aside atomically, and only if it is still the same lock: one contender wins.
      const again = readInfo(path);
      if (!again || again.pid !== info.pid || again.at !== info.at) return true;
    }
    renameSync(path, aside);
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ENOENT';
  }
  try {
    unlinkSync(aside);
  } catch {
    try {
      rmdirSync(aside);
    } catch {
      /* left aside: it no longer blocks anyone */
    }
  }
  return true;
}

export async function withLock<T>(file: string, fn: () => T | Promise<T>, opts: LockOptions = {}): Promise<T> {
  const path = `${file}.lock`;
  const deadline = Date.now() + (opts.timeoutMs ?? 30_000);
  const me: LockInfo = { pid: process.pid, host: hostname(), at: new Date().toISOString() };
  let unreadableSince = 0;
  for (;;) {
    if (tryCreate(file, path, me)) break;
    const info = readInfo(path);
    if (info && info.host === me.host && !alive(info.pid)) {
      if (removeStale(path, info)) {
        opts.onStale?.(info);
        continue;
      }
      throw new DossierError('dossier.lock-stuck', { file, lock: path });
    } else if (!info) {
      // A lock being written right now reads as empty for a moment; one that stays unreadable is stale.
      unreadableSince ||= Date.now();
      if (Date.now() - unreadableSince > 2_000) {
        if (removeStale(path, null)) {
          opts.onStale?.({ pid: 0, host: '?', at: '?' });
          unreadableSince = 0;
          continue;
        }
        throw new DossierError('dossier.lock-stuck', { file, lock: path });
      }
    } else unreadableSince = 0;
    if (Date.now() > deadline) {
      const pid = String(info?.pid ?? '?');
      const name = info && info.host === me.host ? otherProgram(info.pid) : '';
      throw new DossierError(name ? 'dossier.locked-other' : 'dossier.locked', {
        file,
        lock: path,
        pid,
        host: info?.host ?? '?',
        name,
      });
    }
    await sleep(5 + Math.random() * 20);
  }
  try {
    return await fn();
  } finally {
    release(path);
  }
}
