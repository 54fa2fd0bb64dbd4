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
