// Replacing a file so that it is either the old content or the whole new content, never a part:
// the new bytes go to a temporary file beside the target (created exclusively under a random name,
// mode 0600, so no planted link is followed), every byte is written or the write fails, the file is
// synced, given the target's mode, and only then renamed over the target. A symlinked target is
// written through to the file it points at; anything that is not a regular file is refused.
// Several files can be prepared first and committed together (the dossier and its backup), so that
// running out of space while writing leaves every one of them as it was.
import * as nodeFs from 'node:fs';
import { lazyBuiltin } from './lazy-builtin.ts';
import { basename, dirname, join } from 'node:path';
import { forgetTemp, rememberTemp } from './cleanup.ts';

/** The calls used, so that tests can inject short writes and full disks. */
export interface WriteFs {
  openSync(path: string, flags: string, mode: number): number;
  writeSync(fd: number, buf: Uint8Array, offset: number, length: number): number;
  fsyncSync(fd: number): void;
  fchmodSync(fd: number, mode: number): void;
  closeSync(fd: number): void;
  renameSync(from: string, to: string): void;
  unlinkSync(path: string): void;
}

const realFs: WriteFs = {
  openSync: (p, f, m) => nodeFs.openSync(p, f, m),
  writeSync: (fd, b, o, l) => nodeFs.writeSync(fd, b, o, l),
  fsyncSync: (fd) => nodeFs.fsyncSync(fd),
  fchmodSync: (fd, m) => nodeFs.fchmodSync(fd, m),
  closeSync: (fd) => nodeFs.closeSync(fd),
  renameSync: (a, b) => nodeFs.renameSync(a, b),
  unlinkSync: (p) => nodeFs.unlinkSync(p),
};

export class WriteError extends Error {
  constructor(
    /** not-regular, or the errno code (ENOSPC, EACCES, ...) */
    readonly reason: string,
    readonly file: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'WriteError';
  }
}

export interface Prepared {
  /** The file that will be replaced (a symlink's target). */
  target: string;
  tmp: string;
  commit(): void;
  abort(): void;
}

function defaultMode(): number {
  // New files get what the user's umask allows, as any editor would create them.
  try {
    return 0o666 & ~process.umask();
  } catch {
    return 0o644;
  }
}

export interface WriteOptions {
  /**
   * true (the default): a symlink is written through to its target, as an editor would.
   * false: the link itself is replaced; for files the tool names itself (backups), so that a
   * planted link cannot send the write elsewhere.
   */
  followSymlink?: boolean;
}

/** Where a write to `file` goes and with which mode; refuses what is not a regular file. */
export function resolveTarget(file: string, o: WriteOptions = {}): { target: string; mode: number } {
  const link = isSymlink(file);
  if (link && o.followSymlink === false) return { target: file, mode: defaultMode() };
  let st: nodeFs.Stats;
  try {
    st = nodeFs.statSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      // A dangling symlink is not a new path: writing would follow it somewhere else.
      if (link) throw new WriteError('not-regular', file);
      return { target: file, mode: defaultMode() };
    }
    throw new WriteError(String(code ?? e), file);
  }
  if (!st.isFile()) throw new WriteError(st.isDirectory() ? 'EISDIR' : 'not-regular', file);
  return { target: link ? nodeFs.realpathSync(file) : file, mode: st.mode & 0o7777 };
}

function isSymlink(file: string): boolean {
  try {
    return nodeFs.lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}

// node:crypto costs some 10 ms to load; status, which never writes, must not pay for it.
let random: ((n: number) => Buffer) | undefined;

export function tempName(target: string): string {
  random ??= lazyBuiltin('node:crypto').randomBytes;
  return join(dirname(target), `.${basename(target)}.${process.pid}-${random(6).toString('hex')}.tmp`);
}

/** Writes the whole content to a fresh temporary file beside `file`; nothing visible changes yet. */
export function prepareWrite(file: string, data: string | Uint8Array, fs: WriteFs = realFs, o: WriteOptions = {}): Prepared {
  const { target, mode } = resolveTarget(file, o);
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const tmp = tempName(target);
  let fd: number;
  try {
    fd = fs.openSync(tmp, 'wx', 0o600);
  } catch (e) {
    throw new WriteError(String((e as NodeJS.ErrnoException).code ?? e), target);
  }
  rememberTemp(tmp);
  const remove = () => {
    try {
      fs.unlinkSync(tmp);
    } catch {
      /* already gone */
    }
    forgetTemp(tmp);
  };
  try {
    let off = 0;
    while (off < bytes.length) {
      const n = fs.writeSync(fd, bytes, off, bytes.length - off);
      // A write that makes no progress would loop for ever; the disk is full in all but name.
      if (!(n > 0)) throw Object.assign(new Error('short write'), { code: 'ENOSPC' });
      off += n;
    }
    fs.fchmodSync(fd, mode);
    fs.fsyncSync(fd);
  } catch (e) {
    try {
      fs.closeSync(fd);
    } catch {
      /* closing a failed file */
    }
    remove();
    throw new WriteError(String((e as NodeJS.ErrnoException).code ?? e), target);
  }
  try {
    fs.closeSync(fd);
  } catch (e) {
    remove(); // close can report a delayed write error (NFS): the content is not safe
    throw new WriteError(String((e as NodeJS.ErrnoException).code ?? e), target);
  }
  return {
    target,
    tmp,
    commit() {
      try {
        fs.renameSync(tmp, target);
      } catch (e) {
        remove();
        throw new WriteError(String((e as NodeJS.ErrnoException).code ?? e), target);
      }
      forgetTemp(tmp);
      syncDir(dirname(target));
    },
    abort: remove,
  };
}

function syncDir(dir: string): void {
  // The rename itself is durable only once the directory is synced; not every filesystem allows it.
  try {
    const fd = nodeFs.openSync(dir, 'r');
    try {
      nodeFs.fsyncSync(fd);
    } finally {
      nodeFs.closeSync(fd);
    }
  } catch {
    /* best effort */
  }
}

/** Prepares every file first, then commits them in order; on any failure none was changed. */
export function writeFilesAtomic(files: ({ file: string; data: string | Uint8Array } & WriteOptions)[], fs: WriteFs = realFs): string[] {
  const prepared: Prepared[] = [];
  try {
    for (const f of files) prepared.push(prepareWrite(f.file, f.data, fs, f));
  } catch (e) {
    for (const p of prepared) p.abort();
    throw e;
  }
  let i = 0;
  try {
    for (; i < prepared.length; i++) prepared[i]!.commit();
  } catch (e) {
    for (const p of prepared.slice(i + 1)) p.abort();
    throw e;
  }
  return prepared.map((p) => p.target);
}

export function writeFileAtomic(file: string, data: string | Uint8Array, fs: WriteFs = realFs): string {
  return writeFilesAtomic([{ file, data }], fs)[0]!;
}

/**
 * Removes temporary files of `target` left by processes that were killed mid-write (SIGKILL, power
 * loss): those of a process that no longer runs on this host, and older than ten seconds (a write
 * takes milliseconds; the age keeps a slow writer on another host of a shared folder safe).
 */
export function sweepStaleTemps(target: string): void {
  const dir = dirname(target);
  const prefix = `.${basename(target)}.`;
  let names: string[];
  try {
    names = nodeFs.readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith('.tmp')) continue;
    const m = /^(\d+)(?:-[0-9a-f]{12})?\.tmp$/.exec(name.slice(prefix.length));
    if (!m || Number(m[1]) === process.pid || running(Number(m[1]))) continue;
    const p = join(dir, name);
    try {
      const st = nodeFs.lstatSync(p);
      if (st.isFile() && Date.now() - st.mtimeMs > 10_000) nodeFs.unlinkSync(p);
    } catch {
      /* gone, or not ours to remove */
    }
  }
}

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
