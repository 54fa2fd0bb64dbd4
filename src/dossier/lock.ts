// An advisory lock beside the dossier (<file>.lock, created exclusively) so that concurrent
// invocations never lose an update. A lock left by a dead process on this host is taken over.
import { closeSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { DossierError } from './errors.ts';

interface LockInfo {
  pid: number;
  host: string;
  at: string;
}

const held = new Set<string>();
let exitHookInstalled = false;

function releaseAllSync(): void {
  for (const p of held) {
    try {
      unlinkSync(p);
    } catch {
      /* already gone */
    }
  }
  held.clear();
}

function readInfo(path: string): LockInfo | null {
  try {
    const v = JSON.parse(readFileSync(path, 'utf8')) as LockInfo;
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

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface LockOptions {
  timeoutMs?: number;
  onStale?: (info: LockInfo) => void;
}

export async function withLock<T>(file: string, fn: () => T | Promise<T>, opts: LockOptions = {}): Promise<T> {
  const path = `${file}.lock`;
  const deadline = Date.now() + (opts.timeoutMs ?? 30_000);
  const me: LockInfo = { pid: process.pid, host: hostname(), at: new Date().toISOString() };
  if (!exitHookInstalled) {
    process.on('exit', releaseAllSync);
    exitHookInstalled = true;
  }
  let unreadableSince = 0;
  for (;;) {
    try {
      const fd = openSync(path, 'wx', 0o644);
      try {
        writeSync(fd, JSON.stringify(me));
      } finally {
        closeSync(fd);
      }
      held.add(path);
      break;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST') throw new DossierError('dossier.lock-failed', { file, reason: String(code ?? e) });
    }
    const info = readInfo(path);
    if (info && info.host === me.host && !alive(info.pid)) {
      // Move the stale lock aside atomically; only one contender wins the rename.
      const aside = `${path}.stale-${process.pid}`;
      try {
        const again = readInfo(path);
        if (again && again.pid === info.pid && again.at === info.at) {
          renameSync(path, aside);
          unlinkSync(aside);
          opts.onStale?.(info);
        }
      } catch {
        /* someone else took it over first */
      }
      continue;
    }
    if (!info) {
      // A lock being written right now reads as empty for a moment; one that stays unreadable is stale.
      unreadableSince ||= Date.now();
      if (Date.now() - unreadableSince > 2_000) {
        try {
          unlinkSync(path);
          opts.onStale?.({ pid: 0, host: '?', at: '?' });
        } catch {
          /* gone already */
        }
        continue;
      }
    } else unreadableSince = 0;
    if (Date.now() > deadline) {
      throw new DossierError('dossier.locked', { file, lock: path, pid: String(info?.pid ?? '?'), host: info?.host ?? '?' });
    }
    await sleep(5 + Math.random() * 20);
  }
  try {
    return await fn();
  } finally {
    held.delete(path);
    try {
      unlinkSync(path);
    } catch {
      /* released already */
    }
  }
}
