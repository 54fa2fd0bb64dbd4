// lz-onboard init: create the dossier from flags, asking for what is missing on a terminal.
import { TEXT_MAX, unsafeIn } from '../domain/text.ts';
import { existsSync } from 'node:fs';
import { createDossier, type InitInput } from '../domain/actions.ts';
import type { Kind } from '../domain/checklist.ts';
import { analyseHrn, analyseOin, hrnForm, hrnFromKvk, isKvk } from '../domain/identifiers.ts';
import { splitList } from '../domain/validators.ts';
import { checklist } from '../checklist-data.ts';
import { createDossierFile } from '../dossier/store.ts';
import { CliError, requireFlags } from '../ui/cli-error.ts';
import type { Context } from '../ui/context.ts';
import { EXIT } from '../ui/exit-codes.ts';
import { t, dyn } from '../ui/messages.ts';
import { info, success, writeJson } from '../ui/output.ts';
import { askInput, askSelect } from '../ui/prompts.ts';
import { readJsonInput } from '../app/json-input.ts';
import { actor, lockMessages } from '../app/dossier.ts';

export interface InitOptions {
  kind?: string;
  name?: string;
  oin?: string;
  hrn?: string;
  kvk?: string;
  network?: string;
  standard?: string;
  zaaktype?: string[];
  from?: string;
  force?: boolean;
}

const FROM_KEYS = ['kind', 'name', 'oin', 'hrn', 'kvk', 'network', 'standard', 'zaaktypen'] as const;

/** `--from answers.json`: the same answers as the flags, as one JSON object; a flag given wins. */
function withAnswers(ctx: Context, o: InitOptions): InitOptions {
  if (!o.from) return o;
  const doc = readJsonInput(ctx, o.from);
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
    throw new CliError('init.from-invalid', { where: '(document)', reason: 'init.from.object' });
  const merged: InitOptions = { ...o };
  for (const [k, v] of Object.entries(doc)) {
    if (!(FROM_KEYS as readonly string[]).includes(k))
      throw new CliError('init.from-invalid', { where: k, reason: 'plan.problem.unknown', known: FROM_KEYS.join(', ') });
    if (k === 'zaaktypen') {
      const list = typeof v === 'string' ? [v] : Array.isArray(v) && v.every((x) => typeof x === 'string') ? (v as string[]) : null;
      if (!list) throw new CliError('init.from-invalid', { where: k, reason: 'plan.problem.value' });
      merged.zaaktype ??= list;
    } else {
      if (typeof v !== 'string') throw new CliError('init.from-invalid', { where: k, reason: 'plan.problem.string' });
      const key = k as Exclude<(typeof FROM_KEYS)[number], 'zaaktypen'>;
      merged[key] ??= v;
    }
  }
  return merged;
}

const KINDS = ['overheid', 'leverancier'] as const;
const NETWORKS = ['internet', 'diginetwerk'] as const;
const STANDARDS = ['stuf', 'mo'] as const;

function oneOf<T extends string>(flag: string, v: string | undefined, allowed: readonly T[]): T | undefined {
  if (v === undefined) return undefined;
  const lower = v.trim().toLowerCase();
  if (!(allowed as readonly string[]).includes(lower)) throw new CliError('flag.invalid', { flag, reason: 'value.choice', options: allowed.join(', ') });
  return lower as T;
}

function idError(lang: Context['lang'], r: ReturnType<typeof analyseOin>): string | null {
  if (r.valid) return null;
  const f = r.findings.find((x) => x.severity === 'error');
  return f ? t(lang, dyn(f.code), f.params) : t(lang, 'id.invalid');
}

function checkOin(v: string): string {
  const r = analyseOin(v);
  const err = r.findings.find((x) => x.severity === 'error');
  if (!r.valid || err) throw new CliError('flag.invalid', { flag: '--oin', reason: err?.code ?? 'id.invalid', ...(err?.params ?? {}) });
  return r.value;
}

function checkHrn(v: string): string {
  const r = analyseHrn(v);
  const err = r.findings.find((x) => x.severity === 'error');
  if (!r.valid || err) throw new CliError('flag.invalid', { flag: '--hrn', reason: err?.code ?? 'id.invalid', ...(err?.params ?? {}) });
  return r.value;
}

function checkKvk(v: string): string {
  const k = v.trim();
  if (!isKvk(k)) throw new CliError('flag.invalid', { flag: '--kvk', reason: 'value.kvk' });
  return k;
}

/** Everything given by flag, checked before any question is asked or anything is written. */
function fromFlags(o: InitOptions): Partial<InitInput> {
  const kind = oneOf('--kind', o.kind, KINDS);
  const p: Partial<InitInput> = {};
  if (kind) p.kind = kind;
  if (o.name !== undefined) {
    if (!o.name.trim()) throw new CliError('flag.invalid', { flag: '--name', reason: 'name.empty' });
    if (unsafeIn(o.name)) throw new CliError('flag.invalid', { flag: '--name', reason: 'value.control' });
    if ([...o.name.trim()].length > TEXT_MAX.name) throw new CliError('flag.invalid', { flag: '--name', reason: 'value.too-long', max: String(TEXT_MAX.name) });
    p.name = o.name.trim();
  }
  if (o.oin !== undefined) {
    if (kind === 'leverancier') throw new CliError('flag.conflict', { flag: '--oin', kind });
    p.oin = checkOin(o.oin);
  }
  if (o.hrn !== undefined) {
    if (kind === 'overheid') throw new CliError('flag.conflict', { flag: '--hrn', kind });
    p.hrn = checkHrn(o.hrn);
  }
  if (o.kvk !== undefined) p.kvk = checkKvk(o.kvk);
  const network = oneOf('--network', o.network, NETWORKS);
  if (network) p.network = network;
  const standard = oneOf('--standard', o.standard, STANDARDS);
  if (standard) p.standard = standard;
  if (o.zaaktype?.length) p.zaaktypen = [...new Set(o.zaaktype.flatMap(splitList))];
  return p;
}

function reconcileKvk(p: Partial<InitInput>): void {
  // The KvK form of an HRN (00000003 + KvK + volgnummer) carries the KvK number: derive one from
  // the other and refuse a mismatch. The RSIN form (00000001 + RSIN + 000) carries no KvK number.
  const id = p.kind === 'leverancier' ? p.hrn : p.oin;
  const hrnLike = id?.startsWith('00000003') ? id : undefined;
  if (p.kind === 'leverancier' && !p.hrn && p.kvk) p.hrn = hrnFromKvk(p.kvk);
  else if (hrnLike && p.kvk && hrnLike.slice(8, 16) !== p.kvk)
    throw new CliError('flag.invalid', { flag: '--kvk', reason: 'value.kvk-hrn', kvk: p.kvk, hrn: hrnLike });
  else if (hrnLike && !p.kvk) p.kvk = hrnLike.slice(8, 16);
}

async function askMissing(ctx: Context, p: Partial<InitInput>, askChoices: boolean): Promise<void> {
  const L = ctx.lang;
  p.kind ??= await askSelect<Kind>(
    t(L, 'wizard.ask.kind'),
    KINDS.map((k) => ({ value: k, name: `${k} (${t(L, `label.kind.${k}`)})` })),
  );
  p.name ??= (
    await askInput({
      message: t(L, 'wizard.ask.name'),
      required: true,
      validate: (v) =>
        !v.trim()
          ? t(L, 'name.empty')
          : unsafeIn(v)
            ? t(L, 'value.control')
            : [...v.trim()].length > TEXT_MAX.name
              ? t(L, 'value.too-long', { max: String(TEXT_MAX.name) })
              : null,
    })
  ).trim();
  if (p.kind === 'overheid' && !p.oin) {
    p.oin = (await askInput({ message: t(L, 'wizard.ask.oin'), required: true, validate: (v) => idError(L, analyseOin(v)) })).trim();
  }
  const askKvk = async (def?: string) => {
    const kvk = (await askInput({ message: t(L, 'wizard.ask.kvk'), default: def, validate: (v) => (isKvk(v.trim()) ? null : t(L, 'value.kvk')) })).trim();
    if (kvk) p.kvk = kvk;
  };
  if (p.kind === 'leverancier' && !p.hrn) {
    // A supplier knows its KvK number before its certificate: ask it first and offer the HRN made from it.
    if (!p.kvk) await askKvk();
    const def = p.kvk ? hrnFromKvk(p.kvk) : undefined;
    p.hrn = (await askInput({ message: t(L, 'wizard.ask.hrn'), default: def, required: true, validate: (v) => idError(L, analyseHrn(v)) })).trim();
  } else if (!p.kvk) {
    await askKvk(p.oin?.startsWith('00000003') ? p.oin.slice(8, 16) : undefined);
  }
  // The wizard leaves the choices to the phase-1 steps, which explain them as the manual does.
  if (!askChoices) return;
  p.network ??= await askSelect(
    t(L, 'wizard.ask.network'),
    NETWORKS.map((n) => ({ value: n, name: n })),
  );
  p.standard ??= await askSelect(t(L, 'wizard.ask.standard'), [
    { value: 'stuf' as const, name: 'StUF' },
    { value: 'mo' as const, name: 'MO-bericht' },
  ]);
  if (!p.zaaktypen) {
    const z = splitList(await askInput({ message: t(L, 'wizard.ask.zaaktypen') }));
    if (z.length) p.zaaktypen = z;
  }
}

export async function runInit(ctx: Context, o: InitOptions, how: { askChoices: boolean } = { askChoices: true }): Promise<number> {
  const p = fromFlags(withAnswers(ctx, o));
  if (existsSync(ctx.dossierPath) && !o.force) throw new CliError('dossier.exists', { file: ctx.dossierPath }, EXIT.usage);
  if (ctx.interactive) await askMissing(ctx, p, how.askChoices);
  else {
    requireFlags([
      !p.kind && '--kind',
      !p.name && '--name',
      p.kind === 'overheid' && !p.oin && '--oin',
      p.kind === 'leverancier' && !p.hrn && !p.kvk && '--hrn',
    ]);
  }
  reconcileKvk(p);
  const input = p as InitInput;
  const d = createDossier(checklist, input, actor(ctx));
  await createDossierFile(ctx.dossierPath, d, o.force === true, lockMessages(ctx));
  const form = d.organisation.hrn ? hrnForm(d.organisation.hrn) : null;
  if (ctx.json) writeJson(ctx, { dossier: ctx.dossierPath, organisation: d.organisation, choices: d.choices, ...(form ? { hrnForm: form } : {}) });
  else {
    success(ctx, 'dossier.created', { file: ctx.dossierPath });
    // Which of the two HRN forms this is (Identificatie en Authenticatie, Bijlage 1).
    if (form) info(ctx, `hrn.form-${form}`);
  }
  return EXIT.ok;
}
