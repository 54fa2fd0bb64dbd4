// Phase 4 on record: the limited production run (LPR) uses real people's BSNs (project members),
// so no BSN is ever written down with it; it starts only after Logius approved the test report, on
// a day outside Logius' maintenance windows, with the zaaktypen it covers. Handleiding Aansluiten
// Lopende Zaken v2.0, fase 4: "In de productierun worden BSN's van de betrokkenen gebruikt";
// SNO MijnOverheid 2023: the maintenance windows.
import type { Checklist } from '../checklist.ts';
import type { Dossier, Values } from '../dossier-types.ts';
import { windowsBetween } from '../due.ts';
import { DomainError } from '../errors.ts';
import { bsnsIn } from './runs.ts';

export const LPR_STEPS = new Set(['4.lpr', '4.lpr-afgerond']);

const texts = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : v === undefined || v === null ? [] : [String(v)]);

/**
 * Throws when a step of the production run would record a BSN (any: outside the test list every BSN
 * is a real person's), an LPR day before the test report was approved or in a maintenance window,
 * or zaaktypen the dossier does not have. `d` is the dossier with the action's values applied.
 */
export function checkProductionRun(c: Checklist, d: Dossier, stepId: string, values: Values, note?: string): void {
  if (!LPR_STEPS.has(stepId)) return;
  for (const [key, v] of [...Object.entries(values), ['note', note] as const]) {
    for (const text of texts(v)) if (bsnsIn(text).length) throw new DomainError('lpr.bsn', { step: stepId, key });
  }
  if (stepId !== '4.lpr') return;
  const day = values['lprDatum'];
  if (typeof day === 'string') {
    const report = d.steps['3.testrapport'];
    if (report?.state !== 'done') throw new DomainError('lpr.before-approval', { step: stepId });
    const approved = report.values?.['goedgekeurdOp'];
    if (typeof approved === 'string' && day < approved) throw new DomainError('lpr.before-approval-date', { step: stepId, day, approved });
    const windows = c.maintenanceWindows ? windowsBetween({ maintenanceWindows: c.maintenanceWindows }, 'productie', day, day) : [];
    if (windows.length) throw new DomainError('lpr.in-window', { step: stepId, day, windows: windows.map((w) => w.id).join(', ') });
  }
  const zaaktypen = values['lprZaaktypen'];
  if (zaaktypen !== undefined) {
    const known = d.choices.zaaktypen ?? [];
    const unknown = texts(zaaktypen).filter((z) => !known.includes(z));
    if (unknown.length) throw new DomainError('lpr.unknown-zaaktype', { step: stepId, zaaktypen: unknown.join(', '), known: known.join(', ') || '-' });
  }
}
