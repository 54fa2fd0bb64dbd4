// Any input gives a result or a clean error, never a crash: identifiers, dossier migration and
// validation, certificate files (PEM, DER, PKCS#7, PKCS#12) and the CPA reader, under fast-check.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { checklist } from '../../src/checklist-data.ts';
import { createDossier } from '../../src/domain/actions.ts';
import { CertReadError, readCertificates } from '../../src/domain/cert/read.ts';
import { CpaReadError, parseCpa } from '../../src/domain/cpa/parse.ts';
import { analyseHrn, analyseOin, analysePartyId, hrnFromKvk, isBsn } from '../../src/domain/identifiers.ts';
import { DossierError } from '../../src/dossier/errors.ts';
import { migrate } from '../../src/dossier/migrate.ts';
import { parseDossier, serialise } from '../../src/dossier/store.ts';
import { validateDossier } from '../../src/dossier/validate.ts';
import { cpaXml } from '../helpers/cpa.ts';

const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((a) => a.join(''));
const anyText = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), digits(20), digits(19));

describe('identifiers: any text', () => {
  it('analyseOin, analyseHrn and analysePartyId always answer, and valid means 20 digits with a known prefix', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        for (const r of [analyseOin(s), analyseHrn(s)]) {
          assert.equal(typeof r.valid, 'boolean');
          if (r.valid) assert.match(r.value, /^[0-9]{20}$/);
          assert.equal(r.valid, !r.findings.some((f) => f.severity === 'error'));
        }
        const p = analysePartyId(s, 'productie');
        if (p.valid) assert.equal(p.suffix, null, 'no suffix is valid in productie');
      }),
      { numRuns: 1000 },
    );
  });
  it('every KvK number gives a valid HRN of the KvK form that carries it', () => {
    fc.assert(
      fc.property(digits(8), (kvk) => {
        const r = analyseHrn(hrnFromKvk(kvk));
        assert.equal(r.valid, true);
        assert.equal(r.form, 'kvk');
        assert.equal(r.derived?.number, kvk);
      }),
    );
  });
  it('the 11-proef: changing one digit of a valid BSN makes it invalid', () => {
    fc.assert(
      fc.property(digits(8), fc.integer({ min: 0, max: 8 }), fc.integer({ min: 1, max: 9 }), (first8, pos, delta) => {
        // Complete first8 to a valid BSN, if one exists for it.
        const last = [...'0123456789'].find((d) => isBsn(first8 + d));
        fc.pre(last !== undefined);
        const bsn = first8 + last;
        const changed = bsn.slice(0, pos) + String((Number(bsn[pos]) + delta) % 10) + bsn.slice(pos + 1);
        assert.equal(isBsn(changed), false, `${bsn} -> ${changed}`);
      }),
    );
  });
});

describe('dossier: any JSON', () => {
  const base = createDossier(checklist, { kind: 'overheid', name: 'G', oin: '00000001002220647000' }, { by: 't', at: '2026-01-01T00:00:00.000Z' });
  it('migrate and validate answer for any value; parseDossier gives a dossier or a DossierError', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (v) => {
        if (typeof v === 'object' && v !== null && !Array.isArray(v)) {
          const m = migrate(v as Record<string, unknown>);
          assert.ok(['current', 'migrated', 'newer', 'unknown'].includes(m.kind));
        }
        assert.ok(Array.isArray(validateDossier(v, checklist)));
        try {
          parseDossier('x.json', JSON.stringify(v) ?? 'null', checklist);
        } catch (e) {
          assert.ok(e instanceof DossierError, String(e));
        }
      }),
      { numRuns: 500 },
    );
  });
  it('a valid dossier with any field replaced by any value is still read or refused cleanly, and a sound one round-trips', () => {
    const keys = Object.keys(base);
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.jsonValue({ maxDepth: 4 }), (key, value) => {
        const text = JSON.stringify({ ...base, [key]: value });
        try {
          const { dossier } = parseDossier('x.json', text, checklist);
          assert.deepEqual(parseDossier('x.json', serialise(dossier), checklist).dossier, dossier);
        } catch (e) {
          assert.ok(e instanceof DossierError, String(e));
        }
      }),
      { numRuns: 500 },
    );
  });
  it('an older schemaVersion is migrated to a valid dossier', () => {
    const v1 = { ...JSON.parse(serialise(base)), schemaVersion: 1 };
    delete v1.certificates;
    delete v1.artefacts;
    const r = parseDossier('x.json', JSON.stringify(v1), checklist);
    assert.equal(r.migratedFrom, 1);
    assert.deepEqual(validateDossier(JSON.parse(serialise(r.dossier)), checklist), []);
  });
});

describe('certificate files and CPAs: any bytes', () => {
  const pemLike = fc.string().map((s) => `-----BEGIN CERTIFICATE-----\n${Buffer.from(s).toString('base64')}\n-----END CERTIFICATE-----\n`);
  const derLike = fc.uint8Array({ maxLength: 300 }).map((a) => Buffer.concat([Buffer.from([0x30, 0x82, 0x01, 0x00]), Buffer.from(a)]));
  const p12Like = fc.uint8Array({ maxLength: 200 }).map((a) => Buffer.concat([Buffer.from([0x30, 0x80, 0x02, 0x01, 0x03]), Buffer.from(a)]));
  it('readCertificates gives certificates or a CertReadError, for PEM-, DER-, PKCS#12-shaped and random bytes', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          pemLike.map((s) => Buffer.from(s)),
          derLike,
          p12Like,
          fc.uint8Array({ maxLength: 400 }).map((a) => Buffer.from(a)),
        ),
        (buf) => {
          try {
            const r = readCertificates(buf, { p12Password: 'x' });
            assert.ok(r.certs.length > 0);
          } catch (e) {
            assert.ok(e instanceof CertReadError, String((e as Error).stack));
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
  it('parseCpa gives a CPA or a CpaReadError, for random text and for a real CPA cut or changed anywhere', () => {
    const good = cpaXml({
      ours: { partyId: '00000001002220647000_A', endpoint: 'https://lz.example.nl/ebms', clientDer: Buffer.alloc(64, 1), serverDer: Buffer.alloc(64, 2) },
      other: { partyId: '00000004003214345001', endpoint: 'https://lz.logius.example.nl/ebms', certDer: Buffer.alloc(64, 3) },
    });
    const mangled = fc
      .tuple(fc.nat({ max: good.length }), fc.nat({ max: 40 }), fc.string({ maxLength: 8 }))
      .map(([at, cut, insert]) => good.slice(0, at) + insert + good.slice(at + cut));
    fc.assert(
      fc.property(fc.oneof(fc.string(), mangled), (text) => {
        try {
          const cpa = parseCpa(text);
          assert.equal(typeof cpa.cpaId, 'string');
        } catch (e) {
          assert.ok(e instanceof CpaReadError, String((e as Error).stack));
        }
      }),
      { numRuns: 1000 },
    );
  });
});
