// The top-level command names: for the unknown-command message and for hints that name a command.
export const COMMANDS = [
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
];

/**
 * How the root help names each command (commander's "subcommand term"). The root's --help and
 * --version only describe the commands, without configuring them (that is most of their start-up
 * time), so the terms are written here; a test checks them against the configured commands.
 */
export const COMMAND_TERMS: Record<string, string> = {
  init: 'init [options]',
  wizard: 'wizard [options]',
  status: 'status [options] [paths...]',
  step: 'step',
  apply: 'apply [options] <plan>',
  history: 'history [options] [paths...]',
  due: 'due [options] [paths...]',
  renew: 'renew [options] [file...]',
  test: 'test',
  docs: 'docs',
  intermediary: 'intermediary [options]',
  oin: 'oin',
  cert: 'cert',
  spec: 'spec',
  cpa: 'cpa',
  verify: 'verify [options]',
  completion: 'completion <shell>',
};
