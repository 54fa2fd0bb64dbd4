// A JSON document given by a script: a file, or "-" for stdin. Capped at 1 MB (read to at most
// 1 MB + 1 byte, so endless stdin costs nothing); a file that is not
// JSON is a usage error naming it, like every other bad input.
import { BoundedReadError, decodeUtf8Strict, LIMITS, readBounded } from '../io/read-bounded.ts';
import { CliError } from '../ui/cli-error.ts';
import type { Context } from '../ui/context.ts';
import { t } from '../ui/messages.ts';

export function readJsonInput(ctx: Context, file: string): unknown {
  const fail = (problem: string) => new CliError('plan.read', { file: file === '-' ? 'stdin' : file, problem });
  let buf: Buffer;
  try {
    buf = readBounded(file, LIMITS.plan);
  } catch (e) {
    if (!(e instanceof BoundedReadError)) throw e;
    if (e.problem === 'too-large') throw fail(t(ctx.lang, 'plan.too-large'));
    if (e.problem === 'not-found') throw fail(t(ctx.lang, 'certfile.not-found'));
    if (e.problem === 'not-regular') throw fail(t(ctx.lang, 'certfile.not-regular'));
    throw fail(e.problem === 'is-directory' ? t(ctx.lang, 'io.EISDIR') : e.detail);
  }
  const text = decodeUtf8Strict(buf);
  if (text === null) throw fail(t(ctx.lang, 'plan.not-utf8'));
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw fail(t(ctx.lang, 'plan.not-json', { detail: (e as Error).message.replace(/\s+/g, ' ') }));
  }
}
