// The interactive wizard in a real terminal (tmux): init by prompts with a re-asked bad OIN,
// phase 1 step by step with its Resultaat, values kept on "stop for now", Ctrl-C exits 130.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { BIN, readJson, tempDir } from '../helpers/cli.ts';
import { Terminal } from '../helpers/tmux.ts';
import { testPki } from '../helpers/pki.ts';
import { hasTool } from '../helpers/tools.ts';

const hasTmux = hasTool('tmux');

const terminals: Terminal[] = [];
after(() => {
  for (const t of terminals) t.close();
});

function start(cwd: string, args: string[] = [], lang = 'en'): Terminal {
  const t = new Terminal(`'${process.execPath}' '${BIN}' ${args.join(' ')}`, cwd, { LZ_ONBOARD_LANG: lang, LZ_ONBOARD_BY: 'wizard-user', NO_COLOR: '1' });
  terminals.push(t);
  return t;
}

describe('wizard in a terminal', { skip: hasTmux ? false : 'tmux is not installed' }, () => {
  it('creates the dossier by prompts and walks phase 1 into phase 2', async () => {
    const cwd = tempDir();
    const pki = testPki(cwd);
    pki.write('leaf.pem', pki.leaf().pem);
    const t = start(cwd);
    await t.answer('Kind of connection'); // overheid
    await t.answer('Name of the organisation', 'Gemeente Súdwest-Fryslân');
    await t.answer('OIN of the organisation', '123');
    await t.waitFor('an OIN/HRN has 20 positions, this has 3');
    t.keys('BSpace', 'BSpace', 'BSpace');
    t.type('00000001002220647000');
    t.keys('Enter');
    await t.answer('KvK number');

    // The choices are asked in their phase-1 steps, with the manual's explanation.
    await t.waitFor('Phase 1: Preparation');
    await t.waitFor(/Step 1 of 4 in phase 1\n1\.verbinding +Choose the connection/);
    await t.press('Connection (internet or diginetwerk)', 'Down', 'Enter'); // diginetwerk
    await t.answer('What do you want to do?'); // done
    // 1.zaakberichtstroom
    await t.waitFor(/Step 2 of 4 in phase 1\n1\.zaakberichtstroom/);
    await t.answer('Message standard (stuf or mo)'); // stuf
    await t.answer('Case types (comma-separated)', 'omgevingsvergunning');
    await t.answer('What do you want to do?');
    // 1.digikoppeling: OIN prefilled, adapter optional
    await t.waitFor(/Step 3 of 4 in phase 1\n1\.digikoppeling/);
    await t.answer("Your organisation's OIN");
    await t.answer('Digikoppeling adapter (product)');
    await t.answer('What do you want to do?');
    // 1.pkioverheid: certificate files first, checked as a task list; without the test root the
    // chain is incomplete, so the wizard offers to give other files.
    await t.waitFor(/Step 4 of 4 in phase 1\n1\.pkioverheid/);
    await t.waitFor('Note!');
    await t.answer('Certificate file, client, preproductie', 'nope.pem');
    await t.waitFor('nope.pem: file not found');
    for (let i = 0; i < 8; i++) t.keys('BSpace');
    t.type('leaf.pem');
    t.keys('Enter');
    await t.answer('Chain files', 'intermediate.pem');
    await t.answer('Test root for pre-production');
    await t.answer('Certificate file, server, preproductie'); // defaults to the client's file
    await t.answer('Chain files');
    await t.answer('Test root for pre-production');
    await t.waitFor('chain.missing-issuer');
    await t.answer('What now?'); // give other files
    await t.answer('Certificate file, client, preproductie');
    await t.answer('Chain files');
    await t.answer('Test root for pre-production', 'root.pem');
    await t.answer('Certificate file, server, preproductie');
    await t.answer('Chain files');
    await t.answer('Test root for pre-production', 'root.pem');
    await t.answer('Domain names in the certificate', 'not a host');
    await t.waitFor('is not a valid domain name');
    t.keys('C-u');
    for (let i = 0; i < 10; i++) t.keys('BSpace');
    t.type('lz.example.nl');
    t.keys('Enter');
    await t.answer('What do you want to do?');
    await t.waitFor('Phase 1 complete. Result:');
    await t.waitFor('Phase 2: Connect to pre-production');
    // 2.aanvraagformulier: answer, then stop for now: the values are kept, the step stays open.
    await t.answer('Form sent on');
    await t.answer('Contact e-mail address for Logius', 'lz@example.nl');
    await t.answer('Sender ID', 'GM0344');
    await t.answer('Service-ID for the CPA', 'lz-pp');
    await t.press('What do you want to do?', 'Down', 'Down', 'Enter');
    const screen = await t.waitFor('EXIT=');
    assert.match(screen, /EXIT=0/);
    assert.match(screen, /values for step 2.aanvraagformulier saved/);

    const d = readJson(join(cwd, 'lz-onboard.json'));
    assert.equal(d.organisation.name, 'Gemeente Súdwest-Fryslân');
    assert.equal(d.organisation.oin, '00000001002220647000');
    assert.equal(d.choices.network, 'diginetwerk');
    assert.deepEqual(d.choices.zaaktypen, ['omgevingsvergunning']);
    for (const s of ['1.verbinding', '1.zaakberichtstroom', '1.digikoppeling', '1.pkioverheid']) assert.equal(d.steps[s].state, 'done', s);
    assert.deepEqual(d.steps['1.pkioverheid'].values.domeinnamen, ['lz.example.nl']);
    assert.equal(d.certificates.preproductie.client.path, 'leaf.pem');
    assert.equal(d.certificates.preproductie.server.roots, 'root.pem');
    assert.equal(d.steps['2.aanvraagformulier'].state, 'open');
    assert.equal(d.organisation.afzenderId, 'GM0344');
    assert.equal(d.environments.preproductie.serviceId, 'lz-pp');
    assert.ok(d.history.every((h: { by: string }) => h.by === 'wizard-user'));

    // Resuming starts at the first open step with the saved values as defaults; skip it with a reason.
    const t2 = start(cwd, ['wizard']);
    await t2.waitFor(/Step 1 of 7 in phase 2\n2\.aanvraagformulier/);
    await t2.answer('Form sent on');
    await t2.answer('Contact e-mail address for Logius');
    await t2.answer('Sender ID');
    await t2.answer('Service-ID for the CPA');
    await t2.press('What do you want to do?', 'Down', 'Enter');
    await t2.answer('Reason to skip', 'al aangevraagd in 2025');
    await t2.waitFor(/Step 2 of 7 in phase 2\n2\.netwerkpad/);
    await t2.press('What do you want to do?', 'C-c');
    const s2 = await t2.waitFor('EXIT=');
    assert.match(s2, /EXIT=130/);
    assert.match(s2, /Cancelled; what was already recorded is kept/);
    const d2 = readJson(join(cwd, 'lz-onboard.json'));
    assert.equal(d2.steps['2.aanvraagformulier'].state, 'skipped');
    assert.equal(d2.steps['2.aanvraagformulier'].reason, 'al aangevraagd in 2025');
    assert.equal(d2.steps['2.netwerkpad'].state, 'open');
  });
});

describe('wizard phase 2 in a terminal', { skip: hasTmux ? false : 'tmux is not installed' }, () => {
  it('generates the Consumerspecificatie, checks the CPA and writes the ping document as task lists', async () => {
    const { lz } = await import('../helpers/cli.ts');
    const { cpaXml } = await import('../helpers/cpa.ts');
    const { writeFileSync, existsSync } = await import('node:fs');
    const cwd = tempDir();
    const pki = testPki(cwd);
    const leaf = pki.leaf();
    pki.write('leaf.pem', leaf.pem);
    const endpoint = 'https://lz.acc.gemeente.example.nl/ebms';
    const other = pki.leaf({ subject: pki.leafSubject('00000001822477348000', 'lz.logius.example.nl', 'Logius') });
    writeFileSync(
      join(cwd, 'cpa.xml'),
      cpaXml({
        ours: { partyId: '00000001002220647000', endpoint, clientDer: leaf.der, serverDer: leaf.der },
        other: { partyId: '00000001822477348000', endpoint: 'https://lz.logius.example.nl/ebms', certDer: other.der },
      }),
    );
    const run = (args: string[]) => assert.equal(lz(args, { cwd }).code, 0, args.join(' '));
    run(['init', '--kind', 'overheid', '--name', 'G', '--oin', '00000001002220647000', '--network', 'internet', '--standard', 'stuf', '--zaaktype', 'a']);
    for (const role of ['client', 'server'])
      run(['cert', 'add', 'leaf.pem', 'intermediate.pem', '--roots', 'root.pem', '--env', 'preproductie', '--role', role]);
    for (const s of ['1.verbinding', '1.zaakberichtstroom', '1.digikoppeling', '2.netwerkpad', '2.berichtverwerking', '2.acceptatietest'])
      run(['step', 'done', s]);
    run(['step', 'done', '1.pkioverheid', '--value', 'domeinnamen=lz.example.nl']);
    run(['step', 'done', '2.aanvraagformulier', '--value', 'afzenderId=GM1', '--value', 'serviceId=s', '--value', 'contactEmail=a@b.nl']);

    const t = start(cwd);
    await t.answer('Generate the Consumerspecificatie now');
    await t.answer('EndpointUri (https)', endpoint);
    await t.waitFor('Consumerspecificatie written');
    await t.answer('Check the CPA from the CPA Register now');
    await t.answer('CPA file (XML)', 'cpa.xml');
    await t.waitFor(/CPA lopendezaken\S+ checked and recorded for preproductie/);
    await t.answer('Generate the ebMS Ping document now');
    await t.waitFor('ebMS Ping written');
    await t.press('What do you want to do?', 'Down', 'Down', 'Enter');
    assert.match(await t.waitFor('EXIT='), /EXIT=0/);
    const d = readJson(join(cwd, 'lz-onboard.json'));
    assert.equal(d.steps['2.consumerspecificatie'].state, 'done');
    assert.equal(d.steps['2.cpa'].state, 'done');
    assert.equal(d.steps['2.ping'].state, 'open');
    assert.ok(existsSync(join(cwd, 'consumerspecificatie-preproductie.xml')));
    assert.ok(existsSync(join(cwd, 'ping-preproductie.xml')));
  });
});

describe('wizard for a supplier in a terminal', { skip: hasTmux ? false : 'tmux is not installed' }, () => {
  it('asks the KvK number first and offers the HRN made from it', async () => {
    const cwd = tempDir();
    const t = start(cwd);
    await t.press('Kind of connection', 'Down', 'Enter');
    await t.answer('Name of the organisation', 'Voorbeeld Software B.V.');
    await t.answer('KvK number', '52035476');
    await t.waitForPrompt('HRN from your certificate');
    await t.waitFor('00000003520354760000');
    t.keys('Enter');
    await t.waitFor('Phase 1: Preparation');
    t.keys('C-c');
    assert.match(await t.waitFor('EXIT='), /EXIT=130/);
    const d = readJson(join(cwd, 'lz-onboard.json'));
    assert.deepEqual([d.organisation.kind, d.organisation.kvk, d.organisation.hrn], ['leverancier', '52035476', '00000003520354760000']);
  });
});

describe('wizard in Dutch in a terminal', { skip: hasTmux ? false : 'tmux is not installed' }, () => {
  it("speaks Dutch in the prompts' own words too; Ctrl-C before init writes nothing", async () => {
    const { existsSync } = await import('node:fs');
    const cwd = tempDir();
    const t = start(cwd, [], 'nl');
    const first = await t.waitForPrompt('Soort aansluiting');
    assert.match(first, /↑↓ kiezen • ⏎ bevestigen/);
    t.keys('Enter');
    await t.answer('Naam van de organisatie');
    await t.waitFor('een waarde is verplicht');
    t.keys('C-c');
    assert.match(await t.waitFor('EXIT='), /Afgebroken[^\n]*\n+EXIT=130/);
    assert.equal(existsSync(join(cwd, 'lz-onboard.json')), false);
  });
});

describe('wizard with a PKCS#12 store in a terminal', { skip: hasTmux && hasTool('openssl') ? false : 'tmux or openssl is not installed' }, () => {
  it('asks the password masked, re-asks a wrong one, and never stores it', async () => {
    const { lz } = await import('../helpers/cli.ts');
    const { keyPem } = await import('../helpers/pki.ts');
    const cwd = tempDir();
    const pki = testPki(cwd);
    const leaf = pki.leaf();
    const keyFile = pki.write('key.pem', keyPem(leaf), 0o600);
    const certFile = pki.write('leaf.pem', leaf.pem);
    execFileSync('openssl', [
      'pkcs12',
      '-export',
      '-inkey',
      keyFile,
      '-in',
      certFile,
      '-certfile',
      pki.interPath,
      '-out',
      join(cwd, 'store.p12'),
      '-passout',
      'pass:geheim',
    ]);
    const run = (args: string[]) => assert.equal(lz(args, { cwd }).code, 0, args.join(' '));
    run(['init', '--kind', 'overheid', '--name', 'G', '--oin', '00000001002220647000', '--network', 'internet', '--standard', 'stuf', '--zaaktype', 'a']);
    for (const s of ['1.verbinding', '1.zaakberichtstroom', '1.digikoppeling']) run(['step', 'done', s]);

    const t = start(cwd);
    await t.answer('Certificate file, client, preproductie', 'store.p12');
    await t.answer('Password of store.p12', 'fout');
    await t.waitFor('this password does not open the file');
    for (let i = 0; i < 4; i++) t.keys('BSpace');
    t.type('geheim');
    t.keys('Enter');
    await t.answer('Chain files'); // the store carries the intermediate
    await t.answer('Test root for pre-production', 'root.pem');
    await t.answer('Certificate file, server, preproductie'); // the same store, already opened
    await t.answer('Chain files');
    await t.answer('Test root for pre-production');
    await t.answer('Domain names in the certificate', 'lz.gemeente.example.nl');
    await t.answer('What do you want to do?');
    const screen = await t.waitFor('Phase 1 complete');
    assert.ok(!screen.includes('geheim') && !screen.includes('fout'), 'the password is never shown');
    assert.match(screen, /\*{6}/);
    t.keys('C-c');
    await t.waitFor('EXIT=');
    const text = readFileSync(join(cwd, 'lz-onboard.json'), 'utf8');
    const d = JSON.parse(text);
    assert.equal(d.certificates.preproductie.client.path, 'store.p12');
    assert.equal(d.certificates.preproductie.server.path, 'store.p12');
    assert.equal(d.steps['1.pkioverheid'].state, 'done');
    assert.ok(!text.includes('geheim'), 'the password is not in the dossier');
  });
});

describe('colour is decided per stream', { skip: hasTmux ? false : 'tmux is not installed' }, () => {
  it('status on a terminal is coloured; the same status redirected to a file has no escape codes', async () => {
    const cwd = tempDir();
    execFileSync(process.execPath, [BIN, 'init', '--kind', 'overheid', '--name', 'G', '--oin', '00000001002220647000'], {
      cwd,
      env: { ...process.env, LZ_ONBOARD_LANG: 'en' },
    });
    const t = new Terminal(`'${process.execPath}' '${BIN}' status > out.txt 2> err.txt; '${process.execPath}' '${BIN}' status`, cwd, {
      LZ_ONBOARD_LANG: 'en',
      TERM: 'xterm-256color',
    });
    terminals.push(t);
    await t.waitFor('EXIT=');
    const file = readFileSync(join(cwd, 'out.txt'), 'utf8');
    assert.match(file, /Next step/);
    assert.ok(!file.includes('\u001b'), JSON.stringify(file.slice(0, 200)));
    const coloured = execFileSync('tmux', ['-L', (t as unknown as { socket: string }).socket, 'capture-pane', '-e', '-p', '-t', 'lz'], { encoding: 'utf8' });
    assert.ok(coloured.includes('\u001b['), 'the terminal run is coloured');
  });
});
