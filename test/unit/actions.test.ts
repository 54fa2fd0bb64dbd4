import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { checklist } from '../../src/checklist-data.ts';
import { completeStep, createDossier, parseStepValues, recordValues, reopenStep, skipStep } from '../../src/domain/actions.ts';
import { allSteps } from '../../src/domain/checklist.ts';
import type { Dossier } from '../../src/domain/dossier-types.ts';
import { DomainError } from '../../src/domain/errors.ts';
import { dossierWarnings, progress } from '../../src/domain/progress.ts';
import { neededArtefacts } from '../../src/domain/artefact-gate.ts';
import type { CpaRecord } from '../../src/domain/dossier-types.ts';

const actor = { by: 'tester', at: '2026-01-05T10:00:00.000Z' };
const overheid = () =>
  createDossier(checklist, { kind: 'overheid', name: 'Gemeente X', oin: '00000001002220647000', network: 'internet', standard: 'stuf' }, actor);
const leverancier = () => createDossier(checklist, { kind: 'leverancier', name: 'Lev B.V.', hrn: '00000003123456780000' }, actor);

function examples(stepId: string): Record<string, string> {
  const s = allSteps(checklist).find((x) => x.step.id === stepId)!;
  return Object.fromEntries((s.step.captures ?? []).filter((c) => c.required).map((c) => [c.key, c.example]));
}

/** As `cert add` would record a valid certificate. */
function withCertificates(d: Dossier): Dossier {
  const rec = {
    path: 'c.pem',
    chain: [],
    fingerprint256: 'AB',
    subject: 'CN=x',
    identifier: null,
    notBefore: '2026-01-01T00:00:00.000Z',
    notAfter: '2099-01-01T00:00:00.000Z',
    at: actor.at,
    by: 'tester',
  };
  return { ...d, certificates: { preproductie: { client: rec, server: rec }, productie: { client: rec, server: rec } } };
}

function completeAll(d0: Dossier): Dossier {
  let d = withCertificates(d0);
  for (;;) {
    const next = progress(checklist, d).nextStep;
    if (!next) return d;
    // The organisation's own OIN/HRN is already there; a step never changes it.
    const { oin: _oin, hrn: _hrn, ...values } = examples(next.step.id);
    // Documents are out of scope here: steps that wait for one are done by exception.
    const exception =
      next.step.drivenBy || ['3.ketentest', '3.testrapport', '4.beheerdocumentatie', '4.helpdesk'].includes(next.step.id) ? 'buiten de test' : undefined;
    d = completeStep(checklist, d, next.step.id, parseStepValues(checklist, next.step.id, values), actor, undefined, exception).dossier;
  }
}

const throwsCode = (fn: () => unknown, code: string) => assert.throws(fn, (e: unknown) => e instanceof DomainError && e.code === code);

describe('progress', () => {
  it('starts at phase 1 with the first step', () => {
    const p = progress(checklist, overheid());
    assert.equal(p.currentPhase, 1);
    assert.equal(p.nextStep?.step.id, '1.verbinding');
    assert.deepEqual(
      p.phases.map((x) => [x.total, x.done, x.applicable]),
      [
        [4, 0, true],
        [7, 0, true],
        [4, 0, true],
        [8, 0, true],
      ],
    );
  });
  it('leaves out what does not apply to a supplier', () => {
    const p = progress(checklist, leverancier());
    assert.deepEqual(
      p.phases.map((x) => [x.total, x.applicable]),
      [
        [3, true],
        [7, true],
        [4, true],
        [0, false],
      ],
    );
  });
  it('reaches the end for both kinds, phase 4 never for a supplier', () => {
    assert.equal(progress(checklist, completeAll(overheid())).currentPhase, null);
    const lev = completeAll(leverancier());
    const p = progress(checklist, lev);
    assert.equal(p.currentPhase, null);
    assert.equal(p.phases[3]!.complete, false);
    assert.equal(p.phases[3]!.applicable, false);
  });
  it('counts skipped steps as finished', () => {
    let d = overheid();
    for (const s of checklist.phases[0]!.steps) d = skipStep(checklist, d, s.id, 'al geregeld', actor).dossier;
    const p = progress(checklist, d);
    assert.equal(p.currentPhase, 2);
    assert.equal(p.phases[0]!.skipped, 4);
  });
});

describe('actions', () => {
  it('records values where the data says, and history', () => {
    const d0 = overheid();
    const v = parseStepValues(checklist, '2.aanvraagformulier', { afzenderId: 'GM0344', serviceId: 'lz-pp', contactEmail: 'a@b.nl' });
    const r = completeStep(checklist, d0, '2.aanvraagformulier', v, actor, 'formulier verstuurd');
    assert.equal(r.dossier.organisation.afzenderId, 'GM0344');
    assert.equal(r.dossier.environments.preproductie['serviceId'], 'lz-pp');
    assert.equal(r.dossier.steps['2.aanvraagformulier']!.state, 'done');
    assert.equal(r.dossier.steps['2.aanvraagformulier']!.note, 'formulier verstuurd');
    assert.deepEqual(r.dossier.history.at(-1), {
      ...actor,
      action: 'done',
      step: '2.aanvraagformulier',
      values: { afzenderId: 'GM0344', serviceId: 'lz-pp', contactEmail: 'a@b.nl' },
      note: 'formulier verstuurd',
    });
    assert.equal(d0.steps['2.aanvraagformulier']!.state, 'open', 'input not modified');
  });
  it('warns when working ahead of the current phase', () => {
    const r = completeStep(checklist, overheid(), '2.netwerkpad', {}, actor);
    assert.deepEqual(
      r.warnings.map((w) => w.code),
      ['warn.ahead-now'],
    );
    assert.deepEqual(
      dossierWarnings(checklist, r.dossier, '2026-01-05').map((w) => w.code),
      ['warn.ahead'],
    );
  });
  it('refuses a step while a required value is missing', () => {
    throwsCode(() => completeStep(checklist, overheid(), '1.zaakberichtstroom', {}, actor), 'step.missing-values');
  });
  it('uses values recorded at init', () => {
    const d = completeStep(checklist, overheid(), '1.verbinding', {}, actor).dossier;
    assert.equal(d.steps['1.verbinding']!.state, 'done');
  });
  it('refuses unknown keys and invalid values with the example', () => {
    throwsCode(() => parseStepValues(checklist, '1.verbinding', { netwerk: 'internet' }), 'step.unknown-key');
    throwsCode(() => parseStepValues(checklist, '3.digid-accounts', { testBsns: '111222334' }), 'step.invalid-value');
    throwsCode(() => parseStepValues(checklist, '4.consumerspecificatie', { partyId: '00000001002220647000_A' }), 'step.invalid-value');
    throwsCode(() => parseStepValues(checklist, '9.nope', {}), 'step.unknown');
  });
  it("refuses phase-4 steps and the Digikoppeling registration for a supplier, with the manual's reason", () => {
    assert.throws(
      () => completeStep(checklist, leverancier(), '4.lpr', { lprDatum: '2026-05-01' }, actor),
      (e: unknown) => e instanceof DomainError && e.code === 'step.not-applicable' && /productieaansluiting/.test(e.params['reason.nl']!),
    );
    throwsCode(() => skipStep(checklist, leverancier(), '1.digikoppeling', 'x', actor), 'step.not-applicable');
  });
  it('skip needs a reason; reopen keeps the values', () => {
    throwsCode(() => skipStep(checklist, overheid(), '1.verbinding', '  ', actor), 'step.skip-reason');
    let d = completeStep(checklist, overheid(), '3.digid-accounts', { testBsns: ['111222333'] }, actor).dossier;
    d = reopenStep(checklist, d, '3.digid-accounts', actor).dossier;
    assert.equal(d.steps['3.digid-accounts']!.state, 'open');
    assert.deepEqual(d.steps['3.digid-accounts']!.values, { testBsns: ['111222333'] });
    assert.deepEqual(
      d.history.map((h) => h.action),
      ['init', 'done', 'reopen'],
    );
  });
  it('recordValues keeps the step open', () => {
    const d = recordValues(checklist, overheid(), '2.consumerspecificatie', { endpoint: 'https://lz.example.nl/ebms' }, actor).dossier;
    assert.equal(d.steps['2.consumerspecificatie']!.state, 'open');
    assert.equal(d.environments.preproductie['endpoint'], 'https://lz.example.nl/ebms');
  });
  it('reports phases completed by an action', () => {
    let d = overheid();
    d = completeStep(checklist, d, '1.verbinding', {}, actor).dossier;
    d = completeStep(checklist, d, '1.zaakberichtstroom', { zaaktypen: ['a'] }, actor).dossier;
    d = completeStep(checklist, d, '1.digikoppeling', {}, actor).dossier;
    throwsCode(() => completeStep(checklist, d, '1.pkioverheid', { domeinnamen: ['lz.example.nl'] }, actor), 'step.missing-certificates');
    const r = completeStep(checklist, withCertificates(d), '1.pkioverheid', { domeinnamen: ['lz.example.nl'] }, actor);
    assert.deepEqual(r.completedPhases, [1]);
  });
  it('warns about dates that passed', () => {
    const d = overheid();
    d.environments.preproductie['ketentestPeriode'] = '2026-01-01/2026-01-10';
    assert.deepEqual(
      dossierWarnings(checklist, d, '2026-02-01').map((w) => w.code),
      ['warn.ketentest-past'],
    );
    assert.deepEqual(
      dossierWarnings(checklist, d, '2026-01-05').map((w) => w.code),
      [],
    );
  });
});

describe('verification', () => {
  it('keeps counts and the codes needing attention, and is outdated once something is recorded after it', async () => {
    const { verificationOf, verificationRecord, verificationTotals } = await import('../../src/domain/verification.ts');
    const f = (code: string, severity: 'error' | 'warning' | 'info') => ({ code, severity, message: { nl: '', en: '' }, citation: { nl: '', en: '' } });
    const rec = verificationRecord([f('b.x', 'error'), f('a.y', 'warning'), f('b.x', 'error'), f('c.z', 'info')], {
      at: '2026-02-01T00:00:00.000Z',
      by: 'jan',
    });
    assert.deepEqual(rec, { at: '2026-02-01T00:00:00.000Z', by: 'jan', errors: 2, warnings: 1, infos: 1, codes: ['a.y', 'b.x'] });
    const d = { ...withCertificates(overheid()), verification: { preproductie: rec } };
    assert.equal(verificationOf(d, 'productie'), null);
    assert.equal(verificationOf(d, 'preproductie')!.outdated, false, 'certificates recorded before the verify');
    const later = { ...d.certificates.preproductie.client!, at: '2026-02-02T00:00:00.000Z' };
    assert.equal(verificationOf({ ...d, certificates: { ...d.certificates, preproductie: { client: later } } }, 'preproductie')!.outdated, true);
    assert.deepEqual(verificationTotals(d), { errors: 2, warnings: 1 });
    assert.equal(verificationTotals(overheid()), null);
  });
});

describe('done means done: identity and certificates', () => {
  it("a step never changes the organisation's OIN; the same value again is fine", async () => {
    const { checklist } = await import('../../src/checklist-data.ts');
    const { createDossier, completeStep } = await import('../../src/domain/actions.ts');
    const { DomainError } = await import('../../src/domain/errors.ts');
    const who = { by: 't', at: '2026-01-01T00:00:00.000Z' };
    const d = createDossier(checklist, { kind: 'overheid', name: 'G', oin: '00000001002220647000' }, who);
    assert.ok(completeStep(checklist, d, '1.digikoppeling', { oin: '00000001002220647000' }, who));
    assert.throws(
      () => completeStep(checklist, d, '1.digikoppeling', { oin: '00000001822477348000' }, who),
      (e: unknown) => e instanceof DomainError && e.code === 'step.identity-change' && e.params['old'] === '00000001002220647000',
    );
  });
});

describe('steps driven by a document', () => {
  const cpa = (over: Partial<CpaRecord> = {}): CpaRecord => ({
    path: 'cpa.xml',
    sha256: 'ab',
    cpaId: 'lopendezaken_1',
    start: null,
    end: null,
    ourPartyId: '00000001002220647000',
    otherPartyId: '00000004003214345001',
    at: actor.at,
    by: 'tester',
    ...over,
  });
  const withCpa = (d: Dossier, rec = cpa()): Dossier => ({ ...d, artefacts: { ...d.artefacts, preproductie: { ...d.artefacts.preproductie, cpa: rec } } });
  const cpaValues = { cpaId: 'lopendezaken_1', lzPartyId: '00000004003214345001' };

  it('are refused without the document, naming the command that makes it', () => {
    assert.throws(
      () => completeStep(checklist, overheid(), '2.cpa', parseStepValues(checklist, '2.cpa', cpaValues), actor),
      (e: unknown) =>
        e instanceof DomainError && e.code === 'step.artefact-missing' && e.params['command'] === 'lz-onboard cpa check <cpa.xml> --env preproductie',
    );
  });
  it('are done with the checked document, and refuse a typed value that disagrees with it', () => {
    const d = withCpa(overheid());
    assert.equal(completeStep(checklist, d, '2.cpa', parseStepValues(checklist, '2.cpa', cpaValues), actor).dossier.steps['2.cpa']!.state, 'done');
    assert.throws(
      () => completeStep(checklist, d, '2.cpa', parseStepValues(checklist, '2.cpa', { ...cpaValues, cpaId: 'andere_cpa' }), actor),
      (e: unknown) => e instanceof DomainError && e.code === 'step.value-disagrees' && e.params['recorded'] === 'lopendezaken_1',
    );
  });
  it('refuse a document written despite errors', () => {
    const spec = { path: 's.xml', sha256: 'ab', at: actor.at, by: 'x', inputs: { endpoint: 'https://lz.example.nl/' }, ignoredErrors: true as const };
    const d = { ...overheid(), artefacts: { preproductie: { consumerspecificatie: spec }, productie: {} } };
    throwsCode(() => completeStep(checklist, d, '2.consumerspecificatie', {}, actor), 'step.artefact-failed');
  });
  it('take an explicit exception with a reason, recorded in the step and the history; other steps refuse one', () => {
    const r = completeStep(checklist, overheid(), '2.ping', {}, actor, undefined, 'ping met de eigen adapter gestuurd');
    assert.equal(r.dossier.steps['2.ping']!.exception, 'ping met de eigen adapter gestuurd');
    assert.equal(r.dossier.history.at(-1)!.reason, 'ping met de eigen adapter gestuurd');
    throwsCode(() => completeStep(checklist, overheid(), '2.ping', {}, actor, undefined, '  '), 'step.exception-reason');
    throwsCode(() => completeStep(checklist, overheid(), '2.netwerkpad', {}, actor, undefined, 'x'), 'step.exception-not-driven');
  });
  it('make what a finished step depends on needed: an error when done, excused when done by exception or skipped', () => {
    assert.deepEqual(neededArtefacts(checklist, overheid(), 'preproductie'), [], 'nothing finished, nothing needed');
    let d = withCpa(overheid());
    d = completeStep(checklist, d, '2.cpa', parseStepValues(checklist, '2.cpa', cpaValues), actor).dossier;
    d = completeStep(checklist, d, '2.ping', {}, actor, undefined, 'eigen adapter').dossier;
    d = skipStep(checklist, d, '4.consumerspecificatie', 'nog niet', actor).dossier;
    const pre = neededArtefacts(checklist, d, 'preproductie');
    assert.deepEqual(
      pre.map((n) => [n.kind, n.excused]),
      [
        ['cpa', undefined],
        ['ping', 'eigen adapter'],
      ],
    );
    assert.deepEqual(
      neededArtefacts(checklist, d, 'productie').map((n) => [n.kind, n.excused]),
      [
        ['client', 'nog niet'],
        ['server', 'nog niet'],
        ['consumerspecificatie', 'nog niet'],
      ],
    );
  });
});

describe('the production run never records a BSN', () => {
  const bsn = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 8, maxLength: 8 }).map((digits) => {
    const sum = digits.reduce((s, d, i) => s + d * (9 - i), 0);
    const check = sum % 11;
    return check === 10 || sum === 0 ? '111222333' : `${digits.join('')}${check}`;
  });
  const textWith = fc
    .tuple(fc.string({ maxLength: 15 }), bsn, fc.constantFrom('', ' ', '.'), fc.string({ maxLength: 15 }))
    .map(([a, b, sep, z]) => (sep ? `${a} ${b.slice(0, 4)}${sep}${b.slice(4, 6)}${sep}${b.slice(6)} ${z}` : `${a} ${b} ${z}`));
  it('whatever field or note of 4.lpr or 4.lpr-afgerond holds one, refused, and the dossier is as it was', () => {
    const base = withCertificates(overheid());
    base.steps['3.testrapport'] = { state: 'done', at: actor.at, by: 'tester', values: { goedgekeurdOp: '2026-03-01' } };
    base.choices.zaaktypen = ['a'];
    const before = structuredClone(base);
    fc.assert(
      fc.property(textWith, fc.constantFrom('note', 'lprZaaktypen', 'goLive'), (text, where) => {
        const attempt = () => {
          if (where === 'note')
            return completeStep(
              checklist,
              base,
              '4.lpr',
              parseStepValues(checklist, '4.lpr', { lprDatum: '2026-05-11', lprOntvangers: '3', lprZaaktypen: 'a', logiusGemeldOp: '2026-05-01' }),
              actor,
              text,
            );
          if (where === 'goLive')
            return recordValues(
              checklist,
              base,
              '4.lpr-afgerond',
              parseStepValues(checklist, '4.lpr-afgerond', { goLive: `${text.replace(/[,=]/g, ' ')}=2026-06-01` }),
              actor,
            );
          return recordValues(checklist, base, '4.lpr', parseStepValues(checklist, '4.lpr', { lprZaaktypen: text.replace(/,/g, ' ') }), actor);
        };
        assert.throws(attempt, (e: unknown) => e instanceof DomainError && (e.code === 'lpr.bsn' || e.code.startsWith('value.')), text);
        assert.deepEqual(base, before);
      }),
      { numRuns: 300 },
    );
  });
});
