// Reading input files without trusting them: opened without blocking (a FIFO must not stall the
// tool), refused unless a regular file, and read to at most cap+1 bytes, so /dev/zero, a FIFO or a
// huge file costs nothing. Standard input ("-" where a command takes it) may be a pipe, but is
// capped the same way.
import { isUtf8 } from 'node:buffer';
import { closeSync, constants, fstatSync, openSync, readFileSync, readSync } from 'node:fs';

/** The documented caps per kind of input (README, "Limits"). */
export const LIMITS = {
  dossier: 16 * 1024 * 1024,
  certificate: 5 * 1024 * 1024,
  cpa: 20 * 1024 * 1024,
  plan: 1024 * 1024,
  lock: 4096,
} as const;

export type ReadProblem = 'not-found' | 'is-directory' | 'not-regular' | 'too-large' | 'unreadable';

export class BoundedReadError extends Error {
  constructor(
    readonly problem: ReadProblem,
    readonly detail = '',
  ) {
    super(detail ? `${problem}: ${detail}` : problem);
    this.name = 'BoundedReadError';
  }
}

const pause = new Int32Array(new SharedArrayBuffer(4));

function readUpTo(fd: number, cap: number, sizeHint: number): Buffer {
  // A regular file's size, plus one byte to see EOF; 64 KB for a pipe. (Not 64 KB for every small
  // file: status over 100,000 dossiers would allocate 6 GB for the GC to clear.)
  let buf = Buffer.allocUnsafe(Math.min(cap + 1, sizeHint > 0 ? sizeHint + 1 : 64 * 1024));
  let len = 0;
  for (;;) {
    if (len === buf.length) {
      if (len > cap) break;
      const bigger = Buffer.allocUnsafe(Math.min(cap + 1, buf.length * 2));
      buf.copy(bigger, 0, 0, len);
      buf = bigger;
    }
    let n: number;
    try {
      n = readSync(fd, buf, len, buf.length - len, null);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') {
        Atomics.wait(pause, 0, 0, 5); // a non-blocking pipe with nothing yet: wait for the writer
        continue;
      }
      if (code === 'EOF') break;
      throw new BoundedReadError('unreadable', String(code ?? (e as Error).message));
    }
    if (n === 0) break;
    len += n;
  }
  if (len > cap) throw new BoundedReadError('too-large', String(cap));
  return buf.subarray(0, len);
}

/**
 * The text of a file a directory listing reported as regular (a portfolio walk), in one call to
 * Node's own UTF-8 reader: no fstat, no buffer, a third less CPU per dossier than open, read and
 * close from JavaScript (npm run bench, status --json). Still opened without blocking, so a FIFO put
 * there since the listing fails instead of stalling. null when anything is unusual (unreadable now,
 * over the cap, or a U+FFFD, which is how invalid UTF-8 comes out): the caller then takes the checked
 * path, which says what it is.
 */
export function readKnownRegularText(file: string, cap: number): string | null {
  let text: string;
  try {
    // Node takes open(2) flags as a number too; its types say string only.
    text = readFileSync(file, { encoding: 'utf8', flag: (constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY) as unknown as string });
  } catch {
    return null;
  }
  if (text.length > cap / 3 && Buffer.byteLength(text) > cap) return null;
  return text.includes('\uFFFD') ? null : text;
}

/** The bytes of `file` (or of standard input for "-"), at most `cap` of them. */
export function readBounded(file: string, cap: number): Buffer {
  if (file === '-') {
    let st: import('node:fs').Stats;
    try {
      st = fstatSync(0);
    } catch (e) {
      throw new BoundedReadError('unreadable', String((e as NodeJS.ErrnoException).code ?? e));
    }
    if (st.isDirectory()) throw new BoundedReadError('is-directory');
    if (st.isFile() && st.size > cap) throw new BoundedReadError('too-large', String(cap));
    return readUpTo(0, cap, st.isFile() ? st.size : 0);
  }
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new BoundedReadError('not-found');
    if (code === 'EISDIR') throw new BoundedReadError('is-directory');
    throw new BoundedReadError('unreadable', String(code ?? (e as Error).message));
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) throw new BoundedReadError('is-directory');
    if (!st.isFile()) throw new BoundedReadError('not-regular');
    if (st.size > cap) throw new BoundedReadError('too-large', String(cap));
    return readUpTo(fd, cap, st.size);
  } finally {
    closeSync(fd);
  }
}

/** Text that must be UTF-8: invalid bytes are refused, never silently replaced. */
export function decodeUtf8Strict(buf: Buffer): string | null {
  // buffer.isUtf8 is native and needs no decoder set up (TextDecoder's fatal mode costs start-up time).
  return isUtf8(buf) ? buf.toString('utf8') : null;
}
