// A step that waits for a document lz-onboard makes (Consumerspecificatie, CPA, ping) is done only
// when that document is recorded and passed its checks, or by a recorded exception; a typed value
// that disagrees with it is refused; verify and status say "complete" only when it is.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { initOverheid, json, lz, OIN, readJson, tempDir } from '../helpers/cli.ts';
import { cpaXml } from '../helpers/cpa.ts';
import { testPki } from '../helpers/pki.ts';

const ENDPOINT = 'https://lz.acc.gemeente.example.nl/ebms';
const LZ = '00000004003214345001';

function setup() {
  const cwd = tempDir();
  const pki = testPki(cwd);
  const leaf = pki.leaf();
  const logius = pki.leaf({ subject: pki.leafSubject(LZ, 'lz.logius.example.nl', 'Logius') });
  pki.write('leaf.pem', leaf.pem);
  assert.equal(initOverheid(cwd).code, 0);
  for (const role of ['client', 'server']) {
    const r = lz(['cert', 'add', 'leaf.pem', 'intermediate.pem', '--roots', 'root.pem', '--env', 'preproductie', '--role', role, '--endpoint', ENDPOINT], {
      cwd,
    });
    assert.equal(r.code, 0, r.stdout);
  }
  const cpa = (over: { status?: string } = {}) =>
    cpaXml({
      ...over,
      ours: { partyId: OIN, endpoint: ENDPOINT, clientDer: leaf.der, serverDer: leaf.der },
      other: { partyId: LZ, endpoint: 'https://lz.logius.example.nl/ebms', certDer: logius.der },
    });
  return { cwd, cpa };
}

const state = (cwd: string, step: string) => readJson(join(cwd, 'lz-onboard.json')).steps[step]?.state ?? 'open';

describe('done means done', () => {
  it('2.consumerspecificatie is not done after a failed generation, nor after one written despite errors', () => {
    const { cwd } = setup();
    const failed = lz(['spec', 'consumer', '--env', 'preproductie', '--endpoint', 'https://elders.example.nl/ebms'], { cwd });
    assert.equal(failed.code, 1);
    const done = lz(['step', 'done', '2.consumerspecificatie', '--value', `endpoint=${ENDPOINT}`, '--lang', 'en'], { cwd });
    assert.equal(done.code, 2);
    assert.match(done.stderr, /is done when the Consumerspecificatie for preproductie is recorded and checked: lz-onboard spec consumer --env preproductie/);
    const forced = lz(['spec', 'consumer', '--env', 'preproductie', '--endpoint', 'https://elders.example.nl/ebms', '--ignore-errors'], { cwd });
    assert.equal(forced.code, 0);
    const again = lz(['step', 'done', '2.consumerspecificatie', '--lang', 'en'], { cwd });
    assert.equal(again.code, 2);
    assert.match(again.stderr, /was written despite errors \(--ignore-errors\)/);
    assert.equal(state(cwd, '2.consumerspecificatie'), 'open');
    const v = json(lz(['verify', '--env', 'preproductie', '--json'], { cwd }));
    assert.ok(v.environments[0].findings.some((f: { code: string }) => f.code === 'verify.artefact.ignored-errors'));
  });

  it('2.cpa refuses a typed CPAId after a failed cpa check, and one that differs from the checked CPA', () => {
    const { cwd, cpa } = setup();
    writeFileSync(join(cwd, 'bad.xml'), cpa({ status: 'proposed' }));
    assert.equal(lz(['cpa', 'check', 'bad.xml', '--env', 'preproductie'], { cwd }).code, 1);
    const typed = ['step', 'done', '2.cpa', '--value', 'cpaId=lopendezaken_x', '--value', `lzPartyId=${LZ}`, '--lang', 'en'];
    const refused = lz(typed, { cwd });
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /is done when the CPA for preproductie is recorded and checked: lz-onboard cpa check <cpa\.xml> --env preproductie/);
    writeFileSync(join(cwd, 'cpa.xml'), cpa());
    const checked = lz(['cpa', 'check', 'cpa.xml', '--env', 'preproductie', '--json'], { cwd });
    assert.equal(checked.code, 0, checked.stdout);
    assert.equal(state(cwd, '2.cpa'), 'done', 'the check completes the step');
    assert.equal(lz(['step', 'reopen', '2.cpa'], { cwd }).code, 0);
    const differs = lz(typed, { cwd });
    assert.equal(differs.code, 2);
    assert.match(differs.stderr, /cpaId lopendezaken_x differs from the recorded CPA \(lopendezaken_00000001002220647000_00000001822477348000_1\)/);
    assert.equal(lz(['step', 'done', '2.cpa'], { cwd }).code, 0, 'without typed values the checked CPA completes it');
  });

  it('phase 4 cannot be completed with nothing recorded for productie; an exception is recorded and verify reports it', () => {
    const { cwd } = setup();
    const refused = lz(['step', 'done', '4.consumerspecificatie', '--value', 'endpoint=https://lz.gemeente.example.nl/ebms', '--lang', 'en'], { cwd });
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /Consumerspecificatie for productie is recorded and checked/);
    const excused = lz(
      [
        'step',
        'done',
        '4.consumerspecificatie',
        '--value',
        'endpoint=https://lz.gemeente.example.nl/ebms',
        '--exception',
        'door de leverancier gemaakt',
        '--json',
      ],
      { cwd },
    );
    assert.equal(excused.code, 0, excused.stderr);
    assert.equal(readJson(join(cwd, 'lz-onboard.json')).steps['4.consumerspecificatie'].exception, 'door de leverancier gemaakt');
    const v = json(lz(['verify', '--env', 'productie', '--json'], { cwd }));
    const codes = v.environments[0].findings.map((f: { code: string; severity: string }) => `${f.code}:${f.severity}`);
    assert.ok(codes.includes('verify.artefact.exception:warning'), codes.join(' '));
  });

  it('a dossier whose steps say done without their documents (edited by hand, or from before) fails verify and is not "complete"', () => {
    const { cwd } = setup();
    const path = join(cwd, 'lz-onboard.json');
    const d = readJson(path);
    for (const id of ['4.consumerspecificatie', '4.cpa']) d.steps[id] = { state: 'done', at: '2026-01-01T00:00:00.000Z', by: 'x' };
    writeFileSync(path, JSON.stringify(d, null, 2));
    const v = lz(['verify', '--env', 'productie', '--json', '--lang', 'en'], { cwd });
    assert.equal(v.code, 1);
    const messages = json(v)
      .environments[0].findings.filter((f: { severity: string }) => f.severity === 'error')
      .map((f: { message: string }) => f.message);
    assert.ok(
      messages.some((m: string) => /Consumerspecificatie is missing for productie, needed for step 4\.consumerspecificatie/.test(m)),
      messages.join('\n'),
    );
    assert.ok(messages.some((m: string) => /client certificate is missing for productie/.test(m)));
    assert.ok(messages.some((m: string) => /CPA is missing for productie, needed for step 4\.cpa/.test(m)));
  });

  it('with every step done but verify failing, step done says so instead of "complete"', () => {
    const { cwd } = setup();
    const path = join(cwd, 'lz-onboard.json');
    const d = readJson(path);
    const list = json(lz(['step', 'list', '--json'], { cwd })).steps as { id: string }[];
    for (const s of list) d.steps[s.id] = { state: 'done', at: '2026-01-01T00:00:00.000Z', by: 'x' };
    d.steps['4.communicatie'] = { state: 'open' };
    writeFileSync(path, JSON.stringify(d, null, 2));
    const r = lz(['step', 'done', '4.communicatie', '--lang', 'en', '--json'], { cwd });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(json(r).currentPhase, null);
    assert.equal(json(r).complete, false);
    const text = lz(['step', 'reopen', '4.communicatie'], { cwd }).code === 0 && lz(['step', 'done', '4.communicatie', '--lang', 'en'], { cwd });
    assert.ok(text);
    assert.match(text.stderr, /all steps are done, but the connection is not complete yet: lz-onboard verify finds \d+ errors/);
    assert.doesNotMatch(text.stderr, /the connection to Lopende Zaken is done/);
    const st = lz(['status', '--lang', 'en'], { cwd });
    assert.match(st.stdout, /lz-onboard verify has to pass before the connection is complete/);
    assert.equal(json(lz(['status', '--json'], { cwd })).dossiers[0].complete, false);
  });
});
