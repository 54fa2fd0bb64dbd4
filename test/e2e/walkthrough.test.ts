// A supplier's script: init, then every applicable step in order with the values step list
// asks for, checking status along the way. Runs the built CLI without a terminal.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { HRN, OIN, initLeverancier, initOverheid, json, lz, readJson, tempDir } from '../helpers/cli.ts';
import { testPki } from '../helpers/pki.ts';

interface StepJson {
  id: string;
  phase: number;
  title: { nl: string; en: string };
  applicable: boolean;
  state: string;
  captures: { key: string; required: boolean; example: string; value?: unknown }[];
  requires: { certificate: { env: string; role: string }; met: boolean }[];
}

/** Certificates for this dossier's OIN/HRN from a fresh test PKI, written into the dossier's directory. */
function certificates(cwd: string, id: string) {
  const pki = testPki(cwd);
  const leaf = pki.leaf({ id, subject: pki.leafSubject(id) });
  return { leaf: pki.write('leaf.pem', leaf.pem), chain: pki.interPath, root: pki.rootPath };
}

function walk(cwd: string, expectedPhases: number[], id: string) {
  const pki = certificates(cwd, id);
  const list = json<{ formatVersion: number; steps: StepJson[] }>(lz(['step', 'list', '--json'], { cwd }));
  assert.equal(list.formatVersion, 1);
  const applicable = list.steps.filter((s) => s.applicable);
  const seenPhases = new Set<number>();
  for (const s of applicable) {
    for (const r of s.requires) {
      const add = lz(['cert', 'add', pki.leaf, pki.chain, '--roots', pki.root, '--env', r.certificate.env, '--role', r.certificate.role, '--json'], { cwd });
      assert.equal(add.code, 0, add.stdout);
    }
    const args = ['step', 'done', s.id, '--json'];
    for (const c of s.captures) if (c.required && c.value === undefined) args.push('--value', `${c.key}=${c.example}`);
    const r = lz(args, { cwd });
    assert.equal(r.code, 0, `${s.id}: ${r.stderr}`);
    const body = json(r);
    assert.equal(body.step.id, s.id);
    assert.equal(body.step.state, 'done');
    assert.deepEqual(body.warnings, [], `${s.id} done in order gives no warnings`);
    if (body.completedPhases.length) {
      for (const p of body.completedPhases) seenPhases.add(p);
      const st = json(lz(['status', '--json'], { cwd }));
      const row = st.dossiers[0];
      assert.ok(row.phases.find((p: { number: number }) => p.number === body.completedPhases[0]).complete);
    }
  }
  assert.deepEqual([...seenPhases], expectedPhases);
  return list;
}

describe('non-interactive walkthrough', () => {
  it('takes a government organisation through all four phases', () => {
    const cwd = tempDir();
    const init = initOverheid(cwd, ['--json', '--zaaktype', 'omgevingsvergunning']);
    assert.equal(init.code, 0, init.stderr);
    assert.equal(json(init).organisation.oin, OIN);

    const st0 = json(lz(['status', '--json'], { cwd }));
    assert.equal(st0.formatVersion, 1);
    assert.deepEqual(st0.dossiers[0].organisation, { name: 'Gemeente Voorbeeld', kind: 'overheid', oin: OIN });
    assert.equal(st0.dossiers[0].currentPhase, 1);
    assert.deepEqual(st0.dossiers[0].nextStep, { id: '1.verbinding', title: 'Choose the connection' });
    assert.deepEqual(
      st0.dossiers[0].phases.map((p: { total: number }) => p.total),
      [4, 7, 4, 8],
    );

    const list = walk(cwd, [1, 2, 3, 4], OIN);
    assert.equal(list.steps.length, 23);
    assert.ok(list.steps.every((s) => s.applicable && s.state === 'open'));

    const st = json(lz(['status', '--json'], { cwd }));
    const row = st.dossiers[0];
    assert.equal(row.currentPhase, null);
    assert.equal(row.nextStep, null);
    assert.ok(row.phases.every((p: { complete: boolean; done: number; total: number }) => p.complete && p.done === p.total));

    const d = readJson(join(cwd, 'lz-onboard.json'));
    assert.equal(d.schemaVersion, 2);
    assert.equal(d.environments.preproductie.endpoint, 'https://lz-acc.gemeente.example.nl/ebms');
    assert.equal(d.environments.productie.endpoint, 'https://lz.gemeente.example.nl/ebms');
    assert.deepEqual(d.steps['3.digid-accounts'].values.testBsns, ['111222333', '123456782']);
    assert.equal(d.history.filter((h: { action: string }) => h.action === 'done').length, 23);
    assert.equal(d.certificates.preproductie.client.identifier, OIN);
    assert.equal(d.certificates.preproductie.client.path, 'leaf.pem');
    assert.deepEqual(d.certificates.preproductie.client.chain, ['intermediate.pem']);
    assert.ok(d.history.every((h: { by: string }) => h.by === 'tester'));
    assert.equal(existsSync(join(cwd, 'lz-onboard.json.bak')), true);
  });

  it("takes a supplier through phases 1-3 and refuses phase 4 with the manual's reason", () => {
    const cwd = tempDir();
    assert.equal(initLeverancier(cwd).code, 0);
    const st0 = json(lz(['status', '--json'], { cwd }));
    assert.deepEqual(st0.dossiers[0].organisation, { name: 'Voorbeeld Software B.V.', kind: 'leverancier', hrn: HRN });
    assert.deepEqual(
      st0.dossiers[0].phases.map((p: { applicable: boolean }) => p.applicable),
      [true, true, true, false],
    );

    const list = walk(cwd, [1, 2, 3], HRN);
    const na = list.steps.filter((s) => !s.applicable).map((s) => [s.id, s.state]);
    assert.deepEqual(
      na.map((x) => x[1]),
      Array(9).fill('n/a'),
    );
    assert.ok(na.some((x) => x[0] === '1.digikoppeling'));

    const st = json(lz(['status', '--json'], { cwd }));
    assert.equal(st.dossiers[0].currentPhase, null);
    assert.equal(st.dossiers[0].phases[3].applicable, false);

    const refused = lz(['step', 'done', '4.lpr', '--value', 'lprDatum=2026-05-01'], { cwd });
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /does not apply to a leverancier: As an IT supplier you cannot make a production connection/);
    const nl = lz(['step', 'skip', '4.helpdesk', '--reason', 'x', '--lang', 'nl'], { cwd });
    assert.equal(nl.code, 2);
    assert.match(nl.stderr, /Als IT-leverancier kunt u geen productieaansluiting realiseren/);
  });
});
