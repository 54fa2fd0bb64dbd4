// The wizard asks for what is missing instead of showing a code: production certificates when
// phase 4 needs them, a reason when a step is done without its document; Ctrl-C keeps the answers
// of the current step; the language chosen is remembered in the dossier.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { BIN, initOverheid, lz, readJson, tempDir } from '../helpers/cli.ts';
import { testPki } from '../helpers/pki.ts';
import { Terminal } from '../helpers/tmux.ts';
import { hasTool } from '../helpers/tools.ts';

const terminals: Terminal[] = [];
after(() => {
  for (const t of terminals) t.close();
});

function open(cwd: string, args: string[], env: Record<string, string>): Terminal {
  const t = new Terminal(`'${process.execPath}' '${BIN}' ${args.join(' ')}`, cwd, { LZ_ONBOARD_BY: 'wizard-user', NO_COLOR: '1', ...env });
  terminals.push(t);
  return t;
}
const english = { LZ_ONBOARD_LANG: 'en' };

/** A dossier with phase 1 done and preproductie certificates recorded. */
function phaseOneDone(cwd: string) {
  const pki = testPki(cwd);
  pki.write('leaf.pem', pki.leaf().pem);
  assert.equal(initOverheid(cwd, ['--zaaktype', 'omgevingsvergunning']).code, 0);
  for (const role of ['client', 'server'])
    assert.equal(lz(['cert', 'add', 'leaf.pem', 'intermediate.pem', '--roots', 'root.pem', '--env', 'preproductie', '--role', role], { cwd }).code, 0);
  for (const s of ['1.verbinding', '1.zaakberichtstroom', '1.digikoppeling']) assert.equal(lz(['step', 'done', s], { cwd }).code, 0);
  assert.equal(lz(['step', 'done', '1.pkioverheid', '--value', 'domeinnamen=lz.gemeente.example.nl'], { cwd }).code, 0);
}

/** No message id on screen where a sentence belongs (as `✖ flags.required` once was). */
function noBareCodes(screen: string) {
  assert.doesNotMatch(screen, /✖ [a-z0-9-]+\.[a-z0-9.-]+\s*$/m, screen);
  assert.ok(!screen.includes('flags.required') && !screen.includes('certfile.problem'), screen);
}

describe('the wizard asks for what is missing', { skip: hasTool('tmux') ? false : 'tmux is not installed' }, () => {
  it('asks for production certificates in phase 4, says why they fail, and records a step done by exception', async () => {
    const cwd = tempDir();
    phaseOneDone(cwd);
    const by = (id: string, extra: string[] = []) => assert.equal(lz(['step', 'done', id, ...extra], { cwd }).code, 0, id);
    by('2.aanvraagformulier', ['--value', 'afzenderId=GM1', '--value', 'serviceId=s', '--value', 'contactEmail=a@b.nl']);
    for (const s of ['2.netwerkpad', '2.berichtverwerking', '2.acceptatietest', '3.systemen-gereed', '4.netwerkpad']) by(s);
    by('2.consumerspecificatie', ['--value', 'endpoint=https://lz.acc.gemeente.example.nl/ebms', '--exception', 'test']);
    by('2.cpa', ['--value', 'cpaId=c1', '--value', 'lzPartyId=00000004003214345001', '--exception', 'test']);
    by('2.ping', ['--exception', 'test']);
    by('3.digid-accounts', ['--value', 'testBsns=111222333']);
    by('3.ketentest', ['--value', 'ketentestPeriode=2026-03-01/2026-03-10', '--exception', 'test']);
    by('3.testrapport', ['--value', 'verstuurdOp=2026-03-11', '--value', 'goedgekeurdOp=2026-03-12', '--exception', 'test']);

    const t = open(cwd, ['wizard'], english);
    await t.waitFor(/4\.consumerspecificatie/);
    await t.answer('Generate the Consumerspecificatie now');
    // Nothing recorded for productie: the wizard asks, instead of failing on a missing flag.
    await t.answer('Certificate file, client, productie', 'leaf.pem');
    await t.answer('Chain files', 'intermediate.pem');
    await t.answer('Certificate file, server, productie');
    await t.answer('Chain files');
    await t.waitFor('Not every certificate is in order');
    await t.waitFor('This step is not done yet: step 4.consumerspecificatie is done when the Consumerspecificatie for productie is recorded');
    const menu = await t.waitForPrompt('What do you want to do?');
    assert.match(menu, /productie client: leaf.pem\n {2}✖ error {3}chain.missing-issuer\n {6}the chain is incomplete/);
    noBareCodes(menu);
    await t.press('What do you want to do?', 'Down', 'Enter'); // complete without this document
    await t.answer('Why was this step done outside lz-onboard?', 'de leverancier levert de productiespecificatie');
    await t.answer('Your production endpoint URI (https)', 'https://lz.gemeente.example.nl/ebms');
    await t.answer('Your PartyId');
    await t.answer('What do you want to do?'); // complete as an exception
    await t.waitFor('step 4.consumerspecificatie done');
    await t.waitFor(/4\.cpa/);
    t.keys('C-c');
    const end = await t.waitFor('EXIT=');
    noBareCodes(end);
    const d = readJson(join(cwd, 'lz-onboard.json'));
    assert.equal(d.steps['4.consumerspecificatie'].state, 'done');
    assert.equal(d.steps['4.consumerspecificatie'].exception, 'de leverancier levert de productiespecificatie');
    assert.equal(d.certificates.productie.client, undefined, 'a certificate that fails its checks is not recorded');
  });

  it('Ctrl-C keeps the answers already given in the current step', async () => {
    const cwd = tempDir();
    phaseOneDone(cwd);
    const t = open(cwd, ['wizard'], english);
    await t.answer('Form sent on', '2026-01-12');
    await t.answer('Contact e-mail address for Logius', 'lz@example.nl');
    await t.answer('Sender ID', 'GM0344');
    await t.waitForPrompt('Service-ID for the CPA');
    t.keys('C-c');
    const screen = await t.waitFor('EXIT=');
    assert.match(screen, /values for step 2\.aanvraagformulier saved/);
    assert.match(screen, /EXIT=130/);
    const d = readJson(join(cwd, 'lz-onboard.json'));
    assert.equal(d.organisation.afzenderId, 'GM0344');
    assert.equal(d.steps['2.aanvraagformulier'].state, 'open');
    assert.equal(d.organisation.contactEmail, 'lz@example.nl');
    assert.equal(d.steps['2.aanvraagformulier'].values.formulierVerstuurd, '2026-01-12', 'the send date that due counts the answer from');
  });

  it('remembers the language chosen; the locale still wins over it', async () => {
    const cwd = tempDir();
    phaseOneDone(cwd);
    const neutral = { LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '', LANGUAGE: '', LZ_ONBOARD_LANG: '' };
    const first = open(cwd, ['wizard', '--lang', 'en'], neutral);
    await first.waitForPrompt('Form sent on');
    first.keys('C-c');
    await first.waitFor('EXIT=');
    assert.equal(readJson(join(cwd, 'lz-onboard.json')).language, 'en');
    // No flag, a locale that names no language: the dossier's.
    const second = open(cwd, ['wizard'], neutral);
    const screen = await second.waitForPrompt('Form sent on');
    assert.match(screen, /Phase 2|Step 1 of 7 in phase 2/);
    second.keys('C-c');
    await second.waitFor('EXIT=');
    // A Dutch locale wins.
    const third = open(cwd, ['wizard'], { ...neutral, LANG: 'nl_NL.UTF-8' });
    await third.waitForPrompt('Formulier verstuurd op');
    third.keys('C-c');
    await third.waitFor('EXIT=');
  });

  it('--at is checked like every date flag', () => {
    const cwd = tempDir();
    const r = lz(['wizard', '--at', 'morgen', '--no-input'], { cwd });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--at/);
  });
});
