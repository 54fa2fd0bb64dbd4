// lz-onboard renew: replace a recorded certificate as one guided flow. With a certificate: compare,
// check, record as a renewal, regenerate the Consumerspecificatie, write the change notice. Without
// one: show the renewals (--announced records the notice, --cancel puts the old certificate back).
import { minusMonths } from '../domain/due.ts';
import { cancelRenewal, markAnnounced, renewalInProgress } from '../domain/renewal/records.ts';
import type { RenewalRecord } from '../domain/dossier-types.ts';
import { isIsoDate } from '../domain/validators.ts';
import { applyRenewal, prepareRenewal, regenerateSpec, type RenewOptions, type SpecOutcome } from '../app/renew.ts';
import { requireEnvRole } from '../app/check-certificate.ts';
import { fromDossier } from '../app/artefact-files.ts';
import { restoreSpec } from '../app/kept-spec.ts';
import { actor, changeDossier, readDossier } from '../app/dossier.ts';
import { parseDay } from '../app/options.ts';
import { loadSno } from '../sno-data.ts';
import { missingFlag } from '../ui/cli-error.ts';
import type { Context } from '../ui/context.ts';
import { EXIT } from '../ui/exit-codes.ts';
import { dyn, t } from '../ui/messages.ts';
import { out, success, warn, writeJson } from '../ui/output.ts';
import { askConfirm, askInput } from '../ui/prompts.ts';
import { findingsJson, renderFindings } from '../ui/render-findings.ts';
import { renewalLine, sideBySide } from '../ui/render-renewal.ts';

const roleWord = (ctx: Context, role: string) => t(ctx.lang, dyn(`label.role.${role}`));

function renewalJson(r: RenewalRecord) {
  const { old, reopened, ...rest } = r;
  return {
    ...rest,
    old: { fingerprint256: old.fingerprint256, subject: old.subject, notAfter: old.notAfter, path: old.path },
    ...(reopened ? { reopenedSteps: Object.keys(reopened) } : {}),
  };
}

export async function runRenew(ctx: Context, files: string[], o: RenewOptions): Promise<number> {
  if (o.cancel) return cancel(ctx, o);
  if (!files.length && o.announced !== undefined) return announced(ctx, o);
  if (!files.length) return list(ctx);
  const p = await prepareRenewal(
    ctx,
    files,
    o,
    ctx.interactive
      ? async (suggested) =>
          (
            await askInput({
              message: t(ctx.lang, 'renew.ask-from'),
              default: suggested,
              required: true,
              validate: (v) => (isIsoDate(v.trim()) ? null : t(ctx.lang, 'value.date')),
            })
          ).trim()
      : null,
  );
  const idLabel = p.dossier.organisation.kind === 'overheid' ? 'OIN' : 'HRN';
  const errors = p.findings.some((f) => f.severity === 'error');
  const comparison = { current: p.oldSide, new: p.newSide, changeDate: p.changeDate };
  if (!ctx.json) {
    out(ctx, sideBySide(ctx, p.oldSide, p.newSide, idLabel));
    out(ctx, '');
    out(ctx, renderFindings(ctx, p.findings));
  }
  if (errors) {
    if (ctx.json) writeJson(ctx, { recorded: false, env: p.env, role: p.role, comparison, findings: findingsJson(ctx, p.findings) });
    else warn(ctx, 'renew.refused');
    return EXIT.findings;
  }
  if (ctx.interactive && !(await askConfirm(t(ctx.lang, 'renew.confirm')))) {
    warn(ctx, 'renew.declined');
    return EXIT.ok;
  }
  const r = await applyRenewal(ctx, p, files, o);
  const months = loadSno().leadTimes.certificateChangeMonths;
  const announceBy = minusMonths(p.changeDate, months);
  const kept = r.renewal.previousSpec ? fromDossier(ctx, r.renewal.previousSpec.path) : null;
  if (ctx.json) {
    writeJson(ctx, {
      recorded: true,
      env: p.env,
      role: p.role,
      comparison,
      findings: findingsJson(ctx, p.findings),
      renewal: renewalJson(r.renewal),
      announceBy,
      consumerspecificatie: specJson(ctx, r.spec, kept),
      notice: r.notice,
    });
    return EXIT.ok;
  }
  const role = roleWord(ctx, p.role);
  success(ctx, 'renew.started', { role, env: p.env, change: p.changeDate, end: p.old.notAfter.slice(0, 10) });
  reportSpec(ctx, r.spec, p.env, kept);
  if (r.notice && !r.renewal.announcedOn) {
    const params = { file: r.notice, by: announceBy, env: p.env, roleFlag: p.role };
    // Past the two-month date already: say so instead of naming a day that is gone.
    success(ctx, announceBy < p.today ? 'renew.notice-written-late' : 'renew.notice-written', params);
    // Logius answers the contact in the notice: without one it says "unknown".
    if (!p.dossier.organisation.contactEmail) warn(ctx, 'renew.no-contact');
  }
  out(ctx, t(ctx.lang, 'renew.next', { env: p.env }));
  return EXIT.ok;
}

/** `previous`: where the replaced version is kept (the renewal names it); else the .bak beside it. */
function specJson(ctx: Context, spec: SpecOutcome, previous?: string | null) {
  if (spec.kind === 'written') return { path: spec.written, previous: previous ?? spec.previous ?? null, findings: findingsJson(ctx, spec.findings) };
  if (spec.kind === 'refused') return { written: false, findings: findingsJson(ctx, spec.findings) };
  return { written: false, reason: t(ctx.lang, dyn(spec.reason), spec.params) };
}

function reportSpec(ctx: Context, spec: SpecOutcome, env: string, previous?: string | null): void {
  if (spec.kind === 'written' && spec.written) success(ctx, 'renew.spec-written', { file: spec.written, previous: previous ?? spec.previous ?? '-' });
  else if (spec.kind === 'refused') {
    out(ctx, renderFindings(ctx, spec.findings));
    warn(ctx, 'renew.spec-skipped', { reason: t(ctx.lang, 'renew.refused'), env });
  } else if (spec.kind === 'skipped') warn(ctx, 'renew.spec-skipped', { reason: t(ctx.lang, dyn(spec.reason), spec.params), env });
}

function list(ctx: Context): number {
  const { dossier: d } = readDossier(ctx);
  const all = d.renewals ?? [];
  if (ctx.json) {
    writeJson(ctx, { renewals: all.map(renewalJson) });
    return EXIT.ok;
  }
  const open = all.filter((r) => r.state === 'in-progress');
  out(ctx, open.length ? open.map((r) => renewalLine(ctx, r)).join('\n') : t(ctx.lang, 'renew.none-in-progress'));
  return EXIT.ok;
}

async function announced(ctx: Context, o: RenewOptions): Promise<number> {
  const { env, role } = requireEnvRole(o);
  const on = parseDay('--announced', o.announced)!;
  const who = actor(ctx);
  const d = await changeDossier(ctx, (x) => {
    const next = markAnnounced(x, env, role, on, who);
    return { dossier: next, result: next };
  });
  if (ctx.json) writeJson(ctx, { renewal: renewalJson(renewalInProgress(d, env, role)!) });
  else success(ctx, 'renew.announced', { on });
  return EXIT.ok;
}

async function cancel(ctx: Context, o: RenewOptions): Promise<number> {
  const { env, role } = requireEnvRole(o);
  let reason = o.reason?.trim();
  if (!reason) {
    if (!ctx.interactive) throw missingFlag('--reason');
    reason = (await askInput({ message: t(ctx.lang, 'opt.renew.reason'), required: true })).trim();
  }
  const who = actor(ctx);
  // The Consumerspecificatie was made with the certificate given up: the kept version goes back
  // exactly as it was; without it (moved, changed) one is made again with the old certificate.
  const { dossier: d0 } = readDossier(ctx);
  const kept = renewalInProgress(d0, env, role)?.previousSpec;
  const restored = kept ? restoreSpec(ctx, kept, d0.artefacts[env].consumerspecificatie) : null;
  const d = await changeDossier(ctx, (x) => {
    const next = cancelRenewal(x, env, role, reason!, who, restored ?? undefined);
    return { dossier: next, result: next };
  });
  const r = d.renewals!.filter((x) => x.env === env && x.role === role).at(-1)!;
  const spec: SpecOutcome | null = restored ? null : d.artefacts[env].consumerspecificatie ? await regenerateSpec(ctx, d, env, o) : null;
  const restoredFile = restored?.path ? fromDossier(ctx, restored.path) : null;
  if (ctx.json) {
    const specOut = restoredFile ? { path: restoredFile, restoredFrom: fromDossier(ctx, kept!.path) } : spec ? specJson(ctx, spec) : undefined;
    writeJson(ctx, { renewal: renewalJson(r), ...(specOut ? { consumerspecificatie: specOut } : {}) });
  } else {
    success(ctx, 'renew.cancelled', { role: roleWord(ctx, role), env });
    if (restoredFile) success(ctx, 'renew.spec-restored', { file: restoredFile, kept: fromDossier(ctx, kept!.path) });
    else if (spec) reportSpec(ctx, spec, env);
  }
  return EXIT.ok;
}
