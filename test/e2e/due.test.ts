// lz-onboard due as a user, a help desk and a monitoring job run it: dated items with their rule,
// exit 0 when nothing is due within the window and 1 when something is, over one dossier or many.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { initOverheid, json, lz, tempDir } from '../helpers/cli.ts';
import { testPki } from '../helpers/pki.ts';

let cwd: string;
before(() => {
  cwd = tempDir();
  assert.equal(initOverheid(cwd).code, 0);
  const pki = testPki(cwd);
  pki.write('leaf.pem', pki.leaf({ notAfter: new Date('2027-05-31T10:00:00Z') }).pem);
  const add = lz(['cert', 'add', 'leaf.pem', 'intermediate.pem', '--roots', 'root.pem', '--env', 'preproductie', '--role', 'client'], {
    cwd,
  });
  assert.equal(add.code, 0, add.stderr);
  const file = join(cwd, 'lz-onboard.json');
  const d = JSON.parse(readFileSync(file, 'utf8'));
  d.environments.productie.lprDatum = '2027-04-14';
  writeFileSync(file, JSON.stringify(d, null, 2));
});

describe('due', () => {
  it('nothing within the window: exit 0 and says so', () => {
    const r = lz(['due', '--at', '2026-12-01'], { cwd });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /nothing due within 60 days of 2026-12-01/);
  });
  it('the renewal start, the notice to Logius and the end, each with its rule; exit 1', () => {
    const r = lz(['due', '--at', '2027-03-20', '--within', '90', '--json'], { cwd });
    assert.equal(r.code, 1);
    const body = json(r);
    assert.equal(body.at, '2027-03-20');
    assert.match(body.sno.source, /SNO MijnOverheid/);
    assert.deepEqual(
      body.items.map((i: any) => `${i.date} ${i.kind} ${i.daysLeft}`),
      ['2027-01-31 cert.renew-start -48', '2027-03-31 cert.announce 11', '2027-04-14 plan.lpr 25', '2027-05-31 cert.expires 72'],
    );
    const announce = body.items[1];
    assert.equal(announce.role, 'client');
    assert.match(announce.message, /announce the replacement of the client certificate for preproductie to Logius/);
    assert.match(announce.citation, /SNO MijnOverheid 2\.1\.5.*two months/);
    assert.deepEqual(body.items[2].maintenanceWindows, [{ id: 'portaal-technisch', date: '2027-04-14' }]);
  });
  it('in Dutch for people: late items say how late, a planned day in a maintenance window says which', () => {
    const r = lz(['due', '--at', '2027-04-02', '--within', '30', '--lang', 'nl'], { cwd });
    assert.equal(r.code, 1);
    assert.match(r.stdout, /2027-03-31 +2 dagen te laat +laatste dag om de vervanging van het clientcertificaat/);
    assert.match(
      r.stdout,
      /2027-04-14 +nog 12 dagen +de LPR \(beperkte productie\) begint; onderhoudsvenster van Logius: 2027-04-14 gepland technisch onderhoud Portaal/,
    );
    assert.doesNotMatch(r.stdout, /\b(days left|overdue|ends)\b/);
  });
  it('--renew-days moves the renewal start; bad values are usage errors', () => {
    const r = json(lz(['due', '--at', '2027-02-10', '--within', '10', '--renew-days', '100', '--json'], { cwd }));
    assert.deepEqual(
      r.items.map((i: any) => `${i.date} ${i.kind}`),
      ['2027-02-20 cert.renew-start'],
    );
    assert.equal(lz(['due', '--within', 'soon'], { cwd }).code, 2);
    assert.equal(lz(['due', '--at', 'morgen'], { cwd }).code, 2);
  });
  it('a G1 certificate valid after 2028-11-14: cert add records it as G1 and due names the end of its root', () => {
    const dir = tempDir();
    assert.equal(initOverheid(dir).code, 0);
    const pki = testPki(dir);
    pki.write('late.pem', pki.leaf({ notAfter: new Date('2029-03-01T00:00:00Z') }).pem);
    const add = lz(['cert', 'add', 'late.pem', 'intermediate.pem', '--roots', 'root.pem', '--env', 'preproductie', '--role', 'server'], { cwd: dir });
    assert.equal(add.code, 0, add.stderr);
    assert.equal(JSON.parse(readFileSync(join(dir, 'lz-onboard.json'), 'utf8')).certificates.preproductie.server.g1, true);
    const r = json(lz(['due', '--at', '2028-11-01', '--within', '30', '--json'], { cwd: dir }));
    const g1 = r.items.find((i: any) => i.kind === 'cert.g1-end');
    assert.equal(g1.date, '2028-11-14');
    assert.match(g1.message, /Private Root CA - G1 ends: the server certificate for preproductie \(valid until 2029-03-01\) stops working/);
  });
  it('over a portfolio: one list in date order with the organisation; an unreadable dossier is named, exit 3', () => {
    const root = tempDir();
    for (const name of ['a', 'b']) {
      mkdirSync(join(root, name));
      for (const f of ['lz-onboard.json', 'leaf.pem', 'intermediate.pem', 'root.pem']) writeFileSync(join(root, name, f), readFileSync(join(cwd, f)));
    }
    const b = JSON.parse(readFileSync(join(root, 'b', 'lz-onboard.json'), 'utf8'));
    b.organisation.name = 'Gemeente B';
    writeFileSync(join(root, 'b', 'lz-onboard.json'), JSON.stringify(b));
    const r = json(lz(['due', '.', '--at', '2027-03-20', '--within', '20', '--json'], { cwd: root }));
    assert.deepEqual(
      r.items.map((i: any) => `${i.date} ${i.organisation}`),
      ['2027-01-31 Gemeente Voorbeeld', '2027-01-31 Gemeente B', '2027-03-31 Gemeente Voorbeeld', '2027-03-31 Gemeente B'],
    );
    assert.deepEqual(
      r.items.map((i: any) => i.dossier),
      [join('a', 'lz-onboard.json'), join('b', 'lz-onboard.json'), join('a', 'lz-onboard.json'), join('b', 'lz-onboard.json')],
    );
    mkdirSync(join(root, 'kapot'));
    writeFileSync(join(root, 'kapot', 'lz-onboard.json'), '{');
    const broken = lz(['due', '.', '--at', '2027-03-20', '--within', '20'], { cwd: root, env: { COLUMNS: '120' } });
    assert.equal(broken.code, 3);
    assert.match(broken.stderr, /kapot.*skipped/);
    assert.match(broken.stdout, /Gemeente B/);
  });
});
