// The use case behind `lz-onboard renew`: judge the new certificate (every check of cert check) and
// compare it with the current one, then record it as a renewal in one write, regenerate the
// Consumerspecificatie (the old one kept under its own name, named in the renewal), and write the change
// notice to Logius. Nothing is changed when the new certificate or the change date has an error.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { amsterdamDayOfMs } from '../domain/calendar.ts';
import { generation } from '../domain/cert/pins.ts';
import type { CertFields } from '../domain/cert/fields.ts';
import type { CertRecord, CertRole, Dossier, RenewalRecord } from '../domain/dossier-types.ts';
import { DomainError } from '../domain/errors.ts';
import { labelled, sortFindings, type Finding } from '../domain/findings.ts';
import type { Environment } from '../domain/identifiers.ts';
import { changeDateFindings, compareCertificates, defaultChangeDate, type CertSide } from '../domain/renewal/compare.ts';
import { noticeText } from '../domain/renewal/notice.ts';
import { renewalInProgress, startRenewal, withRenewalFiles } from '../domain/renewal/records.ts';
import { loadDossier } from '../dossier/store.ts';
import { checklist } from '../checklist-data.ts';
import { loadSno } from '../sno-data.ts';
import { CliError } from '../ui/cli-error.ts';
import type { Context } from '../ui/context.ts';
import { EXIT } from '../ui/exit-codes.ts';
import { fromDossier, refuseProductieForSupplier, sha256, toDossier, writeDocument } from './artefact-files.ts';
import { loadCertFile } from './cert-files.ts';
import { certRecord, judge, requireEnvRole, type Judged } from './check-certificate.ts';
import { keepSpec, snapshotSpec } from './kept-spec.ts';
import { consumerSpecInputs, generateConsumerSpec } from './generate-consumer-spec.ts';
import type { DocumentOutcome } from './generate-document.ts';
import { actor, changeDossier } from './dossier.ts';
import { parseDay } from './options.ts';

export interface RenewOptions {
  env?: string;
  role?: string;
  roots?: string[];
  from?: string;
  announced?: string;
  notice?: string;
  spec?: string;
  expiresIn?: string;
  at?: string;
  force?: boolean;
  cancel?: boolean;
  reason?: string;
}

export interface PreparedRenewal {
  env: Environment;
  role: CertRole;
  dossier: Dossier;
  old: CertRecord;
  judged: Judged;
  oldSide: CertSide;
  newSide: CertSide;
  today: string;
  changeDate: string;
  announced: string | undefined;
  noticeTarget: string;
  findings: Finding[];
}

const dayOf = (iso: string) => amsterdamDayOfMs(Date.parse(iso));

function keyName(c: CertFields): string {
  return `${c.key.type}${c.key.bits ? ` ${c.key.bits}` : ''}${c.key.curve ? ` ${c.key.curve}` : ''}`;
}

export function sideOf(c: CertFields, identifier: string | null): CertSide {
  return {
    fingerprint256: c.fingerprint256,
    subject: c.subject.map((a) => `${a.name}=${a.value}`).join(', '),
    identifier,
    hosts: c.san?.dns ?? [],
    key: keyName(c),
    spkiSha256: c.spkiSha256,
    notBefore: c.notBefore.toISOString(),
    notAfter: c.notAfter.toISOString(),
    generation: generation(c),
  };
}

/** The current certificate: from its file while that is still the recorded one, else from its record. */
function oldSideOf(ctx: Context, rec: CertRecord): CertSide {
  try {
    const leaf = loadCertFile(ctx, fromDossier(ctx, rec.path)).certs[0];
    if (leaf && leaf.fingerprint256 === rec.fingerprint256) return { ...sideOf(leaf, rec.identifier), subject: rec.subject };
  } catch {
    // Gone or replaced by the new file (often the same path): the record is what is left.
  }
  return {
    fingerprint256: rec.fingerprint256,
    subject: rec.subject,
    identifier: rec.identifier,
    hosts: null,
    key: null,
    spkiSha256: rec.spkiSha256 ?? null,
    notBefore: rec.notBefore,
    notAfter: rec.notAfter,
    generation: rec.g1 ? 'G1' : null,
  };
}

/** `base.txt`, or `base-2.txt`, `base-3.txt`… when taken: the default never replaces an earlier notice (one already sent, a cancelled renewal's). */
function freeName(base: string, ext: string): string {
  for (let n = 1; ; n++) {
    const name = n === 1 ? `${base}${ext}` : `${base}-${n}${ext}`;
    if (!existsSync(name)) return name;
  }
}

/** Everything checked, nothing changed; `askFrom` may ask for the change date (a terminal). */
export async function prepareRenewal(
  ctx: Context,
  files: string[],
  o: RenewOptions,
  askFrom: ((suggested: string) => Promise<string>) | null,
): Promise<PreparedRenewal> {
  const { env, role } = requireEnvRole(o);
  let from = parseDay('--from', o.from);
  const announced = parseDay('--announced', o.announced);
  if (!files.length) throw new CliError('cert.file-required');
  if (files.includes('-')) throw new CliError('renew.stdin');
  const d = loadDossier(ctx.dossierPath, checklist).dossier;
  refuseProductieForSupplier(d, env);
  const old = d.certificates[env][role];
  if (!old) throw new DomainError('renew.nothing', { env, role });
  if (renewalInProgress(d, env, role)) throw new DomainError('renew.in-progress', { env, role });
  const j = judge(ctx, files, { env, role, roots: o.roots, expiresIn: o.expiresIn, at: o.at }, d);
  const today = amsterdamDayOfMs(j.at.getTime());
  const oldSide = oldSideOf(ctx, old);
  const newSide = sideOf(j.leaf, j.result.identifier?.value ?? null);
  const sno = loadSno();
  const months = sno.leadTimes.certificateChangeMonths;
  const oldEnd = dayOf(old.notAfter);
  const suggested = defaultChangeDate(today, oldEnd, months);
  if (from === undefined) from = askFrom ? await askFrom(suggested) : suggested;
  const noticeTarget = o.notice ?? freeName(join(dirname(ctx.dossierPath), `wijzigingsmelding-${env}-${role}-${today}`), '.txt');
  // The notice is written after the dossier changes: an existing file is refused before anything is.
  if (noticeTarget !== '-' && !o.force && existsSync(resolve(ctx.cwd, noticeTarget))) {
    throw new CliError('renew.notice-exists', { file: resolve(ctx.cwd, noticeTarget) }, EXIT.usage);
  }
  const findings = sortFindings([
    ...labelled([...j.fileWarnings, ...j.result.findings], { nl: 'nieuw certificaat', en: 'new certificate' }),
    ...compareCertificates(oldSide, newSide),
    ...changeDateFindings(from, today, oldEnd, dayOf(newSide.notBefore), months),
  ]);
  return { env, role, dossier: d, old, judged: j, oldSide, newSide, today, changeDate: from, announced, noticeTarget, findings };
}

export type SpecOutcome = DocumentOutcome | { kind: 'skipped'; reason: string; params?: Record<string, string> };

/** The Consumerspecificatie carries both certificates: a new one is due whenever one changes (the previous one kept as .bak). */
export async function regenerateSpec(ctx: Context, d: Dossier, env: Environment, o: Pick<RenewOptions, 'spec' | 'expiresIn'>): Promise<SpecOutcome> {
  if (!d.certificates[env].client || !d.certificates[env].server) return { kind: 'skipped', reason: 'renew.spec-needs-both' };
  const prev = d.artefacts[env].consumerspecificatie;
  try {
    const target = o.spec ?? (prev?.path ? fromDossier(ctx, prev.path) : undefined);
    const specOptions = { env, ...(target ? { output: target } : {}), force: true, expiresIn: o.expiresIn };
    const inputs = await consumerSpecInputs(ctx, specOptions, async (flag) => {
      throw new CliError('flag.required', { flag });
    });
    return await generateConsumerSpec(ctx, inputs, specOptions);
  } catch (e) {
    if (!(e instanceof CliError)) throw e;
    return { kind: 'skipped', reason: e.code, params: e.params };
  }
}

export interface RenewalOutcome {
  renewal: RenewalRecord;
  spec: SpecOutcome;
  notice: string | null;
}

/** Records the renewal, regenerates the Consumerspecificatie and writes the notice. */
export async function applyRenewal(ctx: Context, p: PreparedRenewal, files: string[], o: RenewOptions): Promise<RenewalOutcome> {
  const who = actor(ctx);
  const record = certRecord(ctx, files, o.roots, p.judged);
  const started = await changeDossier(ctx, (x) => {
    const next = startRenewal(x, { env: p.env, role: p.role, record, changeDate: p.changeDate, ...(p.announced ? { announcedOn: p.announced } : {}) }, who);
    return { dossier: next, result: next };
  });
  const before = snapshotSpec(ctx, started.artefacts[p.env].consumerspecificatie);
  const spec = await regenerateSpec(ctx, started, p.env, o);
  const d = loadDossier(ctx.dossierPath, checklist).dossier;
  const specPath = spec.kind === 'written' && spec.written ? toDossier(ctx, spec.written) : null;
  const org = d.organisation;
  const text = noticeText(ctx.lang, {
    organisation: org.name,
    identifierLabel: org.kind === 'overheid' ? 'OIN' : 'HRN',
    identifier: (org.kind === 'overheid' ? org.oin : org.hrn) ?? '',
    env: p.env,
    role: p.role,
    old: p.oldSide,
    neu: p.newSide,
    changeDate: p.changeDate,
    today: p.today,
    cpaId: d.artefacts[p.env].cpa?.cpaId ?? null,
    spec: specPath,
    contact: org.contactEmail ?? null,
    noticeMonths: loadSno().leadTimes.certificateChangeMonths,
  });
  const written = writeDocument(ctx, p.noticeTarget, text, o.force === true);
  const files2: Pick<RenewalRecord, 'notice' | 'previousSpec'> = {};
  if (written.path) files2.notice = { path: toDossier(ctx, written.path), sha256: sha256(text) };
  if (spec.kind === 'written' && spec.previous && before) files2.previousSpec = keepSpec(ctx, before);
  const final = await changeDossier(ctx, (x) => {
    const next = withRenewalFiles(x, p.env, p.role, files2);
    return { dossier: next, result: next };
  });
  return { renewal: renewalInProgress(final, p.env, p.role)!, spec, notice: written.path };
}
