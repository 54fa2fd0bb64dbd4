// Command lines as users type them, one line per case: the exit code and the one-line error. The
// shared options give the same answer in every command (they are parsed in one place).
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { initOverheid, lz, tempDir } from '../helpers/cli.ts';

let cwd: string;
before(() => {
  cwd = tempDir();
  assert.equal(initOverheid(cwd).code, 0);
});

const table: [string, number, RegExp][] = [
  ['cpa check cpa.xml --env preproductie --expires-in abc', 2, /^lz-onboard: --expires-in: expects a number of days \(0 or more\)$/],
  ['cert check leaf.pem --expires-in abc', 2, /^lz-onboard: --expires-in: expects a number of days/],
  ['verify --expires-in abc', 2, /^lz-onboard: --expires-in: expects a number of days/],
  ['cpa check cpa.xml --env preproductie --endpoint notaurl', 2, /^lz-onboard: --endpoint: not a valid URL$/],
  ['cert check leaf.pem --endpoint notaurl', 2, /^lz-onboard: --endpoint: not a valid URL$/],
  ['cpa check cpa.xml --env preproductie --at gisteren', 2, /^lz-onboard: --at: expects a date \(YYYY-MM-DD\)/],
  ['cert check leaf.pem --at gisteren', 2, /^lz-onboard: --at: expects a date/],
  ['cpa check cpa.xml --env acceptatie', 2, /--env/],
  ['cert check leaf.pem --env acceptatie', 2, /--env/],
  ['spec ping --env acceptatie', 2, /--env/],
  ['verify --env acceptatie', 2, /--env/],
  ['cert check leaf.pem --role admin', 2, /--role/],
  ['cert check leaf.pem --severity info', 2, /--severity/],
  ['cpa check cpa.xml', 2, /--env is required/],
  ['cert add - --env preproductie --role client --lang nl', 2, /^lz-onboard: -: cert add legt een bestandspad vast; geef een bestand, geen stdin$/],
  ['status --phase 7', 2, /--phase/],
  ['history --last x', 2, /--last/],
  ['step done 9.nothing', 2, /9\.nothing/],
  ['intermediary --oin 123 --name X', 2, /--oin: an OIN\/HRN has 20 positions/],
  ['intermediary --clear --oin 00000001822477348000', 2, /--clear does not go with --oin or --name/],
  ['frobnicate', 2, /unknown command "frobnicate"/],
];

describe('argument table: the real CLI', () => {
  for (const [line, code, stderr] of table) {
    it(line, () => {
      const r = lz(
        [...line.split(' '), '--lang', line.includes('--lang') ? 'nl' : 'en'].filter((a, i, all) => !(a === '--lang' && all.indexOf('--lang') !== i)),
        { cwd },
      );
      assert.equal(r.code, code, r.stderr);
      assert.match(r.stderr.trim(), stderr);
      assert.equal(r.stderr.trim().split('\n').length, 1, 'one line');
    });
  }
});

describe('--quiet and --verbose', () => {
  it('--quiet leaves out confirmations but keeps warnings and results; --verbose adds the stack trace to an error', () => {
    const d = tempDir();
    assert.equal(initOverheid(d).code, 0);
    const loud = lz(['step', 'done', '1.verbinding'], { cwd: d });
    assert.match(loud.stderr, /done/);
    const quiet = lz(['step', 'done', '1.verbinding', '--quiet'], { cwd: d });
    assert.equal(quiet.code, 0);
    assert.equal(quiet.stderr, '');
    const ahead = lz(['step', 'done', '3.systemen-gereed', '-q'], { cwd: d });
    assert.match(ahead.stderr, /^! /m, 'warnings stay');
    const plain = lz(['history', '--dossier', 'missing.json'], { cwd: d });
    assert.equal(plain.stderr.trim().split('\n').length, 1);
    const verbose = lz(['history', '--dossier', 'missing.json', '--verbose'], { cwd: d });
    assert.equal(verbose.code, 3);
    assert.match(verbose.stderr, /^lz-onboard: no dossier found[\s\S]*\n\s+at /);
  });
});
