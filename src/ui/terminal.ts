// Terminal detection and output without creating process.stdout/stderr/stdin streams where they
// are not terminals. For a pipe or socket Node builds those streams on node:net (about 8 ms to
// load, measured with --cpu-prof on Node 20), which status and --help do not need: they write to a
// pipe or file with a plain synchronous write, and only real terminals get Node's tty streams.
import { fstatSync, statSync, writeSync } from 'node:fs';
import { lazyBuiltin } from '../io/lazy-builtin.ts';
import { neutralise } from './safe-text.ts';

function isCharDevice(fd: number): boolean {
  try {
    return fstatSync(fd).isCharacterDevice();
  } catch {
    return false;
  }
}

function isDevNull(fd: number): boolean {
  try {
    return fstatSync(fd).rdev === statSync('/dev/null').rdev;
  } catch {
    return false;
  }
}

const terminals = new Map<number, boolean>();

/**
 * True when fd is a terminal. Only character devices other than /dev/null can be; only they load
 * node:tty. Asked several times per run (colour, width, prompts), answered once per fd.
 */
export function isTerminal(fd: number): boolean {
  let answer = terminals.get(fd);
  if (answer === undefined) {
    answer = isCharDevice(fd) && !isDevNull(fd) && lazyBuiltin('node:tty').isatty(fd);
    terminals.set(fd, answer);
  }
  return answer;
}

export interface Writer {
  /** Human text or JSON: neutralised (ui/safe-text) on the way out. */
  write(text: string): void;
  /** A generated document (-o -): byte for byte, unless the stream is a terminal. */
  document(text: string): void;
}

/** Standard output or error cannot be written (a full disk, a broken device); not EPIPE. */
export class OutputError extends Error {
  constructor(
    readonly fd: number,
    readonly reason: string,
  ) {
    super(`fd ${fd}: ${reason}`);
    this.name = 'OutputError';
  }
}

const pause = new Int32Array(new SharedArrayBuffer(4));

function writeAll(fd: number, text: string): void {
  const buf = Buffer.from(text, 'utf8');
  let off = 0;
  while (off < buf.length) {
    try {
      off += writeSync(fd, buf, off);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') {
        Atomics.wait(pause, 0, 0, 2); // a non-blocking pipe is full: wait for the reader
        continue;
      }
      if (code === 'EPIPE') return; // the reader went away (| head): nothing left to do
      throw new OutputError(fd, String(code ?? (e as Error).message));
    }
  }
}

/**
 * Writes to fd 1 or 2: synchronously for pipes and files, through Node's stream for a terminal.
 * `colour` says whether the tool's own colour codes may pass (see safe-text.neutralise).
 */
export function fdWriter(fd: 1 | 2, colour: () => boolean = () => false): Writer {
  let direct: boolean | undefined;
  // Only a terminal goes through Node's stream; every other file (also a device like /dev/full)
  // is written directly, so that a write error reaches us as an OutputError.
  const emit = (text: string) => {
    direct ??= !isTerminal(fd);
    if (direct) writeAll(fd, text);
    else (fd === 1 ? process.stdout : process.stderr).write(text);
  };
  return {
    write: (text) => emit(neutralise(text, colour())),
    document(text) {
      direct ??= !isTerminal(fd);
      emit(direct ? text : neutralise(text, false));
    },
  };
}
