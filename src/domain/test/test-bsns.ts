// The test BSNs the organisation recorded (step 3.digid-accounts). lz-onboard never makes one up: a
// random number that passes the 11-proef can be a real person's BSN. Each recorded one passed the
// 11-proef when it was recorded (validators.bsnList); here they are held against the range of test
// numbers the organisation says it was given, when it recorded one.
import type { Dossier } from '../dossier-types.ts';

export interface TestBsns {
  bsns: string[];
  /** "from-to", inclusive, 9 digits each; null when none is recorded. */
  range: [string, string] | null;
  /** The recorded BSNs outside the range. */
  outside: string[];
}

export function testBsns(d: Dossier): TestBsns {
  const values = d.steps['3.digid-accounts']?.values ?? {};
  const raw = values['testBsns'];
  const bsns = Array.isArray(raw) ? raw : typeof raw === 'string' && raw ? raw.split(',') : [];
  const r = values['testBsnRange'];
  const m = typeof r === 'string' ? /^([0-9]{9})-([0-9]{9})$/.exec(r) : null;
  const range: [string, string] | null = m ? [m[1]!, m[2]!] : null;
  // Nine digits each: comparing the strings compares the numbers.
  const outside = range ? bsns.filter((b) => b < range[0] || b > range[1]) : [];
  return { bsns, range, outside };
}
