// The help-desk overview of a whole portfolio fits the terminal: at 80 and at 120 columns no row
// wraps, long names are truncated (never wrapped), and every dossier has its own line.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { initOverheid, lz, tempDir } from '../helpers/cli.ts';

let root: string;
before(() => {
  const seed = tempDir();
  assert.equal(initOverheid(seed).code, 0);
  const template = readFileSync(join(seed, 'lz-onboard.json'), 'utf8');
  root = tempDir();
  for (let i = 0; i < 300; i++) {
    const d = join(root, `klant-${String(i).padStart(3, '0')}-${'gemeente-met-een-lange-mapnaam'.slice(0, i % 30)}`);
    mkdirSync(d);
    const name = i % 7 === 0 ? `Gemeenschappelijke Regeling Samenwerkende Gemeenten Noord-Oost ${i}` : `Gemeente ${i}`;
    writeFileSync(join(d, 'lz-onboard.json'), template.replace('Gemeente Voorbeeld', name));
  }
});

describe('help-desk table', () => {
  for (const columns of [80, 120]) {
    it(`300 dossiers at ${columns} columns: no row wider than the terminal, one line per dossier`, () => {
      const r = lz(['status', '.'], { cwd: root, env: { COLUMNS: String(columns) } });
      assert.equal(r.code, 0, r.stderr);
      const lines = r.stdout.trimEnd().split('\n');
      for (const l of lines) assert.ok([...l].length <= columns, `${[...l].length} > ${columns}: ${l}`);
      assert.equal(lines.filter((l) => /^klant-/.test(l)).length, 300, 'one line per dossier');
      assert.ok(/Gemeenschap[a-z]*…/.test(r.stdout), 'long names are truncated with an ellipsis');
      if (columns === 120) assert.match(lines[0]!, /OIN\/HRN/);
    });
  }
});
