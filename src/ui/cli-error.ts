// An error meant for the user: a message id with parameters and the exit code it leads to.
import { EXIT } from './exit-codes.ts';

export class CliError extends Error {
  constructor(
    readonly code: string,
    readonly params: Record<string, string> = {},
    readonly exitCode: number = EXIT.usage,
  ) {
    super(code);
    this.name = 'CliError';
  }
}

export const missingFlag = (flag: string) => new CliError('flag.required', { flag });

/** Every flag a non-interactive run still lacks, named at once so a script is fixed in one go. */
export function requireFlags(missing: (string | false | null | undefined)[]): void {
  const flags = missing.filter((f): f is string => typeof f === 'string');
  if (flags.length === 1) throw missingFlag(flags[0]!);
  if (flags.length > 1) throw new CliError('flags.required', { flags: flags.join(', ') });
}
