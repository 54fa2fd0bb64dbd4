// Working days in the Netherlands: not a Saturday, a Sunday or a public holiday. The holidays are
// those of the Algemene termijnenwet, art. 3 lid 1 and 2 (the law's own definition of the days a term
// does not end on), computed for any year, Easter included. The extra days a royal decree adds now
// and then (art. 3 lid 3) cannot be computed and are left out. Counting more days off makes a
// "Logius answers within N working days" date later, never earlier: no false alarm.
import type { Text } from './checklist.ts';
import { addDays } from './calendar.ts';

/** Easter Sunday of a Gregorian year (the anonymous "Meeus/Jones/Butcher" algorithm). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const weekday = (day: string) => new Date(`${day}T00:00:00Z`).getUTCDay();

const NAMES = {
  nieuwjaar: { nl: 'Nieuwjaarsdag', en: "New Year's Day" },
  goedeVrijdag: { nl: 'Goede Vrijdag', en: 'Good Friday' },
  paasmaandag: { nl: 'Tweede Paasdag', en: 'Easter Monday' },
  koningsdag: { nl: 'Koningsdag', en: "King's Day" },
  bevrijding: { nl: 'Bevrijdingsdag (5 mei)', en: 'Liberation Day (5 May)' },
  hemelvaart: { nl: 'Hemelvaartsdag', en: 'Ascension Day' },
  pinkstermaandag: { nl: 'Tweede Pinksterdag', en: 'Whit Monday' },
  kerst1: { nl: 'Eerste Kerstdag', en: 'Christmas Day' },
  kerst2: { nl: 'Tweede Kerstdag', en: 'Boxing Day' },
} satisfies Record<string, Text>;

const cache = new Map<number, Map<string, Text>>();

/** The public holidays of a year, day → name. */
export function holidays(year: number): ReadonlyMap<string, Text> {
  let m = cache.get(year);
  if (m) return m;
  const easter = easterSunday(year);
  // Koningsdag is 27 April, or the 26th when the 27th is a Sunday (Besluit Koningsdag, 2013).
  const april27 = `${year}-04-27`;
  m = new Map<string, Text>([
    [`${year}-01-01`, NAMES.nieuwjaar],
    [addDays(easter, -2), NAMES.goedeVrijdag],
    [addDays(easter, 1), NAMES.paasmaandag],
    [weekday(april27) === 0 ? `${year}-04-26` : april27, NAMES.koningsdag],
    [`${year}-05-05`, NAMES.bevrijding],
    [addDays(easter, 39), NAMES.hemelvaart],
    [addDays(easter, 50), NAMES.pinkstermaandag],
    [`${year}-12-25`, NAMES.kerst1],
    [`${year}-12-26`, NAMES.kerst2],
  ]);
  cache.set(year, m);
  return m;
}

export function isWorkingDay(day: string): boolean {
  const w = weekday(day);
  return w !== 0 && w !== 6 && !holidays(Number(day.slice(0, 4))).has(day);
}

/** The working day `n` working days after `day` (n ≥ 0; 0 gives `day` itself, or the next working day). */
export function addWorkingDays(day: string, n: number): string {
  let d = day;
  while (!isWorkingDay(d) && n === 0) d = addDays(d, 1);
  for (let left = n; left > 0; ) {
    d = addDays(d, 1);
    if (isWorkingDay(d)) left--;
  }
  return d;
}

/** Working days after `from` up to and including `to` (0 when `to` is not after `from`). */
export function workingDaysBetween(from: string, to: string): number {
  let n = 0;
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (isWorkingDay(d)) n++;
  return n;
}
