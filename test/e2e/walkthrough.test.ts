// A supplier's script: init, then every applicable step in order with the values step list
// asks for, checking status along the way. Runs the built CLI without a terminal.
import assert from 'node:assert/strict';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { HRN, OIN, initLeverancier, initOverheid, json, lz, readJson, tempDir } from '../helpers/cli.ts';
import { cpaXml } from '../helpers/cpa.ts';
import { testPki } from '../helpers/pki.ts';

interface StepJson {
  id: string;
  phase: number;
  title: { nl: string; en: string };
  applicable: boolean;
  state: string;
  captures: { key: string; required: boolean; example: string; value?: unknown }[];
  requires: { certificate: { env: string; role: string }; met: boolean }[];
  drivenBy?: string;
}

const LZ = '00000004003214345001';
const HOSTS: Record<string, string> = { preproductie: 'lz-acc.gemeente.example.nl', productie: 'lz.gemeente.example.nl' };

/** Certificates for this dossier's OIN/HRN from a fresh test PKI, one per environment (EB003), and Logius' side. */
function certificates(cwd: string, id: string) {
  const pki = testPki(cwd);
  const leaves: Record<string, { path: string; der: Buffer }> = {};
  for (const env of ['preproductie', 'productie']) {
    const leaf = pki.leaf({ id, subject: pki.leafSubject(id, HOSTS[env]), san: [HOSTS[env]!], freshKey: true });
    leaves[env] = { path: pki.write(`leaf-${env}.pem`, leaf.pem), der: leaf.der };
  }
  const logius = pki.leaf({ subject: pki.leafSubject(LZ, 'lz.logius.example.nl', 'Logius') });
  return { leaves, logius, chain: pki.interPath, root: pki.rootPath };
}

/**
 * Every applicable step in order, as a supplier's script does it: certificates recorded where a
 * step needs them, the documents lz-onboard makes generated (which completes their steps), the CPA
 * checked, and `step done` with the values step list asks for where the user does the work.
 */
function walk(cwd: string, expectedPhases: number[], id: string) {
  const pki = certificates(cwd, id);
  const list = json<{ formatVersion: number; steps: StepJson[] }>(lz(['step', 'list', '--json'], { cwd }));
  assert.equal(list.formatVersion, 1);
  const applicable = list.steps.filter((s) => s.applicable);
  const seenPhases = new Set<number>();
  const recorded = new Set<string>();
  const addCert = (env: string, role: string) => {
    if (recorded.has(`${env}/${role}`)) return;
    recorded.add(`${env}/${role}`);
    const leaf = pki.leaves[env]!.path;
    const add = lz(['cert', 'add', leaf, pki.chain, '--roots', pki.root, '--env', env, '--role', role, '--json'], { cwd });
    assert.equal(add.code, 0, add.stdout);
  };
  const completed = (phases: number[]) => {
    for (const p of phases) seenPhases.add(p);
    if (!phases.length) return;
    const row = json(lz(['status', '--json'], { cwd })).dossiers[0];
    assert.ok(row.phases.find((p: { number: number }) => p.number === phases[0]).complete);
  };
  for (const s of applicable) {
    for (const r of s.requires) addCert(r.certificate.env, r.certificate.role);
    const env = s.phase === 4 ? 'productie' : 'preproductie';
    if (s.drivenBy) {
      // A step that waits for a document is refused until the document is there.
      const early = lz(['step', 'done', s.id, '--lang', 'en'], { cwd });
      assert.equal(early.code, 2, `${s.id} without its document: ${early.stderr}`);
      assert.match(early.stderr, /is done when the .* is recorded and checked/);
      let r: ReturnType<typeof lz>;
      if (env === 'productie') {
        // A certificate under the real production root cannot be made in a test: the steps are done
        // by a recorded exception, which verify reports as a warning.
        const args = ['step', 'done', s.id, '--exception', 'productiecertificaten zijn in een test niet te maken', '--json'];
        for (const c of s.captures) if (c.required) args.push('--value', `${c.key}=${c.example}`);
        r = lz(args, { cwd });
        assert.equal(r.code, 0, `${s.id}: ${r.stderr}`);
        completed(json(r).completedPhases);
        continue;
      }
      if (s.drivenBy.endsWith('spec consumer')) {
        addCert(env, 'client');
        addCert(env, 'server');
        r = lz(['spec', 'consumer', '--env', env, '--endpoint', `https://${HOSTS[env]}/ebms`, '--json'], { cwd });
      } else if (s.drivenBy.endsWith('cpa check')) {
        const der = pki.leaves[env]!.der;
        const cpa = cpaXml({
          cpaId: `lopendezaken_${id}_${LZ}_1`,
          ours: { partyId: id, endpoint: `https://${HOSTS[env]}/ebms`, clientDer: der, serverDer: der },
          other: { partyId: LZ, endpoint: 'https://lz.logius.example.nl/ebms', certDer: pki.logius.der },
        });
        writeFileSync(join(cwd, `cpa-${env}.xml`), cpa);
        r = lz(['cpa', 'check', `cpa-${env}.xml`, '--env', env, '--json'], { cwd });
      } else {
        r = lz(['spec', 'ping', '--env', env, '--json'], { cwd });
      }
      assert.equal(r.code, 0, `${s.id}: ${r.stdout}${r.stderr}`);
    }
    const state = json(lz(['step', 'show', s.id, '--json'], { cwd })).step.state;
    if (state === 'done') continue;
    const args = ['step', 'done', s.id, '--json'];
    const current = json(lz(['step', 'show', s.id, '--json'], { cwd })).step.captures as StepJson['captures'];
    for (const c of current) if (c.required && c.value === undefined) args.push('--value', `${c.key}=${c.example}`);
    if (s.id === '4.beheerdocumentatie' || s.id === '4.helpdesk') {
      const kind = s.id === '4.helpdesk' ? 'helpdesk' : 'beheer';
      const early = lz([...args, '--lang', 'en'], { cwd });
      assert.equal(early.code, 2, early.stderr);
      assert.match(early.stderr, new RegExp(`write it with lz-onboard docs ${kind} -o <file>`));
      assert.equal(lz(['docs', kind, '-o', `${kind}.html`], { cwd }).code, 0);
    }
    if (s.id === '3.testrapport') {
      // The report step stands for the report written with lz-onboard: refused before, its SHA-256 recorded after.
      const early = lz([...args, '--lang', 'en'], { cwd });
      assert.equal(early.code, 2, early.stderr);
      assert.match(early.stderr, /step 3\.testrapport stands for the test report of round 1/);
      const rep = lz(['test', 'report', '-o', 'testrapport.html', '--json'], { cwd });
      assert.equal(rep.code, 0, rep.stderr);
      assert.equal(json(rep).report.complete, true);
    }
    if (s.id === '3.ketentest') {
      // The chain test is done when every test of the plan passed: refused before, done after.
      const early = lz([...args, '--lang', 'en'], { cwd });
      assert.equal(early.code, 2, early.stderr);
      assert.match(early.stderr, /step 3\.ketentest is done when every test of the plan has a passing latest run/);
      for (const item of json(lz(['test', 'plan', '--json'], { cwd })).items) {
        const run = ['test', 'record', item.scenario, '--result', 'pass', '--at', '2026-03-02', '--json'];
        if (item.zaaktype) run.push('--zaaktype', item.zaaktype);
        const rec = lz(run, { cwd });
        assert.equal(rec.code, 0, rec.stderr);
      }
    }
    const r = lz(args, { cwd });
    assert.equal(r.code, 0, `${s.id}: ${r.stderr}`);
    const body = json(r);
    assert.equal(body.step.id, s.id);
    assert.equal(body.step.state, 'done');
    assert.deepEqual(body.warnings, [], `${s.id} done in order gives no warnings`);
    completed(body.completedPhases);
  }
  for (const p of json(lz(['status', '--json'], { cwd })).dossiers[0].phases) if (p.complete && p.applicable) seenPhases.add(p.number);
  assert.deepEqual([...seenPhases].sort(), expectedPhases);
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
    assert.equal(d.certificates.preproductie.client.path, 'leaf-preproductie.pem');
    assert.deepEqual(d.certificates.preproductie.client.chain, ['intermediate.pem']);
    assert.ok(d.history.every((h: { by: string }) => h.by === 'tester'));
    assert.equal(existsSync(join(cwd, 'lz-onboard.json.bak')), true);

    // Every step done is not yet "complete": that takes a verify that passes.
    assert.equal(row.complete, false);
    const v = lz(['verify', '--json'], { cwd });
    assert.equal(v.code, 0, v.stdout);
    assert.equal(json(v).summary.errors, 0);
    const prod = json(v).environments.find((e: { env: string }) => e.env === 'productie');
    assert.ok(prod.findings.some((f: { code: string; severity: string }) => f.code === 'verify.artefact.exception' && f.severity === 'warning'));
    assert.equal(json(lz(['status', '--json'], { cwd })).dossiers[0].complete, true);
    assert.match(lz(['status', '--lang', 'en'], { cwd }).stdout, /all phases are complete/);
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
    assert.equal(lz(['verify'], { cwd }).code, 0, 'a supplier verifies preproductie only');
    assert.equal(json(lz(['status', '--json'], { cwd })).dossiers[0].complete, true);

    const refused = lz(['step', 'done', '4.lpr', '--value', 'lprDatum=2026-05-01'], { cwd });
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /does not apply to a leverancier: As an IT supplier you cannot make a production connection/);
    const nl = lz(['step', 'skip', '4.helpdesk', '--reason', 'x', '--lang', 'nl'], { cwd });
    assert.equal(nl.code, 2);
    assert.match(nl.stderr, /Als IT-leverancier kunt u geen productieaansluiting realiseren/);
  });
});
