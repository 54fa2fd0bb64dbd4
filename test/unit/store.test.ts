import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { checklist } from '../../src/checklist-data.ts';
import { createDossier } from '../../src/domain/actions.ts';
import { DossierError } from '../../src/dossier/errors.ts';
import { withLock } from '../../src/dossier/lock.ts';
import { migrate } from '../../src/dossier/migrate.ts';
import { validateDossier } from '../../src/dossier/validate.ts';
import { createDossierFile, loadDossier, saveDossier, serialise, updateDossier } from '../../src/dossier/store.ts';
import { tempDir } from '../helpers/cli.ts';

const actor = { by: 't', at: '2026-01-01T00:00:00.000Z' };
const fresh = () => createDossier(checklist, { kind: 'overheid', name: 'G', oin: '00000001002220647000' }, actor);
const dossierCode = (code: string) => (e: unknown) => e instanceof DossierError && e.code === code;

describe('dossier store', () => {
  it('round-trips and keeps the previous version as .bak', () => {
    const dir = tempDir();
    const file = join(dir, 'lz-onboard.json');
    saveDossier(file, fresh());
    const first = readFileSync(file, 'utf8');
    const loaded = loadDossier(file, checklist);
    assert.equal(loaded.dossier.organisation.name, 'G');
    const d2 = { ...loaded.dossier, organisation: { ...loaded.dossier.organisation, name: 'H' } };
    saveDossier(file, d2, { previousText: loaded.text });
    assert.equal(readFileSync(`${file}.bak`, 'utf8'), first);
    assert.equal(loadDossier(file, checklist).dossier.organisation.name, 'H');
    assert.deepEqual(readdirSync(dir).sort(), ['lz-onboard.json', 'lz-onboard.json.bak'], 'no temporary files left');
  });

  it('writes stable, pretty JSON with the steps in checklist order', () => {
    const text = serialise(fresh());
    assert.ok(text.startsWith('{\n  "schemaVersion": 2,'));
    assert.ok(text.endsWith('}\n'));
  });

  const broken: [string, string, string][] = [
    ['not JSON', '{"schemaVersion": 1,', 'dossier.not-json'],
    ['an array', '[]', 'dossier.invalid'],
    ['a wrong kind', JSON.stringify({ ...fresh(), organisation: { kind: 'bedrijf', name: 'x' } }), 'dossier.invalid'],
    ['an invalid OIN', JSON.stringify({ ...fresh(), organisation: { kind: 'overheid', name: 'x', oin: '123' } }), 'dossier.invalid'],
    ['an unknown step', JSON.stringify({ ...fresh(), steps: { '9.x': { state: 'open' } } }), 'dossier.invalid'],
    ['a skip without reason', JSON.stringify({ ...fresh(), steps: { '1.verbinding': { state: 'skipped' } } }), 'dossier.invalid'],
    [
      'a verification of an unknown environment',
      JSON.stringify({ ...fresh(), verification: { acceptatie: { at: 'x', errors: 0, warnings: 0, infos: 0, codes: [] } } }),
      'dossier.invalid',
    ],
    [
      'a verification without counts',
      JSON.stringify({ ...fresh(), verification: { productie: { at: '2026-01-01T00:00:00Z', errors: 'geen' } } }),
      'dossier.invalid',
    ],
    ['a newer schema', JSON.stringify({ ...fresh(), schemaVersion: 99 }), 'dossier.newer'],
    ['no schema version', JSON.stringify({ ...fresh(), schemaVersion: undefined }), 'dossier.unknown-version'],
  ];
  for (const [what, text, code] of broken) {
    it(`refuses ${what} and leaves the file untouched`, async () => {
      const dir = tempDir();
      const file = join(dir, 'lz-onboard.json');
      writeFileSync(file, text);
      assert.throws(() => loadDossier(file, checklist), dossierCode(code));
      await assert.rejects(
        updateDossier(file, checklist, (l) => ({ dossier: l.dossier, result: 1 })),
        dossierCode(code),
      );
      assert.equal(readFileSync(file, 'utf8'), text);
      assert.equal(existsSync(`${file}.lock`), false, 'lock released');
    });
  }

  it('names the backup when the file is damaged', () => {
    const dir = tempDir();
    const file = join(dir, 'lz-onboard.json');
    writeFileSync(file, '{oops');
    writeFileSync(`${file}.bak`, serialise(fresh()));
    assert.throws(
      () => loadDossier(file, checklist),
      (e: unknown) => e instanceof DossierError && e.params['backup'] === `${file}.bak`,
    );
  });

  it('createDossierFile refuses to overwrite without force, and keeps the old one with force', async () => {
    const dir = tempDir();
    const file = join(dir, 'lz-onboard.json');
    await createDossierFile(file, fresh(), false);
    const before = readFileSync(file, 'utf8');
    await assert.rejects(createDossierFile(file, fresh(), false), dossierCode('dossier.exists'));
    await createDossierFile(file, { ...fresh(), organisation: { kind: 'overheid', name: 'Nieuw', oin: '00000001002220647000' } }, true);
    assert.equal(readFileSync(`${file}.bak`, 'utf8'), before);
  });
});

describe('validation of step records', () => {
  const problems = (steps: Record<string, unknown>) => {
    const d = JSON.parse(JSON.stringify(fresh()));
    Object.assign(d.steps, steps);
    return validateDossier(d, checklist);
  };
  it('each field of a record is checked: strings, values, the state and a reason for a skip; other fields are kept', () => {
    assert.deepEqual(problems({}), []);
    assert.deepEqual(problems({ '1.verbinding': { state: 'done', at: 'x', by: 'y', note: 'n', exception: 'e', extra: { any: 1 } } }), []);
    assert.deepEqual(problems({ '1.verbinding': { state: 'done', at: 5 } }), ['steps."1.verbinding".at must be a string']);
    assert.deepEqual(problems({ '1.verbinding': { state: 'done', by: null, note: [] } }), [
      'steps."1.verbinding".by must be a string',
      'steps."1.verbinding".note must be a string',
    ]);
    assert.deepEqual(problems({ '1.verbinding': { state: 'open', values: { a: ['x', 1] } } }), [
      'steps."1.verbinding".values must map names to strings or lists of strings',
    ]);
    assert.deepEqual(problems({ '1.verbinding': { state: 'skipped', reason: ' ' } }), ['steps."1.verbinding" is skipped without a reason']);
    assert.deepEqual(problems({ '1.verbinding': { state: 'later' } }), ['steps."1.verbinding".state must be open, done, skipped or n/a']);
    assert.deepEqual(problems({ '9.nope': { state: 'open' } }), ['steps."9.nope" is not a step of the checklist']);
  });
});

describe('migrations', () => {
  const toV3 = { 1: (d: Record<string, unknown>) => ({ ...d, added: true }), 2: (d: Record<string, unknown>) => ({ ...d, renamed: d['added'] }) };
  it('applies ordered migrations up to the target version', () => {
    const r = migrate({ schemaVersion: 1, x: 1 }, toV3, 3);
    assert.equal(r.kind, 'migrated');
    if (r.kind === 'migrated') {
      assert.equal(r.from, 1);
      assert.deepEqual(r.data, { schemaVersion: 3, x: 1, added: true, renamed: true });
    }
  });
  it('refuses newer versions and versions without a migration path', () => {
    assert.deepEqual(migrate({ schemaVersion: 4 }, toV3, 3), { kind: 'newer', version: 4 });
    assert.equal(migrate({ schemaVersion: 0 }, toV3, 3).kind, 'unknown');
    assert.equal(migrate({ schemaVersion: '1' }, toV3, 3).kind, 'unknown');
    assert.equal(migrate({ schemaVersion: 3 }, toV3, 3).kind, 'current');
  });
});

describe('lock', () => {
  it('serialises concurrent updates in one process', async () => {
    const dir = tempDir();
    const file = join(dir, 'counter');
    writeFileSync(file, '0');
    await Promise.all(
      Array.from({ length: 25 }, () =>
        withLock(file, async () => {
          const n = Number(readFileSync(file, 'utf8'));
          await new Promise((r) => setTimeout(r, 1));
          writeFileSync(file, String(n + 1));
        }),
      ),
    );
    assert.equal(readFileSync(file, 'utf8'), '25');
  });
  it('takes over a lock left by a dead process and says so', async () => {
    const dir = tempDir();
    const file = join(dir, 'x');
    const { hostname } = await import('node:os');
    writeFileSync(`${file}.lock`, JSON.stringify({ pid: 2 ** 22 + 12345, host: hostname(), at: 'then' }));
    let stale = 0;
    const r = await withLock(file, () => 'ok', { onStale: () => stale++ });
    assert.equal(r, 'ok');
    assert.equal(stale, 1);
    assert.equal(existsSync(`${file}.lock`), false);
  });
  it('gives up on a live lock after the timeout', async () => {
    const dir = tempDir();
    const file = join(dir, 'x');
    const { hostname } = await import('node:os');
    writeFileSync(`${file}.lock`, JSON.stringify({ pid: process.pid, host: hostname(), at: 'now' }));
    await assert.rejects(
      withLock(file, () => 1, { timeoutMs: 200 }),
      dossierCode('dossier.locked'),
    );
  });
});

describe('migration of a schema-1 dossier', () => {
  it('adds the certificates section on load and keeps the original as .v1.bak on save', async () => {
    const dir = tempDir();
    const file = join(dir, 'lz-onboard.json');
    const v2 = fresh() as unknown as Record<string, unknown>;
    const { certificates: _c, artefacts: _a, ...rest } = v2;
    const v1Text = `${JSON.stringify({ ...rest, schemaVersion: 1 }, null, 2)}\n`;
    writeFileSync(file, v1Text);
    const loaded = loadDossier(file, checklist);
    assert.equal(loaded.migratedFrom, 1);
    assert.deepEqual(loaded.dossier.certificates, { preproductie: {}, productie: {} });
    assert.equal(readFileSync(file, 'utf8'), v1Text, 'reading alone does not rewrite the file');
    await updateDossier(file, checklist, (l) => ({ dossier: l.dossier, result: null }));
    assert.equal(readFileSync(`${file}.v1.bak`, 'utf8'), v1Text);
    assert.equal(JSON.parse(readFileSync(file, 'utf8')).schemaVersion, 2);
  });
});
