// lz-onboard test plan as an organisation and a supplier use it in phase 3: the matrix of the
// default scenarios (marked as derived from public material) or their own file (the Checklist's),
// the recorded test BSNs held against their range, and bad scenario files refused.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { initLeverancier, initOverheid, json, lz, tempDir } from '../helpers/cli.ts';

function gemeente() {
  const cwd = tempDir();
  assert.equal(initOverheid(cwd).code, 0);
  const r = lz(['step', 'done', '1.zaakberichtstroom', '--value', 'zaaktypen=omgevingsvergunning,parkeervergunning', '--value', 'standard=stuf'], { cwd });
  assert.equal(r.code, 0, r.stderr);
  return cwd;
}

describe('test plan', () => {
  it('the default scenarios × two zaaktypen; says they are derived and what is missing', () => {
    const cwd = gemeente();
    const r = lz(['test', 'plan', '--lang', 'en'], { cwd });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /scenarios derived from public material: replace them with those of the\s+Checklist Testen Lopende Zaken/);
    assert.match(r.stdout, /scenario +omgevingsvergunning +parkeervergunning\n/);
    assert.match(r.stdout, /nieuwe-zaak +to do +to do\n/);
    assert.match(r.stdout, /transport +to do \(once\)\n/);
    assert.match(r.stdout, /14 tests: 9 scenarios, 5 per zaaktype × 2 zaaktypen and 4 once/);
    assert.match(r.stdout, /bsn-zonder-account: Message to a BSN without an activated account\n {4}MijnOverheid's error message/);
    assert.match(r.stderr, /no test BSNs recorded yet/);
    const nl = lz(['test', 'plan', '--lang', 'nl'], { cwd });
    assert.match(nl.stdout, /14 tests: 9 scenario's, 5 per zaaktype × 2 zaaktypen en 4 eenmalig/);
    assert.match(nl.stdout, /nieuwe-zaak +te doen +te doen/);
  });

  it('--json for scripts: every item with its state, the test BSNs counted and checked against the range', () => {
    const cwd = gemeente();
    const set = lz(['step', 'set', '3.digid-accounts', '--value', 'testBsns=111222333,999993653', '--value', 'testBsnRange=999990000-999999999'], { cwd });
    assert.equal(set.code, 0, set.stderr);
    const body = json(lz(['test', 'plan', '--json'], { cwd }));
    assert.equal(body.formatVersion, 1);
    assert.equal(body.scenarios.derived, true);
    assert.equal(body.scenarios.file, null);
    assert.deepEqual(body.zaaktypen, ['omgevingsvergunning', 'parkeervergunning']);
    assert.equal(body.items.length, 14);
    assert.deepEqual(body.items[0], {
      scenario: 'nieuwe-zaak',
      zaaktype: 'omgevingsvergunning',
      title: 'New case with its first status',
      expected: body.items[0].expected,
      state: 'not-run',
    });
    assert.equal(body.items.filter((i: any) => i.zaaktype === null).length, 4);
    assert.deepEqual(body.testBsns, { count: 2, range: '999990000-999999999', outside: ['111222333'] });
    assert.deepEqual(
      body.warnings.map((w: any) => w.code),
      ['test.plan.bsn-outside'],
    );
    const text = lz(['test', 'plan', '--lang', 'en'], { cwd });
    assert.match(text.stdout, /test BSNs: 2 recorded \(range 999990000-999999999\)/);
    assert.match(text.stderr, /test BSN 111222333 lies outside the recorded range 999990000-999999999/);
    // A BSN that fails the 11-proef is never recorded.
    const bad = lz(['step', 'set', '3.digid-accounts', '--value', 'testBsns=123456789'], { cwd });
    assert.equal(bad.code, 2);
  });

  it("the organisation's own scenarios (the Checklist's items): a plain Dutch file", () => {
    const cwd = gemeente();
    writeFileSync(
      join(cwd, 'checklist.json'),
      JSON.stringify({
        source: 'Checklist Testen Lopende Zaken, versie van Logius',
        scenarios: [
          { id: 'h3.1', title: 'Zaak aanmaken', expected: 'De zaak staat in MijnOverheid' },
          { id: 'h3.9', perZaaktype: false, title: 'Foutbericht', expected: 'Fout verwerkt' },
        ],
      }),
    );
    const body = json(lz(['test', 'plan', '--scenarios', 'checklist.json', '--json'], { cwd }));
    assert.equal(body.scenarios.derived, false);
    assert.equal(body.scenarios.file, join(cwd, 'checklist.json'));
    assert.deepEqual(
      body.items.map((i: any) => `${i.scenario}/${i.zaaktype}`),
      ['h3.1/omgevingsvergunning', 'h3.1/parkeervergunning', 'h3.9/null'],
    );
    const text = lz(['test', 'plan', '--scenarios', 'checklist.json', '--lang', 'en'], { cwd });
    assert.match(text.stdout, /scenarios from .*checklist\.json/);
    assert.doesNotMatch(text.stdout, /derived from public material/);
  });

  it('a bad scenario file: one line, exit 2, the dossier untouched', () => {
    const cwd = gemeente();
    const before = readFileSync(join(cwd, 'lz-onboard.json'));
    writeFileSync(join(cwd, 'garbage.json'), 'not json\nat all');
    writeFileSync(join(cwd, 'wrong.json'), JSON.stringify({ scenarios: [{ id: 'x', title: 't' }] }));
    for (const [file, message] of [
      ['garbage.json', /scenario file .*garbage\.json is not JSON \(/],
      ['wrong.json', /scenario file .*wrong\.json: scenarios\[0\]\.expected is wrong \(text\)/],
      ['missing.json', /scenario file .*missing\.json cannot be read \(no such file\)/],
      ['.', /cannot be read \(a directory\)/],
    ] as const) {
      const r = lz(['test', 'plan', '--scenarios', file, '--lang', 'en'], { cwd });
      assert.equal(r.code, 2, file);
      assert.match(r.stderr, message);
      assert.equal(r.stderr.trim().split('\n').length, 1, `one line: ${r.stderr}`);
      assert.equal(r.stdout, '');
    }
    assert.deepEqual(readFileSync(join(cwd, 'lz-onboard.json')), before);
  });

  it('a supplier plans the same chain test; without zaaktypen it says they are needed', () => {
    const cwd = tempDir();
    assert.equal(initLeverancier(cwd).code, 0);
    const body = json(lz(['test', 'plan', '--json', '--lang', 'en'], { cwd }));
    assert.equal(body.organisation.kind, 'leverancier');
    assert.equal(body.items.length, 4, 'only the once-only scenarios without zaaktypen');
    assert.deepEqual(
      body.warnings.map((w: any) => w.code),
      ['test.plan.no-zaaktypen', 'test.plan.no-bsns'],
    );
    assert.match(body.warnings[0].message, /no zaaktypen recorded yet/);
  });
});
