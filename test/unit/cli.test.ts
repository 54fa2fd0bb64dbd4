import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Help } from 'commander';
import { buildProgram, commandName } from '../../src/cli.ts';
import { COMMAND_TERMS, COMMANDS } from '../../src/cli/command-names.ts';

describe('command line', () => {
  it('finds the command after global options', () => {
    assert.equal(commandName(['status']), 'status');
    assert.equal(commandName(['--dossier', 'x.json', '--lang', 'en', 'cert', 'check']), 'cert');
    assert.equal(commandName(['-d', 'status', 'step']), 'step');
    assert.equal(commandName(['--json', '--no-input']), undefined);
    assert.equal(commandName([]), undefined);
  });
  it('configures only the command being run, and everything for the root help', () => {
    const only = buildProgram('en', 'status');
    const names = only.commands.map((c) => c.name());
    assert.deepEqual(names, [
      'init',
      'wizard',
      'status',
      'step',
      'apply',
      'history',
      'due',
      'renew',
      'test',
      'docs',
      'intermediary',
      'oin',
      'cert',
      'spec',
      'cpa',
      'verify',
      'completion',
    ]);
    assert.equal(only.commands.find((c) => c.name() === 'cert')!.commands.length, 0, 'cert not configured');
    const all = buildProgram('en');
    assert.deepEqual(
      all.commands.find((c) => c.name() === 'cert')!.commands.map((c) => c.name()),
      ['inspect', 'check', 'checks', 'add'],
    );
    assert.ok(all.commands.find((c) => c.name() === 'init')!.options.length > 5);
    assert.equal(
      buildProgram('en', 'nonsense').commands.find((c) => c.name() === 'spec')!.commands.length,
      2,
      'unknown command: all configured for suggestions',
    );
  });
  it("the root's --help configures no command, and names each as the configured one would", () => {
    const root = buildProgram('en', undefined, true);
    assert.ok(root.commands.every((c) => c.options.length === 0 && c.commands.length === 0));
    const help = new Help();
    const configured = buildProgram('en');
    for (const c of configured.commands) assert.equal(COMMAND_TERMS[c.name()], help.subcommandTerm(c), c.name());
    assert.deepEqual(Object.keys(COMMAND_TERMS), COMMANDS);
  });
});

describe('usage errors', () => {
  it("turn commander's messages into ours, keeping unknown shapes readable", async () => {
    const { usageError } = await import('../../src/ui/usage-errors.ts');
    const e1 = usageError('commander.unknownOption', "error: unknown option '--jsn'\n(Did you mean --json?)", 'status');
    assert.deepEqual(
      [e1.code, e1.params['flag'], e1.params['suggestion'], e1.params['help']],
      ['usage.unknown-option.suggest', '--jsn', '--json', 'lz-onboard status --help'],
    );
    const e2 = usageError(
      'commander.invalidArgument',
      "error: option '--env <env>' argument 'x' is invalid. Allowed choices are preproductie, productie.",
      'cert check',
    );
    assert.deepEqual([e2.code, e2.params['flag'], e2.params['value'], e2.params['choices']], ['usage.invalid-choice', '--env', 'x', 'preproductie, productie']);
    const e3 = usageError('commander.conflictingOption', "error: option '-a' cannot be used with option '-b'", '');
    assert.deepEqual(
      [e3.code, e3.params['text'], e3.params['help'], e3.exitCode],
      ['usage.other', "option '-a' cannot be used with option '-b'", 'lz-onboard --help', 2],
    );
  });
});
