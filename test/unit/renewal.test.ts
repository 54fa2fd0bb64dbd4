// The renewal's domain: the comparison of two certificates, the change date against the notice
// period, the states in the dossier (start, cancel, done by a CPA) and what due makes of them.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { checklist } from '../../src/checklist-data.ts';
import { createDossier } from '../../src/domain/actions.ts';
import type { CertRecord, Dossier } from '../../src/domain/dossier-types.ts';
import { dueItems, dueWithin, type Sno } from '../../src/domain/due.ts';
import { changeDateFindings, compareCertificates, defaultChangeDate, type CertSide } from '../../src/domain/renewal/compare.ts';
import { noticeText } from '../../src/domain/renewal/notice.ts';
import { cancelRenewal, completeRenewals, markAnnounced, startRenewal } from '../../src/domain/renewal/records.ts';

const sno = JSON.parse(readFileSync(new URL('../../templates/sno.json', import.meta.url), 'utf8')) as Sno;
const who = { by: 'tester', at: '2027-01-05T09:00:00Z' };

const side = (over: Partial<CertSide> = {}): CertSide => ({
  fingerprint256: 'AA',
  subject: 'CN=lz.example.nl',
  identifier: '00000001002220647000',
  hosts: ['lz.example.nl', 'acc.example.nl'],
  key: 'RSA 2048',
  spkiSha256: 'K1',
  notBefore: '2025-03-01T00:00:00Z',
  notAfter: '2027-03-01T00:00:00Z',
  generation: 'G1',
  ...over,
});
const codes = (fs: { code: string }[]) => fs.map((f) => f.code).sort();

describe('comparing the current and the new certificate', () => {
  it('a proper replacement: new key, same party and hosts, later end; a generation change is worth knowing', () => {
    assert.deepEqual(codes(compareCertificates(side(), side({ fingerprint256: 'BB', spkiSha256: 'K2', notAfter: '2028-03-01T00:00:00Z' }))), []);
    assert.deepEqual(codes(compareCertificates(side(), side({ fingerprint256: 'BB', spkiSha256: 'K2', notAfter: '2028-03-01T00:00:00Z', generation: 'G4' }))), [
      'renew.generation',
    ]);
  });
  it('what must not change is an error, what should change a warning, what cannot be told an info', () => {
    const f = compareCertificates(
      side(),
      side({ fingerprint256: 'BB', identifier: '00000001003214345000', hosts: ['lz.example.nl'], notAfter: '2027-02-01T00:00:00Z' }),
    );
    assert.deepEqual(
      f.map((x) => `${x.code} ${x.severity}`),
      ['renew.identifier-changed error', 'renew.not-longer error', 'renew.hosts-dropped warning', 'renew.same-key warning'],
    );
    assert.match(f.find((x) => x.code === 'renew.hosts-dropped')!.message.en, /acc\.example\.nl/);
    assert.deepEqual(codes(compareCertificates(side({ spkiSha256: null, hosts: null }), side({ fingerprint256: 'BB', notAfter: '2028-01-01T00:00:00Z' }))), [
      'renew.key-unknown',
    ]);
    assert.deepEqual(codes(compareCertificates(side(), side())), ['renew.same-certificate']);
  });
  it('the change date: two months ahead by default, never after the current end, and checked', () => {
    assert.equal(defaultChangeDate('2026-12-31', '2027-12-01', 2), '2027-02-28');
    assert.equal(defaultChangeDate('2027-01-05', '2027-02-10', 2), '2027-02-09', 'too late for the notice: the day before the end');
    assert.equal(defaultChangeDate('2027-02-10', '2027-02-10', 2), '2027-02-10');
    assert.deepEqual(codes(changeDateFindings('2027-03-05', '2027-01-05', '2027-03-01', '2026-12-01', 2)), ['renew.from-after-end']);
    assert.deepEqual(codes(changeDateFindings('2027-02-01', '2027-01-05', '2027-03-01', '2026-12-01', 2)), ['renew.late-notice']);
    assert.deepEqual(codes(changeDateFindings('2027-01-01', '2027-01-05', '2027-03-01', '2027-01-03', 2)), ['renew.from-before-valid', 'renew.from-past']);
    assert.deepEqual(changeDateFindings('2027-03-01', '2027-01-01', '2027-03-01', '2026-12-01', 2), []);
  });
});

const rec = (fp: string, notAfter: string): CertRecord => ({
  path: `${fp}.pem`,
  chain: [],
  fingerprint256: fp,
  subject: 'CN=x',
  identifier: '00000001002220647000',
  notBefore: '2025-01-01T00:00:00Z',
  notAfter,
  at: '',
  by: '',
});

function live(): Dossier {
  const d = createDossier(checklist, { kind: 'overheid', name: 'Gemeente X', oin: '00000001002220647000' }, who);
  d.certificates.productie.client = rec('OLD', '2027-03-01T10:00:00Z');
  d.steps['4.cpa'] = { state: 'done', at: who.at, by: who.by, values: { cpaId: 'cpa_1' } };
  d.artefacts.productie.cpa = { path: 'c.xml', sha256: 'x', cpaId: 'cpa_1', start: null, end: null, ourPartyId: null, otherPartyId: null, at: '', by: '' };
  return d;
}

describe('a renewal in the dossier', () => {
  it('start: the new certificate recorded, the old kept, the CPA step reopened; due names the notice, the change and the deadline', () => {
    const d0 = live();
    const d = startRenewal(d0, { env: 'productie', role: 'client', record: rec('NEW', '2029-03-01T10:00:00Z'), changeDate: '2027-02-20' }, who);
    assert.equal(d0.certificates.productie.client!.fingerprint256, 'OLD', 'pure: the old dossier is left as it was');
    assert.equal(d.certificates.productie.client!.fingerprint256, 'NEW');
    assert.equal(d.renewals![0]!.old.fingerprint256, 'OLD');
    assert.equal(d.steps['4.cpa']!.state, 'open');
    assert.deepEqual(d.steps['4.cpa']!.values, { cpaId: 'cpa_1' });
    const items = dueWithin(dueItems(d, sno, { renewLeadDays: 120 }), '2027-01-05', 90).filter((i) => i.kind.startsWith('renew.'));
    assert.deepEqual(
      items.map((i) => `${i.date} ${i.kind} ${i.daysLeft}`),
      ['2026-12-20 renew.announce -16', '2027-02-20 renew.change 46', '2027-03-01 renew.deadline 55'],
    );
    const announced = markAnnounced(d, 'productie', 'client', '2026-12-18', who);
    assert.ok(!dueItems(announced, sno, { renewLeadDays: 120 }).some((i) => i.kind === 'renew.announce'));
    assert.throws(
      () => startRenewal(d, { env: 'productie', role: 'client', record: rec('NEWER', '2029-04-01T00:00:00Z'), changeDate: '2027-02-20' }, who),
      /renew.in-progress/,
    );
    assert.throws(
      () => startRenewal(d, { env: 'productie', role: 'server', record: rec('S', '2029-04-01T00:00:00Z'), changeDate: '2027-02-20' }, who),
      /renew.nothing/,
    );
  });
  it('a CPA with the new certificate completes it; cancel puts everything back', () => {
    const d = startRenewal(live(), { env: 'productie', role: 'client', record: rec('NEW', '2029-03-01T10:00:00Z'), changeDate: '2027-02-20' }, who);
    assert.deepEqual(completeRenewals(d, 'preproductie', who), d, 'another environment: nothing');
    const done = completeRenewals(d, 'productie', who);
    assert.equal(done.renewals![0]!.state, 'done');
    assert.equal(done.history.at(-1)!.action, 'renew.done');
    assert.ok(!dueItems(done, sno, { renewLeadDays: 120 }).some((i) => i.kind.startsWith('renew.')));
    const back = cancelRenewal(d, 'productie', 'client', 'wrong file', who);
    assert.equal(back.certificates.productie.client!.fingerprint256, 'OLD');
    assert.equal(back.steps['4.cpa']!.state, 'done');
    assert.equal(back.renewals![0]!.state, 'cancelled');
    assert.throws(() => cancelRenewal(back, 'productie', 'client', 'again', who), /renew.none/);
    assert.throws(() => cancelRenewal(d, 'productie', 'client', 'bad\u0007', who), /text.invalid/);
  });
  it('the notice names both certificates, the change date, the rule and the contact, in the chosen language', () => {
    const n = {
      organisation: 'Gemeente X',
      identifierLabel: 'OIN' as const,
      identifier: '00000001002220647000',
      env: 'productie',
      role: 'client' as const,
      old: side(),
      neu: side({ fingerprint256: 'BB', notAfter: '2028-03-01T00:00:00Z', generation: 'G4' }),
      changeDate: '2027-02-20',
      today: '2026-12-18',
      cpaId: 'cpa_1',
      spec: 'consumerspecificatie-productie.xml',
      contact: 'lz@x.nl',
      noticeMonths: 2,
    };
    const nl = noticeText('nl', n);
    assert.match(nl, /Ingangsdatum: 2027-02-20/);
    assert.match(nl, /minimaal twee maanden vooraf gemeld \(SNO MijnOverheid 2\.1\.5\)/);
    assert.match(nl, /Huidig certificaat[\s\S]*SHA-256: AA[\s\S]*Nieuw certificaat[\s\S]*SHA-256: BB[\s\S]*Generatie: PKIoverheid G4/);
    assert.match(nl, /De huidige CPA \(cpa_1\)/);
    assert.match(nl, /Contact: lz@x\.nl/);
    assert.match(noticeText('en', n), /Certificate change notice[\s\S]*Change date: 2027-02-20/);
  });
});
