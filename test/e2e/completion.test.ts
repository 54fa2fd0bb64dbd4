// Tab completion as a shell sees it: the bash function is run with COMP_WORDS set, fish's own
// `complete -C` asks the fish script, zsh checks the script's syntax (it runs the bash function
// through bashcompinit). Made from the command tree, so new commands and options complete too.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { lz, tempDir } from '../helpers/cli.ts';

const has = (shell: string) => spawnSync(shell, ['-c', 'exit 0'], { stdio: 'ignore' }).status === 0;
let dir: string;
const script = (shell: string) => {
  const r = lz(['completion', shell], { cwd: dir });
  assert.equal(r.code, 0, r.stderr);
  const file = join(dir, `lz.${shell}`);
  writeFileSync(file, r.stdout);
  return file;
};
before(() => {
  dir = tempDir();
});

describe('shell completion', () => {
  it('bash: commands, subcommands, options, choices and step ids', () => {
    const file = script('bash');
    const complete = (...words: string[]) =>
      execFileSync(
        'bash',
        [
          '-c',
          `source ${file}; COMP_WORDS=("$@"); COMP_CWORD=$((\${#COMP_WORDS[@]} - 1)); _lz_onboard; echo "\${COMPREPLY[*]}"`,
          'bash',
          'lz-onboard',
          ...words,
        ],
        { encoding: 'utf8' },
      ).trim();
    assert.equal(complete('st'), 'status step');
    assert.equal(complete('step', 'd'), 'done');
    assert.equal(complete('step', 'done', '1.v'), '1.verbinding');
    assert.equal(complete('step', 'done', '--note', 'x', '2.c'), '2.consumerspecificatie 2.cpa');
    assert.equal(complete('cert', 'check', '--env', ''), 'preproductie productie');
    assert.equal(complete('status', '--pha'), '--phase');
    assert.equal(complete('--la'), '--lang');
    assert.equal(complete('completion', ''), 'bash zsh fish');
  });
  it('fish: the same answers from fish itself', { skip: has('fish') ? false : 'fish is not installed' }, () => {
    const file = script('fish');
    execFileSync('fish', ['--no-execute', file]);
    const complete = (line: string) =>
      execFileSync('fish', ['-c', `source ${file}; complete -C ${JSON.stringify(line)}`], { encoding: 'utf8' })
        .trim()
        .split('\n')
        .map((l) => l.split('\t')[0]);
    assert.deepEqual(complete('lz-onboard step done 1.v'), ['1.verbinding']);
    assert.deepEqual(complete('lz-onboard cert check --env '), ['preproductie', 'productie']);
    assert.ok(complete('lz-onboard ').includes('status'));
  });
  it('zsh: a valid script', { skip: has('zsh') ? false : 'zsh is not installed' }, () => {
    execFileSync('zsh', ['-n', script('zsh')]);
  });
  it('an unknown shell is a usage error', () => {
    const r = lz(['completion', 'powershell', '--lang', 'en'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^lz-onboard: <shell>: "powershell" is not a valid choice \(choose from bash, zsh, fish\)$/m);
  });
});
