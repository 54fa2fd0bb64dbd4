// The help-desk overview as CSV (RFC 4180: CRLF line ends, fields quoted when they hold a comma,
// quote or line break) for spreadsheets and scripts. The header is English and stable: columns are
// added at the end, never renamed.
import { verificationTotals } from '../domain/verification.ts';
import type { Row } from './render-status.ts';

export const CSV_COLUMNS = [
  'path',
  'name',
  'kind',
  'oin',
  'hrn',
  'kvk',
  'phase',
  'steps_done',
  'steps_total',
  'next_step',
  'first_certificate_end',
  'certificate_state',
  'verify_errors',
  'verify_warnings',
  'warnings',
  'last_activity',
  'error',
  'due_count',
  'next_due_date',
  'next_due_kind',
  'renewals_in_progress',
] as const;

/**
 * One field. A spreadsheet runs a cell that starts with = + - @ (or a tab or CR before them) as a
 * formula (OWASP, CSV injection); an organisation name from a dossier is not trusted to be harmless,
 * so such a field gets a leading apostrophe, which spreadsheets show as text.
 */
export function csvField(value: string | number | undefined | null): string {
  let s = value === undefined || value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function rowCells(r: Row): (string | number | undefined)[] {
  if (!r.dossier || !r.progress) return [r.path, ...Array(15).fill(''), r.error ?? '', '', '', '', ''];
  const o = r.dossier.organisation;
  const applicable = r.progress.phases.filter((p) => p.applicable);
  const v = verificationTotals(r.dossier);
  return [
    r.path,
    o.name,
    o.kind,
    o.oin,
    o.hrn,
    o.kvk,
    r.progress.currentPhase === null ? 'done' : r.progress.currentPhase,
    applicable.reduce((s, p) => s + p.done + p.skipped, 0),
    applicable.reduce((s, p) => s + p.total, 0),
    r.progress.nextStep?.step.id,
    r.summary?.certEnd?.slice(0, 10),
    r.summary?.certState,
    v?.errors,
    v?.warnings,
    r.warnings.length,
    r.summary?.lastActivity,
    '',
    r.summary?.due?.count ?? 0,
    r.summary?.due?.next?.date,
    r.summary?.due?.next?.kind,
    r.summary?.renewals?.length ?? 0,
  ];
}

const line = (cells: readonly (string | number | undefined)[]) => `${cells.map(csvField).join(',')}\r\n`;

export function csvHeader(): string {
  return line(CSV_COLUMNS);
}

export function csvRecord(r: Row): string {
  return line(rowCells(r));
}
