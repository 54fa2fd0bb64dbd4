// The checklist data must follow the manual: every substep under "Stappen" is a step, in order,
// and the supplier variant follows the manual's "Leveranciersaansluiting" boxes.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checklist } from '../../src/checklist-data.ts';
import { allSteps, notApplicableReason, stepApplies } from '../../src/domain/checklist.ts';
import { validate, validatorNames } from '../../src/domain/validators.ts';

describe('checklist data', () => {
  it('has the four phases of the manual in order', () => {
    assert.deepEqual(
      checklist.phases.map((p) => p.number),
      [1, 2, 3, 4],
    );
    assert.deepEqual(
      checklist.phases.map((p) => p.title.nl),
      ['Voorbereiding', 'Aansluiten op preproductie', 'Testen op preproductie', 'Aansluiten op productie'],
    );
  });

  it('has every substep of the manual as a step, in the manual order', () => {
    const titles = checklist.phases.map((p) => p.steps.map((s) => s.title.nl));
    const expect = [
      ['Keuze verbinding', 'Keuze zaakberichtstroom', 'Aanmelden bij Digikoppeling', 'PKIoverheid-certificaten aanvragen'],
      [
        'Aanvraagformulier MijnOverheid Lopende Zaken insturen',
        'Netwerkpad inregelen',
        'Interne berichtverwerkingsproces inregelen',
        'Interne gebruikersacceptatietest berichtstroom',
        'Realiseren aansluiting koppelvlakken',
        'Realiseren aansluiting koppelvlakken',
        'Controleren koppelingen op koppelvlakken',
      ],
      ['Verkrijgen test DigiD-accounts', 'Systemen gereed maken voor ketentest', 'Initiëren en uitvoeren ketentesten', 'Invullen en opsturen testrapport'],
      [
        'Netwerkpad inregelen',
        'Realiseren aansluiting koppelvlakken',
        'Realiseren aansluiting koppelvlakken',
        'Initiëren en uitvoeren limited productierun (LPR)',
        'Limited productierun succesvol afgerond',
        'Bijwerken beheerdocumentatie',
        'Helpdesk instrueren',
        'Communicatiecampagne afstemmen',
      ],
    ];
    expect.forEach((phase, i) => {
      assert.equal(titles[i]!.length, phase.length, `phase ${i + 1} step count`);
      for (const [j, start] of phase.entries())
        assert.ok(titles[i]![j]!.startsWith(start), `phase ${i + 1} step ${j + 1}: "${titles[i]![j]}" should start with "${start}"`);
    });
  });

  it('has unique step ids prefixed with their phase number', () => {
    const ids = allSteps(checklist).map((s) => s.step.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const { phase, step } of allSteps(checklist)) assert.match(step.id, new RegExp(`^${phase.number}\\.[a-z][a-z-]*$`));
  });

  it('has text in both languages everywhere', () => {
    for (const phase of checklist.phases) {
      for (const f of [phase.title, phase.intro]) assert.ok(f.nl.trim() && f.en.trim());
      assert.equal(phase.resultaat.nl.length, phase.resultaat.en.length);
      assert.equal(phase.middelen.nl.length, phase.middelen.en.length);
      for (const step of phase.steps) {
        for (const f of [step.title, step.do, ...(step.letOp ?? []), ...(step.leverancier ? [step.leverancier] : [])])
          assert.ok(f.nl.trim() && f.en.trim(), step.id);
        for (const c of step.captures ?? []) assert.ok(c.label.nl && c.label.en, `${step.id}.${c.key}`);
      }
    }
  });

  it('declares captures whose validators exist and whose examples they accept', () => {
    const names = new Set(validatorNames());
    for (const { phase, step } of allSteps(checklist)) {
      for (const c of step.captures ?? []) {
        assert.ok(names.has(c.validator), `${step.id}.${c.key}: validator ${c.validator}`);
        const r = validate(c.validator, c.example, { environment: phase.environment, options: c.options });
        assert.ok(r.ok, `${step.id}.${c.key}: example ${c.example} rejected: ${JSON.stringify(r)}`);
        if (c.store === 'environment') assert.ok(phase.environment, `${step.id}.${c.key} stores per environment but phase ${phase.number} has none`);
      }
    }
  });

  it('captures what the onboarding needs', () => {
    const keys = new Set(allSteps(checklist).flatMap((s) => (s.step.captures ?? []).map((c) => c.key)));
    for (const k of ['afzenderId', 'serviceId', 'endpoint', 'cpaId', 'lzPartyId', 'contactEmail', 'testBsns', 'ketentestPeriode', 'lprDatum'])
      assert.ok(keys.has(k), k);
  });

  it('follows the supplier variant: no Digikoppeling registration, no phase 4', () => {
    for (const { phase, step } of allSteps(checklist)) {
      const applies = stepApplies(phase, step, 'leverancier');
      const expected = !(step.id === '1.digikoppeling' || phase.number === 4);
      assert.equal(applies, expected, step.id);
      if (!applies) assert.ok(notApplicableReason(phase, step, 'leverancier')?.nl.includes('IT-leverancier'), step.id);
      assert.equal(stepApplies(phase, step, 'overheid'), true, step.id);
    }
    const lev = allSteps(checklist)
      .filter((s) => s.step.leverancier)
      .map((s) => s.step.id);
    assert.deepEqual(lev, ['1.pkioverheid', '3.digid-accounts', '3.testrapport']);
  });

  it('keeps the "Let op!" notes of the manual', () => {
    const count = allSteps(checklist).reduce((n, s) => n + (s.step.letOp?.length ?? 0), 0);
    assert.ok(count >= 9, `only ${count} notes`);
    const byId = Object.fromEntries(allSteps(checklist).map((s) => [s.step.id, s.step]));
    assert.match(byId['1.pkioverheid']!.letOp![1]!.nl, /domeinnamen/);
    assert.match(byId['2.consumerspecificatie']!.letOp![0]!.nl, /uw verantwoordelijkheid/);
    assert.match(byId['3.ketentest']!.letOp![0]!.nl, /zelf verantwoordelijk/);
  });
});
