// Running a command: its context from the global options, the prompt language, colours; and the
// small helpers every command definition uses.
import type { Command } from 'commander';
import { makeContext, type Context, type GlobalOptions } from '../ui/context.ts';
import { CliError } from '../ui/cli-error.ts';
import { EXIT } from '../ui/exit-codes.ts';
import { prepareColours } from '../ui/output.ts';
import { setPromptLanguage } from '../ui/prompts.ts';
import { hintRewrite, rewriting } from '../ui/invocation.ts';
import { COMMANDS } from './command-names.ts';

/** commander's accumulator for repeatable options. */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

let examplesHeading = 'Examples';

export function setExamplesHeading(h: string): void {
  examplesHeading = h;
}

export function examples(lines: string[]): string {
  return `\n${examplesHeading}:\n${lines.map((l) => `  $ ${l}`).join('\n')}`;
}

export type Run = (ctx: Context) => Promise<number> | number;

function globals(cmd: Command): GlobalOptions {
  return cmd.optsWithGlobals() as GlobalOptions;
}

function workingDirectory(): string {
  try {
    return process.cwd();
  } catch {
    // The folder was removed under the shell (uv_cwd ENOENT): nothing relative can be resolved.
    throw new CliError('cwd.missing', {}, EXIT.usage);
  }
}

export async function execute(cmd: Command, run: Run): Promise<void> {
  const ctx = makeContext(globals(cmd), process.env, workingDirectory());
  const rewrite = hintRewrite(process.env, [...COMMANDS, 'help']);
  if (rewrite) {
    ctx.stderr = rewriting(ctx.stderr, rewrite);
    if (!ctx.json) ctx.stdout = rewriting(ctx.stdout, rewrite);
  }
  setPromptLanguage(ctx.lang);
  await prepareColours(ctx);
  process.exitCode = await run(ctx);
}
