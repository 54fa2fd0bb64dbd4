// lz-onboard spec consumer|ping: parse, run the use case (app/generate-*), report.
import { consumerSpecInputs, generateConsumerSpec, type SpecConsumerOptions } from '../app/generate-consumer-spec.ts';
import type { Ask } from '../app/generate-document.ts';
import { generatePing, pingInputs, type SpecPingOptions } from '../app/generate-ping.ts';
import { parseEnvFlag } from '../app/artefact-files.ts';
import { CliError, missingFlag } from '../ui/cli-error.ts';
import type { Context } from '../ui/context.ts';
import { EXIT } from '../ui/exit-codes.ts';
import { t, dyn } from '../ui/messages.ts';
import { askInput } from '../ui/prompts.ts';
import { reportDocument } from '../ui/render-document.ts';

/** Asks on a terminal; without one a missing value is a usage error naming its flag. */
export function askOrRefuse(ctx: Context): Ask {
  return async (flag, question) => {
    if (!ctx.interactive) throw missingFlag(flag);
    return (await askInput({ message: t(ctx.lang, dyn(question)), required: true })).trim();
  };
}

export async function runSpecConsumer(ctx: Context, o: SpecConsumerOptions): Promise<number> {
  parseEnvFlag(o.env);
  if (ctx.json && o.output === '-') throw new CliError('spec.json-stdout');
  const outcome = await generateConsumerSpec(ctx, await consumerSpecInputs(ctx, o, askOrRefuse(ctx)), o);
  reportDocument(ctx, outcome);
  return outcome.kind === 'refused' ? EXIT.findings : EXIT.ok;
}

export async function runSpecPing(ctx: Context, o: SpecPingOptions): Promise<number> {
  parseEnvFlag(o.env);
  if (ctx.json && o.output === '-') throw new CliError('spec.json-stdout');
  const outcome = await generatePing(ctx, await pingInputs(ctx, o, askOrRefuse(ctx)), o);
  reportDocument(ctx, outcome);
  return outcome.kind === 'refused' ? EXIT.findings : EXIT.ok;
}
