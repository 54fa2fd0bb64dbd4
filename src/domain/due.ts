// What is coming for a dossier after (and during) the onboarding, each item dated and with its rule:
// a certificate's end, the last day to announce its replacement to Logius (SNO: two months ahead),
// the day to start renewing, the CPA's end, and planned dates that meet a Logius maintenance window.
// Dates are days (YYYY-MM-DD) in Europe/Amsterdam; the SNO's figures are data (templates/sno.json).
import { addDays, amsterdamDayOfMs, amsterdamOffset } from './calendar.ts';
import type { Lang } from './checklist.ts';
import type { CertRole, Dossier } from './dossier-types.ts';
import { cite, type Citation } from './findings.ts';
import { addWorkingDays } from './working-days.ts';

export type Env = 'preproductie' | 'productie';

export interface MaintenanceWindow {
  id: string;
  title: Record<Lang, string>;
  /** 0 Sunday … 6 Saturday. */
  weekday: number;
  /** The nth such weekday of the month. */
  nth: number;
  /** From and to (HH:MM) per environment; a "to" not after "from" is the next morning. */
  environments: Partial<Record<Env, [string, string]>>;
}

export interface Sno {
  source: string;
  year: number;
  leadTimes: { certificateChangeMonths: number; interfaceChangeMonths: number; ownMaintenanceWorkingDays: number };
  maintenanceWindows: MaintenanceWindow[];
  /** Service windows, contacts and incident norms (the operations document and help-desk briefing). */
  support?: SnoSupport;
}

export interface SnoSupport {
  source: string;
  afnemers: { name: string; phone: string; email: string; hours: Record<Lang, string> };
  gebruikers: { name: string; phone: string; web: Record<Lang, string>; hours: Record<Lang, string> };
  incidents: { priority: number; name: Record<Lang, string>; resolve: Record<Lang, string> }[];
  norm: Record<Lang, string>;
  afnemerObligation: Record<Lang, string>;
  questions: Record<Lang, string>;
  maintenanceNotice: Record<Lang, string>;
}

export type DueKind =
  | 'cert.renew-start'
  | 'cert.announce'
  | 'cert.expires'
  | 'cert.g1-end'
  | 'cpa.end'
  | 'plan.ketentest'
  | 'plan.lpr'
  | 'plan.go-live'
  | 'wait.aanvraagformulier'
  | 'renew.announce'
  | 'renew.change'
  | 'renew.deadline';

export interface DueItem {
  date: string;
  kind: DueKind;
  env: Env;
  role?: CertRole;
  /** The certificate's end, for the items about replacing it. */
  certEnd?: string;
  /** What the item is about, for a stable calendar UID: the certificate's fingerprint, the CPAId. */
  ref?: string;
  /** The zaaktype of a go-live; the day a form was sent, for an answer Logius owes. */
  zaaktype?: string;
  since?: string;
  /** A renewal's change date. */
  change?: string;
  /** Maintenance windows on the planned day (or within the planned period). */
  windows?: { id: string; date: string }[];
  citation: Citation;
}

export interface DueOptions {
  /** Days before a certificate's end to start renewing (default 120). */
  renewLeadDays: number;
}

const SNO_CERT = cite(
  'SNO MijnOverheid 2.1.5: certificaatwijzigingen minimaal twee maanden vooraf melden, ook door de Afnemer',
  'SNO MijnOverheid 2.1.5: certificate changes announced at least two months ahead, also by the Afnemer',
);
const EB010 = cite(
  'Digikoppeling Best Practices ebMS2 EB010: de CPA eindigt uiterlijk met het eerste certificaat dat verloopt',
  'Digikoppeling Best Practices ebMS2 EB010: the CPA ends at the latest with the first certificate to expire',
);
const RENEW = cite(
  'lz-onboard: een nieuw PKIoverheid-certificaat aanvragen kost weken; begin ruim voor de meldtermijn (--renew-days)',
  'lz-onboard: getting a new PKIoverheid certificate takes weeks; start well before the notice date (--renew-days)',
);
const G1 = cite(
  'PKIoverheid: Staat der Nederlanden Private Root CA - G1 eindigt op 2028-11-14; opvolger G4',
  'PKIoverheid: Staat der Nederlanden Private Root CA - G1 ends on 2028-11-14; successor G4',
);
/** The last day of Private Root CA - G1 (PKIoverheid; domain/cert/pins.ts has the instant). */
export const G1_END_DAY = '2028-11-14';
const AANVRAAG = cite(
  'Handleiding Aansluiten Lopende Zaken: na verwerking van het aanvraagformulier ontvangt u binnen 5 werkdagen uw gegevens',
  'Handleiding Aansluiten Lopende Zaken: once the application form is processed you receive your details within 5 working days',
);
/** Working days Logius takes to answer the application form (Handleiding Aansluiten Lopende Zaken). */
export const APPLICATION_TURNAROUND_DAYS = 5;
export { addDays };
const SNO_WINDOW = cite('SNO MijnOverheid 2.1.5: onderhoudsvensters', 'SNO MijnOverheid 2.1.5: maintenance windows');

/** YYYY-MM-DD minus calendar months, the day kept or, when the month is shorter, its last day. */
export function minusMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) - months;
  const year = Math.floor(total / 12);
  const month = total % 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(d, last))).toISOString().slice(0, 10);
}

/** The day of the nth weekday (0 Sunday … 6 Saturday) of a month (1-12). */
export function nthWeekday(year: number, month: number, weekday: number, nth: number): string {
  const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  return new Date(Date.UTC(year, month - 1, 1 + ((weekday - first + 7) % 7) + 7 * (nth - 1))).toISOString().slice(0, 10);
}

/** The days a window touches in a month: its own day, and the next when it runs past midnight. */
function windowDays(w: MaintenanceWindow, env: Env, year: number, month: number): string[] {
  const hours = w.environments[env];
  if (!hours) return [];
  const day = nthWeekday(year, month, w.weekday, w.nth);
  return hours[1] <= hours[0] ? [day, addDays(day, 1)] : [day];
}

/**
 * The maintenance windows of `env` in progress at an instant (Amsterdam time): a window from 17:00
 * to 06:00 covers its own evening and the next morning.
 */
export function windowsAt(sno: Sno, env: Env, at: Date): { id: string; date: string }[] {
  const local = new Date(at.getTime() + amsterdamOffset(at) * 60_000);
  const day = local.toISOString().slice(0, 10);
  const hhmm = local.toISOString().slice(11, 16);
  const yesterday = addDays(day, -1);
  const [y, m] = day.split('-').map(Number) as [number, number];
  const [py, pm] = yesterday.split('-').map(Number) as [number, number];
  const out: { id: string; date: string }[] = [];
  for (const w of sno.maintenanceWindows) {
    const hours = w.environments[env];
    if (!hours) continue;
    const [from, to] = hours;
    const overnight = to <= from;
    if (nthWeekday(y, m, w.weekday, w.nth) === day && hhmm >= from && (overnight || hhmm < to)) out.push({ id: w.id, date: day });
    else if (overnight && nthWeekday(py, pm, w.weekday, w.nth) === yesterday && hhmm < to) out.push({ id: w.id, date: yesterday });
  }
  return out;
}

/** The maintenance windows of `env` that touch any day from `from` to `to` (inclusive). */
export function windowsBetween(sno: Pick<Sno, 'maintenanceWindows'>, env: Env, from: string, to: string): { id: string; date: string }[] {
  const out: { id: string; date: string }[] = [];
  let [y, m] = from.split('-').map(Number) as [number, number];
  // One month before too: a window that starts on the last day of a month runs into the next.
  m -= 1;
  if (m === 0) [y, m] = [y - 1, 12];
  while (`${y}-${String(m).padStart(2, '0')}` <= to.slice(0, 7)) {
    for (const w of sno.maintenanceWindows) {
      const days = windowDays(w, env, y, m);
      if (days.some((d) => d >= from && d <= to)) out.push({ id: w.id, date: days[0]! });
    }
    [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
  }
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

const dayOf = (iso: string) => amsterdamDayOfMs(Date.parse(iso));

/** Every dated item of the dossier, soonest first. */
export function dueItems(d: Dossier, sno: Sno, o: DueOptions): DueItem[] {
  const items: DueItem[] = [];
  for (const env of ['preproductie', 'productie'] as const) {
    for (const role of ['client', 'server'] as const) {
      const rec = d.certificates[env]?.[role];
      if (!rec) continue;
      const end = dayOf(rec.notAfter);
      const ref = rec.fingerprint256;
      items.push({ date: addDays(end, -o.renewLeadDays), kind: 'cert.renew-start', env, role, certEnd: end, ref, citation: RENEW });
      items.push({ date: minusMonths(end, sno.leadTimes.certificateChangeMonths), kind: 'cert.announce', env, role, certEnd: end, ref, citation: SNO_CERT });
      items.push({ date: end, kind: 'cert.expires', env, role, certEnd: end, ref, citation: SNO_CERT });
      // A G1 certificate valid past G1's end stops working with its root first.
      if (rec.g1 && end > G1_END_DAY) items.push({ date: G1_END_DAY, kind: 'cert.g1-end', env, role, certEnd: end, ref, citation: G1 });
    }
    const cpa = d.artefacts[env]?.cpa;
    if (cpa?.end) items.push({ date: dayOf(cpa.end), kind: 'cpa.end', env, ref: cpa.cpaId, citation: EB010 });
  }
  const range = d.environments.preproductie?.['ketentestPeriode'];
  if (typeof range === 'string' && /^\d{4}-\d{2}-\d{2}\/\d{4}-\d{2}-\d{2}$/.test(range)) {
    const [from, to] = range.split('/') as [string, string];
    items.push({ date: from, kind: 'plan.ketentest', env: 'preproductie', windows: windowsBetween(sno, 'preproductie', from, to), citation: SNO_WINDOW });
  }
  const lpr = d.environments.productie?.['lprDatum'];
  if (typeof lpr === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(lpr)) {
    items.push({ date: lpr, kind: 'plan.lpr', env: 'productie', windows: windowsBetween(sno, 'productie', lpr, lpr), citation: SNO_WINDOW });
  }
  // A renewal in progress: the old certificate is still what the live CPA holds, so its end is the deadline.
  for (const r of d.renewals ?? []) {
    if (r.state !== 'in-progress') continue;
    const common = { env: r.env, role: r.role, certEnd: dayOf(r.old.notAfter), change: r.changeDate, ref: r.newFingerprint256 };
    if (!r.announcedOn)
      items.push({ date: minusMonths(r.changeDate, sno.leadTimes.certificateChangeMonths), kind: 'renew.announce', ...common, citation: SNO_CERT });
    items.push({ date: r.changeDate, kind: 'renew.change', ...common, citation: SNO_CERT });
    items.push({ date: common.certEnd, kind: 'renew.deadline', ...common, citation: EB010 });
  }
  const goLive = d.environments.productie?.['goLive'];
  if (Array.isArray(goLive)) {
    for (const entry of goLive) {
      const { zaaktype, date } = splitGoLive(entry);
      if (date)
        items.push({
          date,
          kind: 'plan.go-live',
          env: 'productie',
          zaaktype,
          ref: zaaktype,
          windows: windowsBetween(sno, 'productie', date, date),
          citation: SNO_WINDOW,
        });
    }
  }
  // The form is out and Logius' answer is still to come: when it is late, the organisation should ask.
  const form = d.steps['2.aanvraagformulier'];
  const sent = form?.values?.['formulierVerstuurd'];
  if ((form?.state ?? 'open') === 'open' && typeof sent === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(sent)) {
    items.push({
      date: addWorkingDays(sent, APPLICATION_TURNAROUND_DAYS),
      kind: 'wait.aanvraagformulier',
      env: 'preproductie',
      since: sent,
      citation: AANVRAAG,
    });
  }
  return items.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** A recorded go-live, `zaaktype=YYYY-MM-DD` (the zaaktype's name may hold '=' itself). */
export function splitGoLive(entry: string): { zaaktype: string; date: string | null } {
  const at = entry.lastIndexOf('=');
  const date = entry.slice(at + 1);
  return at > 0 && /^\d{4}-\d{2}-\d{2}$/.test(date) ? { zaaktype: entry.slice(0, at), date } : { zaaktype: entry, date: null };
}

/**
 * What needs doing within `withinDays` of `today`: items dated up to today + withinDays. Past items
 * stay while they still matter (a notice date that passed while the certificate is still valid is
 * late, not done); for a certificate that already ended only its end is shown. Planned dates that
 * passed are status's business (its warnings).
 */
export function dueWithin(items: DueItem[], today: string, withinDays: number): (DueItem & { daysLeft: number })[] {
  const until = addDays(today, withinDays);
  const days = (d: string) => Math.round((Date.parse(`${d}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
  return items
    .filter((i) => {
      if (i.date > until) return false;
      if (i.kind.startsWith('plan.')) return i.date >= today;
      // Logius' answer is owed until the step is done: a late one stays, that is the point.
      // A renewal's items last as long as it does (a late notice is still to be sent).
      if (i.kind.startsWith('wait.') || i.kind.startsWith('renew.')) return true;
      if (i.certEnd && i.certEnd < today) return i.kind === 'cert.expires';
      return i.kind !== 'cpa.end' || i.date >= addDays(today, -withinDays);
    })
    .map((i) => ({ ...i, daysLeft: days(i.date) }));
}
