// JSON in, JSON out: a supplier's script creates the dossier from a JSON answers file and applies
// a JSON plan of steps in one go, all or nothing. Runs the built CLI without a terminal.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { HRN, json, lz, readJson, ROOT, tempDir } from '../helpers/cli.ts';
import { testPki } from '../helpers/pki.ts';

const ANSWERS = {
  kind: 'leverancier',
  name: 'Voorbeeld Software B.V.',
  kvk: HRN.slice(8, 16),
  network: 'internet',
  standard: 'mo',
  zaaktypen: ['omgevingsvergunning', 'parkeervergunning'],
};

function supplier(cwd: string): void {
  writeFileSync(join(cwd, 'org.json'), JSON.stringify(ANSWERS));
  const r = lz(['init', '--from', 'org.json', '--json'], { cwd });
  assert.equal(r.code, 0, r.stderr);
}

describe('init --from', () => {
  it('takes the answers from JSON (file or stdin); a flag wins', () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'org.json'), JSON.stringify(ANSWERS));
    const r = lz(['init', '--from', 'org.json', '--name', 'Andere Naam B.V.', '--json'], { cwd });
    assert.equal(r.code, 0, r.stderr);
    const d = readJson(join(cwd, 'lz-onboard.json'));
    assert.deepEqual([d.organisation.kind, d.organisation.name, d.organisation.hrn, d.organisation.kvk], ['leverancier', 'Andere Naam B.V.', HRN, ANSWERS.kvk]);
    assert.deepEqual(d.choices, { network: 'internet', standard: 'mo', zaaktypen: ['omgevingsvergunning', 'parkeervergunning'] });
    const other = tempDir();
    assert.equal(
      lz(['init', '--from', '-'], { cwd: other, input: JSON.stringify({ ...ANSWERS, kind: 'overheid', kvk: undefined, oin: '00000001002220647000' }) }).code,
      0,
    );
    assert.equal(readJson(join(other, 'lz-onboard.json')).organisation.oin, '00000001002220647000');
  });
  const bad: [string, string, RegExp][] = [
    ['not JSON', '{kind:', /org\.json: not valid JSON/],
    ['a list', '[]', /--from: \(document\) must be a JSON object/],
    ['an unknown key', JSON.stringify({ ...ANSWERS, colour: 'blue' }), /--from: colour is not known \(known: kind, name/],
    ['a number for a name', JSON.stringify({ ...ANSWERS, name: 42 }), /--from: name must be a string/],
    ['an invalid KvK', JSON.stringify({ ...ANSWERS, kvk: '123' }), /--kvk: a KvK number has 8 digits/],
  ];
  for (const [what, text, msg] of bad) {
    it(`refuses ${what} in one line, exit 2, writing nothing`, () => {
      const cwd = tempDir();
      writeFileSync(join(cwd, 'org.json'), text);
      const r = lz(['init', '--from', 'org.json', '--lang', 'en'], { cwd });
      assert.equal(r.code, 2);
      assert.match(r.stderr, msg);
      assert.equal(r.stderr.trim().split('\n').length, 1);
      assert.throws(() => readFileSync(join(cwd, 'lz-onboard.json')));
    });
  }
});

describe('apply', () => {
  it("takes a supplier's whole onboarding through a plan built from step list --json", () => {
    const cwd = tempDir();
    supplier(cwd);
    const pki = testPki(cwd);
    pki.write('leaf.pem', pki.leaf({ id: HRN, subject: pki.leafSubject(HRN) }).pem);
    for (const role of ['client', 'server'])
      assert.equal(lz(['cert', 'add', 'leaf.pem', 'intermediate.pem', '--roots', 'root.pem', '--env', 'preproductie', '--role', role], { cwd }).code, 0);
    const list = json(lz(['step', 'list', '--json'], { cwd })).steps as {
      id: string;
      applicable: boolean;
      drivenBy?: string;
      captures: { key: string; required: boolean; example: string; value?: unknown }[];
    }[];
    const bare = list
      .filter((s) => s.applicable)
      .map((s) => ({
        id: s.id,
        values: Object.fromEntries(
          s.captures.filter((c) => c.required && c.value === undefined).map((c) => [c.key, c.example.includes(',') ? c.example.split(',') : c.example]),
        ),
        ...(s.drivenBy ? { drivenBy: true } : {}),
      }));
    // Steps that wait for a document lz-onboard makes are refused without it...
    writeFileSync(join(cwd, 'plan.json'), JSON.stringify({ formatVersion: 1, steps: bare.map(({ drivenBy: _, ...e }) => e) }));
    const refused = lz(['apply', 'plan.json', '--lang', 'en'], { cwd });
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /step 2\.consumerspecificatie is done when the Consumerspecificatie for preproductie is recorded and checked/);
    // ... or done by a recorded exception (the supplier's own tooling made them).
    // The test report step too: this supplier makes its report with its own template.
    const steps = bare.map(({ drivenBy, ...e }) =>
      drivenBy
        ? { ...e, exception: 'met de eigen adaptertooling gemaakt' }
        : e.id === '3.testrapport'
          ? { ...e, exception: 'rapport met het eigen sjabloon gemaakt' }
          : e,
    );
    // The chain test waits for its runs: refused without them...
    writeFileSync(join(cwd, 'plan.json'), JSON.stringify({ formatVersion: 1, steps }));
    const noRuns = lz(['apply', 'plan.json', '--lang', 'en'], { cwd });
    assert.equal(noRuns.code, 2);
    assert.match(noRuns.stderr, /step 3\.ketentest is done when every test of the plan has a passing latest run/);
    // ...and done when the same plan records a passing run of every scenario × zaaktype (the plan's own zaaktypen).
    const zaaktypen: string[] =
      (steps.find((e) => e.id === '1.zaakberichtstroom')!.values as { zaaktypen?: string[] }).zaaktypen ??
      readJson(join(cwd, 'lz-onboard.json')).choices.zaaktypen;
    assert.ok(zaaktypen.length > 0);
    const scenarios = JSON.parse(readFileSync(join(ROOT, 'templates', 'test-scenarios.json'), 'utf8')).scenarios as { id: string; perZaaktype: boolean }[];
    writeFileSync(join(cwd, 'bewijs.log'), 'adapter log\n');
    const testRuns = scenarios.flatMap((sc) =>
      (sc.perZaaktype ? zaaktypen : [undefined]).map((z) => ({
        scenario: sc.id,
        ...(z ? { zaaktype: z } : {}),
        result: 'pass',
        at: '2026-03-02T10:00:00+01:00',
        bsn: '111222333',
        evidence: ['bewijs.log'],
      })),
    );
    writeFileSync(join(cwd, 'plan.json'), JSON.stringify({ formatVersion: 1, steps, testRuns }));

    const dry = lz(['apply', 'plan.json', '--dry-run', '--json'], { cwd });
    assert.equal(dry.code, 0, dry.stderr);
    assert.equal(json(dry).dryRun, true);
    assert.equal(json(dry).currentPhase, null);
    assert.equal(readJson(join(cwd, 'lz-onboard.json')).steps['1.verbinding'].state, 'open', 'a dry run writes nothing');

    const r = lz(['apply', 'plan.json', '--json', '--by', 'leverancier-ci'], { cwd });
    assert.equal(r.code, 0, r.stderr);
    const body = json(r);
    assert.deepEqual(
      body.applied.map((a: { state: string }) => a.state),
      steps.map(() => 'done'),
    );
    assert.deepEqual(body.completedPhases, [1, 2, 3]);
    assert.deepEqual(body.warnings, []);
    assert.equal(body.nextStep, null);
    const st = json(lz(['status', '--json'], { cwd })).dossiers[0];
    assert.equal(st.currentPhase, null);
    const d = readJson(join(cwd, 'lz-onboard.json'));
    assert.deepEqual(d.steps['3.digid-accounts'].values.testBsns, ['111222333', '123456782']);
    assert.equal(d.steps['2.cpa'].exception, 'met de eigen adaptertooling gemaakt');
    assert.equal(d.history.filter((h: { action: string; by: string }) => h.action === 'done' && h.by === 'leverancier-ci').length, steps.length);
    assert.equal(body.testRuns, testRuns.length);
    assert.equal(d.testing.runs.length, testRuns.length);
    assert.ok(d.testing.runs.every((run: any) => run.result === 'pass' && run.evidence[0].path === 'bewijs.log' && run.by === 'leverancier-ci'));
    // A run with a BSN that is not on the test list: the whole plan is refused, nothing changes.
    const before = readFileSync(join(cwd, 'lz-onboard.json'));
    writeFileSync(
      join(cwd, 'runs.json'),
      JSON.stringify({
        testRuns: [
          { scenario: 'transport', result: 'pass', bsn: '123456782', observed: 'ok' },
          { scenario: 'intern', result: 'pass', observed: 'burger 999993653' },
        ],
      }),
    );
    const stray = lz(['apply', 'runs.json', '--lang', 'en'], { cwd });
    assert.equal(stray.code, 2, stray.stderr);
    assert.match(stray.stderr, /the text holds a number that may be a BSN \(999…\)/);
    assert.deepEqual(readFileSync(join(cwd, 'lz-onboard.json')), before);
  });

  it('skips, reopens and fills in; the human output names what was applied', () => {
    const cwd = tempDir();
    supplier(cwd);
    const plan = {
      steps: [
        { id: '1.verbinding', note: 'internet' },
        { id: '1.zaakberichtstroom', action: 'skip', reason: 'later' },
        { id: '1.zaakberichtstroom', action: 'reopen' },
        { id: '2.aanvraagformulier', action: 'values', values: { afzenderId: 'GM0344' } },
      ],
    };
    const r = lz(['apply', '-', '--lang', 'en'], { cwd, input: JSON.stringify(plan) });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /4 steps applied/);
    assert.match(r.stdout, /Next step: 1\.zaakberichtstroom/);
    const d = readJson(join(cwd, 'lz-onboard.json'));
    assert.equal(d.steps['1.verbinding'].note, 'internet');
    assert.equal(d.steps['1.zaakberichtstroom'].state, 'open');
    assert.equal(d.steps['2.aanvraagformulier'].state, 'open');
    assert.equal(d.organisation.afzenderId, 'GM0344');
    assert.deepEqual(
      d.history.slice(-4).map((h: { action: string }) => h.action),
      ['done', 'skip', 'reopen', 'values'],
    );
  });

  const refused: [string, unknown, RegExp][] = [
    [
      'an invalid value',
      { steps: [{ id: '1.verbinding' }, { id: '3.digid-accounts', values: { testBsns: ['123'] } }] },
      /plan: steps\[1\]: 3\.digid-accounts: testBsns: "123" is not a valid BSN/,
    ],
    ['an unknown step', { steps: [{ id: '9.nope' }] }, /plan: steps\[0\]: unknown step "9\.nope"/],
    ['a production step for a supplier', { steps: [{ id: '4.cpa' }] }, /plan: steps\[0\]: step 4\.cpa does not apply to a leverancier/],
    [
      'a missing required value',
      { steps: [{ id: '1.verbinding' }, { id: '3.ketentest' }] },
      /plan: steps\[1\]: step 3\.ketentest is missing required values: ketentestPeriode/,
    ],
    ['a skip without reason', { steps: [{ id: '1.verbinding', action: 'skip' }] }, /plan: steps\[0\]\.reason is required to skip a step/],
    ['an unknown action', { steps: [{ id: '1.verbinding', action: 'finish' }] }, /plan: steps\[0\]\.action must be one of done, skip, reopen, values/],
    ['an empty plan', { steps: [] }, /plan: steps must be a non-empty list/],
    ['a plan of 501 entries', { steps: Array.from({ length: 501 }, () => ({ id: '1.verbinding' })) }, /plan: steps has more than 500 entries/],
    [
      'a value that is an object',
      { steps: [{ id: '1.verbinding', values: { network: { a: 1 } } }] },
      /plan: steps\[0\]\.values\.network must be a string or a list of strings/,
    ],
  ];
  for (const [what, plan, msg] of refused) {
    it(`refuses ${what}: exit 2, one line, the dossier byte-for-byte as it was`, () => {
      const cwd = tempDir();
      supplier(cwd);
      const before = readFileSync(join(cwd, 'lz-onboard.json'), 'utf8');
      const r = lz(['apply', '-', '--lang', 'en'], { cwd, input: JSON.stringify(plan) });
      assert.equal(r.code, 2);
      assert.match(r.stderr, msg);
      assert.equal(r.stderr.trim().split('\n').length, 1);
      assert.equal(readFileSync(join(cwd, 'lz-onboard.json'), 'utf8'), before);
      const j = lz(['apply', '-', '--json'], { cwd, input: JSON.stringify(plan) });
      assert.match(json(j).error.code, /^plan\./);
    });
  }
  it('refuses a file that is not JSON, or missing', () => {
    const cwd = tempDir();
    supplier(cwd);
    writeFileSync(join(cwd, 'plan.json'), 'steps:\n  - 1.verbinding\n');
    assert.match(lz(['apply', 'plan.json', '--lang', 'en'], { cwd }).stderr, /^lz-onboard: plan\.json: not valid JSON \([^\n]*\)\n$/);
    assert.match(lz(['apply', 'nope.json', '--lang', 'en'], { cwd }).stderr, /nope\.json: file not found/);
  });
});

describe('--yes', () => {
  it('never prompts, like --no-input', () => {
    const cwd = tempDir();
    const r = lz(['init', '--yes', '--kind', 'overheid', '--lang', 'en'], { cwd });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--name, --oin are required when not running interactively/);
  });
});

describe('history', () => {
  it('shows who did what, filtered by step, person, day and count', () => {
    const cwd = tempDir();
    supplier(cwd);
    const plan = {
      steps: [
        { id: '1.verbinding', note: 'via internet' },
        { id: '1.zaakberichtstroom', action: 'skip', reason: 'later' },
      ],
    };
    assert.equal(lz(['apply', '-', '--by', 'piet'], { cwd, input: JSON.stringify(plan) }).code, 0);
    assert.equal(lz(['step', 'reopen', '1.zaakberichtstroom', '--by', 'marie'], { cwd }).code, 0);

    const all = json(lz(['history', '--json'], { cwd })).history as { action: string; by: string; step?: string }[];
    assert.deepEqual(
      all.map((h) => h.action),
      ['init', 'done', 'skip', 'reopen'],
    );
    const human = lz(['history', '--lang', 'en'], { cwd }).stdout.trim().split('\n');
    assert.equal(human.length, 4);
    assert.match(human[1]!, /^\d{4}-\d\d-\d\d \d\d:\d\d {2}piet +done +1\.verbinding .*— via internet$/);
    assert.match(human[2]!, /piet +skip +1\.zaakberichtstroom +\(later\)$/);
    const step = json(lz(['history', '--step', '1.zaakberichtstroom', '--json'], { cwd })).history as { by: string }[];
    assert.deepEqual(
      step.map((h) => h.by),
      ['piet', 'marie'],
    );
    assert.deepEqual(
      json(lz(['history', '--who', 'MARIE', '--json'], { cwd })).history.map((h: { action: string }) => h.action),
      ['reopen'],
    );
    assert.deepEqual(
      json(lz(['history', '--last', '2', '--json'], { cwd })).history.map((h: { action: string }) => h.action),
      ['skip', 'reopen'],
    );
    assert.equal(json(lz(['history', '--since', '2999-01-01', '--json'], { cwd })).history.length, 0);
    assert.match(lz(['history', '--since', '2999-01-01', '--lang', 'en'], { cwd }).stdout, /no history matches/);
    for (const bad of [
      ['--last', '0'],
      ['--since', 'gisteren'],
      ['--step', '9.x'],
    ])
      assert.equal(lz(['history', ...bad], { cwd }).code, 2, bad.join(' '));
  });
});
