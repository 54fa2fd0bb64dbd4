// A run over many dossiers takes a tenth of a second to a few seconds of CPU. With V8's defaults it
// starts optimising the hot functions (TurboFan, on another thread) after a few thousand calls and
// spends more CPU on that than the optimised code saves before the process ends; optimising later
// leaves only the code that stays hot to TurboFan. CPU time measured with npm run bench, status --json
// over 1,000 / 10,000 dossiers: Node 20 160 → 107 / 597 → 545 ms, Node 22 126 → 105 / 548 → 512 ms,
// Node 24 113 → 106 / 484 → 463 ms. Start-up is untouched: the flag is set only once a command
// knows its run is long, after the code cache was read.
import { lazyBuiltin } from './lazy-builtin.ts';

/** From this many dossiers a run is long enough for the later optimisation to pay. */
export const LONG_RUN = 50;

/**
 * The knob differs per V8: V8 11 (Node 20) counts an interrupt budget in bytecode executed (default
 * 132 KB); V8 12 and later (Node 22, 24) count calls (TurboFan after 3,000). An unknown flag would be
 * printed on stderr by V8, so only the one of this V8 is set.
 */
export function laterOptimisationFlag(v8Version: string): string | null {
  const major = Number(v8Version.split('.')[0]);
  if (major === 11) return '--interrupt-budget=1000000';
  if (major >= 12) return '--invocation-count-for-turbofan=20000';
  return null;
}

let set = false;

/** Called by a command before it works through `count` dossiers. */
export function expectLongRun(count: number): void {
  if (set || count < LONG_RUN) return;
  set = true;
  const flag = laterOptimisationFlag(process.versions.v8);
  // Required here, not imported: the commands that never need node:v8 do not load it.
  if (flag) lazyBuiltin('node:v8').setFlagsFromString(flag);
}
