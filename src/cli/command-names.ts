// The top-level command names: for the unknown-command message and for hints that name a command.
export const COMMANDS = ['init', 'wizard', 'status', 'step', 'apply', 'history', 'intermediary', 'oin', 'cert', 'spec', 'cpa', 'verify', 'completion'];
