// lz-onboard cpa check <cpa.xml> --env: parse, run the use case (app/record-cpa), report.
import type { CpaCheckOptions } from '../app/check-cpa.ts';
import { checkCpa } from '../app/record-cpa.ts';
import type { Context } from '../ui/context.ts';
import { EXIT } from '../ui/exit-codes.ts';
import { reportCpa } from '../ui/render-cpa.ts';

export async function runCpaCheck(ctx: Context, file: string, o: CpaCheckOptions): Promise<number> {
  const r = await checkCpa(ctx, file, o);
  reportCpa(ctx, r);
  return r.errors ? EXIT.findings : EXIT.ok;
}
