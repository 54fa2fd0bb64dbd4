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
  return new Date(at.getTime() + amsterdamOffset(at) * 60_000).toISOString().slice(0, 10);
}

/** Noon in Amsterdam on the given day: a date given as YYYY-MM-DD means that whole day, not a UTC edge. */
export function amsterdamNoon(day: string): Date {
  const guess = new Date(`${day}T12:00:00Z`);
  return new Date(guess.getTime() - amsterdamOffset(guess) * 60_000);
}
