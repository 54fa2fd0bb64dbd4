// Files this process owns for a moment (temporary files, dossier locks) are removed however it
// ends: on exit, and on SIGINT, SIGTERM or SIGHUP while any exist (then the process exits as the
// signal would have ended it). Only SIGKILL leaves them, and the lock is taken over later as stale.
import { unlinkSync } from 'node:fs';

const owned = new Set<string>();
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
const SIGNAL_NUMBER = { SIGINT: 2, SIGTERM: 15, SIGHUP: 1 } as const;
let installed = false;

export function removeOwnedSync(): void {
  for (const p of owned) {
    try {
      unlinkSync(p);
    } catch {
      /* already gone */
    }
  }
  owned.clear();
}

function onSignal(signal: (typeof SIGNALS)[number]): void {
  removeOwnedSync();
  process.exit(128 + SIGNAL_NUMBER[signal]);
}

function install(): void {
  if (installed) return;
  installed = true;
  process.on('exit', removeOwnedSync);
  for (const s of SIGNALS) process.on(s, onSignal);
}

function uninstallSignals(): void {
  if (!installed || owned.size) return;
  installed = false;
  process.off('exit', removeOwnedSync);
  for (const s of SIGNALS) process.off(s, onSignal);
}

export function rememberTemp(path: string): void {
  install();
  owned.add(path);
}

export function forgetTemp(path: string): void {
  owned.delete(path);
  // Outside a write, Ctrl-C keeps its usual meaning (the wizard handles it itself).
  uninstallSignals();
}
