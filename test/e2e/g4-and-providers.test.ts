// Valid set-ups the sources allow must pass end to end: a G4-shaped hierarchy (the G4 TRIAL
// profiles), certificates kept as leaf+chain bundles, a provider whose certificate carries its own
// OIN, CPAIds as the register names them, and the negative twin of each.
import assert from 'node:assert/strict';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { initOverheid, json, lz, tempDir, OIN } from '../helpers/cli.ts';
import { cpaXml } from '../helpers/cpa.ts';
import { g4TrialPki, testPki } from '../helpers/pki.ts';

const ENDPOINT = 'https://lz.gemeente.example.nl/ebms';
const LZ = '00000004003214345001';
const codes = (body: { findings: { code: string }[] }) => body.findings.map((f) => f.code);

describe('a G4 TRIAL hierarchy for preproductie (RSA 3072, RSASSA-PSS, 397 days), certificates kept as bundles', () => {
  let cwd: string;
  let g4: ReturnType<typeof g4TrialPki>;
  before(() => {
    cwd = tempDir();
    g4 = g4TrialPki(cwd);
    assert.equal(initOverheid(cwd).code, 0);
  });

  it('cert add takes the G4 authentication client certificate and the TLS server certificate in a leaf+chain bundle', () => {
    const client = lz(['cert', 'add', 'g4-client.pem', 'g4-chain.pem', '--roots', 'g4-root.pem', '--env', 'preproductie', '--role', 'client', '--json'], {
      cwd,
    });
    assert.equal(client.code, 0, client.stdout);
    assert.deepEqual(codes(json(client)).sort(), ['cert.keyusage.client-only', 'chain.root.test']);
    const server = lz(
      ['cert', 'add', 'g4-server-bundle.pem', '--roots', 'g4-root.pem', '--env', 'preproductie', '--role', 'server', '--endpoint', ENDPOINT, '--json'],
      { cwd },
    );
    assert.equal(server.code, 0, server.stdout);
    assert.deepEqual(codes(json(server)), ['chain.root.test']);
    assert.equal(json(lz(['cert', 'inspect', 'g4-server.pem', '--json'], { cwd })).files[0].certificates[0].generation, 'G4 TRIAL');
  });

  it("spec consumer, cpa check and verify pass; the bundle's chain is used everywhere", () => {
    const spec = lz(['spec', 'consumer', '--env', 'preproductie', '--endpoint', ENDPOINT, '--json'], { cwd });
    assert.equal(spec.code, 0, spec.stdout);
    writeFileSync(
      join(cwd, 'cpa.xml'),
      cpaXml({
        cpaId: 'lopendezaken_00000001002220647000_A_00000004003214345001_1',
        ours: { partyId: `${OIN}_A`, endpoint: ENDPOINT, clientDer: g4.client.der, serverDer: g4.server.der },
        other: { partyId: LZ, endpoint: 'https://lz.logius.example.nl/ebms', certDer: g4.server.der },
      }),
    );
    const cpa = lz(['cpa', 'check', 'cpa.xml', '--env', 'preproductie', '--roots', 'g4-root.pem', '--json'], { cwd });
    assert.equal(cpa.code, 0, cpa.stdout);
    assert.ok(!codes(json(cpa)).some((c) => c.endsWith('chain.missing-issuer')), codes(json(cpa)).join());
    const ping = lz(['spec', 'ping', '--env', 'preproductie', '--json'], { cwd });
    assert.equal(ping.code, 0, ping.stdout);
    const verify = lz(['verify', '--env', 'preproductie', '--roots', 'g4-root.pem', '--json'], { cwd });
    assert.equal(verify.code, 0, verify.stdout);
    assert.equal(json(verify).summary.errors, 0);
  });
});

describe('a provider whose certificate carries its own OIN (Koppelvlakstandaard ebMS2, PartyId; EB005, EB014)', () => {
  const PROVIDER = '00000003123456780000';
  it('without a recorded intermediary it is an error that says how to record one; with one, the Consumerspecificatie is made', () => {
    const cwd = tempDir();
    const pki = testPki(cwd);
    pki.write('provider.pem', pki.leaf({ subject: pki.leafSubject(PROVIDER, 'lz.gemeente.example.nl', 'Voorbeeld Gateway B.V.') }).pem);
    assert.equal(initOverheid(cwd).code, 0);
    const args = [
      'spec',
      'consumer',
      '--env',
      'preproductie',
      '--endpoint',
      ENDPOINT,
      '--client-cert',
      'provider.pem',
      '--server-cert',
      'provider.pem',
      '--chain',
      'intermediate.pem',
      '--roots',
      'root.pem',
      '--lang',
      'en',
    ];
    const refused = lz(args, { cwd });
    assert.equal(refused.code, 1);
    assert.match(refused.stdout + refused.stderr, /record it with lz-onboard intermediary --oin\s+00000003123456780000/);
    assert.equal(existsSync(join(cwd, 'consumerspecificatie-preproductie.xml')), false);
    const set = lz(['intermediary', '--oin', PROVIDER, '--name', 'Voorbeeld Gateway B.V.'], { cwd });
    assert.equal(set.code, 0, set.stderr);
    const made = lz([...args, '--json'], { cwd });
    assert.equal(made.code, 0, made.stdout);
    const found = codes(json(made));
    assert.ok(found.includes('spec.partyid.intermediary'), found.join());
    assert.ok(found.includes('cert.serialnumber.intermediary'), found.join());
    assert.ok(existsSync(join(cwd, 'consumerspecificatie-preproductie.xml')));
    assert.equal(
      json(lz(['history', '--json'], { cwd })).history.some((h: { action: string }) => h.action === 'intermediary.set'),
      true,
    );
    assert.equal(lz(['intermediary', '--oin', OIN, '--name', 'Self'], { cwd }).code, 2, 'not the own OIN');
  });
});

describe('CPAIds as the register names them, and port 443', () => {
  it('a CPAId with dots or $ is accepted with a warning in the step and in spec ping; white space is refused', () => {
    const cwd = tempDir();
    assert.equal(initOverheid(cwd).code, 0);
    const id = 'cpa$Digimelding.1.0_00000001002220647000_00000004003214345001';
    const step = lz(
      ['step', 'done', '2.cpa', '--value', `cpaId=${id}`, '--value', `lzPartyId=${LZ}`, '--exception', 'CPA elders gecontroleerd', '--lang', 'en'],
      {
        cwd,
      },
    );
    assert.equal(step.code, 0, step.stderr);
    assert.match(step.stderr, /contains dots or other unusual characters: allowed/);
    const ping = lz(['spec', 'ping', '--env', 'preproductie', '--from', `${OIN}_A`, '--to', LZ, '--cpa-id', id, '-o', 'ping.xml', '--json'], { cwd });
    assert.equal(ping.code, 0, ping.stdout);
    assert.deepEqual(codes(json(ping)), ['spec.cpaid.chars']);
    assert.equal(lz(['step', 'done', '2.cpa', '--value', 'cpaId=a b', '--value', `lzPartyId=${LZ}`], { cwd }).code, 2);
  });
  it('an endpoint on another port than 443 is an error for cert add and spec consumer', () => {
    const cwd = tempDir();
    const pki = testPki(cwd);
    pki.write('leaf.pem', pki.leaf().pem);
    assert.equal(initOverheid(cwd).code, 0);
    const r = lz(
      [
        'cert',
        'add',
        'leaf.pem',
        'intermediate.pem',
        '--roots',
        'root.pem',
        '--env',
        'preproductie',
        '--role',
        'server',
        '--endpoint',
        'https://lz.gemeente.example.nl:8443/ebms',
        '--json',
      ],
      { cwd },
    );
    assert.equal(r.code, 1, r.stdout);
    assert.ok(codes(json(r)).includes('spec.endpoint.port'));
  });
});
