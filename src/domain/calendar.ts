// Days as the user lives them: in Europe/Amsterdam (CET, CEST from the last Sunday of March 01:00
// UTC to the last Sunday of October 01:00 UTC, the EU rule since 1996). Computed, without Intl,
// which would cost start-up time on every status.

function lastSunday(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month + 1, 0)); // the month's last day
  return Date.UTC(year, month, last.getUTCDate() - last.getUTCDay(), 1);
}

/** Minutes Amsterdam is ahead of UTC at this instant: 60 (CET) or 120 (CEST). */
export function amsterdamOffset(at: Date): number {
  const y = at.getUTCFullYear();
  const t = at.getTime();
  return t >= lastSunday(y, 2) && t < lastSunday(y, 9) ? 120 : 60;
}

/** The calendar day (YYYY-MM-DD) in Amsterdam at this instant. */
export function amsterdamDay(at: Date): string {
  return amsterdamDayOfMs(at.getTime());
}

// The DST switches of each year, computed once: status asks for the day of every dossier's last action.
const switches = new Map<number, [number, number]>();

/** amsterdamDay for milliseconds since the epoch, without making Date objects. */
export function amsterdamDayOfMs(ms: number): string {
  const days = Math.floor(ms / 86_400_000);
  const [y] = civil(days);
  let sw = switches.get(y);
  if (!sw) switches.set(y, (sw = [lastSunday(y, 2), lastSunday(y, 9)]));
  const local = ms + (ms >= sw[0] && ms < sw[1] ? 120 : 60) * 60_000;
  const [year, month, day] = civil(Math.floor(local / 86_400_000));
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/** Year, month (1-12) and day of a count of days since 1970-01-01 (H. Hinnant's civil_from_days). */
function civil(z0: number): [number, number, number] {
  const z = z0 + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

/** Noon in Amsterdam on the given day: a date given as YYYY-MM-DD means that whole day, not a UTC edge. */
export function amsterdamNoon(day: string): Date {
  const guess = new Date(`${day}T12:00:00Z`);
  return new Date(guess.getTime() - amsterdamOffset(guess) * 60_000);
}

/** Days since 1970-01-01 of a YYYY-MM-DD (H. Hinnant's days_from_civil). */
export function daysOfDay(day: string): number {
  let y = Number(day.slice(0, 4));
  const m = Number(day.slice(5, 7));
  const d = Number(day.slice(8, 10));
  if (m <= 2) y -= 1;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** YYYY-MM-DD of a count of days since 1970-01-01. */
export function dayOfDays(n: number): string {
  const [year, month, day] = civil(n);
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/** YYYY-MM-DD plus (or minus) days; integer arithmetic, no Date (status does this for every dossier). */
export function addDays(day: string, days: number): string {
  return dayOfDays(daysOfDay(day) + days);
}
