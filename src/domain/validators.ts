// Named validators that the checklist data (templates/checklist.json) refers to. Each one
// normalises a raw string into the stored value, or says why it cannot.
import { analyseHrn, analyseOin, analysePartyId, isBsn, normaliseBsn, type Environment } from './identifiers.ts';

export type StoredValue = string | string[];
export type ValidationResult = { ok: true; value: StoredValue } | { ok: false; error: string; params?: Record<string, string> };

export interface ValidatorContext {
  environment?: Environment;
  options?: readonly string[];
}

type Validator = (raw: string, ctx: ValidatorContext) => ValidationResult;

const ok = (value: StoredValue): ValidationResult => ({ ok: true, value });
const bad = (error: string, params?: Record<string, string>): ValidationResult => ({ ok: false, error, params });

export function splitList(raw: string): string[] {
  return raw
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

const HOST = /^(?=.{1,253}$)(\*\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

// Control characters make a value unusable in XML and in a terminal; refuse them everywhere
// (LF separates lines of a text and items of a list; see domain/text for the rest).
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/;

const validators: Record<string, Validator> = {
  text(raw) {
    const v = raw.trim();
    if (!v) return bad('value.empty');
    if (CONTROL.test(v)) return bad('value.control');
    if (v.length > 500) return bad('value.too-long', { max: '500' });
    return ok(v);
  },
  identifier(raw) {
    const v = raw.trim();
    if (!v) return bad('value.empty');
    if (!/^[A-Za-z0-9][A-Za-z0-9._:/-]{0,199}$/.test(v)) return bad('value.identifier');
    return ok(v);
  },
  choice(raw, ctx) {
    const v = raw.trim().toLowerCase();
    const options = ctx.options ?? [];
    if (!options.includes(v)) return bad('value.choice', { options: options.join(', ') });
    return ok(v);
  },
  list(raw) {
    const items = splitList(raw);
    if (items.length === 0) return bad('value.empty');
    if (items.some((i) => CONTROL.test(i))) return bad('value.control');
    return ok([...new Set(items)]);
  },
  hostnames(raw) {
    const items = splitList(raw).map((s) => s.toLowerCase());
    if (items.length === 0) return bad('value.empty');
    const wrong = items.find((h) => !HOST.test(h));
    if (wrong) return bad('value.hostname', { value: wrong });
    return ok([...new Set(items)]);
  },
  email(raw) {
    const v = raw.trim();
    if (!/^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[a-z]{2,}$/i.test(v)) return bad('value.email');
    return ok(v);
  },
  httpsUrl(raw) {
    const v = raw.trim();
    let u: URL;
    try {
      u = new URL(v);
    } catch {
      return bad('value.url');
    }
    if (u.protocol !== 'https:') return bad('value.url-https');
    if (!u.hostname) return bad('value.url');
    if (u.username || u.password) return bad('value.url-credentials');
    return ok(v);
  },
  oin(raw) {
    const r = analyseOin(raw);
    if (!r.valid) return bad(r.findings.find((f) => f.severity === 'error')?.code ?? 'id.invalid', r.findings[0]?.params);
    return ok(r.value);
  },
  hrn(raw) {
    const r = analyseHrn(raw);
    if (!r.valid) return bad(r.findings.find((f) => f.severity === 'error')?.code ?? 'id.invalid', r.findings.at(-1)?.params);
    return ok(r.value);
  },
  partyId(raw, ctx) {
    const r = analysePartyId(raw, ctx.environment);
    const err = r.findings.find((f) => f.severity === 'error');
    if (err) return bad(err.code, err.params);
    return ok(r.value);
  },
  cpaId(raw) {
    const v = raw.trim();
    if (!v) return bad('value.empty');
    // The register or provider names the CPA and the ping repeats it verbatim: any token without
    // white space (dots and $ included; those get a warning, see artefacts/cross.cpaIdShape).
    if (/[\s\u0000-\u001F\u007F-\u009F]/.test(v) || v.length > 200) return bad('value.cpaid-chars');
    return ok(v);
  },
  bsnList(raw) {
    const items = splitList(raw);
    if (items.length === 0) return bad('value.empty');
    const wrong = items.find((b) => !isBsn(b));
    if (wrong) return bad('value.bsn', { value: wrong });
    return ok([...new Set(items.map(normaliseBsn))]);
  },
  date(raw) {
    const v = raw.trim();
    if (!isIsoDate(v)) return bad('value.date');
    return ok(v);
  },
  zaaktypeDates(raw) {
    const items = splitList(raw);
    if (items.length === 0) return bad('value.empty');
    const out = new Map<string, string>();
    for (const item of items) {
      const at = item.lastIndexOf('=');
      const name = item.slice(0, at).trim();
      const date = item.slice(at + 1).trim();
      if (at <= 0 || !name || !isIsoDate(date)) return bad('value.zaaktype-date', { value: item });
      if (CONTROL.test(name)) return bad('value.control');
      // One date per zaaktype: a later entry for the same one replaces the earlier.
      out.set(name, date);
    }
    return ok([...out].map(([name, date]) => `${name}=${date}`));
  },
  /** A number of people or things: a whole number from 1. */
  count(raw) {
    const v = raw.trim();
    if (!/^[0-9]{1,6}$/.test(v) || Number(v) < 1) return bad('value.count');
    return ok(String(Number(v)));
  },
  /** A range of test BSNs, "900000000-999999999": two 9-digit numbers, the first not above the second. */
  bsnRange(raw) {
    const m = /^\s*([0-9]{9})\s*-\s*([0-9]{9})\s*$/.exec(raw);
    if (!m) return bad('value.bsn-range');
    if (m[1]! > m[2]!) return bad('value.bsn-range-order');
    return ok(`${m[1]}-${m[2]}`);
  },
  dateRange(raw) {
    const parts = raw
      .trim()
      .split('/')
      .map((s) => s.trim());
    if (parts.length !== 2 || !parts.every(isIsoDate)) return bad('value.date-range');
    if (parts[0]! > parts[1]!) return bad('value.date-range-order');
    return ok(`${parts[0]}/${parts[1]}`);
  },
};

export function validatorNames(): string[] {
  return Object.keys(validators);
}

export function validate(name: string, raw: string, ctx: ValidatorContext = {}): ValidationResult {
  const fn = validators[name];
  if (!fn) throw new Error(`unknown validator ${name}`);
  return fn(raw, ctx);
}

/** The textual form of a stored value, as a user types it on the command line. */
export function formatValue(v: StoredValue): string {
  return Array.isArray(v) ? v.join(',') : v;
}
