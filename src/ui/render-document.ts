// How a generated document is reported, for --json and for people: the same for both documents.
import type { DocumentOutcome } from '../app/generate-document.ts';
import { sha256 } from '../app/artefact-files.ts';
import type { Context } from './context.ts';
import { info, success, warn, writeJson } from './output.ts';
import { counts, findingsJson, renderFindings } from './render-findings.ts';

export function reportDocument(ctx: Context, w: DocumentOutcome): void {
  if (w.kind === 'refused') {
    if (ctx.json) writeJson(ctx, { env: w.env, written: false, output: null, findings: findingsJson(ctx, w.findings), summary: counts(w.findings) });
    else {
      if (w.findings.length) ctx.stderr.write(`${renderFindings(ctx, w.findings)}\n`);
      warn(ctx, 'spec.not-written');
    }
    return;
  }
  if (ctx.json) {
    writeJson(ctx, {
      env: w.env,
      written: !w.unchanged,
      ...(w.unchanged ? { unchanged: true } : {}),
      ...(w.previous ? { previous: w.previous } : {}),
      output: w.written ?? '-',
      sha256: sha256(w.xml),
      findings: findingsJson(ctx, w.findings),
      summary: counts(w.findings),
      ...(w.stepOpen ? { stepOpen: w.stepOpen.reason } : {}),
    });
    return;
  }
  if (w.findings.length) ctx.stderr.write(`${renderFindings(ctx, w.findings)}\n`);
  if (w.forced) warn(ctx, 'spec.forced');
  if (w.written) success(ctx, w.unchanged ? 'spec.unchanged' : 'spec.written', { what: w.what, file: w.written });
  if (w.previous) info(ctx, 'spec.previous-kept', { file: w.previous });
  if (w.stepOpen) warn(ctx, 'spec.step-open', w.stepOpen);
}
