// Damaged, hand-edited, newer and concurrently changed dossiers, as a user meets them.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { initOverheid, json, lz, lzAsync, readJson, tempDir } from '../helpers/cli.ts';

describe('damaged dossiers', () => {
  const damages: [string, (s: string) => string, RegExp][] = [
    ['truncated', (s) => s.slice(0, s.length / 2), /is damaged \(not valid JSON/],
    ['garbage', () => '\u0000\u0001binary\u00ff', /is damaged/],
    ['empty', () => '', /is damaged/],
    ['a hand-broken kind', (s) => s.replace('"kind": "overheid"', '"kind": "gemeente"'), /organisation.kind must be "overheid" or "leverancier"/],
    ['a hand-broken state', (s) => s.replace(/"state": "open"/, '"state": "bezig"'), /state must be open, done, skipped or n\/a/],
    ['a newer schema', (s) => s.replace('"schemaVersion": 2', '"schemaVersion": 7'), /schemaVersion 7, written by a newer lz-onboard/],
  ];
  for (const [what, damage, msg] of damages) {
    it(`${what}: exit 3, names the file and the problem, file byte-for-byte untouched`, () => {
      const cwd = tempDir();
      initOverheid(cwd);
      lz(['step', 'done', '1.verbinding'], { cwd }); // so that a .bak exists
      const file = join(cwd, 'lz-onboard.json');
      const broken = damage(readFileSync(file, 'utf8'));
      writeFileSync(file, broken);
      for (const args of [['status'], ['step', 'done', '1.zaakberichtstroom', '--value', 'zaaktypen=a'], ['step', 'list'], ['wizard']]) {
        const r = lz(args, { cwd });
        assert.equal(r.code, 3, `${args.join(' ')}: ${r.stderr}`);
        assert.match(r.stderr, msg);
        assert.ok(r.stderr.includes(file), 'names the file');
        if (!/newer/.test(what)) assert.match(r.stderr, /previous version: .*lz-onboard\.json\.bak/);
        assert.doesNotMatch(r.stderr, /at .*\.js:\d+/, 'no stack trace');
      }
      assert.equal(readFileSync(file, 'utf8'), broken);
      assert.equal(existsSync(`${file}.lock`), false);
    });
  }

  it('init --force over a damaged dossier keeps the damaged one as backup', () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'lz-onboard.json'), '{ kapot');
    assert.equal(initOverheid(cwd, ['--force']).code, 0);
    assert.equal(readFileSync(join(cwd, 'lz-onboard.json.bak'), 'utf8'), '{ kapot');
  });
});

describe('concurrency', () => {
  it('19 parallel "step done" on different steps are all recorded', async () => {
    const cwd = tempDir();
    initOverheid(cwd);
    const steps = [
      '1.verbinding',
      '2.netwerkpad',
      '2.berichtverwerking',
      '2.acceptatietest',
      '3.systemen-gereed',
      '4.netwerkpad',
      '4.lpr-afgerond',
      '4.communicatie',
    ];
    const withValues: [string, string[], string?][] = [
      ['1.zaakberichtstroom', ['zaaktypen=a']],
      ['1.digikoppeling', ['adapter=X']],
      ['2.aanvraagformulier', ['afzenderId=GM1', 'serviceId=s', 'contactEmail=a@b.nl']],
      ['2.consumerspecificatie', ['endpoint=https://lz.example.nl/'], 'x'],
      ['2.cpa', ['cpaId=c1', 'lzPartyId=00000001822477348000'], 'x'],
      ['2.ping', [], 'x'],
      ['3.digid-accounts', ['testBsns=111222333']],
      ['3.ketentest', ['ketentestPeriode=2026-03-01/2026-03-10'], 'x'],
      ['3.testrapport', ['verstuurdOp=2026-03-11', 'goedgekeurdOp=2026-03-12'], 'x'],
      ['4.beheerdocumentatie', ['contact24x7=Servicedesk, 24 x 7'], 'x'],
      ['4.helpdesk', [], 'x'],
    ];
    const jobs: [string, string[], string?][] = [...steps.map((s) => [s, []] as [string, string[]]), ...withValues];
    // Every step that can be done without certificates or an earlier step (4.lpr waits for the approved report).
    assert.equal(jobs.length, 19);
    // Steps that wait for a document or for test runs are done by exception here: the test is about the lock.
    const results = await Promise.all(
      jobs.map(([s, v, exception]) => lzAsync(['step', 'done', s, ...v.flatMap((x) => ['--value', x]), ...(exception ? ['--exception', exception] : [])], cwd)),
    );
    for (const [i, r] of results.entries()) assert.equal(r.code, 0, `${jobs[i]![0]}: ${r.stderr}`);
    const d = readJson(join(cwd, 'lz-onboard.json'));
    for (const [s] of jobs) assert.equal(d.steps[s].state, 'done', s);
    assert.equal(d.history.filter((h: { action: string }) => h.action === 'done').length, 19);
    assert.equal(d.environments.preproductie.cpaId, 'c1');
    assert.deepEqual(readdirSync(cwd).sort(), ['lz-onboard.json', 'lz-onboard.json.bak']);
  });

  it('recovers from a stale lock left by a dead process, with a message', () => {
    const cwd = tempDir();
    initOverheid(cwd);
    writeFileSync(join(cwd, 'lz-onboard.json.lock'), JSON.stringify({ pid: 2 ** 22 + 4321, host: hostname(), at: '2026-01-01T00:00:00Z' }));
    const r = lz(['step', 'done', '1.verbinding'], { cwd });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /removed a stale lock left by process 4198625/);
    assert.equal(existsSync(join(cwd, 'lz-onboard.json.lock')), false);
  });
});

describe('help-desk overview', () => {
  it('lists many dossiers, shows a broken one as a row and exits 3', () => {
    const root = tempDir();
    const names = ['gemeente-a', 'gemeente-b', 'sub/leverancier-c', 'kapot'];
    for (const n of names) {
      const cwd = join(root, n);
      lz(
        [
          'init',
          '--kind',
          n.includes('leverancier') ? 'leverancier' : 'overheid',
          '--name',
          n,
          ...(n.includes('leverancier') ? ['--kvk', '12345678'] : ['--oin', '00000001002220647000']),
        ],
        { cwd: root, env: { LZ_ONBOARD_DOSSIER: join(cwd, 'lz-onboard.json') } },
      );
    }
    writeFileSync(join(root, 'kapot', 'lz-onboard.json'), '{"schemaVersion":');
    lz(['step', 'done', '1.verbinding', '--value', 'network=internet'], { cwd: join(root, 'gemeente-b') });
    const r = lz(['status', '--json', root], { cwd: root });
    assert.equal(r.code, 3);
    const body = json(r);
    assert.equal(body.dossiers.length, 4);
    const byName = Object.fromEntries(body.dossiers.map((d: { path: string }) => [d.path.replace(`${root}/`, ''), d]));
    assert.match(byName['kapot/lz-onboard.json'].error, /damaged/);
    assert.equal(byName['gemeente-b/lz-onboard.json'].phases[0].done, 1);
    assert.equal(byName['sub/leverancier-c/lz-onboard.json'].organisation.hrn, '00000003123456780000');
    const human = lz(['status', root], { cwd: root, env: { COLUMNS: '200' } });
    assert.equal(human.code, 3);
    assert.match(human.stdout, /gemeente-a/);
    assert.match(human.stdout, /kapot +Error: .*kapot\/lz-onboard\.json is damaged/, 'named by its folder, like every row');
    assert.match(human.stdout, /4 dossiers/);
    const two = lz(['status', 'gemeente-a/lz-onboard.json', 'gemeente-b/lz-onboard.json'], { cwd: root });
    assert.equal(two.code, 0);
    assert.match(two.stdout, /2 dossiers/);

    // Filters: what needs attention (the damaged one, and gemeente-d with a step done ahead of its phase), who is where.
    const d = join(root, 'gemeente-d');
    mkdirSync(d);
    lz(['init', '--kind', 'overheid', '--name', 'gemeente-d', '--oin', '00000001002220647000', '--network', 'internet', '--standard', 'stuf'], { cwd: d });
    lz(['step', 'done', '2.netwerkpad'], { cwd: d });
    const paths = (args: string[]) =>
      json(lz(['status', '--json', root, ...args], { cwd: root }))
        .dossiers.map((x: { path: string }) => x.path.replace(`${root}/`, ''))
        .sort();
    assert.deepEqual(paths(['--attention']), ['gemeente-d/lz-onboard.json', 'kapot/lz-onboard.json']);
    assert.deepEqual(paths(['--phase', '1']), [
      'gemeente-a/lz-onboard.json',
      'gemeente-b/lz-onboard.json',
      'gemeente-d/lz-onboard.json',
      'sub/leverancier-c/lz-onboard.json',
    ]);
    assert.deepEqual(paths(['--phase', 'done']), []);
    assert.match(lz(['status', root, '--attention', '--lang', 'en'], { cwd: root }).stdout, /2 of 5 dossiers/);
    const badPhase = lz(['status', root, '--phase', '5', '--lang', 'en'], { cwd: root });
    assert.equal(badPhase.code, 2);
    assert.match(badPhase.stderr, /--phase: choose one of: 1, 2, 3, 4, done/);
  });
});
