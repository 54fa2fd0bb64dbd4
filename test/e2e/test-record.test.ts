// lz-onboard test record as an organisation runs its chain test: runs per scenario × zaaktype with
// a recorded test BSN, message references, what was seen and evidence; refused for another BSN
// (in a field or in the text), warned outside the agreed test period or in a Logius maintenance
// window; 3.ketentest is done once every test passed; verify checks the evidence; on a terminal it asks.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { BIN, initOverheid, json, lz, readJson, tempDir } from '../helpers/cli.ts';
import { Terminal } from '../helpers/tmux.ts';
import { hasTool } from '../helpers/tools.ts';

function gemeente() {
  const cwd = tempDir();
  assert.equal(initOverheid(cwd).code, 0);
  const run = (args: string[]) => lz([...args, '--lang', 'en'], { cwd });
  const ok = (args: string[]) => {
    const r = run(args);
    assert.equal(r.code, 0, `${args.join(' ')}: ${r.stderr}`);
    return r;
  };
  ok(['step', 'done', '1.zaakberichtstroom', '--value', 'zaaktypen=omgevingsvergunning,parkeervergunning', '--value', 'standard=stuf']);
  ok(['step', 'set', '3.digid-accounts', '--value', 'testBsns=111222333,999993653']);
  ok(['step', 'set', '3.ketentest', '--value', 'ketentestPeriode=2027-03-01/2027-03-19']);
  writeFileSync(join(cwd, 'portaal.png'), 'not really a png, but evidence all the same');
  return { cwd, run, ok };
}

const dossierOf = (cwd: string) => readJson(join(cwd, 'lz-onboard.json'));

describe('test record', () => {
  it('records a run with everything it names; the plan shows it; runs are only added', () => {
    const { cwd, ok } = gemeente();
    const r = ok([
      'test',
      'record',
      'nieuwe-zaak',
      '--zaaktype',
      'omgevingsvergunning',
      '--result',
      'fail',
      '--bsn',
      '111222333',
      '--stuf-ref',
      'GM0344-2027-0001',
      '--message-id',
      '<a1@gemeente.example.nl>',
      '--conversation-id',
      'c-1',
      '--observed',
      'zaak verschijnt onder de verkeerde organisatie',
      '--evidence',
      'portaal.png',
      '--at',
      '2027-03-02T10:15:00+01:00',
    ]);
    assert.match(r.stderr, /run 1 recorded: nieuwe-zaak \(omgevingsvergunning\) failed \(round 1\); 0 of 14 tests passed/);
    const run = dossierOf(cwd).testing.runs[0];
    assert.equal(run.at, '2027-03-02T09:15:00.000Z');
    assert.equal(run.bsn, '111222333');
    assert.deepEqual(run.refs, { stuf: 'GM0344-2027-0001', messageId: '<a1@gemeente.example.nl>', conversationId: 'c-1' });
    assert.match(run.expected.nl, /juiste organisatie/);
    assert.equal(run.evidence[0].path, 'portaal.png');
    assert.equal(run.evidence[0].size, readFileSync(join(cwd, 'portaal.png')).length);
    assert.match(run.evidence[0].sha256, /^[0-9A-F]{64}$/);
    // A re-test: a new run, the first one kept.
    ok(['test', 'record', 'nieuwe-zaak', '--zaaktype', 'omgevingsvergunning', '--result', 'pass', '--bsn', '111222333', '--at', '2027-03-03T10:00:00+01:00']);
    const d = dossierOf(cwd);
    assert.deepEqual(
      d.testing.runs.map((x: any) => `${x.n} ${x.result}`),
      ['1 fail', '2 pass'],
    );
    assert.deepEqual(
      d.history.filter((h: any) => h.action === 'test.record').map((h: any) => h.values.result),
      ['fail', 'pass'],
    );
    const plan = json(lz(['test', 'plan', '--json'], { cwd }));
    assert.equal(plan.passed, 1);
    assert.deepEqual(plan.items[0].state, 'pass');
    assert.deepEqual(plan.items[0].lastRun.n, 2);
    assert.equal(plan.items[1].state, 'not-run');
    assert.match(lz(['test', 'plan', '--lang', 'en'], { cwd }).stdout, /nieuwe-zaak +passed +to do/);
  });

  it('refuses another BSN, in its field or anywhere in the text, and a scenario or zaaktype the plan has not; nothing changes', () => {
    const { cwd, run } = gemeente();
    const before = readFileSync(join(cwd, 'lz-onboard.json'));
    const cases: [string[], RegExp][] = [
      [['nieuwe-zaak', '--zaaktype', 'omgevingsvergunning', '--result', 'pass', '--bsn', '123456782'], /BSN 123456782 is not one of the recorded test BSNs/],
      [['nieuwe-zaak', '--zaaktype', 'omgevingsvergunning', '--result', 'pass', '--bsn', '123456789'], /123456789 is not a BSN \(11-proef\)/],
      [['transport', '--result', 'fail', '--observed', 'bericht voor 123456782 kwam aan'], /may be a BSN \(123…\) and is not a recorded test BSN/],
      [['transport', '--result', 'fail', '--note', 'zie 1234 56 782'], /may be a BSN/],
      [['transport', '--result', 'fail', '--stuf-ref', '123456782'], /may be a BSN/],
      [['bestaat-niet', '--result', 'pass'], /unknown scenario bestaat-niet \(the plan has: nieuwe-zaak, /],
      [['nieuwe-zaak', '--result', 'pass'], /runs per zaaktype: give --zaaktype \(omgevingsvergunning, parkeervergunning\)/],
      [['nieuwe-zaak', '--zaaktype', 'hondenbelasting', '--result', 'pass'], /zaaktype hondenbelasting is not in the dossier/],
      [['transport', '--zaaktype', 'omgevingsvergunning', '--result', 'pass'], /runs once for the whole connection: leave out --zaaktype/],
      [['transport', '--result', 'ok'], /argument 'ok' is invalid|ok/],
      [['transport', '--result', 'pass', '--evidence', 'weg.png'], /evidence .*weg\.png cannot be read \(no such file\)/],
      [['transport', '--result', 'pass', '--at', 'gisteren'], /--at/],
      [['transport'], /--result/],
      [['transport', '--env', 'productie', '--result', 'pass', '--bsn', '111222333'], /a run on production never names a BSN/],
      [['transport', '--env', 'productie', '--result', 'pass', '--observed', 'bericht aan 111222333'], /may be a BSN/],
    ];
    for (const [args, message] of cases) {
      const r = run(['test', 'record', ...args]);
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
      assert.match(r.stderr, message, args.join(' '));
      assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    }
    assert.deepEqual(readFileSync(join(cwd, 'lz-onboard.json')), before);
    // The test BSN itself may appear in what was seen.
    assert.equal(run(['test', 'record', 'transport', '--result', 'pass', '--observed', 'pong voor 999993653 ontvangen']).code, 0);
  });

  it('warns for a run outside the agreed test period and in a maintenance window', () => {
    const { run } = gemeente();
    const late = run(['test', 'record', 'intern', '--result', 'pass', '--at', '2027-03-25T10:00:00+01:00']);
    assert.equal(late.code, 0);
    assert.match(late.stderr, /outside the test period agreed with Logius \(2027-03-01 to 2027-03-19\)/);
    // 2027-03-10 is the 2nd Wednesday: technical portal maintenance 00:00-06:00.
    const night = run(['test', 'record', 'intern', '--result', 'pass', '--at', '2027-03-10T02:30:00+01:00']);
    assert.match(night.stderr, /fell in a Logius maintenance window: 2027-03-10 planned technical maintenance of the portal/);
    assert.doesNotMatch(night.stderr, /outside the test period/);
    // The 4th Wednesday from 17:00 on pre-production runs into Thursday morning.
    const thursday = json(run(['test', 'record', 'intern', '--result', 'pass', '--at', '2027-03-25T05:00:00+01:00', '--json']));
    assert.deepEqual(
      thursday.warnings.map((w: any) => w.code),
      ['test.outside-period', 'test.in-window'],
    );
    assert.match(thursday.warnings[1].message, /2027-03-24 planned functional maintenance/);
    const daytime = run(['test', 'record', 'intern', '--result', 'pass', '--at', '2027-03-10T10:00:00+01:00']);
    assert.doesNotMatch(daytime.stderr, /maintenance window|outside/);
  });

  it('3.ketentest waits for every test to pass; verify checks the evidence is still there and unchanged', () => {
    const { cwd, run, ok } = gemeente();
    const early = run(['step', 'done', '3.ketentest']);
    assert.equal(early.code, 2);
    assert.match(early.stderr, /step 3\.ketentest is done when every test of the plan has a passing latest run/);
    const items = json(lz(['test', 'plan', '--json'], { cwd })).items as { scenario: string; zaaktype: string | null }[];
    for (const [i, item] of items.entries()) {
      const args = [
        'test',
        'record',
        item.scenario,
        '--result',
        i === 3 ? 'blocked' : 'pass',
        '--at',
        '2027-03-02T10:00:00+01:00',
        '--evidence',
        'portaal.png',
      ];
      if (item.zaaktype) args.push('--zaaktype', item.zaaktype);
      ok(args);
    }
    const blocked = run(['step', 'done', '3.ketentest']);
    assert.equal(blocked.code, 2);
    assert.match(blocked.stderr, /step 3\.ketentest: 13 of 14 tests have a passing latest run; still open: statuswijziging \(parkeervergunning\)/);
    const last = ok(['test', 'record', 'statuswijziging', '--zaaktype', 'parkeervergunning', '--result', 'pass', '--at', '2027-03-03T10:00:00+01:00']);
    assert.match(last.stderr, /every test passed: step 3\.ketentest can be done/);
    ok(['step', 'done', '3.ketentest']);
    assert.equal(dossierOf(cwd).steps['3.ketentest'].state, 'done');
    const clean = json(lz(['verify', '--env', 'preproductie', '--json', '--no-record'], { cwd }));
    assert.ok(!clean.environments[0].findings.some((f: any) => /evidence/.test(f.message)));
    writeFileSync(join(cwd, 'portaal.png'), 'edited afterwards');
    const changed = json(lz(['verify', '--env', 'preproductie', '--json', '--no-record', '--lang', 'en'], { cwd }));
    const evidence = changed.environments[0].findings.filter((f: any) => /evidence of test run/.test(f.message));
    assert.equal(evidence.length, 14);
    assert.equal(evidence[0].code, 'verify.file.changed');
    assert.equal(evidence[0].severity, 'error');
  });
});

const terminals: Terminal[] = [];
after(() => {
  for (const t of terminals) t.close();
});

describe('test record in a terminal', { skip: hasTool('tmux') ? false : 'tmux is not installed' }, () => {
  it('asks which test, the result, the BSN, what was seen and the evidence', async () => {
    const { cwd } = gemeente();
    const t = new Terminal(`'${process.execPath}' '${BIN}' test record --at 2027-03-02T10:00:00+01:00`, cwd, { LZ_ONBOARD_LANG: 'en', NO_COLOR: '1' });
    terminals.push(t);
    const screen = await t.waitFor('Which test?');
    assert.match(screen, /nieuwe-zaak · omgevingsvergunning +\(to do\) +New case with its first status/);
    await t.press('Which test?', 'Down', 'Enter'); // nieuwe-zaak · parkeervergunning
    await t.press('Result', 'Down', 'Enter'); // fail
    await t.press('Test BSN', 'Down', 'Down', 'Enter'); // 999993653
    await t.answer('What did you see?', 'geen statustekst');
    await t.answer('Evidence', 'portaal.png');
    await t.waitFor('EXIT=0');
    assert.match(t.screen(), /run 1 recorded: nieuwe-zaak \(parkeervergunning\) failed/);
    const run = dossierOf(cwd).testing.runs[0];
    assert.deepEqual(
      [run.zaaktype, run.result, run.bsn, run.observed, run.evidence[0].path],
      ['parkeervergunning', 'fail', '999993653', 'geen statustekst', 'portaal.png'],
    );
  });

  it('the wizard at step 3.ketentest without passing runs: says so and offers done by exception', async () => {
    const { cwd } = gemeente();
    // Everything before the chain test is out of the way.
    const before = [
      '1.verbinding',
      '1.digikoppeling',
      '1.pkioverheid',
      '2.aanvraagformulier',
      '2.netwerkpad',
      '2.berichtverwerking',
      '2.acceptatietest',
      '2.consumerspecificatie',
      '2.cpa',
      '2.ping',
      '3.digid-accounts',
      '3.systemen-gereed',
    ];
    const plan = { steps: before.map((id) => ({ id, action: 'skip', reason: 'in dit scenario niet van belang' })) };
    assert.equal(lz(['apply', '-'], { cwd, input: JSON.stringify(plan) }).code, 0);
    const t = new Terminal(`'${process.execPath}' '${BIN}' wizard`, cwd, { LZ_ONBOARD_LANG: 'en', NO_COLOR: '1' });
    terminals.push(t);
    await t.answer('Planned chain test period');
    await t.press('What do you want to do?', 'Enter'); // Done
    await t.waitFor('has a passing latest run');
    await t.answer('Planned chain test period');
    await t.waitFor(/What do you want to do\?[\s\S]*Complete without this document/);
    await t.press('What do you want to do?', 'Down', 'Enter'); // the exception
    await t.answer('Why was this step done outside lz-onboard?', 'ketentest in het eigen testsysteem vastgelegd');
    await t.answer('Planned chain test period');
    await t.press('What do you want to do?', 'Enter');
    await t.waitFor('Complete and send the test report');
    const d = dossierOf(cwd);
    assert.equal(d.steps['3.ketentest'].state, 'done');
    assert.equal(d.steps['3.ketentest'].exception, 'ketentest in het eigen testsysteem vastgelegd');
  });
});
