// The current and the new certificate of a replacement side by side, and what that comparison says:
// the party must stay the same, the host names should, the key pair should not.
import { addDays } from '../calendar.ts';
import { minusMonths } from '../due.ts';
import { finding, sortFindings, type Finding } from '../findings.ts';
import { RENEWAL_CHECKS as R } from './catalogue.ts';

/** What the comparison needs of each side (the current one may be known only from its record). */
export interface CertSide {
  fingerprint256: string;
  subject: string;
  identifier: string | null;
  /** DNS names of the SAN; null when unknown (a record without its file). */
  hosts: string[] | null;
  /** "RSA 2048", "EC P-256"; null when unknown. */
  key: string | null;
  spkiSha256: string | null;
  notBefore: string;
  notAfter: string;
  generation: string | null;
}

const day = (iso: string) => iso.slice(0, 10);

export function compareCertificates(old: CertSide, neu: CertSide): Finding[] {
  const out: Finding[] = [];
  if (old.fingerprint256 === neu.fingerprint256) return [finding(R.same)];
  if (old.identifier && neu.identifier && old.identifier !== neu.identifier) out.push(finding(R.identifier, { old: old.identifier, new: neu.identifier }));
  if (neu.notAfter <= old.notAfter) out.push(finding(R.shorter, { old: day(old.notAfter), new: day(neu.notAfter) }));
  if (old.hosts && neu.hosts) {
    const lost = old.hosts.filter((h) => !neu.hosts!.includes(h));
    if (lost.length) out.push(finding(R.hosts, { hosts: lost.join(', ') }));
  }
  if (old.spkiSha256 === null || neu.spkiSha256 === null) out.push(finding(R.keyUnknown));
  else if (old.spkiSha256 === neu.spkiSha256) out.push(finding(R.sameKey));
  if (old.generation !== neu.generation) out.push(finding(R.generation, { old: old.generation ?? '?', new: neu.generation ?? '?' }));
  return sortFindings(out);
}

/** The default change date: two months after today (the notice period), or the day before the current certificate ends if that is sooner. */
export function defaultChangeDate(today: string, oldEnd: string, noticeMonths: number): string {
  const earliest = minusMonths(today, -noticeMonths);
  const last = addDays(oldEnd, -1);
  return earliest <= last ? earliest : last < today ? today : last;
}

/** The change date against today, the notice period and both certificates' validity. */
export function changeDateFindings(from: string, today: string, oldEnd: string, newStart: string, noticeMonths: number): Finding[] {
  const out: Finding[] = [];
  if (from < today) out.push(finding(R.fromPast, { from, today }));
  if (from > oldEnd) out.push(finding(R.fromAfterEnd, { from, end: oldEnd }));
  if (from < newStart) out.push(finding(R.fromBeforeNew, { from, start: newStart }));
  if (from >= today && from < minusMonths(today, -noticeMonths)) out.push(finding(R.lateNotice, { from, today }));
  return out;
}
