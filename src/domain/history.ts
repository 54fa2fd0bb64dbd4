// Who did what: selecting entries of the dossier's history for `lz-onboard history`.
import type { HistoryEntry } from './dossier-types.ts';

export interface HistoryFilter {
  step?: string;
  who?: string;
  /** YYYY-MM-DD: entries on or after this day (UTC, as recorded). */
  since?: string;
  /** Only the last n entries that pass the other filters. */
  last?: number;
}

export function selectHistory(history: HistoryEntry[], f: HistoryFilter): HistoryEntry[] {
  const who = f.who?.toLowerCase();
  const picked = history.filter((h) => (!f.step || h.step === f.step) && (!who || h.by.toLowerCase() === who) && (!f.since || h.at.slice(0, 10) >= f.since));
  return f.last !== undefined ? picked.slice(Math.max(0, picked.length - f.last)) : picked;
}
