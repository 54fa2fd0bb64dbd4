// spec consumer, spec ping, cpa check and verify as a user runs them, with certificates and CPAs
// built in the tests.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { initOverheid, json, lz, readJson, tempDir, OIN } from '../helpers/cli.ts';
import { cpaXml, type CpaSpec } from '../helpers/cpa.ts';
import { testPki, type Issued } from '../helpers/pki.ts';
import { validateAgainst } from '../helpers/xsd.ts';

const ENDPOINT = 'https://lz.acc.gemeente.example.nl/ebms';
const LZ = '00000001822477348000';
let cwd: string;
let pki: ReturnType<typeof testPki>;
let leaf: Issued;
let other: Issued;

function spec(over: Partial<CpaSpec> = {}, ours: Partial<CpaSpec['ours']> = {}): string {
  return cpaXml({
    ours: { partyId: `${OIN}_A`, endpoint: ENDPOINT, clientDer: leaf.der, serverDer: leaf.der, ...ours },
    other: { partyId: LZ, endpoint: 'https://lz.logius.example.nl/ebms', certDer: other.der },
    ...over,
  });
}

before(() => {
  cwd = tempDir();
  pki = testPki(cwd);
  leaf = pki.leaf();
  other = pki.leaf({ subject: pki.leafSubject(LZ, 'lz.logius.example.nl', 'Logius') });
  pki.write('leaf.pem', leaf.pem);
  assert.equal(initOverheid(cwd, ['--name', 'Gemeente Súdwest & <Fryslân>']).code, 0);
  for (const role of ['client', 'server']) {
    const r = lz(['cert', 'add', 'leaf.pem', 'intermediate.pem', '--roots', 'root.pem', '--env', 'preproductie', '--role', role, '--endpoint', ENDPOINT], {
      cwd,
    });
    assert.equal(r.code, 0, r.stdout + r.stderr);
  }
});

describe('spec consumer', () => {
  it('refuses without a terminal while the endpoint is missing, naming the flag', () => {
    const r = lz(['spec', 'consumer', '--env', 'preproductie'], { cwd });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--endpoint is required/);
  });
  it("refuses a PartyId that is not the certificate's OIN, an http endpoint or an uncovered host: nothing written", () => {
    const cases: [string[], string][] = [
      [['--party-id', '00000001822477348000', '--endpoint', ENDPOINT], 'spec.partyid.mismatch'],
      [['--endpoint', 'http://lz.acc.gemeente.example.nl/ebms'], 'spec.endpoint.not-https'],
      [['--endpoint', 'https://elders.example.nl/ebms'], 'host.mismatch'],
      [['--party-id', `${OIN}_X`, '--endpoint', ENDPOINT], 'spec.partyid.invalid'],
    ];
    for (const [flags, code] of cases) {
      const r = lz(['spec', 'consumer', '--env', 'preproductie', ...flags, '--json'], { cwd });
      assert.equal(r.code, 1, `${code}: ${r.stdout}`);
      const body = json(r);
      assert.equal(body.written, false);
      assert.ok(
        body.findings.some((f: { code: string }) => f.code === code),
        `${code} in ${JSON.stringify(body.findings)}`,
      );
      assert.equal(existsSync(join(cwd, 'consumerspecificatie-preproductie.xml')), false);
    }
  });
  it('writes to stdout with -o -, a preview that records nothing; the XML holds the certificate and is valid', async () => {
    const before = readFileSync(join(cwd, 'lz-onboard.json'), 'utf8');
    const r = lz(['spec', 'consumer', '--env', 'preproductie', '--endpoint', ENDPOINT, '--party-id', `${OIN}_A`, '-o', '-'], { cwd });
    assert.equal(r.code, 0, r.stderr);
    assert.ok(r.stdout.includes(`<X509Certificate>${leaf.der.toString('base64')}</X509Certificate>`));
    assert.ok(r.stdout.includes('<parameter name="PartyName">Gemeente Súdwest &amp; &lt;Fryslân&gt;</parameter>'));
    assert.ok(r.stdout.includes(`<parameter name="PartyId">${OIN}_A</parameter>`));
    assert.deepEqual(await validateAgainst('consumerspecificatie.xsd', r.stdout), []);
    assert.equal(readFileSync(join(cwd, 'lz-onboard.json'), 'utf8'), before, 'a preview changes nothing in the dossier');
  });
  it('writes the default file beside the dossier and records it; the same again is "unchanged"; another never replaces it without --force', () => {
    const first = lz(['spec', 'consumer', '--env', 'preproductie', '--endpoint', ENDPOINT, '--party-id', `${OIN}_A`, '--json'], { cwd });
    assert.equal(first.code, 0, first.stdout);
    const file = join(cwd, 'consumerspecificatie-preproductie.xml');
    const content = readFileSync(file, 'utf8');
    assert.equal(json(first).output, file);
    const d = readJson(join(cwd, 'lz-onboard.json'));
    assert.equal(d.artefacts.preproductie.consumerspecificatie.path, 'consumerspecificatie-preproductie.xml');
    assert.equal(d.artefacts.preproductie.consumerspecificatie.inputs.clientCert.path, 'leaf.pem');
    assert.equal(d.steps['2.consumerspecificatie'].state, 'done');
    assert.equal(d.environments.preproductie.endpoint, ENDPOINT);
    const history = d.history.length;
    const again = lz(['spec', 'consumer', '--env', 'preproductie', '--lang', 'en'], { cwd });
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stderr, /Consumerspecificatie unchanged: .* already is exactly this document/);
    assert.equal(readJson(join(cwd, 'lz-onboard.json')).history.length, history, 'nothing changed, nothing recorded');
    const other = lz(['spec', 'consumer', '--env', 'preproductie', '--party-ref', 'ref-2'], { cwd });
    assert.equal(other.code, 2);
    assert.match(other.stderr, /already exists/);
    assert.equal(readFileSync(file, 'utf8'), content);
    assert.equal(lz(['spec', 'consumer', '--env', 'preproductie', '--force'], { cwd }).code, 0);
    assert.equal(readFileSync(file, 'utf8'), content, 'deterministic');
  });
  it('--force only replaces a file; writing despite errors is --ignore-errors; the replaced version is kept and named', () => {
    const file = join(cwd, 'consumerspecificatie-preproductie.xml');
    const good = readFileSync(file, 'utf8');
    const uncovered = ['spec', 'consumer', '--env', 'preproductie', '--endpoint', 'https://elders.example.nl/ebms', '--json'];
    const refused = lz([...uncovered, '--force'], { cwd });
    assert.equal(refused.code, 1, refused.stdout);
    assert.equal(json(refused).written, false);
    assert.equal(readFileSync(file, 'utf8'), good, '--force does not mean "ignore the errors"');
    assert.equal(existsSync(`${file}.bak`), false);
    const forced = lz([...uncovered, '--force', '--ignore-errors'], { cwd });
    assert.equal(forced.code, 0, forced.stdout);
    assert.ok(json(forced).findings.some((f: { code: string }) => f.code === 'spec.forced'));
    assert.equal(readFileSync(`${file}.bak`, 'utf8'), good, 'the previous version is kept');
    assert.equal(readJson(join(cwd, 'lz-onboard.json')).artefacts.preproductie.consumerspecificatie.previous, 'consumerspecificatie-preproductie.xml.bak');
    // Back to the good one for the tests below.
    assert.equal(lz(['spec', 'consumer', '--env', 'preproductie', '--endpoint', ENDPOINT, '--force'], { cwd }).code, 0);
    assert.equal(readFileSync(file, 'utf8'), good);
  });
  it('works from flags alone, without a dossier', () => {
    const empty = tempDir();
    const r = lz(
      [
        'spec',
        'consumer',
        '--env',
        'preproductie',
        '--party-name',
        'X',
        '--party-id',
        OIN,
        '--endpoint',
        ENDPOINT,
        '--client-cert',
        join(cwd, 'leaf.pem'),
        '--server-cert',
        join(cwd, 'leaf.pem'),
        '--chain',
        pki.interPath,
        '--roots',
        pki.rootPath,
        '-o',
        '-',
      ],
      { cwd: empty },
    );
    assert.equal(r.code, 0, r.stderr);
    assert.ok(r.stdout.includes('<parameter name="PartyName">X</parameter>'));
    assert.equal(existsSync(join(empty, 'lz-onboard.json')), false);
  });
});

describe('cpa check', () => {
  const write = (name: string, text: string) => {
    writeFileSync(join(cwd, name), text);
    return name;
  };
  it('records a good CPA, completes the step and feeds spec ping', async () => {
    const r = lz(['cpa', 'check', write('cpa.xml', spec()), '--env', 'preproductie', '--json'], { cwd });
    assert.equal(r.code, 0, r.stdout);
    const body = json(r);
    assert.equal(body.recorded, true);
    assert.equal(body.cpa.otherPartyId, LZ);
    const d = readJson(join(cwd, 'lz-onboard.json'));
    assert.equal(d.artefacts.preproductie.cpa.cpaId, 'lopendezaken_00000001002220647000_00000001822477348000_1');
    assert.equal(d.steps['2.cpa'].state, 'done');
    assert.equal(d.environments.preproductie.lzPartyId, LZ);
    const ping = lz(['spec', 'ping', '--env', 'preproductie', '-o', '-'], { cwd });
    assert.equal(ping.code, 0, ping.stderr);
    assert.ok(ping.stdout.includes(`<Metadata name="To" type="string">${LZ}</Metadata>`));
    assert.ok(ping.stdout.includes('<Metadata name="CPAId">lopendezaken_00000001002220647000_00000001822477348000_1</Metadata>'));
    assert.deepEqual(await validateAgainst('ping-mmd.xsd', ping.stdout), []);
    assert.ok(ping.stdout.includes(`<Metadata name="From" type="string">${OIN}_A</Metadata>`), 'From is our PartyId as the CPA has it');
    const wrong = lz(['spec', 'ping', '--env', 'preproductie', '--to', OIN, '-o', '-'], { cwd });
    assert.equal(wrong.code, 1);
    assert.match(wrong.stderr, /names To 00000001002220647000, the CPA\s+00000001822477348000/);
    assert.equal(wrong.stdout, '');
  });
  const day = 86_400_000;
  const iso = (ms: number) => new Date(Date.now() + ms).toISOString().slice(0, 19);
  const failing: [string, () => string, string][] = [
    ['expired', () => spec({ start: iso(-400 * day), end: iso(-day) }), 'cpa.period.ended'],
    ['not yet valid', () => spec({ start: iso(10 * day), end: iso(400 * day) }), 'cpa.period.not-started'],
    ['only proposed', () => spec({ status: 'proposed' }), 'cpa.status.proposed'],
    ['a status the schema does not know', () => spec({ status: 'draft' }), 'cpa.status'],
    ['a wrong PartyId', () => spec({}, { partyId: '00000001003166946000' }), 'cpa.party.missing'],
    ['a wrong PartyId type', () => spec({}, { type: 'urn:cv:oin' }), 'cpa.partyid.type'],
    ['a wrong endpoint', () => spec({}, { endpoint: 'https://lz.acc.gemeente.example.nl/other' }), 'cpa.endpoint.mismatch'],
    ['a wrong certificate', () => spec({}, { clientDer: other.der }), 'cpa.cert.mismatch'],
  ];
  for (const [what, make, code] of failing) {
    it(`${what}: ${code}, exit 1, nothing recorded`, () => {
      const before = readFileSync(join(cwd, 'lz-onboard.json'), 'utf8');
      const r = lz(['cpa', 'check', write('bad.xml', make()), '--env', 'preproductie', '--json'], { cwd });
      assert.equal(r.code, 1, r.stdout);
      assert.ok(
        json(r).findings.some((f: { code: string }) => f.code === code),
        JSON.stringify(json(r).findings.map((f: { code: string }) => f.code)),
      );
      assert.equal(json(r).recorded, false);
      assert.equal(readFileSync(join(cwd, 'lz-onboard.json'), 'utf8'), before);
    });
  }
  it('a suffix in productie and white space in the CPAId are errors', () => {
    const r = json(lz(['cpa', 'check', write('p.xml', spec({ cpaId: 'lz.cpa 1' })), '--env', 'productie', '--json', '--endpoint', ENDPOINT], { cwd }));
    const codes = r.findings.map((f: { code: string }) => f.code);
    assert.ok(codes.includes('cpa.partyid.suffix-productie'));
    assert.ok(codes.includes('cpa.cpaid.invalid'));
  });
  const hostile: [string, () => string | Buffer, RegExp][] = [
    ['not XML', () => 'this is not xml', /not well-formed XML/],
    ['truncated', () => spec().slice(0, 2000), /not well-formed XML/],
    ['mismatched tags', () => '<a><b></a>', /not well-formed XML|not an ebXML/],
    ['not a CPA', () => '<?xml version="1.0"?><root/>', /not an ebXML CPPA 2.0 CPA/],
    [
      'an entity bomb',
      () =>
        `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('')}]><lolz>&lol9;</lolz>`,
      /DOCTYPE is not allowed/,
    ],
    ['an external entity', () => `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>`, /DOCTYPE is not allowed/],
    ['an empty file', () => '', /the file is empty/],
    ['50 MB', () => Buffer.alloc(50 * 1024 * 1024, 0x20), /too large for a CPA/],
  ];
  for (const [what, make, msg] of hostile) {
    it(`refuses ${what} quickly with exit 2`, () => {
      const t0 = Date.now();
      const r = lz(['cpa', 'check', write('hostile.xml', make() as string), '--env', 'preproductie'], { cwd });
      assert.equal(r.code, 2, r.stderr);
      assert.match(r.stderr, msg);
      assert.ok(!r.stderr.includes('root:'), 'no external entity resolved');
      assert.ok(Date.now() - t0 < 10_000);
    });
  }
});

describe('verify', () => {
  it('passes after the steps above, then finds a changed CPA and a stale Consumerspecificatie', () => {
    const ok = lz(['verify', '--env', 'preproductie', '--json'], { cwd });
    assert.equal(ok.code, 0, ok.stdout);
    assert.equal(json(ok).summary.errors, 0);
    // The outcome is recorded for status and help desks.
    const v1 = json(lz(['status', '--json'], { cwd })).dossiers[0].environments[0].verification;
    assert.deepEqual([v1.errors, v1.warnings, v1.codes, v1.outdated], [0, 0, [], false]);
    assert.match(lz(['status', '--lang', 'en'], { cwd }).stdout, /preproductie .*\n +verify \d{4}-\d\d-\d\d: 0 errors, 0 warnings\n/);
    const g = lz(['spec', 'ping', '--env', 'preproductie', '--force'], { cwd });
    assert.equal(g.code, 0, g.stderr);
    // A document recorded after the verify makes its outcome outdated.
    assert.equal(json(lz(['status', '--json'], { cwd })).dossiers[0].environments[0].verification.outdated, true);
    assert.match(lz(['status', '--lang', 'en'], { cwd }).stdout, /something was recorded\s+since; verify again/);
    writeFileSync(join(cwd, 'cpa.xml'), spec({ cpaId: 'lopendezaken_2' }));
    const d = readJson(join(cwd, 'lz-onboard.json'));
    d.organisation.name = 'Nieuwe Naam';
    writeFileSync(join(cwd, 'lz-onboard.json'), JSON.stringify(d, null, 2));
    const before = readFileSync(join(cwd, 'lz-onboard.json'), 'utf8');
    assert.equal(lz(['verify', '--env', 'preproductie', '--no-record'], { cwd }).code, 1);
    assert.equal(readFileSync(join(cwd, 'lz-onboard.json'), 'utf8'), before, '--no-record leaves the dossier alone');
    const r = lz(['verify', '--env', 'preproductie', '--json'], { cwd });
    assert.equal(r.code, 1);
    const codes = json(r).environments[0].findings.map((f: { code: string }) => f.code);
    assert.ok(codes.includes('verify.file.changed'), codes.join());
    assert.ok(codes.includes('verify.artefact.stale'), codes.join());
    assert.ok(codes.includes('verify.ping.cpa'), codes.join());
    // status shows the same, per environment, without the full checks.
    const st = json(lz(['status', '--json'], { cwd })).dossiers[0];
    const { verification, ...files } = st.environments[0];
    assert.deepEqual(files, { env: 'preproductie', client: 'ok', server: 'ok', consumerspecificatie: 'ok', cpa: 'changed', ping: 'ok' });
    assert.ok(verification.errors > 0 && verification.codes.includes('verify.file.changed') && !verification.outdated, JSON.stringify(verification));
    const table = lz(['status', '.', '--lang', 'en'], { cwd }).stdout;
    assert.match(table, /Verify/);
    assert.match(table, new RegExp(`✖${verification.errors}`));
    assert.ok(st.warnings.some((w: { code: string }) => w.code === 'warn.artefact-changed'));
  });
  it('a recorded CPA that no longer parses is one more finding; the other checks still report', () => {
    writeFileSync(join(cwd, 'cpa.xml'), spec().slice(0, 500));
    const r = lz(['verify', '--env', 'preproductie', '--json'], { cwd });
    assert.equal(r.code, 1, r.stderr);
    const codes = json(r).environments[0].findings.map((f: { code: string }) => f.code);
    assert.ok(codes.includes('verify.cpa.unreadable'), codes.join());
    assert.ok(codes.includes('verify.file.changed') && codes.includes('verify.artefact.stale'), codes.join());
  });
});

describe('cpa check: certificate expiry', () => {
  it("warns when the CPA outlives the first certificate in it, also the other party's", () => {
    const shortLived = pki.leaf({ subject: pki.leafSubject(LZ, 'lz.logius.example.nl', 'Logius'), notAfter: new Date(Date.now() + 100 * 86_400_000) });
    const xml = cpaXml({
      ours: { partyId: `${OIN}_A`, endpoint: ENDPOINT, clientDer: leaf.der, serverDer: leaf.der },
      other: { partyId: LZ, endpoint: 'https://lz.logius.example.nl/ebms', certDer: shortLived.der },
    });
    writeFileSync(join(cwd, 'short.xml'), xml);
    const r = json(lz(['cpa', 'check', 'short.xml', '--env', 'preproductie', '--json'], { cwd }));
    const f = r.findings.find((x: { code: string }) => x.code === 'cpa.period.after-certificate');
    assert.ok(f, JSON.stringify(r.findings));
    assert.equal(f.severity, 'warning');
    assert.match(f.message, /lz\.logius\.example\.nl/);
  });
});
