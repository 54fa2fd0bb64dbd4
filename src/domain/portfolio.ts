// A help desk's view of many dossiers: what to search by, how to order them so that whoever needs
// the help desk comes first, the certificate and activity dates a row shows, and one history of all.
import { amsterdamDayOfMs } from './calendar.ts';
import type { Dossier, HistoryEntry } from './dossier-types.ts';
import { CERT_WINDOW_DAYS } from './progress.ts';

export const SORT_KEYS = ['name', 'phase', 'expiry', 'activity'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/** What ordering needs of one row, kept when the dossier itself is released (status streams). */
export interface SortFields {
  path: string;
  /** False for a dossier that could not be read: those come last. */
  readable: boolean;
  name: string;
  /** The phase being worked on, null when all are done. */
  currentPhase?: number | null;
  certEnd?: string;
  lastActivity?: string;
}

/** Lower case, without accents or spaces: "Súdwest-Fryslân" is found by "sudwest fryslan" as by "SúdwestFryslân". */
export function foldText(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s-]+/g, '');
}

/** Does the dossier's organisation name, OIN, HRN or KvK number contain the text? */
export function matchesSearch(d: Dossier, text: string): boolean {
  const needle = foldText(text);
  if (!needle) return true;
  const o = d.organisation;
  return [o.name, o.oin, o.hrn, o.kvk].some((v) => v !== undefined && foldText(v).includes(needle));
}

/** The first recorded certificate to end (an ISO instant), over both environments and roles. */
export function firstCertificateEnd(d: Dossier): string | undefined {
  let first: string | undefined;
  for (const env of ['preproductie', 'productie'] as const) {
    for (const role of ['client', 'server'] as const) {
      const end = d.certificates[env]?.[role]?.notAfter;
      if (end && (!first || end < first)) first = end;
    }
  }
  // A certificate being replaced is still the one in use until its renewal is done.
  for (const r of d.renewals ?? []) if (r.state === 'in-progress' && (!first || r.old.notAfter < first)) first = r.old.notAfter;
  return first;
}

export type CertificateState = 'expired' | 'expiring' | 'valid';

/** Expired, expiring within the window (Logius wants certificate changes two months ahead: SNO), or valid, on `today` (YYYY-MM-DD). */
export function certificateState(notAfter: string, today: string, windowDays = CERT_WINDOW_DAYS): CertificateState {
  const days = Math.floor((Date.parse(notAfter) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
  return days < 0 ? 'expired' : days < windowDays ? 'expiring' : 'valid';
}

/** The day (in Amsterdam) of the dossier's last recorded action. */
export function lastActivity(d: Dossier): string | undefined {
  let last: string | undefined;
  for (const h of d.history) if (!last || h.at > last) last = h.at;
  return last ? amsterdamDayOfMs(Date.parse(last)) : undefined;
}

// Made at the first sort: loading Intl's collation costs start-up time a plain status does not need.
let collator: Intl.Collator | undefined;
const byPath = (a: SortFields, b: SortFields) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
const byName = (a: SortFields, b: SortFields) => (collator ??= new Intl.Collator('nl', { sensitivity: 'base' })).compare(a.name, b.name) || byPath(a, b);

/** Absent values last (or first), then ascending. */
function ascending<T extends string | number>(a: T | undefined, b: T | undefined, absentFirst = false): number {
  if (a === undefined || b === undefined) return a === b ? 0 : (a === undefined) === absentFirst ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Each order puts who needs the help desk first: phase, the least far first (done last); expiry,
 * the soonest certificate end first (none last); activity, the longest silent first. Name is A–Z as
 * Dutch sorts it. Ties go by name; dossiers that could not be read come last, where they are seen.
 */
export function comparator(key: SortKey): (a: SortFields, b: SortFields) => number {
  const primary: Record<SortKey, (a: SortFields, b: SortFields) => number> = {
    name: () => 0,
    phase: (a, b) => ascending(a.currentPhase ?? undefined, b.currentPhase ?? undefined),
    expiry: (a, b) => ascending(a.certEnd, b.certEnd),
    activity: (a, b) => ascending(a.lastActivity, b.lastActivity, true),
  };
  return (a, b) => {
    if (!a.readable || !b.readable) return a.readable ? -1 : b.readable ? 1 : byPath(a, b);
    return primary[key](a, b) || byName(a, b);
  };
}

/** Items ordered by their sort fields. */
export function sortPortfolio<T extends { sort: SortFields }>(items: T[], key: SortKey): T[] {
  const compare = comparator(key);
  return [...items].sort((a, b) => compare(a.sort, b.sort));
}

export interface PortfolioHistoryEntry extends HistoryEntry {
  dossier: string;
  organisation: string;
}

/** Every dossier's history as one, oldest first; entries at the same instant keep their dossier's order. */
export function mergeHistories(parts: { dossier: string; organisation: string; history: HistoryEntry[] }[]): PortfolioHistoryEntry[] {
  const all = parts.flatMap((p, i) => p.history.map((h, j) => ({ entry: { dossier: p.dossier, organisation: p.organisation, ...h }, i, j })));
  all.sort((a, b) => (a.entry.at < b.entry.at ? -1 : a.entry.at > b.entry.at ? 1 : a.i - b.i || a.j - b.j));
  return all.map((x) => x.entry);
}
