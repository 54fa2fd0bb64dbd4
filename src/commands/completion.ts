// lz-onboard completion bash|zsh|fish: a completion script made from the command tree.
import type { Command, Option } from 'commander';
import { allSteps } from '../domain/checklist.ts';
import { checklist } from '../checklist-data.ts';
import { bashCompletion, fishCompletion, zshCompletion, type CompletionOption, type CompletionSpec } from '../ui/completion.ts';
import { CliError } from '../ui/cli-error.ts';
import type { Context } from '../ui/context.ts';
import { EXIT } from '../ui/exit-codes.ts';

const STEP_COMMANDS = new Set(['step show', 'step done', 'step skip', 'step reopen']);

function option(o: Option): CompletionOption {
  return { flags: [o.short, o.long].filter((f): f is string => Boolean(f)), takesValue: o.required || o.optional, choices: o.argChoices ?? [] };
}

export function completionSpec(program: Command): CompletionSpec {
  const commands: CompletionSpec['commands'] = [];
  const walk = (c: Command, path: string[]) => {
    commands.push({
      path,
      options: c.options.map(option),
      subcommands: c.commands.map((s) => s.name()),
      stepArgument: STEP_COMMANDS.has(path.join(' ')),
      argumentChoices: c.registeredArguments[0]?.argChoices ?? [],
    });
    for (const s of c.commands) walk(s, [...path, s.name()]);
  };
  for (const c of program.commands) walk(c, [c.name()]);
  return { commands, global: program.options.map(option), stepIds: allSteps(checklist).map((s) => s.step.id) };
}

export function runCompletion(ctx: Context, shell: string | undefined, program: Command): number {
  const spec = completionSpec(program);
  const make = { bash: bashCompletion, zsh: zshCompletion, fish: fishCompletion }[shell as 'bash' | 'zsh' | 'fish'];
  if (!make) throw new CliError('flag.invalid', { flag: '<shell>', reason: 'value.choice', options: 'bash, zsh, fish' });
  ctx.stdout.document(make(spec));
  return EXIT.ok;
}
