// Working days: Easter against published dates, the holidays of 2026 and 2027 against a list made by
// hand from the calendar, and counting over a holiday weekend.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { addDays } from '../../src/domain/calendar.ts';
import { addWorkingDays, easterSunday, holidays, isWorkingDay, workingDaysBetween } from '../../src/domain/working-days.ts';

describe('working days', () => {
  it('Easter Sunday falls on the published dates, early and late ones included', () => {
    const known: Record<number, string> = {
      1818: '1818-03-22',
      1943: '1943-04-25',
      2008: '2008-03-23',
      2019: '2019-04-21',
      2024: '2024-03-31',
      2025: '2025-04-20',
      2026: '2026-04-05',
      2027: '2027-03-28',
      2028: '2028-04-16',
      2038: '2038-04-25',
      2285: '2285-03-22',
    };
    for (const [y, d] of Object.entries(known)) assert.equal(easterSunday(Number(y)), d, y);
  });
  it('Easter is always a Sunday between 22 March and 25 April', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1583, max: 4099 }), (y) => {
        const e = easterSunday(y);
        assert.equal(new Date(`${e}T00:00:00Z`).getUTCDay(), 0);
        assert.ok(e.slice(5) >= '03-22' && e.slice(5) <= '04-25', e);
      }),
    );
  });
  it('the holidays of 2026 and 2027 are those of the calendar (Algemene termijnenwet art. 3)', () => {
    assert.deepEqual([...holidays(2026).keys()].sort(), [
      '2026-01-01',
      '2026-04-03',
      '2026-04-06',
      '2026-04-27',
      '2026-05-05',
      '2026-05-14',
      '2026-05-25',
      '2026-12-25',
      '2026-12-26',
    ]);
    assert.deepEqual([...holidays(2027).keys()].sort(), [
      '2027-01-01',
      '2027-03-26',
      '2027-03-29',
      '2027-04-27',
      '2027-05-05',
      '2027-05-06',
      '2027-05-17',
      '2027-12-25',
      '2027-12-26',
    ]);
    assert.equal(holidays(2026).get('2026-05-14')?.nl, 'Hemelvaartsdag');
  });
  it('Koningsdag moves to 26 April when the 27th is a Sunday', () => {
    assert.ok(holidays(2025).has('2025-04-26'));
    assert.ok(!holidays(2025).has('2025-04-27'));
    assert.ok(holidays(2031).has('2031-04-26'));
  });
  it('five working days from the Wednesday before Easter 2026 skip Good Friday and Easter Monday', () => {
    assert.equal(addWorkingDays('2026-04-01', 5), '2026-04-10');
    assert.equal(addWorkingDays('2026-12-23', 2), '2026-12-28');
    assert.equal(addWorkingDays('2026-12-24', 0), '2026-12-24');
    assert.equal(addWorkingDays('2026-12-25', 0), '2026-12-28');
    assert.equal(workingDaysBetween('2026-04-01', '2026-04-10'), 5);
    assert.equal(workingDaysBetween('2026-04-10', '2026-04-01'), 0);
  });
  it('adding n working days lands on a working day with exactly n working days in between', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3650 }), fc.integer({ min: 1, max: 40 }), (offset, n) => {
        const from = addDays('2024-01-01', offset);
        const to = addWorkingDays(from, n);
        assert.ok(isWorkingDay(to));
        assert.equal(workingDaysBetween(from, to), n);
      }),
    );
  });
});

describe('calendar arithmetic', () => {
  const viaDate = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
  it('addDays (integer arithmetic) agrees with Date over 1600-2400, leap years and century rules included', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1600, 0, 1) / 86_400_000, max: Date.UTC(2400, 0, 1) / 86_400_000 }),
        fc.integer({ min: -4000, max: 4000 }),
        (d, n) => {
          const day = new Date(d * 86_400_000).toISOString().slice(0, 10);
          assert.equal(addDays(day, n), viaDate(day, n));
        },
      ),
      { numRuns: 5000 },
    );
    assert.equal(addDays('2028-02-28', 1), '2028-02-29');
    assert.equal(addDays('2100-02-28', 1), '2100-03-01');
    assert.equal(addDays('2000-02-28', 1), '2000-02-29');
    assert.equal(addDays('2027-01-01', -1), '2026-12-31');
  });
});
