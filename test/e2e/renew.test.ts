// lz-onboard renew as an organisation replaces an expiring (G1-shaped) certificate: the comparison,
// the refusals that change nothing, the renewal recorded with a new Consumerspecificatie and a
// change notice, the CPA and ping steps reopened, due and status following it, and the new CPA
// closing it. Certificates are made per run; the clock is fixed with --at.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { after } from 'node:test';
import { BIN, initOverheid, json, lz, OIN, readJson, tempDir } from '../helpers/cli.ts';
import { Terminal } from '../helpers/tmux.ts';
import { hasTool } from '../helpers/tools.ts';
import { cpaXml } from '../helpers/cpa.ts';
import { testPki } from '../helpers/pki.ts';
import { minusMonths } from '../../src/domain/due.ts';

const ENDPOINT = 'https://lz.acc.gemeente.example.nl/ebms';
const LZ = '00000004003214345001';
const DAY = 86_400_000;
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function setup() {
  const cwd = tempDir();
  const pki = testPki(cwd);
  const now = Date.now();
  const old = pki.leaf({ notAfter: new Date(now + 80 * DAY) });
  const server = pki.leaf({ notAfter: new Date(now + 600 * DAY), freshKey: true });
  const fresh = pki.leaf({ notAfter: new Date(now + 700 * DAY), freshKey: true });
  const logius = pki.leaf({ subject: pki.leafSubject(LZ, 'lz.logius.example.nl', 'Logius'), freshKey: true });
  pki.write('client-2026.pem', old.pem);
  pki.write('server.pem', server.pem);
  pki.write('client-2028.pem', fresh.pem);
  // The same key pair as the old one (the helper reuses a cached key unless asked for a fresh one).
  pki.write('client-samekey.pem', pki.leaf({ notAfter: new Date(now + 650 * DAY) }).pem);
  pki.write('client-other-oin.pem', pki.leaf({ id: '00000001003214345000', notAfter: new Date(now + 650 * DAY), freshKey: true }).pem);
  pki.write('client-shorter.pem', pki.leaf({ notAfter: new Date(now + 40 * DAY), freshKey: true }).pem);
  assert.equal(initOverheid(cwd).code, 0);
  const run = (args: string[]) => lz([...args, '--lang', 'en'], { cwd });
  const ok = (args: string[]) => {
    const r = run(args);
    assert.equal(r.code, 0, `${args.join(' ')}\n${r.stdout}\n${r.stderr}`);
    return r;
  };
  ok(['step', 'set', '2.aanvraagformulier', '--value', 'contactEmail=lz@gemeente.example.nl']);
  const base = ['intermediate.pem', '--roots', 'root.pem', '--env', 'preproductie'];
  ok(['cert', 'add', 'client-2026.pem', ...base, '--role', 'client']);
  ok(['cert', 'add', 'server.pem', ...base, '--role', 'server', '--endpoint', ENDPOINT]);
  ok(['spec', 'consumer', '--env', 'preproductie', '--endpoint', ENDPOINT]);
  const cpa = (clientDer: Buffer, n: number) =>
    cpaXml({
      cpaId: `lopendezaken_${OIN}_${LZ}_${n}`,
      ours: { partyId: OIN, endpoint: ENDPOINT, clientDer, serverDer: server.der },
      other: { partyId: LZ, endpoint: 'https://lz.logius.example.nl/ebms', certDer: logius.der },
    });
  writeFileSync(join(cwd, 'cpa-1.xml'), cpa(old.der, 1));
  writeFileSync(join(cwd, 'cpa-2.xml'), cpa(fresh.der, 2));
  ok(['cpa', 'check', 'cpa-1.xml', '--env', 'preproductie']);
  ok(['spec', 'ping', '--env', 'preproductie']);
  ok(['step', 'done', '2.ping']);
  const at = day(now + 10 * DAY);
  return { cwd, run, ok, base, at, old, fresh, oldEnd: day(now + 80 * DAY) };
}

const dossierOf = (cwd: string) => readJson(join(cwd, 'lz-onboard.json'));

describe('renew', () => {
  it('refuses what is not a replacement, and changes nothing then', () => {
    const { cwd, run, base, at, oldEnd } = setup();
    const before = readFileSync(join(cwd, 'lz-onboard.json'));
    const spec = readFileSync(join(cwd, 'consumerspecificatie-preproductie.xml'));
    const other = run(['renew', 'client-other-oin.pem', ...base, '--role', 'client', '--at', at, '--json']);
    assert.equal(other.code, 1);
    const codes = json(other).findings.map((f: any) => f.code);
    assert.ok(codes.includes('renew.identifier-changed'), codes.join());
    assert.equal(json(other).recorded, false);
    const shorter = json(run(['renew', 'client-shorter.pem', ...base, '--role', 'client', '--at', at, '--json']));
    assert.ok(shorter.findings.some((f: any) => f.code === 'renew.not-longer'));
    const late = run(['renew', 'client-2028.pem', ...base, '--role', 'client', '--at', at, '--from', minusMonths(oldEnd, -1)]);
    assert.equal(late.code, 1);
    assert.match(late.stdout, /renew\.from-after-end/);
    assert.match(late.stderr, /nothing recorded: fix the errors first/);
    const same = json(run(['renew', 'client-2026.pem', ...base, '--role', 'client', '--at', at, '--json']));
    assert.deepEqual(
      same.findings.filter((f: any) => f.code.startsWith('renew.')).map((f: any) => f.code),
      ['renew.same-certificate'],
    );
    const key = run(['renew', 'intermediate.pem', '--env', 'preproductie', '--role', 'client', '--at', at]);
    assert.equal(key.code, 1, 'a CA certificate is not a leaf: refused by the checks of cert check');
    const none = run(['renew', 'client-2028.pem', ...base, '--role', 'server', '--env', 'productie', '--at', at]);
    assert.equal(none.code, 2);
    assert.match(none.stderr, /no server certificate for productie is recorded to replace/);
    const garbage = run(['renew', 'cpa-1.xml', '--env', 'preproductie', '--role', 'client', '--at', at]);
    assert.equal(garbage.code, 2, garbage.stderr);
    assert.equal(run(['renew', 'client-2028.pem', '--env', 'preproductie', '--role', 'client', '--from', '2027-02-30']).code, 2);
    assert.deepEqual(readFileSync(join(cwd, 'lz-onboard.json')), before);
    assert.deepEqual(readFileSync(join(cwd, 'consumerspecificatie-preproductie.xml')), spec);
    assert.ok(!existsSync(join(cwd, `wijzigingsmelding-preproductie-client-${at}.txt`)));
  });

  it('a whole replacement: compared, recorded, new Consumerspecificatie and notice, due and status follow, the new CPA completes it', () => {
    const { cwd, run, ok, base, at, old, fresh, oldEnd } = setup();
    const specBefore = readFileSync(join(cwd, 'consumerspecificatie-preproductie.xml'), 'utf8');
    const specRecord = dossierOf(cwd).artefacts.preproductie.consumerspecificatie;
    const kept = `consumerspecificatie-preproductie-${specRecord.at.slice(0, 10)}.xml`;
    const r = ok(['renew', 'client-2028.pem', ...base, '--role', 'client', '--at', at, '--json']);
    const body = json(r);
    assert.equal(body.recorded, true);
    const change = minusMonths(at, -2);
    assert.equal(body.renewal.changeDate, change, 'by default two months after today: the notice period');
    assert.equal(body.announceBy, at);
    assert.equal(body.renewal.state, 'in-progress');
    assert.deepEqual(body.renewal.reopenedSteps, ['2.cpa', '2.ping']);
    assert.equal(body.comparison.current.fingerprint256, body.renewal.old.fingerprint256);
    assert.equal(body.comparison.new.generation, 'G1');
    assert.ok(!body.findings.some((f: any) => f.code === 'renew.same-key'), 'a fresh key pair');
    // The dossier: the new certificate recorded, the old one kept in the renewal, the steps reopened.
    const d = dossierOf(cwd);
    assert.equal(d.certificates.preproductie.client.path, 'client-2028.pem');
    assert.equal(d.renewals[0].old.path, 'client-2026.pem');
    assert.equal(d.steps['2.cpa'].state, 'open');
    assert.equal(d.steps['2.ping'].state, 'open');
    assert.equal(d.steps['2.consumerspecificatie'].state, 'done');
    assert.ok(d.history.some((h: any) => h.action === 'renew.start' && h.values.changeDate === change));
    // The new Consumerspecificatie carries the new certificate; the old one is kept and named.
    const spec = readFileSync(join(cwd, 'consumerspecificatie-preproductie.xml'), 'utf8');
    assert.ok(spec.includes(fresh.der.toString('base64').slice(0, 64)));
    assert.ok(!spec.includes(old.der.toString('base64').slice(0, 64)));
    // Kept under the day it was made (a .bak is overwritten by the next generation), with its record.
    assert.equal(readFileSync(join(cwd, kept), 'utf8'), specBefore);
    assert.equal(d.renewals[0].previousSpec.path, kept);
    assert.deepEqual(d.renewals[0].previousSpec.record, specRecord);
    assert.equal(body.consumerspecificatie.previous, join(cwd, kept));
    // The notice to Logius: both certificates, the change date, the two-month rule, the contact.
    const notice = readFileSync(join(cwd, `wijzigingsmelding-preproductie-client-${at}.txt`), 'utf8');
    assert.equal(d.renewals[0].notice.path, `wijzigingsmelding-preproductie-client-${at}.txt`);
    for (const s of [
      `Change date: ${change}`,
      body.renewal.old.fingerprint256,
      d.certificates.preproductie.client.fingerprint256,
      'two months',
      'lz@gemeente.example.nl',
      `lopendezaken_${OIN}_${LZ}_1`,
      'consumerspecificatie-preproductie.xml',
    ]) {
      assert.ok(notice.includes(s), `notice lacks ${s}\n${notice}`);
    }
    assert.doesNotMatch(notice, /PRIVATE KEY/);
    // A second renewal of the same certificate while this one runs is refused.
    const again = run(['renew', 'client-samekey.pem', ...base, '--role', 'client', '--at', at]);
    assert.equal(again.code, 2);
    assert.match(again.stderr, /already in progress/);
    // due: the notice date (today), the change and the old certificate's end, until it is announced.
    const items = () => json(run(['due', '--at', at, '--within', '120', '--json'])).items.filter((i: any) => i.kind.startsWith('renew.'));
    assert.deepEqual(
      items().map((i: any) => `${i.date} ${i.kind}`),
      [`${at} renew.announce`, `${change} renew.change`, `${oldEnd} renew.deadline`],
    );
    ok(['renew', '--env', 'preproductie', '--role', 'client', '--announced', at]);
    assert.deepEqual(
      items().map((i: any) => i.kind),
      ['renew.change', 'renew.deadline'],
    );
    // status says so, and takes the old certificate's end as the one that counts.
    const st = run(['status']);
    assert.match(st.stdout, new RegExp(`renewal in progress: client certificate for preproductie, takes over on\\s+${change}, done by ${oldEnd}`));
    const sj = json(run(['status', '--json'])).dossiers[0];
    assert.deepEqual(sj.renewals, [{ env: 'preproductie', role: 'client', changeDate: change, doneBy: oldEnd, announcedOn: at }]);
    assert.equal(sj.firstCertificateEnd.slice(0, 10), oldEnd);
    assert.match(run(['renew']).stdout, /preproductie client certificate: in progress since .*announced: \d{4}-\d{2}-\d{2}/);
    // The help-desk table and its CSV say which dossier is being renewed.
    mkdirSync(join(cwd, 'other'));
    assert.equal(initOverheid(join(cwd, 'other')).code, 0);
    const table = run(['status', '.']).stdout.split('\n');
    assert.match(table.find((l) => l.includes(oldEnd)) ?? '', new RegExp(`${oldEnd} \\(renewing\\)`));
    const csv: Record<string, string>[] = parse(run(['status', '.', '--format', 'csv']).stdout, { columns: true });
    assert.deepEqual(csv.map((x) => x['renewals_in_progress']).sort(), ['0', '1']);
    // verify: the CPA in use carries the certificate being replaced; that is expected, not a mismatch.
    const v = json(run(['verify', '--env', 'preproductie', '--json', '--no-record']));
    const vcodes = v.environments[0].findings.map((f: any) => f.code);
    assert.ok(vcodes.includes('renew.cpa-in-use'), vcodes.join());
    assert.ok(!vcodes.includes('cpa.cert.mismatch'), vcodes.join());
    // The old CPA does not carry the new certificate: refused, the renewal goes on.
    assert.equal(run(['cpa', 'check', 'cpa-1.xml', '--env', 'preproductie']).code, 1);
    assert.equal(dossierOf(cwd).renewals[0].state, 'in-progress');
    // The new one does: recorded, 2.cpa done, the renewal done.
    const c2 = ok(['cpa', 'check', 'cpa-2.xml', '--env', 'preproductie']);
    assert.match(c2.stderr, /replacement of the client certificate for preproductie completed with this CPA/);
    const after = dossierOf(cwd);
    assert.equal(after.renewals[0].state, 'done');
    assert.equal(after.steps['2.cpa'].state, 'done');
    assert.ok(after.history.some((h: any) => h.action === 'renew.done' && h.values.cpaId.endsWith('_2')));
    assert.deepEqual(items(), [], 'due stops warning about the old certificate');
    assert.doesNotMatch(run(['status']).stdout, /renewal in progress/);
    // The ping names the CPA: made again for the new one, then the ping step is done again.
    ok(['spec', 'ping', '--env', 'preproductie', '--force']);
    assert.ok(readFileSync(join(cwd, 'ping-preproductie.xml'), 'utf8').includes(`lopendezaken_${OIN}_${LZ}_2`));
    ok(['step', 'done', '2.ping']);
    assert.equal(dossierOf(cwd).steps['2.ping'].state, 'done');
    const hist = run(['history']).stdout;
    assert.match(hist, /renew\.start[\s\S]*renew\.announced[\s\S]*renew\.done/);
  });

  it('--cancel puts the old certificate, the reopened steps and the Consumerspecificatie back; a reason is required', () => {
    const { cwd, run, ok, base, at } = setup();
    const before = dossierOf(cwd);
    const specBefore = readFileSync(join(cwd, 'consumerspecificatie-preproductie.xml'));
    const r = json(ok(['renew', 'client-samekey.pem', ...base, '--role', 'client', '--at', at, '--from', minusMonths(at, -1), '--json']));
    assert.deepEqual(
      r.findings
        .filter((f: any) => f.code.startsWith('renew.'))
        .map((f: any) => `${f.code} ${f.severity}`)
        .sort(),
      ['renew.late-notice warning', 'renew.same-key warning'],
    );
    assert.equal(run(['renew', '--env', 'preproductie', '--role', 'client', '--cancel']).code, 2);
    const cancelled = ok(['renew', '--env', 'preproductie', '--role', 'client', '--cancel', '--reason', 'wrong certificate']);
    const d = dossierOf(cwd);
    assert.deepEqual(d.certificates.preproductie.client, before.certificates.preproductie.client);
    assert.deepEqual(d.steps['2.cpa'], before.steps['2.cpa']);
    assert.deepEqual(d.steps['2.ping'], before.steps['2.ping']);
    assert.equal(d.renewals[0].state, 'cancelled');
    assert.equal(run(['renew', '--env', 'preproductie', '--role', 'client', '--announced', at]).code, 2, 'nothing in progress to announce');
    assert.equal(json(run(['renew', '--json'])).renewals.length, 1);
    // The Consumerspecificatie made for the given-up certificate: the kept version is put back, byte for byte.
    assert.deepEqual(readFileSync(join(cwd, 'consumerspecificatie-preproductie.xml')), specBefore);
    assert.deepEqual(d.artefacts.preproductie.consumerspecificatie, before.artefacts.preproductie.consumerspecificatie);
    assert.match(cancelled.stderr, /Consumerspecificatie from before the replacement put back/);
    assert.equal(
      json(run(['verify', '--env', 'preproductie', '--json', '--no-record'])).environments[0].findings.filter((f: any) => f.severity === 'error').length,
      0,
    );
  });

  it('--cancel without the kept Consumerspecificatie (moved away) makes one again with the old certificate', () => {
    const { cwd, ok, base, at, old } = setup();
    // No contact recorded: the notice cannot name one, and the user is told.
    const file = join(cwd, 'lz-onboard.json');
    const d = dossierOf(cwd);
    delete d.organisation.contactEmail;
    writeFileSync(file, JSON.stringify(d, null, 2));
    const started = ok(['renew', 'client-2028.pem', ...base, '--role', 'client', '--at', at]);
    assert.match(started.stderr, /the notice names no contact: fill one in before sending it/);
    rmSync(join(cwd, dossierOf(cwd).renewals[0].previousSpec.path));
    const c = json(ok(['renew', '--env', 'preproductie', '--role', 'client', '--cancel', '--reason', 'wrong', '--json']));
    assert.equal(c.consumerspecificatie.path, join(cwd, 'consumerspecificatie-preproductie.xml'));
    const spec = readFileSync(join(cwd, 'consumerspecificatie-preproductie.xml'), 'utf8');
    assert.ok(spec.includes(old.der.toString('base64').slice(0, 64)), 'the old certificate is back in the Consumerspecificatie');
  });

  it('a new renewal after a cancelled one keeps the earlier notice; a notice past its date says so; an existing --notice is refused', () => {
    const { cwd, run, ok, base, at } = setup();
    const notice = `wijzigingsmelding-preproductie-client-${at}.txt`;
    const first = ok(['renew', 'client-2028.pem', ...base, '--role', 'client', '--at', at, '--from', minusMonths(at, -1)]);
    // One month ahead: the two-month notice date lies in the past.
    assert.doesNotMatch(first.stderr, /names no contact/);
    assert.match(first.stderr, new RegExp(`the notice date \\(${minusMonths(at, 1)}\\) has passed: send it to Logius today`));
    const sent = readFileSync(join(cwd, notice), 'utf8');
    ok(['renew', '--env', 'preproductie', '--role', 'client', '--cancel', '--reason', 'wrong date']);
    const before = readFileSync(join(cwd, 'lz-onboard.json'));
    const taken = run(['renew', 'client-2028.pem', ...base, '--role', 'client', '--at', at, '--notice', notice]);
    assert.equal(taken.code, 2);
    assert.match(taken.stderr, /already exists \(--force replaces it, --notice <file> picks another/);
    assert.deepEqual(readFileSync(join(cwd, 'lz-onboard.json')), before, 'refused before anything changed');
    const second = json(ok(['renew', 'client-2028.pem', ...base, '--role', 'client', '--at', at, '--json']));
    assert.equal(second.notice, join(cwd, `wijzigingsmelding-preproductie-client-${at}-2.txt`));
    assert.equal(readFileSync(join(cwd, notice), 'utf8'), sent, 'the first notice is untouched');
    assert.equal(dossierOf(cwd).renewals.at(-1).notice.path, `wijzigingsmelding-preproductie-client-${at}-2.txt`);
  });
});

const terminals: Terminal[] = [];
after(() => {
  for (const t of terminals) t.close();
});

describe('renew in a terminal', { skip: hasTool('tmux') ? false : 'tmux is not installed' }, () => {
  it('shows both certificates, asks the change date (two months ahead by default) and for confirmation; no means nothing changes', async () => {
    const { cwd, at } = setup();
    const args = `renew client-2028.pem intermediate.pem --roots root.pem --env preproductie --role client --at ${at}`;
    const start = () => {
      const t = new Terminal(`'${process.execPath}' '${BIN}' ${args}`, cwd, { LZ_ONBOARD_LANG: 'en', NO_COLOR: '1' });
      terminals.push(t);
      return t;
    };
    const before = readFileSync(join(cwd, 'lz-onboard.json'));
    const no = start();
    await no.waitFor(`(${minusMonths(at, -2)})`);
    await no.answer('Day the new certificate takes over');
    await no.waitFor(/current +new/);
    await no.answer('Start the replacement and record the new certificate?', 'n');
    await no.waitFor('nothing recorded');
    await no.waitFor('EXIT=0');
    assert.deepEqual(readFileSync(join(cwd, 'lz-onboard.json')), before);
    const yes = start();
    const change = minusMonths(at, -1);
    await yes.answer('Day the new certificate takes over', change);
    const screen = await yes.waitFor('Start the replacement');
    assert.match(screen, /valid +\d{4}-\d{2}-\d{2} → \d{4}-\d{2}-\d{2} +\d{4}-\d{2}-\d{2} → /);
    assert.match(screen, /renew\.late-notice/, 'one month ahead is less than the notice period');
    await yes.answer('Start the replacement and record the new certificate?');
    await yes.waitFor('EXIT=0');
    assert.match(yes.screen(), /replacement of the client certificate for preproductie started/);
    assert.equal(dossierOf(cwd).renewals[0].changeDate, change);
  });
});
