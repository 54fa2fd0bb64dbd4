import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildProgram, commandName } from '../../src/cli.ts';

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
    assert.deepEqual(names, ['init', 'wizard', 'status', 'step', 'oin', 'cert', 'spec', 'cpa', 'verify']);
    assert.equal(only.commands.find((c) => c.name() === 'cert')!.commands.length, 0, 'cert not configured');
    const all = buildProgram('en');
    assert.deepEqual(all.commands.find((c) => c.name() === 'cert')!.commands.map((c) => c.name()), ['inspect', 'check', 'checks', 'add']);
    assert.ok(all.commands.find((c) => c.name() === 'init')!.options.length > 5);
    assert.equal(buildProgram('en', 'nonsense').commands.find((c) => c.name() === 'spec')!.commands.length, 2, 'unknown command: all configured for suggestions');
  });
});
