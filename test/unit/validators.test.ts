import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { validate } from '../../src/domain/validators.ts';

function ok(name: string, raw: string, expected?: unknown, ctx = {}) {
  const r = validate(name, raw, ctx);
  assert.ok(r.ok, `${name}(${raw}) should pass: ${JSON.stringify(r)}`);
  if (expected !== undefined) assert.deepEqual(r.value, expected);
}
function bad(name: string, raw: string, error?: string, ctx = {}) {
  const r = validate(name, raw, ctx);
  assert.equal(r.ok, false, `${name}(${raw}) should fail`);
  if (error && !r.ok) assert.equal(r.error, error);
}

describe('validators', () => {
  it('choice', () => {
    ok('choice', ' Internet ', 'internet', { options: ['internet', 'diginetwerk'] });
    bad('choice', 'satelliet', 'value.choice', { options: ['internet', 'diginetwerk'] });
  });
  it('list deduplicates and trims', () => {
    ok('list', 'a, b,,a', ['a', 'b']);
    bad('list', ' , ', 'value.empty');
  });
  it('hostnames', () => {
    ok('hostnames', 'LZ.Example.nl, *.acc.example.nl', ['lz.example.nl', '*.acc.example.nl']);
    bad('hostnames', 'not a host', 'value.hostname');
    bad('hostnames', 'https://x.nl', 'value.hostname');
  });
  it('email', () => {
    ok('email', 'lz@gemeente.example.nl');
    bad('email', 'lz@', 'value.email');
  });
  it('httpsUrl', () => {
    ok('httpsUrl', 'https://lz.example.nl/ebms');
    bad('httpsUrl', 'http://lz.example.nl/ebms', 'value.url-https');
    bad('httpsUrl', 'lz.example.nl', 'value.url');
    bad('httpsUrl', 'https://user:pw@lz.example.nl/', 'value.url-credentials');
  });
  it('oin and hrn', () => {
    ok('oin', '00000001822477348000');
    bad('oin', '00000005123456789000', 'id.prefix-unassigned');
    ok('hrn', '00000003520354760000');
    ok('hrn', '00000001822477348000'); // the RSIN form
    bad('hrn', '00000004003214345001', 'hrn.prefix');
  });
  it('partyId uses the environment', () => {
    ok('partyId', '00000001822477348000_A', undefined, { environment: 'preproductie' });
    bad('partyId', '00000001822477348000_A', 'partyid.suffix-productie', { environment: 'productie' });
  });
  it("cpaId takes the register's name as it is (dots and $ too), refuses white space", () => {
    ok('cpaId', 'lz_00000001822477348000_00000001002220647000_1');
    ok('cpaId', 'lz.cpa.1');
    ok('cpaId', 'cpa$00000001002220647000$2');
    bad('cpaId', 'lz cpa', 'value.cpaid-chars');
  });
  it('bsnList checks each BSN', () => {
    ok('bsnList', '111222333, 123456782', ['111222333', '123456782']);
    bad('bsnList', '111222333,111222334', 'value.bsn');
  });
  it('dates and periods', () => {
    ok('date', '2026-02-28');
    bad('date', '2026-02-30', 'value.date');
    bad('date', '28-02-2026', 'value.date');
    ok('dateRange', '2026-03-02 / 2026-03-13', '2026-03-02/2026-03-13');
    bad('dateRange', '2026-03-13/2026-03-02', 'value.date-range-order');
    bad('dateRange', '2026-03-13', 'value.date-range');
  });
  it('go-live dates per zaaktype: one date each, the last one given wins', () => {
    ok('zaaktypeDates', 'omgevingsvergunning = 2026-06-01, parkeer=2026-06-15,parkeer=2026-06-22', ['omgevingsvergunning=2026-06-01', 'parkeer=2026-06-22']);
    bad('zaaktypeDates', 'omgevingsvergunning', 'value.zaaktype-date');
    bad('zaaktypeDates', '=2026-06-01', 'value.zaaktype-date');
    bad('zaaktypeDates', 'x=2026-02-30', 'value.zaaktype-date');
  });
  it('text refuses control characters', () => {
    ok('text', 'adapter X');
    bad('text', 'a\u0001b', 'value.control');
    bad('identifier', 'GM 0344', 'value.identifier');
  });
});
