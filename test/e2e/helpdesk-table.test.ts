// The help-desk overview of a whole portfolio fits the terminal: at 80 and at 120 columns no row
// wraps, long names are truncated (never wrapped), and every dossier has its own line.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { initOverheid, lz, tempDir } from '../helpers/cli.ts';
import { testPki } from '../helpers/pki.ts';

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
      assert.equal(r.stderr, '', 'a long run tunes V8 without a word on stderr');
      const lines = r.stdout.trimEnd().split('\n');
      for (const l of lines) assert.ok([...l].length <= columns, `${[...l].length} > ${columns}: ${l}`);
      assert.equal(lines.filter((l) => /^klant-/.test(l)).length, 300, 'one line per dossier');
      assert.ok(/Gemeenschap[^\n]*[^ ]…/.test(r.stdout), 'long names are truncated with an ellipsis');
      if (columns === 120) assert.match(lines[0]!, /OIN\/HRN/);
    });
  }
  it('one dossier at 50 columns: the bars shrink and the environment line wraps, nothing wider', () => {
    const cwd = tempDir();
    assert.equal(initOverheid(cwd).code, 0);
    const p = testPki(cwd);
    p.write('leaf.pem', p.leaf().pem);
    assert.equal(lz(['cert', 'add', 'leaf.pem', 'intermediate.pem', '--roots', 'root.pem', '--env', 'preproductie', '--role', 'client'], { cwd }).code, 0);
    const narrow = lz(['status'], { cwd, env: { COLUMNS: '50' } });
    assert.equal(narrow.code, 0, narrow.stderr);
    const lines = narrow.stdout
      .trimEnd()
      .split('\n')
      .filter((l) => !/^Gemeente|\.json$/.test(l));
    for (const l of lines) assert.ok([...l].length <= 50, `${[...l].length} > 50: ${l}`);
    assert.match(narrow.stdout, /1\. [^\n]+ [█░]{5,7} \d+\/4\n/);
    assert.match(narrow.stdout, /\npreproductie +✔ client .*\n {14} /, 'the items continue on an indented line');
    const wide = lz(['status'], { cwd, env: { COLUMNS: '120' } });
    assert.match(wide.stdout, /[█░]{20} /);
    assert.match(wide.stdout, /preproductie +✔ client +– server +– consumerspecificatie +– cpa +– ping\n/);
  });
});
