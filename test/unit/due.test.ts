// The dated agenda: month arithmetic, the SNO's maintenance days against a list made by hand from
// the 2026 and 2027 calendars, and which items are due.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { addDays, dueItems, dueWithin, minusMonths, nthWeekday, windowsBetween, type Sno } from '../../src/domain/due.ts';
import type { Dossier } from '../../src/domain/dossier-types.ts';
import { createDossier } from '../../src/domain/actions.ts';
import { checklist } from '../../src/checklist-data.ts';

const sno = JSON.parse(readFileSync(new URL('../../templates/sno.json', import.meta.url), 'utf8')) as Sno;

// Second Wednesday, fourth Wednesday and second Tuesday of every month, read off a printed calendar.
const BY_HAND = `2026-01-14 2026-01-28 2026-01-13 2026-02-11 2026-02-25 2026-02-10 2026-03-11 2026-03-25 2026-03-10
2026-04-08 2026-04-22 2026-04-14 2026-05-13 2026-05-27 2026-05-12 2026-06-10 2026-06-24 2026-06-09 2026-07-08 2026-07-22
2026-07-14 2026-08-12 2026-08-26 2026-08-11 2026-09-09 2026-09-23 2026-09-08 2026-10-14 2026-10-28 2026-10-13 2026-11-11
2026-11-25 2026-11-10 2026-12-09 2026-12-23 2026-12-08 2027-01-13 2027-01-27 2027-01-12 2027-02-10 2027-02-24 2027-02-09
2027-03-10 2027-03-24 2027-03-09 2027-04-14 2027-04-28 2027-04-13 2027-05-12 2027-05-26 2027-05-11 2027-06-09 2027-06-23
2027-06-08 2027-07-14 2027-07-28 2027-07-13 2027-08-11 2027-08-25 2027-08-10 2027-09-08 2027-09-22 2027-09-14 2027-10-13
2027-10-27 2027-10-12 2027-11-10 2027-11-24 2027-11-09 2027-12-08 2027-12-22 2027-12-14`.split(/\s+/);

const dossier = (over: Partial<Dossier> = {}): Dossier => ({
  ...createDossier(checklist, { kind: 'overheid', name: 'Gemeente X', oin: '00000001002220647000' }, { by: 'tester', at: '2026-12-01T09:00:00Z' }),
  ...over,
});
const cert = (notAfter: string) => ({
  path: 'c.pem',
  chain: [],
  fingerprint256: 'AA',
  subject: 'CN=x',
  identifier: null,
  notBefore: '2025-01-01T00:00:00Z',
  notAfter,
  at: '',
  by: '',
});

describe('dates', () => {
  it('months back keep the day or take the last of a shorter month', () => {
    assert.equal(minusMonths('2027-05-31', 2), '2027-03-31');
    assert.equal(minusMonths('2027-04-30', 2), '2027-02-28');
    assert.equal(minusMonths('2028-04-29', 2), '2028-02-29');
    assert.equal(minusMonths('2027-01-15', 2), '2026-11-15');
    assert.equal(addDays('2026-12-31', 1), '2027-01-01');
  });
  it('the maintenance days of 2026 and 2027 are those of the calendar', () => {
    const computed: string[] = [];
    for (const y of [2026, 2027]) for (let m = 1; m <= 12; m++) computed.push(nthWeekday(y, m, 3, 2), nthWeekday(y, m, 3, 4), nthWeekday(y, m, 2, 2));
    assert.deepEqual(computed, BY_HAND);
  });
  it('a window past midnight (functional maintenance on preproductie, 17:00-06:00) touches the next day too', () => {
    assert.deepEqual(windowsBetween(sno, 'preproductie', '2027-01-28', '2027-01-28'), [{ id: 'portaal-functioneel', date: '2027-01-27' }]);
    assert.deepEqual(windowsBetween(sno, 'productie', '2027-01-28', '2027-01-28'), []);
    assert.deepEqual(
      windowsBetween(sno, 'productie', '2027-01-11', '2027-01-15').map((w) => `${w.date} ${w.id}`),
      ['2027-01-12 berichtenbox', '2027-01-13 portaal-technisch'],
    );
  });
});

describe('due items', () => {
  const d = dossier({
    certificates: { preproductie: { client: cert('2027-05-31T10:00:00Z') }, productie: {} },
    artefacts: {
      preproductie: {
        cpa: { path: 'cpa.xml', sha256: 'x', cpaId: 'c', start: null, end: '2027-05-31T10:00:00Z', ourPartyId: null, otherPartyId: null, at: '', by: '' },
      },
      productie: {},
    },
    environments: { preproductie: { ketentestPeriode: '2027-03-01/2027-03-12' }, productie: { lprDatum: '2027-04-14' } },
  } as Partial<Dossier>);
  it('a certificate gives its renewal start (120 days), its notice date (two months) and its end; the CPA and planned dates theirs', () => {
    const items = dueItems(d, sno, { renewLeadDays: 120 });
    assert.deepEqual(
      items.map((i) => `${i.date} ${i.kind}`),
      [
        '2027-01-31 cert.renew-start',
        '2027-03-01 plan.ketentest',
        '2027-03-31 cert.announce',
        '2027-04-14 plan.lpr',
        '2027-05-31 cert.expires',
        '2027-05-31 cpa.end',
      ],
    );
    assert.deepEqual(
      items.find((i) => i.kind === 'plan.lpr')!.windows!.map((w) => w.id),
      ['portaal-technisch'],
      'the LPR is planned on the second Wednesday',
    );
    assert.deepEqual(
      items.find((i) => i.kind === 'plan.ketentest')!.windows!.map((w) => `${w.date} ${w.id}`),
      ['2027-03-09 berichtenbox', '2027-03-10 portaal-technisch'],
    );
  });
  it('a G1 certificate valid past 2028-11-14 ends with its root first; a G4 one (no g1 mark) does not', () => {
    const g1 = dossier({ certificates: { preproductie: {}, productie: { server: { ...cert('2029-03-01T00:00:00Z'), g1: true } } } } as Partial<Dossier>);
    const items = dueItems(g1, sno, { renewLeadDays: 120 });
    assert.deepEqual(
      items.map((i) => `${i.date} ${i.kind}`),
      ['2028-11-01 cert.renew-start', '2028-11-14 cert.g1-end', '2029-01-01 cert.announce', '2029-03-01 cert.expires'],
    );
    const g4 = dossier({ certificates: { preproductie: {}, productie: { server: cert('2029-03-01T00:00:00Z') } } } as Partial<Dossier>);
    assert.ok(!dueItems(g4, sno, { renewLeadDays: 120 }).some((i) => i.kind === 'cert.g1-end'));
    assert.deepEqual(
      dueWithin(items, '2028-12-01', 10).map((i) => `${i.kind} ${i.daysLeft}`),
      ['cert.renew-start -30', 'cert.g1-end -17'],
      'after G1 ended the certificate is broken: still listed, late',
    );
  });
  it('within the window: late notices stay, a certificate that ended shows only its end, past plans are left to status', () => {
    const items = dueItems(d, sno, { renewLeadDays: 120 });
    assert.deepEqual(
      dueWithin(items, '2027-04-01', 30).map((i) => `${i.kind} ${i.daysLeft}`),
      ['cert.renew-start -60', 'cert.announce -1', 'plan.lpr 13'],
    );
    assert.deepEqual(
      dueWithin(items, '2027-06-02', 30).map((i) => i.kind),
      ['cert.expires', 'cpa.end'],
    );
    assert.deepEqual(dueWithin(items, '2026-12-01', 30), []);
  });
  it('a sent application form is owed an answer 5 working days later (Easter 2026 in between) until its step is done', () => {
    const base = dossier();
    const sent = { ...base, steps: { ...base.steps, '2.aanvraagformulier': { state: 'open' as const, values: { formulierVerstuurd: '2026-04-01' } } } };
    const wait = dueItems(sent, sno, { renewLeadDays: 120 }).filter((i) => i.kind === 'wait.aanvraagformulier');
    assert.deepEqual(
      wait.map((i) => `${i.date} ${i.since}`),
      ['2026-04-10 2026-04-01'],
    );
    assert.deepEqual(
      dueWithin(wait, '2026-05-01', 7).map((i) => i.daysLeft),
      [-21],
      'a late answer stays on the list',
    );
    const done = { ...sent, steps: { ...sent.steps, '2.aanvraagformulier': { state: 'done' as const, values: { formulierVerstuurd: '2026-04-01' } } } };
    assert.ok(!dueItems(done, sno, { renewLeadDays: 120 }).some((i) => i.kind === 'wait.aanvraagformulier'));
  });
  it('a go-live per zaaktype is a planned production date, checked against the production windows', () => {
    const base = dossier();
    const g = { ...base, environments: { ...base.environments, productie: { goLive: ['omgevingsvergunning=2026-06-10', 'a=b=2026-06-11'] } } };
    assert.deepEqual(
      dueItems(g, sno, { renewLeadDays: 120 })
        .filter((i) => i.kind === 'plan.go-live')
        .map((i) => `${i.date} ${i.zaaktype} ${i.windows?.map((w) => w.id).join('+')}`),
      ['2026-06-10 omgevingsvergunning portaal-technisch', '2026-06-11 a=b '],
    );
  });
});
