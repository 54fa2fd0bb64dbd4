// The certificate commands as users run them, on a test PKI generated here.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { initLeverancier, initOverheid, json, lz, readJson, tempDir } from '../helpers/cli.ts';
import { issue, keyPem, pkcs7, testPki, TEST_HRN, TEST_OIN } from '../helpers/pki.ts';
import { hasTool } from '../helpers/tools.ts';

const DAY = 86_400_000;
let dir: string;
let pki: ReturnType<typeof testPki>;
let files: Record<string, string>;
let keyB64: string;

before(() => {
  dir = tempDir();
  pki = testPki(dir);
  const leaf = pki.leaf({ subject: pki.leafSubject(TEST_OIN, 'lz.gemeente.example.nl', 'Gemeente Súdwest-Fryslân') });
  const key = keyPem(leaf);
  keyB64 = key.split('\n')[1]!;
  files = {
    leaf: pki.write('leaf.pem', leaf.pem),
    leafDer: pki.write('leaf.der', leaf.der),
    bundle: pki.write('bundle.p7b', pkcs7([pki.inter, leaf])),
    wrongOrder: pki.write('wrong-order.pem', pki.root.pem + pki.inter.pem),
    withKey: pki.write('with-key.pem', key + leaf.pem, 0o644),
    keyOnly: pki.write('key.pem', key, 0o600),
    garbage: pki.write('garbage.bin', Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 131 + 7) % 256))),
    empty: pki.write('empty.pem', ''),
    truncated: pki.write('truncated.pem', leaf.pem.slice(0, 400)),
    expired: pki.write('expired.pem', pki.leaf({ notBefore: new Date(Date.now() - 900 * DAY), notAfter: new Date(Date.now() - 5 * DAY) }).pem),
    soon: pki.write('soon.pem', pki.leaf({ notAfter: new Date(Date.now() + 30 * DAY) }).pem),
    rsa1024: pki.write('rsa1024.pem', pki.leaf({ key: 'rsa1024' }).pem),
    ec: pki.write('ec.pem', pki.leaf({ key: 'ec' }).pem),
    hrn: pki.write('hrn.pem', pki.leaf({ subject: pki.leafSubject(TEST_HRN) }).pem),
    clientOnly: pki.write('client-only.pem', pki.leaf({ eku: ['clientAuth'] }).pem),
    selfSigned: pki.write('self.pem', issue({ subject: pki.leafSubject(TEST_OIN), san: ['lz.gemeente.example.nl'] }).pem),
  };
});

const codes = (body: { findings: { code: string }[] }) => body.findings.map((f) => f.code).sort();

describe('oin check', () => {
  it('reports kind, meaning and derived number, exit 1 when any is invalid', () => {
    const r = lz(['oin', 'check', '00000001822477348000', '00000003271987420000', '--json'], { cwd: dir });
    assert.equal(r.code, 0);
    const [a, b] = json(r).results;
    assert.deepEqual([a.valid, a.kind, a.prefix, a.derived], [true, 'oin', '00000001', { type: 'RSIN', number: '822477348' }]);
    assert.deepEqual(b.derived, { type: 'KvK', number: '27198742' });
    assert.match(a.meaning, /RSIN/);
    const bad = lz(['oin', 'check', '00000001822477348000', '00000005123456789000', '12'], { cwd: dir });
    assert.equal(bad.code, 1);
    assert.match(bad.stdout, /prefix 00000005 is not assigned/);
    assert.match(bad.stdout, /an OIN\/HRN has 20 positions, this has 2/);
  });
});

describe('cert inspect', () => {
  it('reads PEM, DER and PKCS#7 with decoded UTF-8 names', () => {
    const r = lz(['cert', 'inspect', files.leaf!, files.leafDer!, files.bundle!, '--json'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    const body = json(r);
    assert.deepEqual(
      body.files.map((f: { format: string; certificates: unknown[] }) => [f.format, f.certificates.length]),
      [
        ['pem', 1],
        ['der', 1],
        ['pkcs7', 2],
      ],
    );
    const c = body.files[0].certificates[0];
    assert.equal(c.subject.find((a: { name: string }) => a.name === 'O').value, 'Gemeente Súdwest-Fryslân');
    assert.deepEqual(c.identifier.derived, { type: 'RSIN', number: '002220647' });
    assert.equal(c.organizationIdentifier, 'NTRNL-12345678');
    assert.deepEqual(c.key, { type: 'RSA', bits: 2048, algorithmOid: '1.2.840.113549.1.1.1' });
    assert.deepEqual(c.keyUsage, { critical: true, usages: ['digitalSignature', 'keyEncipherment'] });
    assert.deepEqual(
      c.extendedKeyUsage.map((e: { name: string }) => e.name),
      ['serverAuth', 'clientAuth'],
    );
    assert.deepEqual(c.policies, [{ oid: '2.16.528.1.1003.1.2.8.6', name: 'PKIoverheid Private Services, server certificate (G1)' }]);
    assert.match(c.fingerprintSha256, /^[0-9A-F]{64}$/);
    assert.equal(body.files[1].certificates[0].fingerprintSha256, c.fingerprintSha256);
  });
  it('reads stdin', () => {
    const r = lz(['cert', 'inspect', '-', '--json'], { cwd: dir, input: readFileSync(files.leaf!, 'utf8') });
    assert.equal(r.code, 0);
    assert.equal(json(r).files[0].certificates.length, 1);
  });
  it('reads the certificate next to a key with a warning, and never shows the key', () => {
    const r = lz(['cert', 'inspect', files.withKey!, '--json'], { cwd: dir });
    assert.equal(r.code, 0);
    const body = json(r);
    assert.equal(body.files[0].privateKey, true);
    assert.deepEqual(
      body.files[0].warnings.map((w: { code: string }) => w.code),
      ['file.private-key', 'file.private-key-readable'],
    );
    for (const out of [r.stdout, r.stderr, lz(['cert', 'inspect', files.withKey!], { cwd: dir }).stdout]) {
      assert.ok(!out.includes(keyB64) && !out.includes('BEGIN PRIVATE KEY'), 'no key material in output');
    }
  });
  const refusals: [string, RegExp][] = [
    ['keyOnly', /holds only a private key/],
    ['garbage', /not a certificate/],
    ['empty', /the file is empty/],
    ['truncated', /is truncated/],
  ];
  for (const [name, msg] of refusals) {
    it(`refuses ${name}: exit 2, one line naming the file`, () => {
      const r = lz(['cert', 'inspect', files[name]!], { cwd: dir });
      assert.equal(r.code, 2);
      assert.equal(r.stderr.trim().split('\n').length, 1);
      assert.ok(r.stderr.includes(files[name]!));
      assert.match(r.stderr, msg);
      assert.ok(!r.stderr.includes(keyB64));
    });
  }
  it('refuses a missing file and a directory', () => {
    assert.match(lz(['cert', 'inspect', 'nope.pem'], { cwd: dir }).stderr, /nope\.pem: file not found/);
    assert.equal(lz(['cert', 'inspect', dir], { cwd: dir }).code, 2);
  });
  it('made file by file, the report is still one document as JSON.stringify formats it; a bad file last gives the error document alone', () => {
    const r = lz(['cert', 'inspect', files.leaf!, files.withKey!, files.bundle!, '--json'], { cwd: dir });
    assert.equal(r.stdout, `${JSON.stringify(JSON.parse(r.stdout), null, 2)}\n`);
    const text = lz(['cert', 'inspect', files.leaf!, files.bundle!], { cwd: dir }).stdout;
    assert.match(text, /\n\n/, 'a blank line between files');
    assert.ok(!text.endsWith('\n\n'));
    const bad = lz(['cert', 'inspect', files.leaf!, files.bundle!, 'nope.pem', '--json'], { cwd: dir });
    assert.equal(bad.code, 2);
    assert.deepEqual(Object.keys(JSON.parse(bad.stdout)), ['formatVersion', 'error'], 'no part of the report before it');
  });
});

describe('cert check', () => {
  const base = () => [
    '--roots',
    pki.rootPath,
    '--env',
    'preproductie',
    '--role',
    'server',
    '--endpoint',
    'https://lz.gemeente.example.nl/ebms',
    '--oin',
    TEST_OIN,
    '--json',
  ];
  it('a good certificate passes with the test-root note, findings in the documented form', () => {
    const r = lz(['cert', 'check', files.leaf!, pki.interPath, ...base()], { cwd: dir });
    assert.equal(r.code, 0, r.stdout);
    const body = json(r);
    assert.deepEqual(codes(body), ['chain.root.test']);
    const f = body.findings[0];
    assert.deepEqual(Object.keys(f).sort(), ['citation', 'code', 'message', 'severity']);
    assert.equal(f.severity, 'info');
    assert.equal(body.chain.length, 3);
    assert.equal(body.anchor.kind, 'test');
    assert.equal(body.summary.ok, true);
  });
  it('the chain may come in any order and in a PKCS#7 bundle', () => {
    assert.equal(lz(['cert', 'check', files.leaf!, files.wrongOrder!, ...base()], { cwd: dir }).code, 0);
    assert.equal(
      lz(['cert', 'check', files.bundle!, ...base().slice(0, 8), '--oin', TEST_OIN], { cwd: dir }).code,
      1,
      'the bundle starts with the intermediate, which is judged first',
    );
  });
  const failing: [string, string[], string[]][] = [
    ['expired', [], ['cert.validity.expired']],
    ['rsa1024', [], ['cert.key.rsa-too-small']],
    ['hrn', [], ['cert.serialnumber.mismatch']],
    ['clientOnly', [], ['cert.eku.role']],
    ['selfSigned', [], ['chain.root.unknown']],
  ];
  for (const [name, extra, expected] of failing) {
    it(`${name}: exit 1 with ${expected.join(', ')}`, () => {
      const r = lz(['cert', 'check', files[name]!, pki.interPath, ...base(), ...extra], { cwd: dir });
      assert.equal(r.code, 1);
      const got = codes(json(r)).filter((c) => c !== 'chain.root.test');
      assert.deepEqual(got, expected);
    });
  }
  it('a missing intermediate names the issuer; a wrong endpoint host is an error', () => {
    const r = json(lz(['cert', 'check', files.leaf!, ...base()], { cwd: dir }));
    assert.deepEqual(codes(r), ['chain.missing-issuer']);
    assert.match(r.findings[0].message, /Test PKIoverheid TRIAL Private Services CA/);
    const h = json(lz(['cert', 'check', files.leaf!, pki.interPath, ...base(), '--endpoint', 'https://elders.example.nl/'], { cwd: dir }));
    assert.ok(codes(h).includes('host.mismatch'));
  });
  it('warnings pass by default and fail with --severity warning; EC is read and warned about', () => {
    const soon = lz(['cert', 'check', files.soon!, pki.interPath, ...base()], { cwd: dir });
    assert.equal(soon.code, 0);
    assert.ok(codes(json(soon)).includes('cert.validity.expiring'));
    assert.equal(lz(['cert', 'check', files.soon!, pki.interPath, ...base(), '--severity', 'warning'], { cwd: dir }).code, 1);
    assert.equal(lz(['cert', 'check', files.soon!, pki.interPath, ...base(), '--expires-in', '10'], { cwd: dir }).code, 0);
    const ec = lz(['cert', 'check', files.ec!, pki.interPath, ...base()], { cwd: dir });
    assert.equal(ec.code, 0);
    assert.ok(codes(json(ec)).includes('cert.key.not-rsa'));
  });
  it('--at judges another date; productie refuses the test root', () => {
    const later = lz(['cert', 'check', files.leaf!, pki.interPath, ...base(), '--at', new Date(Date.now() + 800 * DAY).toISOString().slice(0, 10)], {
      cwd: dir,
    });
    assert.equal(later.code, 1);
    assert.ok(codes(json(later)).includes('cert.validity.expired'));
    const prod = json(lz(['cert', 'check', files.leaf!, pki.interPath, ...base(), '--env', 'productie'], { cwd: dir }));
    assert.ok(codes(prod).includes('chain.root.test-productie'));
    assert.equal(lz(['cert', 'check', files.leaf!, '--at', 'gisteren'], { cwd: dir }).code, 2);
    const badOin = lz(['cert', 'check', files.leaf!, '--oin', '123'], { cwd: dir });
    assert.equal(badOin.code, 2);
    assert.match(badOin.stderr, /--oin: an OIN\/HRN has 20 positions/);
  });
  it('cert checks lists every check with code, severity and citation', () => {
    const body = json(lz(['cert', 'checks', '--json'], { cwd: dir }));
    assert.ok(body.checks.length >= 30);
    for (const c of body.checks) assert.ok(c.code && c.severity && c.citation && c.message);
  });
});

describe('cert add and the dossier', () => {
  it('records a checked certificate (never the key), refuses a bad one, and status notices changes', () => {
    const cwd = tempDir();
    initOverheid(cwd);
    const p = testPki(cwd);
    const leaf = p.leaf();
    const withKey = p.write('client-with-key.pem', keyPem(leaf) + leaf.pem, 0o600);
    const bad = lz(['cert', 'add', files.expired!, p.interPath, '--roots', p.rootPath, '--env', 'preproductie', '--role', 'client'], { cwd });
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /not recorded/);
    assert.deepEqual(readJson(join(cwd, 'lz-onboard.json')).certificates.preproductie, {});
    const ok = lz(['cert', 'add', withKey, p.interPath, '--roots', p.rootPath, '--env', 'preproductie', '--role', 'client', '--json'], { cwd });
    assert.equal(ok.code, 0, ok.stdout);
    assert.equal(json(ok).recorded, true);
    const dossierText = readFileSync(join(cwd, 'lz-onboard.json'), 'utf8');
    const keyLine = keyPem(leaf).split('\n')[1]!;
    assert.ok(!dossierText.includes(keyLine) && !dossierText.includes('PRIVATE KEY'), 'no key material in the dossier');
    assert.ok(!ok.stdout.includes(keyLine));
    const rec = JSON.parse(dossierText).certificates.preproductie.client;
    assert.equal(rec.path, 'client-with-key.pem');
    assert.deepEqual(rec.chain, ['intermediate.pem']);
    assert.equal(rec.identifier, TEST_OIN);
    assert.equal(rec.roots, 'root.pem');
    assert.equal(JSON.parse(dossierText).history.at(-1).action, 'cert.add');
    assert.deepEqual(json(lz(['status', '--json'], { cwd })).dossiers[0].warnings, []);
    // Replace the file on disk with another certificate: status says so.
    writeFileSync(withKey, p.leaf().pem);
    const st = json(lz(['status', '--json'], { cwd }));
    assert.deepEqual(
      st.dossiers[0].warnings.map((w: { code: string }) => w.code),
      ['warn.cert-changed'],
    );
    assert.equal(st.dossiers[0].certificates[0].identifier, TEST_OIN);
  });
  it('warns in status when a recorded certificate expires soon; a supplier records an HRN certificate', () => {
    const cwd = tempDir();
    initLeverancier(cwd);
    const p = testPki(cwd);
    const soon = p.write('soon.pem', p.leaf({ subject: p.leafSubject(TEST_HRN), notAfter: new Date(Date.now() + 20 * DAY) }).pem);
    const add = lz(
      ['cert', 'add', soon, p.interPath, '--roots', p.rootPath, '--env', 'preproductie', '--role', 'server', '--endpoint', 'https://lz.gemeente.example.nl/'],
      { cwd },
    );
    assert.equal(add.code, 0, add.stdout);
    const st = json(lz(['status', '--json'], { cwd }));
    assert.deepEqual(
      st.dossiers[0].warnings.map((w: { code: string }) => w.code),
      ['warn.cert-expiring'],
    );
    const prod = lz(['cert', 'add', soon, p.interPath, '--env', 'productie', '--role', 'client'], { cwd });
    assert.equal(prod.code, 2);
    assert.match(prod.stderr, /productie does not apply to a supplier connection/);
    const wrong = lz(['cert', 'add', files.leaf!, pki.interPath, '--roots', pki.rootPath, '--env', 'preproductie', '--role', 'client', '--json'], { cwd });
    assert.equal(wrong.code, 1);
    // files.leaf carries 00000001002220647000: also the form of an RSIN-based HRN, of another party.
    assert.ok(codes(json(wrong)).includes('cert.serialnumber.mismatch'), codes(json(wrong)).join());
    const subOin = p.write('suboin.pem', p.leaf({ subject: p.leafSubject('00000004003214345001') }).pem);
    const notHrn = lz(['cert', 'add', subOin, p.interPath, '--roots', p.rootPath, '--env', 'preproductie', '--role', 'client', '--json'], { cwd });
    assert.ok(codes(json(notHrn)).includes('cert.serialnumber.kind'), codes(json(notHrn)).join());
  });
  it('needs --env and --role and a dossier', () => {
    const cwd = tempDir();
    assert.equal(lz(['cert', 'add', files.leaf!, '--role', 'client'], { cwd }).code, 2);
    assert.equal(lz(['cert', 'add', files.leaf!, '--env', 'preproductie', '--role', 'client'], { cwd }).code, 3);
  });
});

// PKCS#12 key stores made by OpenSSL as users get them: the current default (PBES2/AES), the legacy
// form of older exports (RC2 and 3DES), without a password, and with certificates only.
const hasOpenssl = hasTool('openssl');

describe('PKCS#12 key stores', { skip: hasOpenssl ? false : 'openssl is not installed' }, () => {
  let p12: Record<string, string>;
  let leafFp: string;
  let p12KeyB64: string;
  before(() => {
    const leaf = pki.leaf({ subject: pki.leafSubject(TEST_OIN, 'lz.gemeente.example.nl', 'Gemeente Súdwest-Fryslân') });
    const key = keyPem(leaf);
    p12KeyB64 = key.split('\n')[1]!;
    const keyFile = pki.write('p12-key.pem', key, 0o600);
    const certFile = pki.write('p12-leaf.pem', leaf.pem);
    leafFp = createHash('sha256').update(leaf.der).digest('hex').toUpperCase();
    const make = (name: string, ...args: string[]) => {
      const out = join(dir, name);
      execFileSync('openssl', ['pkcs12', '-export', '-in', certFile, '-out', out, ...args], { stdio: 'ignore' });
      return out;
    };
    p12 = {
      modern: make('modern.p12', '-inkey', keyFile, '-certfile', pki.interPath, '-passout', 'pass:geheim'),
      legacy: make('legacy.p12', '-legacy', '-inkey', keyFile, '-certfile', pki.interPath, '-passout', 'pass:geheim'),
      empty: make('empty.pfx', '-inkey', keyFile, '-passout', 'pass:'),
      certsOnly: make('certs-only.p12', '-nokeys', '-certfile', pki.interPath, '-passout', 'pass:wachtwoörd'),
    };
  });
  const withPassword = (password: string) => ({ cwd: dir, env: { LZ_ONBOARD_P12_PASSWORD: password } });

  it('asks for the password by its variable, and says when it is wrong (exit 2, one line)', () => {
    const none = lz(['cert', 'inspect', p12.modern!, '--lang', 'en'], { cwd: dir });
    assert.equal(none.code, 2);
    assert.match(none.stderr, /modern\.p12: a PKCS#12 key store .* put the password in LZ_ONBOARD_P12_PASSWORD/);
    const wrong = lz(['cert', 'inspect', p12.modern!, '--lang', 'en'], withPassword('fout'));
    assert.equal(wrong.code, 2);
    assert.equal(wrong.stderr.trim().split('\n').length, 1);
    assert.match(wrong.stderr, /the password in LZ_ONBOARD_P12_PASSWORD does not open this PKCS#12 key store/);
  });

  for (const name of ['modern', 'legacy'] as const) {
    it(`reads the certificates of a ${name} store, the key's own first, with a warning and no key material`, () => {
      const r = lz(['cert', 'inspect', p12[name]!, '--json'], withPassword('geheim'));
      assert.equal(r.code, 0, r.stderr);
      const f = json(r).files[0];
      assert.equal(f.format, 'pkcs12');
      assert.equal(f.privateKey, true);
      assert.deepEqual(
        f.warnings.map((w: { code: string }) => w.code),
        ['file.private-key'],
      );
      assert.equal(f.certificates.length, 2);
      assert.equal(f.certificates[0].fingerprintSha256, leafFp);
      assert.equal(f.certificates[0].identifier.value, TEST_OIN);
      assert.equal(f.certificates[0].subject.find((a: { name: string }) => a.name === 'O').value, 'Gemeente Súdwest-Fryslân');
      assert.match(f.certificates[1].subjectText, /TRIAL Private Services CA/);
      assert.ok(!r.stdout.includes(p12KeyB64) && !r.stderr.includes(p12KeyB64));
    });
  }

  it('opens a store without a password, also when a password is set for others, and one with certificates only', () => {
    const empty = json(lz(['cert', 'inspect', p12.empty!, '--json'], withPassword('geheim'))).files[0];
    assert.equal(empty.certificates[0].fingerprintSha256, leafFp);
    const certsOnly = lz(['cert', 'inspect', p12.certsOnly!, '--json'], withPassword('wachtwoörd'));
    assert.equal(certsOnly.code, 0, certsOnly.stderr);
    const f = json(certsOnly).files[0];
    assert.equal(f.privateKey, false);
    assert.deepEqual(f.warnings, []);
    assert.equal(f.certificates.length, 2);
  });

  it('checks the chain inside the store and records it without the key', () => {
    const check = lz(
      [
        'cert',
        'check',
        p12.modern!,
        '--roots',
        pki.rootPath,
        '--env',
        'preproductie',
        '--role',
        'server',
        '--endpoint',
        'https://lz.gemeente.example.nl/ebms',
        '--oin',
        TEST_OIN,
        '--json',
      ],
      withPassword('geheim'),
    );
    assert.equal(check.code, 0, check.stdout);
    const codes = json(check).findings.map((x: { code: string }) => x.code);
    assert.ok(codes.includes('chain.root.test') && !codes.includes('chain.missing-issuer'), codes.join());
    const cwd = tempDir();
    initOverheid(cwd, ['--oin', TEST_OIN]);
    const add = lz(['cert', 'add', p12.modern!, '--roots', pki.rootPath, '--env', 'preproductie', '--role', 'client'], {
      cwd,
      env: { LZ_ONBOARD_P12_PASSWORD: 'geheim' },
    });
    assert.equal(add.code, 0, add.stderr);
    const text = readFileSync(join(cwd, 'lz-onboard.json'), 'utf8');
    assert.equal(JSON.parse(text).certificates.preproductie.client.fingerprint256, leafFp);
    assert.ok(!text.includes(p12KeyB64) && !text.includes('geheim'), 'neither key nor password in the dossier');
    assert.equal(json(lz(['status', '--json'], { cwd })).dossiers[0].environments[0].client, 'ok');
    // Touched (a checkout does that): status compares the store's bytes, never derives a key.
    const later = new Date(Date.now() + 60_000);
    utimesSync(p12.modern!, later, later);
    assert.equal(json(lz(['status', '--json'], { cwd })).dossiers[0].environments[0].client, 'ok');
    // A dossier recorded before file hashes were kept: status cannot compare without opening it.
    const d = JSON.parse(readFileSync(join(cwd, 'lz-onboard.json'), 'utf8'));
    delete d.certificates.preproductie.client.fileSha256;
    writeFileSync(join(cwd, 'lz-onboard.json'), JSON.stringify(d));
    const locked = json(lz(['status', '--json'], { cwd, env: { LZ_ONBOARD_P12_PASSWORD: 'geheim' } })).dossiers[0];
    assert.equal(locked.environments[0].client, 'locked', 'not opened even with the password');
    assert.ok(locked.warnings.some((w: { code: string }) => w.code === 'warn.cert-locked'));
  });
});
