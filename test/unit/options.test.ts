// The argument table: shared options, one line per case, parsed value or the usage error. The same
// flag behaves the same in every command that takes it (they all go through app/options).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parseAt, parseDays, parseEndpoint, parseEnv, parseRole, parseSeverity, requireEnv } from '../../src/app/options.ts';
import { amsterdamDay, amsterdamOffset } from '../../src/domain/calendar.ts';
import { CliError } from '../../src/ui/cli-error.ts';

const NOW = new Date('2026-12-02T10:00:00Z');
type Case = [string, () => unknown, unknown];
const err = (flag: string, reason: string) => ({ error: { flag, reason } });
function run(f: () => unknown): unknown {
  try {
    const v = f();
    return v instanceof Date ? v.toISOString() : v;
  } catch (e) {
    if (e instanceof CliError) return e.code === 'flag.invalid' ? err(e.params['flag']!, e.params['reason']!) : { error: e.code };
    throw e;
  }
}

const cases: Case[] = [
  ['--env preproductie', () => parseEnv('preproductie'), 'preproductie'],
  ['--env acceptatie', () => parseEnv('acceptatie'), err('--env', 'value.choice')],
  ['(no --env) where required', () => requireEnv(undefined), { error: 'flag.required' }],
  ['--role server', () => parseRole('server'), 'server'],
  ['--role admin', () => parseRole('admin'), err('--role', 'value.choice')],
  ['--severity warning', () => parseSeverity('warning'), 'warning'],
  ['(no --severity)', () => parseSeverity(undefined), 'error'],
  ['--severity info', () => parseSeverity('info'), err('--severity', 'value.choice')],
  // A day is noon in Amsterdam, in winter (CET) and in summer (CEST), for every command.
  ['--at 2027-01-15', () => parseAt('2027-01-15', NOW), '2027-01-15T11:00:00.000Z'],
  ['--at 2027-05-01', () => parseAt('2027-05-01', NOW), '2027-05-01T10:00:00.000Z'],
  ['--at 2027-05-01T08:00:00Z', () => parseAt('2027-05-01T08:00:00Z', NOW), '2027-05-01T08:00:00.000Z'],
  ['--at 2027-05-01T08:00:00+02:00', () => parseAt('2027-05-01T08:00:00+02:00', NOW), '2027-05-01T06:00:00.000Z'],
  ['(no --at)', () => parseAt(undefined, NOW), NOW.toISOString()],
  ['--at gisteren', () => parseAt('gisteren', NOW), err('--at', 'value.at')],
  ['--at 2027-02-30', () => parseAt('2027-02-30', NOW), err('--at', 'value.at')],
  ['--at 2027-05-01 08:00 (no zone)', () => parseAt('2027-05-01T08:00', NOW), err('--at', 'value.at')],
  ['--expires-in 30', () => parseDays('--expires-in', '30', 60), 30],
  ['--expires-in 0', () => parseDays('--expires-in', '0', 60), 0],
  ['(no --expires-in)', () => parseDays('--expires-in', undefined, 60), 60],
  ['--expires-in abc', () => parseDays('--expires-in', 'abc', 60), err('--expires-in', 'value.days')],
  ['--expires-in -5', () => parseDays('--expires-in', '-5', 60), err('--expires-in', 'value.days')],
  ['--endpoint https://lz.example.nl/ebms', () => parseEndpoint('https://lz.example.nl/ebms'), { url: 'https://lz.example.nl/ebms', host: 'lz.example.nl' }],
  ['--endpoint notaurl', () => parseEndpoint('notaurl'), err('--endpoint', 'value.url')],
];

describe('argument table: shared options', () => {
  for (const [argv, f, expected] of cases) it(argv, () => assert.deepEqual(run(f), expected));
});

describe('the Amsterdam calendar', () => {
  it('switches to summer time on the last Sunday of March and back on the last Sunday of October, at 01:00 UTC', () => {
    assert.equal(amsterdamOffset(new Date('2027-03-28T00:59:59Z')), 60);
    assert.equal(amsterdamOffset(new Date('2027-03-28T01:00:00Z')), 120);
    assert.equal(amsterdamOffset(new Date('2027-10-31T00:59:59Z')), 120);
    assert.equal(amsterdamOffset(new Date('2027-10-31T01:00:00Z')), 60);
  });
  it('"today" between midnight and 01:00/02:00 is already the next day in the Netherlands', () => {
    assert.equal(amsterdamDay(new Date('2026-12-01T23:30:00Z')), '2026-12-02');
    assert.equal(amsterdamDay(new Date('2027-06-30T22:30:00Z')), '2027-07-01');
    assert.equal(amsterdamDay(new Date('2027-06-30T21:30:00Z')), '2027-06-30');
  });
  it('agrees with the time-zone database (Intl, Europe/Amsterdam) at any instant from 1996 to 2100', () => {
    const tz = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1996, 0, 1), max: Date.UTC(2100, 0, 1) }), (ms) => amsterdamDay(new Date(ms)) === tz.format(ms)),
      { numRuns: 20_000 },
    );
    // The switch instants themselves, where an hour decides the day.
    for (const at of ['2027-03-27T22:59:59Z', '2027-03-27T23:00:00Z', '2027-10-30T21:59:59Z', '2027-10-30T22:00:00Z', '2028-02-28T23:30:00Z']) {
      assert.equal(amsterdamDay(new Date(at)), tz.format(new Date(at)), at);
    }
  });
});
