// The generated documents: byte-exact golden files, validity against the XSDs, and well-formed
// round trips for any input (property-based).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { SaxesParser } from 'saxes';
import { consumerSpecXml } from '../../src/domain/xml/consumer-spec.ts';
import { pingXml } from '../../src/domain/xml/ping.ts';
import { DomainError } from '../../src/domain/errors.ts';
import { ROOT } from '../helpers/cli.ts';
import { validateAgainst } from '../helpers/xsd.ts';

// Fixed bytes standing in for certificates: the golden files must not change between runs.
const CLIENT = Buffer.from(Array.from({ length: 300 }, (_, i) => (i * 7 + 1) % 256));
const SERVER = Buffer.from(Array.from({ length: 300 }, (_, i) => (i * 11 + 3) % 256));
const golden = (name: string) => readFileSync(join(ROOT, 'test', 'golden', name), 'utf8');

/** Parse back: the text of every parameter/Metadata element by its name attribute, and the base64 data. */
function parseBack(xml: string): { values: Record<string, string>; certs: string[] } {
  const p = new SaxesParser({ xmlns: true });
  const values: Record<string, string> = {};
  const certs: string[] = [];
  let current: string | null = null;
  let text = '';
  p.on('doctype', () => {
    throw new Error('doctype');
  });
  p.on('opentag', (t) => {
    if (t.local === 'parameter' || t.local === 'Metadata') current = (t.attributes['name'] as { value: string }).value;
    text = '';
  });
  p.on('text', (s) => (text += s));
  p.on('closetag', (t) => {
    if (t.local === 'X509Certificate') certs.push(text);
    else if ((t.local === 'parameter' || t.local === 'Metadata') && current !== null) {
      if (!(current in values)) values[current] = text;
      current = null;
    }
    text = '';
  });
  p.write(xml).close();
  return { values, certs };
}

describe('Consumerspecificatie', () => {
  const input = {
    partyName: 'Gemeente Súdwest-Fryslân',
    partyId: '00000001002220647000_A',
    endpointUri: 'https://lz.acc.gemeente.example.nl/ebms',
    clientCertDer: CLIENT,
    serverCertDer: SERVER,
  };
  it('matches the golden file byte for byte and is deterministic', () => {
    assert.equal(consumerSpecXml(input), golden('consumerspecificatie.xml'));
    assert.equal(consumerSpecXml(input), consumerSpecXml({ ...input }));
  });
  it("has the manual's shape: parameters in order, KeyInfo in the xmldsig namespace, base64 DER", () => {
    const xml = consumerSpecXml(input);
    assert.ok(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<osb-ebms-service-specificatie>\n  <parameters name="SR">'));
    const order = [...xml.matchAll(/<parameter name="(\w+)"/g)].map((m) => m[1]);
    assert.deepEqual(order, ['PartyName', 'PartyId', 'PartyRef', 'EndpointUri', 'ClientCert', 'ServerCert']);
    assert.ok(xml.includes('<parameter name="PartyRef"/>'));
    assert.equal((xml.match(/<KeyInfo xmlns="http:\/\/www.w3.org\/2000\/09\/xmldsig#">/g) ?? []).length, 2);
    assert.deepEqual(parseBack(xml).certs, [CLIENT.toString('base64'), SERVER.toString('base64')]);
  });
  it('is valid against the XSD', async () => {
    assert.deepEqual(await validateAgainst('consumerspecificatie.xsd', consumerSpecXml(input)), []);
    assert.deepEqual(await validateAgainst('consumerspecificatie.xsd', consumerSpecXml({ ...input, partyRef: 'ref & <x>' })), []);
    const broken = consumerSpecXml(input).replace('<parameter name="PartyRef"/>\n', '');
    assert.notDeepEqual(await validateAgainst('consumerspecificatie.xsd', broken), []);
  });
  it('escapes hostile names and keeps text that looks like an entity literally', () => {
    const name = 'A &amp; B <script> "q" \'s &#x41; ]]>';
    const xml = consumerSpecXml({ ...input, partyName: name, partyRef: '&lt;ref&gt;' });
    const back = parseBack(xml).values;
    assert.equal(back['PartyName'], name);
    assert.equal(back['PartyRef'], '&lt;ref&gt;');
  });
  it('writes a CR as a character reference, so that a reader gets the CR back and not a line feed', () => {
    const xml = consumerSpecXml({ ...input, partyName: 'Gemeente\rVoorbeeld' });
    assert.ok(xml.includes('<parameter name="PartyName">Gemeente&#13;Voorbeeld</parameter>'));
    assert.equal(parseBack(xml).values['PartyName'], 'Gemeente\rVoorbeeld');
  });
  it('refuses characters XML cannot hold', () => {
    assert.throws(
      () => consumerSpecXml({ ...input, partyName: 'bad\u0001name' }),
      (e: unknown) => e instanceof DomainError && e.code === 'xml.invalid-char' && e.params['char'] === 'U+0001',
    );
    assert.throws(() => consumerSpecXml({ ...input, partyName: 'bad\uFFFEname' }), DomainError);
  });
  it('gives well-formed XML that parses back to the same values, for any name, PartyRef and endpoint', () => {
    const xmlChar = fc
      .string({ unit: 'grapheme', maxLength: 40 })
      .filter((s) => !/[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u.test(s));
    // Leading and trailing white space is not kept by the reader used here; keep values trimmed.
    const value = xmlChar.map((s) => s.trim());
    fc.assert(
      fc.property(value, value, value, (partyName, partyRef, endpointUri) => {
        const xml = consumerSpecXml({ ...input, partyName, partyRef, endpointUri });
        const back = parseBack(xml).values;
        assert.equal(back['PartyName'], partyName);
        assert.equal(back['PartyRef'] ?? '', partyRef);
        assert.equal(back['EndpointUri'], endpointUri);
      }),
      { numRuns: 300 },
    );
  });
});

describe('ebMS Ping document', () => {
  const input = { from: '00000001002220647000_A', to: '00000001822477348000', cpaId: 'lopendezaken_00000001002220647000_00000001822477348000_1' };
  it("matches the golden file and the manual's example", () => {
    assert.equal(pingXml(input), golden('ping.xml'));
    assert.equal(pingXml({ ...input, fromRole: 'Consumer', toRole: 'LopendeZaken', conversationId: 'c-1' }), golden('ping-roles.xml'));
  });
  it('never writes empty Metadata and is valid against the XSD', async () => {
    const xml = pingXml({ ...input, fromRole: '  ', toRole: '' });
    assert.equal((xml.match(/<Metadata /g) ?? []).length, 5);
    assert.deepEqual(await validateAgainst('ping-mmd.xsd', xml), []);
    assert.deepEqual(await validateAgainst('ping-mmd.xsd', pingXml({ ...input, fromRole: 'A', toRole: 'B', conversationId: 'C' })), []);
    assert.notDeepEqual(await validateAgainst('ping-mmd.xsd', xml.replace('protocol="ebXML"', 'protocol="AS2"')), []);
  });
  it('round-trips any role and conversation id', () => {
    const v = fc
      .string({ unit: 'grapheme', minLength: 1, maxLength: 30 })
      .map((s) => s.replace(/[^\u0020-\uD7FF\uE000-\uFFFD]/gu, 'x').trim())
      .filter((s) => s.length > 0);
    fc.assert(
      fc.property(v, v, v, (fromRole, toRole, conversationId) => {
        const back = parseBack(pingXml({ ...input, fromRole, toRole, conversationId })).values;
        assert.deepEqual([back['FromRole'], back['ToRole'], back['ConversationId']], [fromRole, toRole, conversationId]);
      }),
      { numRuns: 200 },
    );
  });
});
