// An advisory lock beside the dossier (<file>.lock, created exclusively) so that concurrent
// invocations never lose an update. A lock left by a dead process on this host is taken over.
// Every path through the loop sleeps and honours the deadline; a stale lock that cannot be removed
// (a directory, a read-only folder) is reported at once, never retried in a busy loop.
import { closeSync, lstatSync, openSync, readFileSync, rmSync, type Stats, statSync, unlinkSync, writeSync } from 'node:fs';
import { lazyBuiltin } from '../io/lazy-builtin.ts';
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

type Breaking = 'removed' | 'busy' | 'cannot';

/**
 * Removes a lock that no live process holds, if `stillStale` says so once more under the breaker
 * lock (<lock>.break, created exclusively): contenders break one at a time, and a new lock cannot
 * be created while the stale one is still there, so a live lock is never removed by mistake.
 * 'busy': someone else is breaking it (or it changed); try again. 'cannot': a read-only folder.
 */
function breakStale(path: string, stillStale: (info: LockInfo | null, st: Stats) => boolean): Breaking {
  const breaker = `${path}.break`;
  try {
    closeSync(openSync(breaker, 'wx', 0o644));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') return 'cannot';
    // Breaking takes microseconds: a breaker this old was killed while at it.
    try {
      if (Date.now() - statSync(breaker).mtimeMs > 5_000) unlinkSync(breaker);
    } catch {
      /* gone meanwhile */
    }
    return 'busy';
  }
  try {
    let st: Stats;
    try {
      st = lstatSync(path);
    } catch {
      return 'busy'; // gone already: try to take it
    }
    if (!stillStale(st.isFile() ? readInfo(path) : null, st)) return 'busy';
    try {
      if (st.isDirectory()) rmSync(path, { recursive: true });
      else unlinkSync(path);
    } catch (e) {
      return (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'busy' : 'cannot';
    }
    return 'removed';
  } finally {
    try {
      unlinkSync(breaker);
    } catch {
      /* removed by someone who thought it old */
    }
  }
}

export async function withLock<T>(file: string, fn: () => T | Promise<T>, opts: LockOptions = {}): Promise<T> {
  const path = `${file}.lock`;
  const deadline = Date.now() + (opts.timeoutMs ?? 30_000);
  const me: LockInfo = { pid: process.pid, host: lazyBuiltin('node:os').hostname(), at: new Date().toISOString() };
  for (;;) {
    if (tryCreate(file, path, me)) break;
    const info = readInfo(path);
    let outcome: Breaking | null = null;
    if (info && info.host === me.host && !alive(info.pid)) {
      outcome = breakStale(path, (cur) => cur !== null && cur.pid === info.pid && cur.at === info.at && !alive(cur.pid));
      if (outcome === 'removed') opts.onStale?.(info);
    } else if (!info) {
      // A lock is written right after it is created; one still unreadable after two seconds was
      // left by a process killed in between (or is not a lock file at all, such as a directory).
      const old = (st: Stats) => Date.now() - st.mtimeMs > 2_000;
      let st: Stats | null = null;
      try {
        st = lstatSync(path);
      } catch {
        st = null;
      }
      if (st && old(st)) {
        outcome = breakStale(path, (cur, now) => cur === null && old(now));
        if (outcome === 'removed') opts.onStale?.({ pid: 0, host: '?', at: '?' });
      }
    }
    if (outcome === 'cannot') throw new DossierError('dossier.lock-stuck', { file, lock: path });
    if (outcome === 'removed') continue;
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
