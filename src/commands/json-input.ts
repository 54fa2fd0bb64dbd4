// A JSON document given by a script: a file, or "-" for stdin. Capped at 1 MB; a file that is not
// JSON is a usage error naming it, like every other bad input.
import { readFileSync, statSync } from 'node:fs';
import { CliError } from '../ui/cli-error.ts';
import type { Context } from '../ui/context.ts';
import { t } from '../ui/messages.ts';

const MAX = 1024 * 1024;

export function readJsonInput(ctx: Context, file: string): unknown {
  const fail = (problem: string) => new CliError('plan.read', { file: file === '-' ? 'stdin' : file, problem });
  let text: string;
  try {
    if (file !== '-' && statSync(file).size > MAX) throw fail(t(ctx.lang, 'plan.too-large'));
    text = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (e) {
    if (e instanceof CliError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw fail(code === 'ENOENT' ? t(ctx.lang, 'certfile.not-found') : String(code ?? (e as Error).message));
  }
  if (text.length > MAX) throw fail(t(ctx.lang, 'plan.too-large'));
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw fail(t(ctx.lang, 'plan.not-json', { detail: (e as Error).message.replace(/\s+/g, ' ') }));
  }
}
