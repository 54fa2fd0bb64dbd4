// lz-onboard verify: parse, run the use case (app/verify-dossier), report.
import { verifyDossier } from '../app/verify-dossier.ts';
import type { VerifyOptions } from '../app/verify-environment.ts';
import type { Context } from '../ui/context.ts';
import { EXIT } from '../ui/exit-codes.ts';
import { reportVerify } from '../ui/render-verify.ts';

export async function runVerify(ctx: Context, o: VerifyOptions): Promise<number> {
  const v = await verifyDossier(ctx, o);
  reportVerify(ctx, v);
  return v.failed ? EXIT.findings : EXIT.ok;
}
