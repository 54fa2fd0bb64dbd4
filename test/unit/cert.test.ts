// Certificate reading and checks on a test PKI generated here (no real keys).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { checkCertificate, type CheckOptions } from '../../src/domain/cert/check.ts';
import { formatName, type CertFields } from '../../src/domain/cert/fields.ts';
import { coversHost } from '../../src/domain/cert/host.ts';
import { CertReadError, readCertificates } from '../../src/domain/cert/read.ts';
import { g4TrialPki, issue, keyPem, pkcs7, testPki, TEST_HRN, TEST_OIN, type Issued } from '../helpers/pki.ts';
import { tempDir } from '../helpers/cli.ts';
import { withIterations } from '../helpers/p12.ts';
import { hasTool } from '../helpers/tools.ts';

const DAY = 86_400_000;
const fields = (i: Issued | string | Buffer): CertFields => readCertificates(Buffer.isBuffer(i) ? i : Buffer.from(typeof i === 'string' ? i : i.pem)).certs[0]!;
const readCode = (b: Buffer | string) => {
  try {
    readCertificates(Buffer.from(b));
    return 'ok';
  } catch (e) {
    return e instanceof CertReadError ? e.code : `other: ${(e as Error).message}`;
  }
};

let pki: ReturnType<typeof testPki>;
let inter: CertFields;
let root: CertFields;
before(() => {
  pki = testPki(tempDir());
  inter = fields(pki.inter);
  root = fields(pki.root);
});

function check(leaf: Issued | CertFields, over: Partial<CheckOptions> = {}) {
  const c = 'der' in leaf && Buffer.isBuffer((leaf as CertFields).subjectDer) ? (leaf as CertFields) : fields(leaf as Issued);
  return checkCertificate(c, {
    env: 'preproductie',
    role: 'server',
    kind: 'overheid',
    expectedId: TEST_OIN,
    at: new Date(),
    expiresInDays: 60,
    given: [inter],
    roots: [root],
    ...over,
  });
}
const codes = (r: { findings: { code: string }[] }) => r.findings.map((f) => f.code).sort();

describe('reading certificate files', () => {
  it('reads PEM with CRLF and text around it, DER, bare base64, and PKCS#7 in PEM and DER', () => {
    const leaf = pki.leaf();
    assert.equal(readCertificates(Buffer.from(`Bag Attributes\r\n${leaf.pem.replace(/\n/g, '\r\n')}trailing text\r\n`)).certs.length, 1);
    assert.equal(readCertificates(leaf.der).format, 'der');
    assert.equal(readCertificates(Buffer.from(leaf.der.toString('base64'))).certs.length, 1);
    const p7 = pkcs7([leaf, pki.inter, pki.root]);
    const fromDer = readCertificates(p7);
    assert.equal(fromDer.format, 'pkcs7');
    assert.equal(fromDer.certs.length, 3);
    const p7pem = `-----BEGIN PKCS7-----\n${p7.toString('base64')}\n-----END PKCS7-----\n`;
    assert.equal(readCertificates(Buffer.from(p7pem)).certs.length, 3);
    assert.equal(readCertificates(Buffer.from(leaf.pem + pki.inter.pem)).certs.length, 2);
  });
  it('decodes UTF-8 names', () => {
    const c = fields(
      issue({
        subject: [
          ['C', 'NL'],
          ['O', 'Gemeente Súdwest-Fryslân'],
          ['CN', 'Ĳsselstein ✓'],
        ],
      }),
    );
    assert.equal(formatName(c.subject), 'C=NL, O=Gemeente Súdwest-Fryslân, CN=Ĳsselstein ✓');
  });
  it('detects keys without reading them', () => {
    const leaf = pki.leaf();
    assert.equal(readCode(keyPem(leaf)), 'file.key-only');
    const both = readCertificates(Buffer.from(keyPem(leaf) + leaf.pem));
    assert.equal(both.privateKey, true);
    assert.equal(both.certs.length, 1);
    assert.ok(!JSON.stringify(both.certs[0]!.subject).includes('PRIVATE'));
  });
  const bad: [string, Buffer | string, string][] = [
    ['empty', '', 'file.empty'],
    ['random bytes', Buffer.from(Array.from({ length: 300 }, (_, i) => (i * 37 + 11) % 256)), 'file.not-certificate'],
    ['plain text', 'hello world, this is not a certificate\n', 'file.not-certificate'],
    ['a truncated PEM', '-----BEGIN CERTIFICATE-----\nMIIB\n', 'pem.truncated'],
    ['bad base64', '-----BEGIN CERTIFICATE-----\nMI!B$$\n-----END CERTIFICATE-----\n', 'pem.bad-base64'],
    ['a CSR', '-----BEGIN CERTIFICATE REQUEST-----\nMIIB\n-----END CERTIFICATE REQUEST-----\n', 'file.csr'],
    ['mismatched PEM lines', '-----BEGIN CERTIFICATE-----\nMIIB\n-----END PKCS7-----\n', 'pem.mismatched'],
  ];
  for (const [what, input, code] of bad) it(`refuses ${what}: ${code}`, () => assert.equal(readCode(input), code));
  it('refuses truncated DER and a PEM block that is no certificate', () => {
    const der = pki.leaf().der;
    assert.equal(readCode(der.subarray(0, der.length - 40)), 'der.invalid');
    const notCert = `-----BEGIN CERTIFICATE-----\n${Buffer.from([0x30, 0x03, 0x02, 0x01, 0x05]).toString('base64')}\n-----END CERTIFICATE-----\n`;
    assert.equal(readCode(notCert), 'pem.not-certificate');
  });
  it('never throws anything but CertReadError on mangled input', () => {
    const pem = pki.leaf().pem;
    for (let i = 0; i < 200; i++) {
      const cut = pem.slice(0, (i * 7919) % pem.length) + pem.slice(((i * 104729) % pem.length) + 1);
      const r = readCode(cut);
      assert.ok(!r.startsWith('other:'), r);
    }
    const der = pki.leaf().der;
    for (let i = 0; i < 200; i++) {
      const b = Buffer.from(der);
      const k = (i * 131) % b.length;
      b.writeUInt8(b.readUInt8(k) ^ 0xff, k);
      const r = readCode(b);
      assert.ok(!r.startsWith('other:'), r);
    }
  });
  it('never throws anything but CertReadError on a mangled PKCS#12 store', { skip: hasTool('openssl') ? false : 'openssl is not installed' }, () => {
    const dir = tempDir();
    const leaf = pki.leaf();
    writeFileSync(join(dir, 'k.pem'), keyPem(leaf), { mode: 0o600 });
    writeFileSync(join(dir, 'c.pem'), leaf.pem);
    for (const legacy of [[], ['-legacy']]) {
      execFileSync('openssl', [
        'pkcs12',
        '-export',
        ...legacy,
        '-inkey',
        join(dir, 'k.pem'),
        '-in',
        join(dir, 'c.pem'),
        '-out',
        join(dir, 's.p12'),
        '-passout',
        'pass:geheim',
      ]);
      const p12 = readFileSync(join(dir, 's.p12'));
      assert.equal(readCertificates(p12, { p12Password: 'geheim' }).certs[0]?.fingerprint256, readCertificates(leaf.der).certs[0]?.fingerprint256);
      const seen = new Set<string>();
      for (let i = 0; i < 300; i++) {
        const b = Buffer.from(p12);
        const k = (i * 7919) % b.length;
        b.writeUInt8(b.readUInt8(k) ^ (1 + (i % 255)), k);
        let r: string;
        try {
          readCertificates(b, { p12Password: 'geheim' });
          r = 'ok';
        } catch (e) {
          r = e instanceof CertReadError ? e.code : `other: ${(e as Error).stack}`;
        }
        assert.ok(!r.startsWith('other:'), r);
        seen.add(r);
      }
      assert.ok(seen.size > 1, [...seen].join());
      // A store crafted to make the key derivation run for hours is refused at once.
      const t0 = Date.now();
      const crafted = withIterations(p12, 2_000_000_000);
      assert.throws(
        () => readCertificates(crafted, { p12Password: 'geheim' }),
        (e: unknown) => e instanceof CertReadError && e.code === 'p12.unsupported' && /iteration count/.test(e.detail),
      );
      assert.ok(Date.now() - t0 < 2000);
    }
  });
});

describe('certificate checks', () => {
  it('a good leaf with its chain and test root: only the test-root note', () => {
    assert.deepEqual(codes(check(pki.leaf())), ['chain.root.test']);
  });
  it('productie refuses a test root', () => {
    assert.deepEqual(codes(check(pki.leaf(), { env: 'productie' })), ['chain.root.test-productie']);
  });
  const cases: [string, () => Issued, Partial<CheckOptions>, string[]][] = [
    ['expired', () => pki.leaf({ notBefore: new Date(Date.now() - 800 * DAY), notAfter: new Date(Date.now() - DAY) }), {}, ['cert.validity.expired']],
    ['not yet valid', () => pki.leaf({ notBefore: new Date(Date.now() + 10 * DAY) }), {}, ['cert.validity.not-yet-valid']],
    ['expiring soon', () => pki.leaf({ notAfter: new Date(Date.now() + 20 * DAY) }), {}, ['cert.validity.expiring']],
    [
      'no serialNumber',
      () =>
        pki.leaf({
          subject: [
            ['C', 'NL'],
            ['O', 'X'],
            ['organizationIdentifier', 'NTRNL-12345678'],
            ['CN', 'lz.gemeente.example.nl'],
          ],
        }),
      {},
      ['cert.serialnumber.missing'],
    ],
    ['a 19-digit serialNumber', () => pki.leaf({ subject: pki.leafSubject('0000000100222064700') }), {}, ['cert.serialnumber.invalid']],
    ['a non-digit serialNumber', () => pki.leaf({ subject: pki.leafSubject('0000000100222064700X') }), {}, ['cert.serialnumber.invalid']],
    ['a wrong OIN', () => pki.leaf({ subject: pki.leafSubject('00000001822477348000') }), {}, ['cert.serialnumber.mismatch']],
    ['RSA-1024', () => pki.leaf({ key: 'rsa1024' }), {}, ['cert.key.rsa-too-small']],
    ['EC P-256', () => pki.leaf({ key: 'ec' }), {}, ['cert.key.not-rsa']],
    ['Ed25519', () => pki.leaf({ key: 'ed25519' }), {}, ['cert.key.not-rsa']],
    ['no key usage', () => pki.leaf({ keyUsage: null }), {}, ['cert.keyusage.missing']],
    [
      'key usage without keyEncipherment, not critical',
      () => pki.leaf({ keyUsage: ['digitalSignature'], keyUsageCritical: false }),
      {},
      ['cert.keyusage.incomplete', 'cert.keyusage.not-critical'],
    ],
    ['client-only EKU used as server', () => pki.leaf({ eku: ['clientAuth'] }), { role: 'server' }, ['cert.eku.role']],
    [
      'no organizationIdentifier',
      () =>
        pki.leaf({
          subject: [
            ['C', 'NL'],
            ['O', 'X'],
            ['serialNumber', TEST_OIN],
            ['CN', 'lz.gemeente.example.nl'],
          ],
        }),
      {},
      ['cert.orgid.missing'],
    ],
    ['a host that is not covered', () => pki.leaf(), { host: 'other.example.nl' }, ['host.mismatch']],
    [
      'a test OIN towards productie',
      () => pki.leaf({ subject: pki.leafSubject('00000099999999910000') }),
      { env: 'productie', expectedId: '00000099999999910000', roots: [], given: [inter] },
      ['cert.serialnumber.test-oin', 'chain.missing-issuer'],
    ],
    [
      'a CA certificate as leaf',
      () => issue({ subject: pki.leafSubject(TEST_OIN), issuer: pki.inter, ca: true, keyUsage: ['digitalSignature', 'keyEncipherment'] }),
      {},
      ['cert.is-ca'],
    ],
  ];
  for (const [what, make, over, expected] of cases) {
    it(`${what}: ${expected.join(', ')}`, () => {
      const got = codes(check(make(), over)).filter((c) => c !== 'chain.root.test');
      assert.deepEqual(got, expected.sort());
    });
  }
  it('an HRN for a supplier; an OIN where an HRN is expected is refused; KvK must agree', () => {
    const hrnLeaf = pki.leaf({ subject: pki.leafSubject(TEST_HRN) });
    assert.deepEqual(codes(check(hrnLeaf, { kind: 'leverancier', expectedId: TEST_HRN })), ['chain.root.test']);
    // 00000001 + RSIN + 000 is an HRN too (Identificatie en Authenticatie, Bijlage 1): another party's, here.
    assert.deepEqual(codes(check(pki.leaf(), { kind: 'leverancier', expectedId: TEST_HRN })), ['cert.serialnumber.mismatch', 'chain.root.test']);
    assert.deepEqual(codes(check(pki.leaf({ subject: pki.leafSubject('00000004003214345001') }), { kind: 'leverancier', expectedId: TEST_HRN })), [
      'cert.serialnumber.kind',
      'chain.root.test',
    ]);
    const rsinHrn = pki.leaf({ subject: pki.leafSubject('00000001123456789000') });
    assert.deepEqual(codes(check(rsinHrn, { kind: 'leverancier', expectedId: '00000001123456789000' })), ['chain.root.test']);
    const wrongKvk = pki.leaf({
      subject: [
        ['C', 'NL'],
        ['O', 'X'],
        ['organizationIdentifier', 'NTRNL-87654321'],
        ['serialNumber', TEST_HRN],
        ['CN', 'lz.gemeente.example.nl'],
      ],
    });
    assert.deepEqual(codes(check(wrongKvk, { kind: 'leverancier', expectedId: TEST_HRN })), ['cert.orgid.kvk-mismatch', 'chain.root.test']);
  });
  it('names the missing intermediate and accepts the chain in any order', () => {
    const r = check(pki.leaf(), { given: [] });
    assert.deepEqual(codes(r), ['chain.missing-issuer']);
    assert.match(r.findings[0]!.message.en, /Test PKIoverheid TRIAL Private Services CA/);
    assert.deepEqual(codes(check(pki.leaf(), { given: [root, inter], roots: [root] })), ['chain.root.test']);
  });
  it("a root not given with --roots is unknown, even with PKIoverheid's name (look-alike)", () => {
    const fakeRoot = issue({
      subject: [
        ['C', 'NL'],
        ['O', 'Staat der Nederlanden'],
        ['CN', 'Staat der Nederlanden Private Root CA - G1'],
      ],
      ca: true,
      freshKey: true,
    });
    const fakeInter = issue({
      subject: [
        ['C', 'NL'],
        ['CN', 'Fake Private Services CA'],
      ],
      issuer: fakeRoot,
      ca: true,
      freshKey: true,
    });
    const leaf = issue({ subject: pki.leafSubject(TEST_OIN), issuer: fakeInter, san: ['lz.gemeente.example.nl'] });
    const r = check(leaf, { given: [fields(fakeInter), fields(fakeRoot)], roots: [] });
    assert.deepEqual(codes(r), ['chain.root.unknown']);
  });
  it('a wrong signature is found', () => {
    const other = issue({
      subject: [
        ['C', 'NL'],
        ['O', 'Test PKI'],
        ['CN', 'Test PKIoverheid TRIAL Private Services CA'],
      ],
      issuer: pki.root,
      ca: true,
      freshKey: true,
    });
    const r = check(pki.leaf(), { given: [fields(other)] });
    assert.deepEqual(codes(r), ['chain.signature']);
  });
  it('an expired intermediate is an error', () => {
    const old = issue({
      subject: [
        ['C', 'NL'],
        ['O', 'Test PKI'],
        ['CN', 'Old CA'],
      ],
      issuer: pki.root,
      ca: true,
      freshKey: true,
      notBefore: new Date(Date.now() - 900 * DAY),
      notAfter: new Date(Date.now() - 2 * DAY),
    });
    const leaf = issue({ subject: pki.leafSubject(TEST_OIN), issuer: old, san: ['lz.gemeente.example.nl'] });
    assert.deepEqual(codes(check(leaf, { given: [fields(old)] })), ['chain.intermediate-validity', 'chain.root.test']);
  });
  it('--at judges another day; a long-lived certificate gets the Private Root note', () => {
    const leaf = pki.leaf({ notAfter: new Date('2029-06-01T00:00:00Z') });
    assert.ok(codes(check(leaf)).includes('cert.validity.beyond-private-root'));
    assert.deepEqual(
      codes(check(pki.leaf(), { at: new Date(Date.now() + 1000 * DAY) })).filter((c) => c.startsWith('cert.')),
      ['cert.validity.expired'],
    );
  });
});

describe('quick fingerprint (status)', () => {
  it("equals the full reader's for PEM (with text and CRLF) and DER, and declines bundles and garbage", async () => {
    const { quickFingerprint } = await import('../../src/domain/cert/fingerprint.ts');
    const leaf = pki.leaf();
    const fp = fields(leaf).fingerprint256;
    assert.equal(quickFingerprint(Buffer.from(leaf.pem)), fp);
    assert.equal(quickFingerprint(Buffer.from(`text\r\n${leaf.pem.replace(/\n/g, '\r\n')}`)), fp);
    assert.equal(quickFingerprint(Buffer.from(leaf.pem + pki.inter.pem)), fp);
    assert.equal(quickFingerprint(leaf.der), fp);
    assert.equal(quickFingerprint(pkcs7([leaf])), null);
    assert.equal(quickFingerprint(leaf.der.subarray(0, 100)), null);
    assert.equal(quickFingerprint(Buffer.from('nonsense')), null);
  });
});

describe('host names', () => {
  const c = (san: string[] | null, cn = 'cn.example.nl') =>
    fields(
      issue({
        subject: [
          ['C', 'NL'],
          ['CN', cn],
        ],
        san,
      }),
    );
  it('matches DNS SANs, wildcards on one label only, the CN only without SANs', () => {
    const w = c(['lz.example.nl', '*.acc.example.nl']);
    assert.equal(coversHost(w, 'LZ.example.nl').covered, true);
    assert.equal(coversHost(w, 'a.acc.example.nl').covered, true);
    assert.equal(coversHost(w, 'acc.example.nl').covered, false);
    assert.equal(coversHost(w, 'a.b.acc.example.nl').covered, false);
    assert.equal(coversHost(w, 'cn.example.nl').covered, false);
    const noSan = c(null);
    assert.deepEqual(coversHost(noSan, 'cn.example.nl'), { covered: true, names: ['cn.example.nl'], viaCn: true });
    // Addresses are matched against IP SANs only; a name with digits is still a name.
    const ip = { ...w, san: { dns: ['10.example.nl'], ip: ['192.0.2.10', '2001:db8::1'], email: [], uri: [] } };
    assert.equal(coversHost(ip, '192.0.2.10').covered, true);
    assert.equal(coversHost(ip, '[2001:db8::1]').covered, true);
    assert.equal(coversHost(ip, '192.0.2.11').covered, false);
    assert.deepEqual(coversHost(ip, '192.0.2.10').names, ['192.0.2.10', '2001:db8::1']);
    assert.equal(coversHost(ip, '10.example.nl').covered, true);
    assert.deepEqual(coversHost(ip, '10.example.nl').names, ['10.example.nl']);
  });
});

describe('certificate rules as the sources write them', () => {
  const DAY_MS = 86_400_000;
  it('G4 Private G-Other LP Authentication shape (keyUsage digitalSignature, EKU clientAuth) passes as client, not as server', () => {
    const g4 = g4TrialPki(tempDir());
    const client = fields(g4.client);
    const given = [fields(g4.tsp), fields(g4.domain)];
    const asClient = check(client, { role: 'client', given, roots: [fields(g4.root)] });
    assert.deepEqual(codes(asClient), ['cert.keyusage.client-only', 'chain.root.test']);
    assert.equal(asClient.generation, 'G4 TRIAL');
    assert.deepEqual(codes(check(client, { role: 'server', given, roots: [fields(g4.root)] })), [
      'cert.eku.role',
      'cert.keyusage.incomplete',
      'chain.root.test',
    ]);
    // The G4 TLS profile (digitalSignature + keyEncipherment, serverAuth + clientAuth, RSASSA-PSS, RSA 3072) passes as server.
    const server = check(fields(g4.server), { role: 'server', given, roots: [fields(g4.root)] });
    assert.deepEqual(codes(server), ['chain.root.test']);
  });
  it('key usage bits beyond digitalSignature and keyEncipherment are an error ("Geen ander key usage mag hiermee worden gecombineerd")', () => {
    assert.deepEqual(codes(check(pki.leaf({ keyUsage: ['digitalSignature', 'keyEncipherment', 'dataEncipherment'] }))), [
      'cert.keyusage.extra',
      'chain.root.test',
    ]);
    assert.deepEqual(codes(check(pki.leaf({ keyUsage: ['digitalSignature', 'keyEncipherment'] }))), ['chain.root.test']);
  });
  it('SHA-1 on the leaf or in the chain is an error; SHA-256 and RSASSA-PSS are not', () => {
    assert.deepEqual(codes(check(pki.leaf({ signature: 'sha1' }))), ['cert.signature.weak', 'chain.root.test']);
    const weakInter = issue({
      subject: [
        ['C', 'NL'],
        ['O', 'Test PKI'],
        ['CN', 'Weak CA'],
      ],
      issuer: pki.root,
      ca: true,
      signature: 'sha1',
      freshKey: true,
    });
    const leaf = issue({ subject: pki.leafSubject(TEST_OIN), issuer: weakInter, san: ['lz.gemeente.example.nl'] });
    assert.deepEqual(codes(check(fields(leaf), { given: [fields(weakInter)], roots: [root] })), ['cert.signature.weak', 'chain.root.test']);
    assert.deepEqual(codes(check(pki.leaf({ signature: 'pss' }))), ['chain.root.test']);
  });
  it('a lifetime over 5 years and ST / L in the subject are warnings; 397 days and C/O/CN are not', () => {
    const long = pki.leaf({ notBefore: new Date(Date.now() - DAY_MS), notAfter: new Date(Date.now() + 6 * 366 * DAY_MS) });
    assert.ok(codes(check(long)).includes('cert.validity.too-long'));
    assert.ok(!codes(check(pki.leaf({ notAfter: new Date(Date.now() + 397 * DAY_MS) }))).includes('cert.validity.too-long'));
    const located = pki.leaf({ subject: [...pki.leafSubject(TEST_OIN), ['2.5.4.8', 'Zuid-Holland'], ['L', 'Den Haag']] });
    assert.deepEqual(codes(check(located)), ['cert.subject.discouraged', 'chain.root.test']);
  });
  it('a G1 certificate valid past 2028-11-14 is warned about; a G4 one is not', () => {
    const at = new Date('2028-01-01T00:00:00Z');
    const g1 = pki.leaf({ notBefore: new Date('2027-12-01T00:00:00Z'), notAfter: new Date('2029-06-01T00:00:00Z') });
    assert.ok(codes(check(g1, { at })).includes('cert.validity.beyond-private-root'));
    const g4 = pki.leaf({
      notBefore: new Date('2027-12-01T00:00:00Z'),
      notAfter: new Date('2029-06-01T00:00:00Z'),
      policies: ['2.16.528.1.1003.1.2.44.15.35.11'],
    });
    assert.ok(!codes(check(g4, { at })).includes('cert.validity.beyond-private-root'));
  });
  it('a G4 root given with --roots is recognised by name and not pinned: info for preproductie, warning for productie', () => {
    const g4root = issue({
      subject: [
        ['C', 'NL'],
        ['O', 'Staat der Nederlanden'],
        ['CN', 'Staat der Nederlanden - G4 Root Priv G-TLS - 2024'],
      ],
      ca: true,
      freshKey: true,
      notAfter: new Date(Date.now() + 3650 * DAY_MS),
    });
    const ca = issue({
      subject: [
        ['C', 'NL'],
        ['O', 'TSP'],
        ['CN', 'TSP G4 CA'],
      ],
      issuer: g4root,
      ca: true,
      freshKey: true,
    });
    const leaf = issue({ subject: pki.leafSubject(TEST_OIN), issuer: ca, san: ['lz.gemeente.example.nl'], policies: ['2.16.528.1.1003.1.2.44.15.35.11'] });
    const pre = check(fields(leaf), { given: [fields(ca)], roots: [fields(g4root)] });
    assert.deepEqual(codes(pre), ['chain.root.g4-given']);
    assert.equal(pre.findings[0]!.severity, 'info');
    const prod = check(fields(leaf), { env: 'productie', given: [fields(ca)], roots: [fields(g4root)] });
    assert.deepEqual(
      prod.findings.map((f) => [f.code, f.severity]),
      [['chain.root.g4-given', 'warning']],
    );
  });
  it("a provider's certificate carrying its own OIN is accepted when the dossier records it as intermediary (EB005)", () => {
    const provider = '00000001822477348000';
    const leaf = pki.leaf({ subject: pki.leafSubject(provider) });
    assert.deepEqual(codes(check(leaf)), ['cert.serialnumber.mismatch', 'chain.root.test']);
    assert.deepEqual(codes(check(leaf, { intermediary: { name: 'Gateway B.V.', oin: provider } })), ['cert.serialnumber.intermediary', 'chain.root.test']);
  });
});
