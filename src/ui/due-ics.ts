// The agenda of `due` as an iCalendar file (RFC 5545) for any calendar program: every dated item an
// all-day event (an alarm at 09:00 on the renewal-start and notice days), the SNO's maintenance
// windows as monthly recurring events in Europe/Amsterdam with its VTIMEZONE. UIDs are stable, so
// importing the file again updates the events instead of duplicating them.
import { createHash } from 'node:crypto';
import type { Lang } from '../domain/checklist.ts';
import type { DueItem, Env, Sno } from '../domain/due.ts';
import { nthWeekday } from '../domain/due.ts';

export interface IcsEvent {
  /** Stable across runs: what the item is about, not when it was exported. */
  key: string;
  item: DueItem;
  summary: string;
  description: string;
}

const TZID = 'Europe/Amsterdam';
// The EU rule since 1996: CEST from the last Sunday of March 02:00 to the last Sunday of October 03:00 local time.
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${TZID}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** TEXT value escaping (RFC 5545 3.3.11). */
export function icsText(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Lines of at most 75 octets, continued with CRLF and a space, never splitting a UTF-8 character (3.1). */
export function fold(line: string): string {
  const parts: string[] = [];
  let cur = '';
  let octets = 0;
  for (const ch of line) {
    const n = Buffer.byteLength(ch);
    if (octets + n > (parts.length ? 74 : 75)) {
      parts.push(cur);
      cur = '';
      octets = 0;
    }
    cur += ch;
    octets += n;
  }
  parts.push(cur);
  return parts.join('\r\n ');
}

const compact = (day: string) => day.replace(/-/g, '');
const uid = (key: string) => `${createHash('sha256').update(key).digest('hex').slice(0, 32)}@lz-onboard`;
const WEEKDAY = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

export function dueIcs(events: IcsEvent[], sno: Sno, lang: Lang, stamp: Date, envs: readonly Env[] = ['preproductie', 'productie']): string {
  const dtstamp = `${stamp.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//lz-onboard//due//NL',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${icsText('lz-onboard')}`,
    ...VTIMEZONE,
  ];
  for (const e of events) {
    const next = new Date(Date.parse(`${e.item.date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${uid(e.key)}`,
      `DTSTAMP:${dtstamp}`,
      `DTSTART;VALUE=DATE:${compact(e.item.date)}`,
      `DTEND;VALUE=DATE:${compact(next)}`,
      `SUMMARY:${icsText(e.summary)}`,
      `DESCRIPTION:${icsText(e.description)}`,
      'TRANSP:TRANSPARENT',
    );
    if (e.item.kind === 'cert.renew-start' || e.item.kind === 'cert.announce') {
      lines.push('BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:${icsText(e.summary)}`, 'TRIGGER;RELATED=START:PT9H', 'END:VALARM');
    }
    lines.push('END:VEVENT');
  }
  // The windows recur from January of the SNO's year: a fixed start keeps each event the same one.
  for (const w of sno.maintenanceWindows) {
    for (const env of envs) {
      const hours = w.environments[env];
      if (!hours) continue;
      const first = nthWeekday(sno.year, 1, w.weekday, w.nth);
      const endDay = hours[1] <= hours[0] ? new Date(Date.parse(`${first}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10) : first;
      const time = (h: string) => `${h.replace(':', '')}00`;
      lines.push(
        'BEGIN:VEVENT',
        `UID:${uid(`window:${w.id}:${env}`)}`,
        `DTSTAMP:${dtstamp}`,
        `DTSTART;TZID=${TZID}:${compact(first)}T${time(hours[0])}`,
        `DTEND;TZID=${TZID}:${compact(endDay)}T${time(hours[1])}`,
        `RRULE:FREQ=MONTHLY;BYDAY=${w.nth}${WEEKDAY[w.weekday]}`,
        `SUMMARY:${icsText(`Logius: ${w.title[lang]} (${env})`)}`,
        `DESCRIPTION:${icsText(sno.source)}`,
        'TRANSP:TRANSPARENT',
        'END:VEVENT',
      );
    }
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
