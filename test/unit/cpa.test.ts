// The CPA reader and the CPA and Consumerspecificatie cross-checks, on CPAs built here.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyseCpa, cpaCertificate, cpaIdOk, endpointFindings, partyIdFindings } from '../../src/domain/artefacts/cross.ts';
import { CpaReadError, parseCpa } from '../../src/domain/cpa/parse.ts';
import { cpaXml } from '../helpers/cpa.ts';

const A = Buffer.from('A'.repeat(120));
const B = Buffer.from('B'.repeat(120));
const OIN = '00000001002220647000';
const LZ = '00000001822477348000';
const base = () => ({ ours: { partyId: `${OIN}_A`, endpoint: 'https://lz.example.nl/ebms', clientDer: A, serverDer: B }, other: { partyId: LZ, endpoint: 'https://lz.logius.example.nl/ebms', certDer: A } });
const readCode = (text: string) => {
  try {
    parseCpa(text);
    return 'ok';
  } catch (e) {
    return e instanceof CpaReadError ? e.code : String(e);
  }
};
const codes = (fs: { code: string }[]) => fs.map((f) => f.code).sort();

describe('CPA reader', () => {
  it('reads the parts the checks need, qualified attributes included', () => {
    const c = parseCpa(cpaXml(base()));
    assert.equal(c.status, 'agreed');
    assert.equal(c.parties.length, 2);
    const ours = c.parties[0]!;
    assert.deepEqual(ours.partyIds, [{ type: 'urn:osb:oin', value: `${OIN}_A` }]);
    assert.deepEqual(ours.endpoints.map((e) => e.uri), ['https://lz.example.nl/ebms']);
    assert.deepEqual(cpaCertificate(ours, 'client'), A);
    assert.deepEqual(cpaCertificate(ours, 'server'), B);
  });
  it('refuses DOCTYPEs, malformed XML and other documents', () => {
    assert.equal(readCode('<!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>'), 'xml.doctype');
    assert.equal(readCode(cpaXml(base()).slice(0, 500)), 'xml.malformed');
    assert.equal(readCode('<CollaborationProtocolAgreement/>'), 'cpa.not-a-cpa');
    assert.equal(readCode('<a>&undefined;</a>'), 'cpa.not-a-cpa');
    assert.equal(readCode(''), 'xml.malformed');
    assert.equal(readCode(cpaXml(base()).replace('<tns:Start>', '<tns:Start><b>')), 'xml.malformed');
  });
});

describe('CPA analysis', () => {
  const at = new Date();
  const analyse = (xml: string, env: 'preproductie' | 'productie' = 'preproductie', endpoint = 'https://lz.example.nl/ebms') => analyseCpa(parseCpa(xml), { env, id: OIN, endpoint, at });
  it('a good CPA: no findings; our PartyId and the other party found', () => {
    const r = analyse(cpaXml(base()));
    assert.deepEqual(r.findings, []);
    assert.equal(r.ourPartyId, `${OIN}_A`);
    assert.equal(r.otherPartyId, LZ);
  });
  it('finds status, period, PartyId type and suffix, endpoint and CPAId problems', () => {
    const day = 86_400_000;
    const iso = (ms: number) => new Date(Date.now() + ms).toISOString().slice(0, 19);
    assert.deepEqual(codes(analyse(cpaXml({ ...base(), status: 'proposed' })).findings), ['cpa.status']);
    assert.deepEqual(codes(analyse(cpaXml({ ...base(), start: iso(-9 * day), end: iso(-day) })).findings), ['cpa.period.ended']);
    assert.deepEqual(codes(analyse(cpaXml({ ...base(), start: iso(day), end: iso(9 * day) })).findings), ['cpa.period.not-started']);
    assert.deepEqual(codes(analyse(cpaXml({ ...base(), ours: { ...base().ours, type: 'urn:cv:oin' } })).findings), ['cpa.partyid.type']);
    assert.deepEqual(codes(analyse(cpaXml(base()), 'productie').findings), ['cpa.partyid.suffix-productie']);
    assert.deepEqual(codes(analyse(cpaXml(base()), 'preproductie', 'https://other.example.nl/').findings), ['cpa.endpoint.mismatch']);
    assert.deepEqual(codes(analyse(cpaXml({ ...base(), cpaId: 'a.b' })).findings), ['cpa.cpaid.chars']);
    assert.deepEqual(codes(analyse(cpaXml({ ...base(), ours: { ...base().ours, partyId: LZ } })).findings), ['cpa.party.missing']);
  });
});

describe('Consumerspecificatie cross-checks', () => {
  it('PartyId against the client certificate, suffix per environment', () => {
    assert.deepEqual(partyIdFindings(`${OIN}_A`, 'preproductie', OIN), []);
    assert.deepEqual(codes(partyIdFindings(`${OIN}_A`, 'productie', OIN)), ['spec.partyid.invalid']);
    assert.deepEqual(codes(partyIdFindings(LZ, 'preproductie', OIN)), ['spec.partyid.mismatch']);
  });
  it('endpoint: https, port 443', () => {
    assert.deepEqual(endpointFindings('https://lz.example.nl/ebms'), []);
    assert.deepEqual(endpointFindings('https://lz.example.nl:443/ebms'), []);
    assert.deepEqual(codes(endpointFindings('https://lz.example.nl:8443/ebms')), ['spec.endpoint.port']);
    assert.deepEqual(codes(endpointFindings('http://lz.example.nl/ebms')), ['spec.endpoint.not-https']);
    assert.deepEqual(codes(endpointFindings('not a url')), ['spec.endpoint.not-https']);
  });
  it('CPAId advice', () => {
    assert.equal(cpaIdOk('lz_1'), true);
    assert.equal(cpaIdOk('lz.1'), false);
    assert.equal(cpaIdOk('lz 1'), false);
    assert.equal(cpaIdOk(''), false);
  });
});
