// The CPA reader and the CPA and Consumerspecificatie cross-checks, on CPAs built here.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyseCpa, cpaCertificate, cpaIdShape, endpointFindings, partyIdFindings } from '../../src/domain/artefacts/cross.ts';
import { CpaReadError, parseCpa } from '../../src/domain/cpa/parse.ts';
import { cpaXml, type CpaSpec } from '../helpers/cpa.ts';

const A = Buffer.from('A'.repeat(120));
const B = Buffer.from('B'.repeat(120));
const OIN = '00000001002220647000';
const LZ = '00000001822477348000';
const base = () => ({
  ours: { partyId: `${OIN}_A`, endpoint: 'https://lz.example.nl/ebms', clientDer: A, serverDer: B },
  other: { partyId: LZ, endpoint: 'https://lz.logius.example.nl/ebms', certDer: A },
});
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
    assert.deepEqual(
      ours.endpoints.map((e) => e.uri),
      ['https://lz.example.nl/ebms'],
    );
    const pick = (role: 'client' | 'server') =>
      cpaCertificate(
        ours,
        role,
        () => false,
        () => '',
      )?.der;
    assert.deepEqual(pick('client'), A);
    assert.deepEqual(pick('server'), B);
    assert.equal(ours.defaultChannelId, 'Consumer_Channel');
    assert.deepEqual(ours.channels, [{ channelId: 'Consumer_Channel', transportId: 'Consumer_Transport', syncReplyMode: 'none' }]);
    assert.deepEqual(
      ours.transports.map((t) => [t.transportId, t.serverSecurity, t.clientSecurity, t.endpoints.length]),
      [['Consumer_Transport', 'TLS', 'TLS', 1]],
    );
  });
  it('a KeyInfo with the chain in it: the end-entity certificate is judged, by X509SubjectName or by not being a CA', () => {
    const CA = Buffer.from('C'.repeat(120));
    const c = parseCpa(cpaXml({ ...base(), ours: { ...base().ours, keyInfoBefore: [CA] } })).parties[0]!;
    const isCa = (d: Buffer) => d.equals(CA);
    assert.deepEqual(cpaCertificate(c, 'client', isCa, () => '')?.der, A, 'not simply the first');
    assert.deepEqual(cpaCertificate(c, 'client', isCa, () => '')?.others, [CA]);
    const named = parseCpa(cpaXml({ ...base(), ours: { ...base().ours, keyInfoBefore: [CA], subjectName: 'CN=leaf, O=Gemeente' } })).parties[0]!;
    const subjectOf = (d: Buffer) => (d.equals(A) ? 'O=Gemeente,CN=leaf' : 'CN=ca');
    assert.deepEqual(cpaCertificate(named, 'client', () => false, subjectOf)?.der, A, 'the one X509SubjectName names, in any attribute order');
  });
  it('text split by a comment, a CDATA section or a reference is read whole; text after a child counts for its parent', () => {
    const xml = cpaXml(base());
    const start = /<tns:Start>([^<]*)<\/tns:Start>/.exec(xml)![1]!;
    const split = xml.replace(
      `<tns:Start>${start}</tns:Start>`,
      `<tns:Start> ${start.slice(0, 4)}<!-- c --><![CDATA[${start.slice(4, 8)}]]>&#${start.charCodeAt(8)};${start.slice(9)} </tns:Start>`,
    );
    assert.equal(parseCpa(split).start, start);
    const child = xml.replace(`<tns:Start>${start}</tns:Start>`, `<tns:Start>ignored<tns:Note/>${start}</tns:Start>`);
    assert.equal(parseCpa(child).start, start);
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
  const analyse = (xml: string, env: 'preproductie' | 'productie' = 'preproductie', endpoint = 'https://lz.example.nl/ebms') =>
    analyseCpa(parseCpa(xml), { env, id: OIN, endpoint, at });
  it('a good CPA: no findings; our PartyId and the other party found', () => {
    const r = analyse(cpaXml(base()));
    assert.deepEqual(r.findings, []);
    assert.equal(r.ourPartyId, `${OIN}_A`);
    assert.equal(r.otherPartyId, LZ);
  });
  it('finds status, period, PartyId type and suffix, endpoint and CPAId problems', () => {
    const day = 86_400_000;
    const iso = (ms: number) => new Date(Date.now() + ms).toISOString().slice(0, 19);
    // CPPA 2.0 schema: Status is agreed, signed or proposed; only proposed is not an agreement.
    assert.deepEqual(codes(analyse(cpaXml({ ...base(), status: 'proposed' })).findings), ['cpa.status.proposed']);
    assert.deepEqual(codes(analyse(cpaXml({ ...base(), status: 'signed' })).findings), []);
    assert.deepEqual(codes(analyse(cpaXml({ ...base(), status: 'draft' })).findings), ['cpa.status']);
    // EB010: a CPA valid for more than 10 years fits no certificate.
    assert.deepEqual(codes(analyse(cpaXml({ ...base(), start: iso(-day), end: iso(11 * 366 * day) })).findings), ['cpa.period.long']);
    assert.deepEqual(codes(analyse(cpaXml({ ...base(), start: iso(-day), end: iso(9 * 365 * day) })).findings), []);
    assert.deepEqual(codes(analyse(cpaXml({ ...base(), start: iso(-9 * day), end: iso(-day) })).findings), ['cpa.period.ended']);
    assert.deepEqual(codes(analyse(cpaXml({ ...base(), start: iso(day), end: iso(9 * day) })).findings), ['cpa.period.not-started']);
    assert.deepEqual(codes(analyse(cpaXml({ ...base(), ours: { ...base().ours, type: 'urn:cv:oin' } })).findings), ['cpa.partyid.type']);
    assert.deepEqual(codes(analyse(cpaXml(base()), 'productie').findings), ['cpa.partyid.suffix-productie']);
    assert.deepEqual(codes(analyse(cpaXml(base()), 'preproductie', 'https://other.example.nl/').findings), ['cpa.endpoint.mismatch']);
    assert.deepEqual(codes(analyse(cpaXml({ ...base(), cpaId: 'a.b' })).findings), ['cpa.cpaid.chars']);
    assert.deepEqual(codes(analyse(cpaXml({ ...base(), cpaId: 'a b' })).findings), ['cpa.cpaid.invalid']);
    assert.deepEqual(codes(analyse(cpaXml({ ...base(), ours: { ...base().ours, partyId: LZ } })).findings), ['cpa.party.missing']);
  });
});

describe('CPA transport (our PartyInfo)', () => {
  const at = new Date();
  const analyse = (ours: Partial<CpaSpec['ours']>, endpoint = 'https://lz.example.nl/ebms') =>
    codes(analyseCpa(parseCpa(cpaXml({ ...base(), ours: { ...base().ours, ...ours } })), { env: 'preproductie', id: OIN, endpoint, at }).findings);
  it('every endpoint https on port 443 (Beveiligingsstandaarden TLS005)', () => {
    assert.deepEqual(analyse({ endpoint: 'https://lz.example.nl:8443/ebms' }, 'https://lz.example.nl:8443/ebms'), ['cpa.endpoint.transport']);
    assert.deepEqual(analyse({ endpoint: 'https://lz.example.nl:443/ebms' }, 'https://lz.example.nl:443/ebms'), []);
  });
  it('the default channel leads to a Transport with our endpoint', () => {
    assert.deepEqual(analyse({ defaultChannel: 'Nowhere' }), ['cpa.channel.default']);
  });
  it('TLS on the transport, for server and client', () => {
    assert.deepEqual(analyse({ noServerTls: true }), ['cpa.transport.tls']);
  });
  it('SyncReplyMode other than none is a warning (EB015)', () => {
    assert.deepEqual(analyse({ syncReplyMode: 'mshSignalsOnly' }), ['cpa.channel.sync-reply']);
  });
});

describe('Consumerspecificatie cross-checks', () => {
  it('PartyId against the client certificate, suffix per environment', () => {
    assert.deepEqual(partyIdFindings(`${OIN}_A`, 'preproductie', OIN), []);
    assert.deepEqual(codes(partyIdFindings(`${OIN}_A`, 'productie', OIN)), ['spec.partyid.invalid']);
    assert.deepEqual(codes(partyIdFindings(LZ, 'preproductie', OIN)), ['spec.partyid.mismatch']);
  });
  it("a provider's certificate OIN is accepted for the PartyId when the dossier records it as intermediary (EB005, EB014)", () => {
    const provider = { name: 'Voorbeeld Gateway B.V.', oin: '00000003123456780000' };
    assert.deepEqual(codes(partyIdFindings(`${OIN}_A`, 'preproductie', provider.oin, provider)), ['spec.partyid.intermediary']);
    assert.deepEqual(codes(partyIdFindings(`${OIN}_A`, 'preproductie', provider.oin)), ['spec.partyid.mismatch']);
    assert.deepEqual(codes(partyIdFindings(`${OIN}_A`, 'preproductie', LZ, provider)), ['spec.partyid.mismatch'], 'only that intermediary');
  });
  it('endpoint: https, port 443', () => {
    assert.deepEqual(endpointFindings('https://lz.example.nl/ebms'), []);
    assert.deepEqual(endpointFindings('https://lz.example.nl:443/ebms'), []);
    const port = endpointFindings('https://lz.example.nl:8443/ebms');
    assert.deepEqual(codes(port), ['spec.endpoint.port']);
    assert.equal(port[0]!.severity, 'error', 'TLS005: port 443 is mandatory');
    assert.deepEqual(codes(endpointFindings('http://lz.example.nl/ebms')), ['spec.endpoint.not-https']);
    assert.deepEqual(codes(endpointFindings('not a url')), ['spec.endpoint.not-https']);
  });
  it("CPAId: the register's names are accepted (dots and $ too, as real ones have them), only empty or white space is not", () => {
    assert.equal(cpaIdShape('lopendezaken_00000001002220647000_00000004003214345001_1'), 'ok');
    // Best Practices ebMS2 EB006 names a service "Digimelding.1.0"; register ids carry dots and $.
    assert.equal(cpaIdShape('Digimelding.1.0_00000001002220647000_00000001822477348000'), 'unusual');
    assert.equal(cpaIdShape('cpa$00000001002220647000$1'), 'unusual');
    assert.equal(cpaIdShape('lz 1'), 'invalid');
    assert.equal(cpaIdShape(''), 'invalid');
  });
});

describe('ping against the CPA', () => {
  it("CPAId, From and To must be the CPA's, verbatim", async () => {
    const { pingAgainstCpa } = await import('../../src/domain/artefacts/cross.ts');
    const cpa = { cpaId: 'cpa$1.0', ourPartyId: `${OIN}_A`, otherPartyId: LZ };
    assert.deepEqual(pingAgainstCpa({ from: `${OIN}_A`, to: LZ, cpaId: 'cpa$1.0' }, cpa), []);
    const wrong = pingAgainstCpa({ from: OIN, to: LZ, cpaId: 'cpa_1_0' }, cpa);
    assert.deepEqual(
      wrong.map((f) => f.message.en),
      [`the ping document names CPAId cpa_1_0, the CPA cpa$1.0`, `the ping document names From ${OIN}, the CPA ${OIN}_A`],
    );
  });
});
