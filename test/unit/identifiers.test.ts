import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyseHrn, analyseOin, analysePartyId, hrnFromKvk, isBsn, isKvk } from '../../src/domain/identifiers.ts';

const codes = (r: { findings: { code: string }[] }) => r.findings.map((f) => f.code);

describe('OIN', () => {
  const cases: [string, boolean, string | null, string | null][] = [
    ['00000001822477348000', true, 'RSIN', '822477348'], // Logius
    ['00000003271987420000', true, 'KvK', '27198742'], // ICTU
    ['00000004194049711000', true, 'SubOIN', '194049711'],
    ['00000002003214394001', true, 'Fi-nummer', '003214394'], // real, suffix 001
    ['00000099999999910000', true, null, null], // test OIN
    ['00000005123456789000', false, null, null], // unassigned prefix
    ['00000042123456789000', false, null, null], // unknown prefix
    ['0000000182247734800', false, null, null], // 19 digits
    ['0000000182247734800A', false, null, null],
    ['', false, null, null],
  ];
  for (const [value, valid, type, number] of cases) {
    it(`${value || '(empty)'} is ${valid ? 'valid' : 'invalid'}`, () => {
      const r = analyseOin(value);
      assert.equal(r.valid, valid);
      assert.equal(r.derived?.type ?? null, type);
      assert.equal(r.derived?.number ?? null, number);
    });
  }
  it('notes an unusual suffix without an error', () => {
    const r = analyseOin('00000002003214394001');
    assert.deepEqual(codes(r), ['id.suffix-unusual']);
    assert.equal(r.findings[0]!.severity, 'info');
  });
  it('marks the test OIN', () => {
    const r = analyseOin('00000099999999910000');
    assert.equal(r.test, true);
    assert.ok(codes(r).includes('id.test-oin'));
  });
  it('names the problem of a wrong length and of non-digits', () => {
    assert.deepEqual(codes(analyseOin('123')), ['id.length']);
    assert.deepEqual(codes(analyseOin('0000000182247734800X')), ['id.not-digits']);
    assert.deepEqual(codes(analyseOin('00000005123456789000')), ['id.prefix-unassigned']);
  });
});

describe('HRN and KvK', () => {
  // Digikoppeling Identificatie en Authenticatie 1.5.0, Bijlage 1, "HRN formaat, te gebruiken voor Bedrijven".
  it("accepts the KvK form 00000003 + KvK + 0000 (the real iWelcome B.V. certificate's HRN)", () => {
    const r = analyseHrn('00000003520354760000');
    assert.equal(r.valid, true);
    assert.equal(r.form, 'kvk');
    assert.deepEqual(codes(r), ['hrn.form-kvk']);
    assert.equal(hrnFromKvk('52035476'), '00000003520354760000');
  });
  it("accepts the RSIN form 00000001 + RSIN + 000 (the source's own example number)", () => {
    const r = analyseHrn('00000001123456789000');
    assert.equal(r.valid, true);
    assert.equal(r.form, 'rsin');
    assert.deepEqual(codes(r), ['hrn.form-rsin']);
  });
  it('a volgnummer other than 0000 is a note, not an error', () => {
    const r = analyseHrn('00000003520354760001');
    assert.equal(r.valid, true);
    assert.deepEqual(codes(r).sort(), ['hrn.form-kvk', 'id.suffix-unusual']);
  });
  it('refuses the prefixes the source lists as not used', () => {
    for (const v of ['00000002123456789000', '00000004123456789000', '00000006123456789000']) assert.deepEqual(codes(analyseHrn(v)), ['hrn.prefix'], v);
  });
  it('KvK is 8 digits without an 11-test', () => {
    assert.equal(isKvk('27198742'), true);
    assert.equal(isKvk('12345678'), true);
    assert.equal(isKvk('1234567'), false);
    assert.equal(isKvk('1234567a'), false);
  });
});

describe('BSN 11-proef', () => {
  for (const [v, ok] of [
    ['111222333', true],
    ['123456782', true],
    ['11122233', false],
    ['111222334', false],
    ['000000000', false],
    ['12345678a', false],
  ] as const) {
    it(`${v} ${ok ? 'passes' : 'fails'}`, () => assert.equal(isBsn(v), ok));
  }
  it('pads an 8-digit BSN with a leading zero', () => {
    // 0 + 12345672: 0*9+1*8+2*7+3*6+4*5+5*4+6*3+7*2-2 = 110, a multiple of 11
    assert.equal(isBsn('12345672'), true);
  });
});

describe('PartyId', () => {
  it('allows environment suffixes outside productie only', () => {
    assert.equal(analysePartyId('00000001822477348000_OTA', 'preproductie').valid, true);
    assert.equal(analysePartyId('00000001822477348000_A').valid, true);
    assert.deepEqual(codes(analysePartyId('00000001822477348000_A', 'productie')), ['partyid.suffix-productie']);
    assert.equal(analysePartyId('00000001822477348000', 'productie').valid, true);
  });
  it('refuses unknown or repeated suffix letters', () => {
    assert.equal(analysePartyId('00000001822477348000_X').valid, false);
    assert.equal(analysePartyId('00000001822477348000_OO').valid, false);
  });
  it('refuses a test OIN in productie', () => {
    assert.deepEqual(codes(analysePartyId('00000099999999910000', 'productie')), ['id.test-oin-productie']);
    assert.equal(analysePartyId('00000099999999910000', 'preproductie').valid, true);
  });
});
