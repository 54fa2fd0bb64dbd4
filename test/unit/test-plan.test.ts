// The chain-test plan: the scenario file's shape, the matrix of scenarios × zaaktypen, and the
// recorded test BSNs held against their range.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { DomainError } from '../../src/domain/errors.ts';
import { parseScenarioSet, planItems } from '../../src/domain/test/scenarios.ts';
import { bsnsIn, coverage, recordRuns, snapshotOf, withoutStrayBsns } from '../../src/domain/test/runs.ts';
import { checkTestGate } from '../../src/domain/test/gate.ts';
import { windowsAt } from '../../src/domain/due.ts';
import { reportModel } from '../../src/domain/test/report.ts';
import { renderHtml } from '../../src/ui/report-html.ts';
import { renderMarkdown } from '../../src/ui/report-markdown.ts';
import fc from 'fast-check';
import { testBsns } from '../../src/domain/test/test-bsns.ts';
import { validate } from '../../src/domain/validators.ts';
import type { Dossier } from '../../src/domain/dossier-types.ts';

const template = JSON.parse(readFileSync(new URL('../../templates/test-scenarios.json', import.meta.url), 'utf8'));

const problem = (raw: unknown) => {
  try {
    parseScenarioSet(raw);
  } catch (e) {
    assert.ok(e instanceof DomainError);
    return `${e.params['where']} ${e.params['reason']}`;
  }
  assert.fail('accepted');
};

describe('scenario sets', () => {
  it('the default set is marked as derived, in both languages, with per-zaaktype and once-only scenarios', () => {
    const set = parseScenarioSet(template);
    assert.equal(set.derived, true);
    assert.match(set.source.nl, /Checklist Testen Lopende Zaken/);
    assert.match(set.source.en, /replace these scenarios/);
    const ids = set.scenarios.map((s) => s.id);
    for (const id of [
      'nieuwe-zaak',
      'statuswijziging',
      'zaak-afgesloten',
      'link-zaakdossier',
      'e-mailnotificatie',
      'bsn-zonder-account',
      'ongeldig-bericht',
      'transport',
      'intern',
    ])
      assert.ok(ids.includes(id), id);
    assert.deepEqual(
      set.scenarios.filter((s) => !s.perZaaktype).map((s) => s.id),
      ['bsn-zonder-account', 'ongeldig-bericht', 'transport', 'intern'],
    );
    for (const s of set.scenarios) assert.notEqual(s.expected.nl, s.expected.en, s.id);
  });
  it('a user file: plain strings serve both languages, perZaaktype defaults to true, derived to false', () => {
    const set = parseScenarioSet({ scenarios: [{ id: 'h5.1', title: 'Zaak aanmaken', expected: 'Zaak zichtbaar' }] });
    assert.equal(set.derived, false);
    assert.deepEqual(set.scenarios[0], {
      id: 'h5.1',
      perZaaktype: true,
      title: { nl: 'Zaak aanmaken', en: 'Zaak aanmaken' },
      expected: { nl: 'Zaak zichtbaar', en: 'Zaak zichtbaar' },
    });
  });
  it('refuses what is not a scenario set, naming where', () => {
    assert.equal(problem([]), '(top level) object');
    assert.equal(problem({ scenarios: [] }), 'scenarios list');
    assert.equal(problem({ scenarios: [{ id: 'Has Space', title: 't', expected: 'e' }] }), 'scenarios[0].id id');
    assert.equal(
      problem({
        scenarios: [
          { id: 'a', title: 't', expected: 'e' },
          { id: 'a', title: 't', expected: 'e' },
        ],
      }),
      'scenarios[1].id duplicate',
    );
    assert.equal(problem({ scenarios: [{ id: 'a', title: 't' }] }), 'scenarios[0].expected text');
    assert.equal(problem({ scenarios: [{ id: 'a', title: 't\u202e', expected: 'e' }] }), 'scenarios[0].title text');
    assert.equal(problem({ scenarios: [{ id: 'a', title: 't', expected: 'e', perZaaktype: 'yes' }] }), 'scenarios[0].perZaaktype boolean');
    assert.equal(problem({ scenarios: Array.from({ length: 501 }, (_, i) => ({ id: `s${i}`, title: 't', expected: 'e' })) }), 'scenarios too-many');
  });
  it('the matrix: each per-zaaktype scenario for every zaaktype, a once-only scenario once', () => {
    const set = parseScenarioSet(template);
    const items = planItems(set, ['omgevingsvergunning', 'parkeervergunning']);
    assert.equal(items.length, 5 * 2 + 4);
    assert.deepEqual(
      items.slice(0, 2).map((i) => `${i.scenario.id}/${i.zaaktype}`),
      ['nieuwe-zaak/omgevingsvergunning', 'nieuwe-zaak/parkeervergunning'],
    );
    assert.deepEqual(
      items.filter((i) => i.zaaktype === null).map((i) => i.scenario.id),
      ['bsn-zonder-account', 'ongeldig-bericht', 'transport', 'intern'],
    );
    assert.equal(planItems(set, []).length, 4, 'without zaaktypen only the once-only scenarios');
  });
});

describe('test BSNs', () => {
  const dossier = (values: Record<string, string | string[]>) => ({ steps: { '3.digid-accounts': { state: 'open', values } } }) as unknown as Dossier;
  it('held against the recorded range; none recorded, nothing outside', () => {
    assert.deepEqual(testBsns(dossier({ testBsns: ['111222333', '999993653'], testBsnRange: '999990000-999999999' })), {
      bsns: ['111222333', '999993653'],
      range: ['999990000', '999999999'],
      outside: ['111222333'],
    });
    assert.deepEqual(testBsns(dossier({ testBsns: ['111222333'] })).outside, []);
    assert.deepEqual(testBsns({ steps: {} } as unknown as Dossier), { bsns: [], range: null, outside: [] });
  });
  it('the range validator: two 9-digit numbers in order', () => {
    assert.deepEqual(validate('bsnRange', ' 999990000 - 999999999 '), { ok: true, value: '999990000-999999999' });
    assert.equal(validate('bsnRange', '99999-999999999').ok, false);
    assert.deepEqual(validate('bsnRange', '999999999-999990000'), { ok: false, error: 'value.bsn-range-order', params: undefined });
  });
});

describe('test runs', () => {
  const at = '2027-03-02T09:00:00.000Z';
  const who = { at, by: 'tester' };
  const set = parseScenarioSet(template);
  const base = () =>
    ({
      choices: { zaaktypen: ['a', 'b'] },
      steps: { '3.digid-accounts': { state: 'open', values: { testBsns: ['111222333'] } } },
      history: [],
    }) as unknown as Dossier;
  const snap = snapshotOf(set, null, 'x');
  it('BSN-shaped numbers: 8 or 9 digits, grouped or not, passing the 11-proef; not inside a longer token', () => {
    assert.deepEqual(bsnsIn('burger 123456782 en 1234 56 782 en 1234.56.782'), ['123456782', '123456782', '123456782']);
    assert.deepEqual(bsnsIn('123456789 (fails the 11-proef), 2027-03-02, +31 70 123 4567'), []);
    assert.deepEqual(bsnsIn('123 456 782'), ['123456782']);
    // Dashes never group a BSN: a date is not one, whatever its digits.
    for (let d = new Date('2026-01-01'); d < new Date('2029-01-01'); d = new Date(d.getTime() + 86_400_000)) {
      const iso = d.toISOString().slice(0, 10);
      assert.deepEqual(bsnsIn(`run on ${iso} and ${iso.split('-').reverse().join('-')}`), [], iso);
    }
    assert.equal(withoutStrayBsns('burger 123456782, test 111222333', ['111222333']), 'burger •••••••••, test 111222333');
    assert.deepEqual(bsnsIn('uuid 9f1c123456782ab and ref GM123456782'), []);
  });
  it('coverage: the latest run of each item counts, of any round; complete only when every item passed', () => {
    let d = recordRuns(base(), set, snap, [{ scenario: 'transport', result: 'fail', at }], who);
    d = recordRuns(d, set, snap, [{ scenario: 'transport', result: 'pass', at }], who);
    let c = coverage(d, snap.items);
    assert.equal(c.items.length, 14);
    assert.equal(c.passed, 1);
    assert.equal(c.complete, false);
    const all = c.items.map((i) => ({ scenario: i.scenario, zaaktype: i.zaaktype, result: 'pass', at }));
    d = recordRuns(d, set, snap, all, who);
    c = coverage(d, snap.items);
    assert.equal(c.complete, true);
    assert.deepEqual(
      d.testing!.runs.map((r) => r.n),
      Array.from({ length: 16 }, (_, i) => i + 1),
    );
    assert.doesNotThrow(() => checkTestGate(d, '3.ketentest', undefined));
    // A later failure reopens the item.
    d = recordRuns(d, set, snap, [{ scenario: 'nieuwe-zaak', zaaktype: 'b', result: 'fail', at }], who);
    assert.throws(
      () => checkTestGate(d, '3.ketentest', undefined),
      (e: DomainError) => e.code === 'step.test-runs-incomplete' && e.params['open'] === 'nieuwe-zaak (b)',
    );
    assert.doesNotThrow(() => checkTestGate(d, '3.ketentest', 'getest in het eigen testsysteem'));
    assert.throws(
      () => checkTestGate(base(), '3.ketentest', undefined),
      (e: DomainError) => e.code === 'step.test-runs-missing',
    );
  });
  it('a run is checked whole: nothing is recorded when one of several is wrong', () => {
    const d = base();
    assert.throws(
      () =>
        recordRuns(
          d,
          set,
          snap,
          [
            { scenario: 'transport', result: 'pass', at },
            { scenario: 'intern', result: 'pass', at, observed: 'burger 123456782' },
          ],
          who,
        ),
      (e: DomainError) => e.code === 'test.bsn-in-text',
    );
    assert.equal(d.testing, undefined, 'the dossier given is not changed');
  });
});

describe('maintenance windows at an instant', () => {
  const sno = JSON.parse(readFileSync(new URL('../../templates/sno.json', import.meta.url), 'utf8'));
  const ids = (iso: string, env: 'preproductie' | 'productie' = 'preproductie') => windowsAt(sno, env, new Date(iso)).map((w) => `${w.id} ${w.date}`);
  it('in Amsterdam time, across midnight and daylight saving', () => {
    // 2027-03-10, 2nd Wednesday: portal technical 00:00-06:00 (CET).
    assert.deepEqual(ids('2027-03-10T04:59:00Z'), ['portaal-technisch 2027-03-10']);
    assert.deepEqual(ids('2027-03-10T05:00:00Z'), []);
    // 2027-03-24, 4th Wednesday: functional 17:00 to 06:00 on pre-production, 00:00-06:00 on production.
    assert.deepEqual(ids('2027-03-24T16:30:00Z'), ['portaal-functioneel 2027-03-24']);
    assert.deepEqual(ids('2027-03-25T04:30:00Z'), ['portaal-functioneel 2027-03-24']);
    assert.deepEqual(ids('2027-03-24T16:30:00Z', 'productie'), []);
    // 2027-04-13, 2nd Tuesday: Berichtenbox 09:00-15:00 CEST = 07:00-13:00 UTC.
    assert.deepEqual(ids('2027-04-13T07:00:00Z'), ['berichtenbox 2027-04-13']);
    assert.deepEqual(ids('2027-04-13T06:59:00Z'), []);
  });
});

describe('no BSN outside the test list reaches a report', () => {
  // A BSN that passes the 11-proef, made from 8 random digits (the check digit computed).
  const bsn = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 8, maxLength: 8 }).chain((digits) => {
    const sum = digits.reduce((s, d, i) => s + d * (9 - i), 0);
    const check = sum % 11;
    return check === 10 || (sum === 0 && check === 0) ? fc.constant('111222333') : fc.constant(`${digits.join('')}${check}`);
  });
  const grouped = (b: string) => fc.constantFrom(b, `${b.slice(0, 4)} ${b.slice(4, 6)} ${b.slice(6)}`, `${b.slice(0, 4)}.${b.slice(4, 6)}.${b.slice(6)}`);
  const textWith = bsn.chain((b) => fc.tuple(fc.string({ maxLength: 20 }), grouped(b), fc.string({ maxLength: 20 })).map(([a, g, z]) => `${a} ${g} ${z}`));
  it('wherever it comes from: names, zaaktypen, scenario texts, runs of a hand-edited dossier', () => {
    fc.assert(
      fc.property(textWith, textWith, textWith, textWith, (name, zaaktype, expected, observed) => {
        const set = parseScenarioSet({
          scenarios: [
            { id: 's1', title: 'T', expected },
            { id: 's2', perZaaktype: false, title: 'U', expected: 'e' },
          ],
        });
        const d = {
          organisation: { kind: 'overheid', name, oin: '00000001002220647000' },
          choices: { zaaktypen: [zaaktype] },
          environments: { preproductie: {}, productie: {} },
          steps: { '3.digid-accounts': { state: 'done', values: { testBsns: ['111222333'] } } },
          testing: {
            scenarios: snapshotOf(set, null, 'x'),
            round: 1,
            runs: [
              {
                n: 1,
                round: 1,
                at: '2027-03-02T09:00:00.000Z',
                recordedAt: '2027-03-02T09:00:00.000Z',
                by: 't',
                env: 'preproductie',
                scenario: 's1',
                zaaktype,
                result: 'fail',
                bsn: '111222333',
                expected: { nl: expected, en: expected },
                observed,
                note: observed,
                refs: { stuf: observed },
                evidence: [{ path: `${observed}.png`, sha256: 'A'.repeat(64), size: 1 }],
              },
            ],
          },
          history: [],
        } as unknown as Dossier;
        const model = reportModel(d, set, { path: null, sha256: 'x' }, 'nl', '2027-03-05T11:00:00.000Z');
        for (const out of [renderMarkdown(model), renderHtml(model), JSON.stringify(model)]) {
          const stray = bsnsIn(out.replace(/&[a-z#0-9]+;/g, ' ')).filter((b) => b !== '111222333');
          assert.deepEqual(stray, [], out.slice(0, 200));
        }
      }),
      { numRuns: 300 },
    );
  });
});
