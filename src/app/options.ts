// The options several commands share, parsed once and the same way everywhere: the same values are
// accepted, the same one-line error (flag.invalid, exit 2) names the flag and what it expects.
import { amsterdamNoon } from '../domain/calendar.ts';
import type { Severity } from '../domain/findings.ts';
import type { Environment } from '../domain/identifiers.ts';
import { isIsoDate } from '../domain/validators.ts';
import { CliError } from '../ui/cli-error.ts';

export type Role = 'client' | 'server';

const invalid = (flag: string, reason: string, extra: Record<string, string> = {}) => new CliError('flag.invalid', { flag, reason, ...extra });

function choice<T extends string>(flag: string, v: string | undefined, options: readonly T[]): T | undefined {
  if (v === undefined) return undefined;
  if (!(options as readonly string[]).includes(v)) throw invalid(flag, 'value.choice', { options: options.join(', ') });
  return v as T;
}

export const parseEnv = (v: string | undefined): Environment | undefined => choice('--env', v, ['preproductie', 'productie'] as const);
export const parseRole = (v: string | undefined): Role | undefined => choice('--role', v, ['client', 'server'] as const);
export const parseSeverity = (v: string | undefined): Severity => choice('--severity', v, ['error', 'warning'] as const) ?? 'error';

export function requireEnv(v: string | undefined): Environment {
  const env = parseEnv(v);
  if (!env) throw new CliError('flag.required', { flag: '--env' });
  return env;
}

/**
 * --at: a day (YYYY-MM-DD, meaning noon of that day in Amsterdam, whatever the command) or an
 * instant with a time zone (2027-05-01T08:00:00Z). Anything else is refused.
 */
export function parseAt(v: string | undefined, now: Date): Date {
  if (v === undefined) return now;
  if (isIsoDate(v)) return amsterdamNoon(v);
  const d = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(v) ? new Date(v) : new Date(NaN);
  if (Number.isNaN(d.getTime())) throw invalid('--at', 'value.at');
  return d;
}

/** --expires-in: whole days, 0 or more (default 60: Logius wants certificate changes two months ahead). */
export function parseDays(flag: string, v: string | undefined, fallback: number): number {
  if (v === undefined) return fallback;
  if (!/^\d{1,5}$/.test(v.trim())) throw invalid(flag, 'value.days');
  return Number(v.trim());
}

/** --endpoint: an absolute URL (https is judged by the checks, with a finding); its host. */
export function parseEndpoint(v: string | undefined): { url: string; host: string } | undefined {
  if (v === undefined) return undefined;
  let u: URL;
  try {
    u = new URL(v);
  } catch {
    throw invalid('--endpoint', 'value.url');
  }
  if (!u.hostname) throw invalid('--endpoint', 'value.url');
  return { url: v, host: u.hostname };
}

/** A day flag (--from, --announced): YYYY-MM-DD. */
export function parseDay(flag: string, v: string | undefined): string | undefined {
  if (v === undefined) return undefined;
  if (!isIsoDate(v.trim())) throw invalid(flag, 'value.date');
  return v.trim();
}
