// What `test plan`, `test record` and `apply` share: the plan's scenario set (the file given, else
// the one the dossier's plan used, else the default), evidence files hashed like certificates, and
// the warnings a run gets (outside the agreed test period, in a Logius maintenance window).
import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { amsterdamDay } from '../domain/calendar.ts';
import type { Dossier, TestingRecord } from '../domain/dossier-types.ts';
import { windowsAt } from '../domain/due.ts';
import type { Environment } from '../domain/identifiers.ts';
import { snapshotOf } from '../domain/test/runs.ts';
import type { ScenarioSet } from '../domain/test/scenarios.ts';
import { loadSno } from '../sno-data.ts';
import { CliError } from '../ui/cli-error.ts';
import type { Context } from '../ui/context.ts';
import { EXIT } from '../ui/exit-codes.ts';
import { fromDossier, toDossier } from './artefact-files.ts';
import { loadScenarioSet } from './test-scenarios.ts';

export interface PlanSet {
  set: ScenarioSet;
  /** Absolute path of the organisation's file, or null for the default set. */
  file: string | null;
  snapshot: TestingRecord['scenarios'];
}

export function planSet(ctx: Context, d: Dossier, given: string | undefined): PlanSet {
  const recorded = d.testing?.scenarios.path;
  const file = given ?? (recorded ? fromDossier(ctx, recorded) : undefined);
  const loaded = loadScenarioSet(ctx, file);
  return { set: loaded.set, file: loaded.file, snapshot: snapshotOf(loaded.set, loaded.file ? toDossier(ctx, loaded.file) : null, loaded.sha256) };
}

/** Evidence can be a long adapter log or a screen recording; beyond this it is a mistake. */
const MAX_EVIDENCE = 200 * 1024 * 1024;

function hashFile(abs: string): { sha256: string; size: number } {
  const h = createHash('sha256');
  const fd = openSync(abs, 'r');
  try {
    const buf = Buffer.allocUnsafe(1024 * 1024);
    let size = 0;
    for (;;) {
      const n = readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      size += n;
      h.update(buf.subarray(0, n));
    }
    return { sha256: h.digest('hex').toUpperCase(), size };
  } finally {
    closeSync(fd);
  }
}

/** The SHA-256 of a recorded evidence file as it is now; null when it is gone or cannot be read. */
export function evidenceHash(ctx: Context, path: string): string | null {
  try {
    const abs = fromDossier(ctx, path);
    return statSync(abs).isFile() ? hashFile(abs).sha256 : null;
  } catch {
    return null;
  }
}

/** Each evidence file by its path as the dossier records it, its SHA-256 and size; a missing or odd one is refused. */
export function evidenceRecords(ctx: Context, files: string[]): { path: string; sha256: string; size: number }[] {
  return files.map((f) => {
    const abs = resolve(ctx.cwd, f);
    let st: import('node:fs').Stats;
    try {
      st = statSync(abs);
    } catch {
      throw new CliError('test.evidence-unreadable', { file: abs, reason: 'no such file' }, EXIT.usage);
    }
    if (!st.isFile()) throw new CliError('test.evidence-unreadable', { file: abs, reason: 'not a regular file' }, EXIT.usage);
    if (st.size > MAX_EVIDENCE)
      throw new CliError('test.evidence-unreadable', { file: abs, reason: `larger than ${MAX_EVIDENCE / 1024 / 1024} MB` }, EXIT.usage);
    try {
      return { path: toDossier(ctx, abs), ...hashFile(abs) };
    } catch (e) {
      throw new CliError('test.evidence-unreadable', { file: abs, reason: String((e as NodeJS.ErrnoException).code ?? e) }, EXIT.usage);
    }
  });
}

export interface RunWarning {
  code: 'test.outside-period' | 'test.in-window';
  params: Record<string, string>;
}

/** A run outside the test period agreed with Logius (step 3.ketentest), or in one of Logius' maintenance windows. */
export function runWarnings(d: Dossier, at: Date, env: Environment, lang: 'nl' | 'en'): RunWarning[] {
  const out: RunWarning[] = [];
  // The agreed test period is the chain test's, on pre-production.
  const period = env === 'preproductie' ? d.environments.preproductie['ketentestPeriode'] : undefined;
  if (typeof period === 'string' && /^\d{4}-\d{2}-\d{2}\/\d{4}-\d{2}-\d{2}$/.test(period)) {
    const [from, to] = period.split('/') as [string, string];
    const day = amsterdamDay(at);
    if (day < from || day > to) out.push({ code: 'test.outside-period', params: { from, to } });
  }
  const sno = loadSno();
  const windows = windowsAt(sno, env, at);
  if (windows.length) {
    const names = windows.map((w) => `${w.date} ${sno.maintenanceWindows.find((m) => m.id === w.id)?.title[lang] ?? w.id}`);
    out.push({ code: 'test.in-window', params: { windows: names.join('; ') } });
  }
  return out;
}
