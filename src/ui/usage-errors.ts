// commander refuses bad command lines in English only; turn its errors into our own message ids so
// they come out in the user's language and on one line like every other error. Unknown shapes keep
// commander's own text.
import { CliError } from './cli-error.ts';
import { EXIT } from './exit-codes.ts';

const quoted = (s: string): string[] => [...s.matchAll(/'([^']*)'/g)].map((m) => m[1]!);

/** The message id and parameters for a commander error code and message. */
export function usageError(code: string, message: string, command: string): CliError {
  const text = message.replace(/^error: /, '');
  const q = quoted(text.split('\n')[0]!);
  const help = command ? `lz-onboard ${command} --help` : 'lz-onboard --help';
  const p = (params: Record<string, string>) => ({ help, ...params });
  switch (code) {
    case 'commander.unknownOption': {
      const suggestion = /\(Did you mean (\S+?)\?\)/.exec(text)?.[1];
      return new CliError(
        suggestion ? 'usage.unknown-option.suggest' : 'usage.unknown-option',
        p({ flag: q[0] ?? '', suggestion: suggestion ?? '' }),
        EXIT.usage,
      );
    }
    case 'commander.unknownCommand':
      return new CliError('usage.unknown-subcommand', p({ name: q[0] ?? '' }), EXIT.usage);
    case 'commander.missingArgument':
      return new CliError('usage.missing-argument', p({ name: q[0] ?? '' }), EXIT.usage);
    case 'commander.optionMissingArgument':
      return new CliError('usage.option-needs-value', p({ flag: (q[0] ?? '').split(' ')[0]! }), EXIT.usage);
    case 'commander.missingMandatoryOptionValue':
      return new CliError('flag.required', { flag: (q[0] ?? '').split(' ')[0]! }, EXIT.usage);
    case 'commander.excessArguments': {
      const m = /Expected (\d+) arguments? but got (\d+)/.exec(text);
      return new CliError('usage.too-many-arguments', p({ expected: m?.[1] ?? '?', got: m?.[2] ?? '?' }), EXIT.usage);
    }
    case 'commander.invalidArgument': {
      const choices = /Allowed choices are (.*)\.$/.exec(text)?.[1];
      // "option '--kind <kind>' argument 'x' is invalid" vs "command-argument value 'x' is invalid for argument 'shell'"
      const positional = text.startsWith('command-argument');
      const [flag, value] = positional ? [`<${q[1] ?? ''}>`, q[0] ?? ''] : [(q[0] ?? '').split(' ')[0]!, q[1] ?? ''];
      if (choices) return new CliError('usage.invalid-choice', p({ flag, value, choices }), EXIT.usage);
      break;
    }
  }
  return new CliError('usage.other', p({ text: text.replace(/\n/g, ' ') }), EXIT.usage);
}
