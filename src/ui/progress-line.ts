// A one-line counter on stderr for work that takes longer than about a second (status over a large
// portfolio): only on a terminal, never on stdout, never with --quiet, erased when the work is done.
import type { Context } from './context.ts';
import { t } from './messages.ts';
import { isTerminal } from './terminal.ts';

export interface ProgressLine {
  tick(done: number): void;
  done(): void;
}

const SILENT: ProgressLine = { tick() {}, done() {} };
const AFTER_MS = 1000;
const EVERY_MS = 100;

export function progressLine(ctx: Context, total: number, now: () => number = Date.now): ProgressLine {
  if (ctx.quiet || !isTerminal(2)) return SILENT;
  // LZ_ONBOARD_PROGRESS_AFTER: milliseconds of work before the counter shows (0: at once).
  const raw = Number(ctx.env['LZ_ONBOARD_PROGRESS_AFTER']);
  const after = ctx.env['LZ_ONBOARD_PROGRESS_AFTER'] !== undefined && Number.isInteger(raw) && raw >= 0 ? raw : AFTER_MS;
  const start = now();
  let last = 0;
  let shown = false;
  return {
    tick(done) {
      // Date.now() is cheap, but not free at 100,000 calls: look at the clock every 64 dossiers.
      if ((done & 63) !== 0) return;
      const at = now();
      if (at - start < after || at - last < EVERY_MS) return;
      last = at;
      shown = true;
      // The tool's own control codes (carriage return, erase line): written past the neutralising writer.
      process.stderr.write(`\r\u001b[K${t(ctx.lang, 'status.progress', { done: String(done), total: String(total) })}`);
    },
    done() {
      if (shown) process.stderr.write('\r\u001b[K');
    },
  };
}
