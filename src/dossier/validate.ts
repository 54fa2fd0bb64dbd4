// Validates a parsed dossier against the current schema. Returns the problems found, each naming
// the JSON path, so a hand-edited file can be mended; an empty list means the dossier is sound.
import type { Checklist } from '../domain/checklist.ts';
import { allSteps, stepApplies } from '../domain/checklist.ts';
import { SCHEMA_VERSION, type Dossier } from '../domain/dossier-types.ts';
import { analyseHrn, analyseOin } from '../domain/identifiers.ts';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string';
const isValue = (v: unknown) => isStr(v) || (Array.isArray(v) && v.every(isStr));
const STATES = new Set(['open', 'done', 'skipped', 'n/a']);
const STEP_STRING_SET = new Set(['at', 'by', 'note', 'reason', 'exception']);
const everyValue = (v: Obj) => {
  for (const k in v) if (!isValue(v[k])) return false;
  return true;
};

const idsCache = new WeakMap<Checklist, Set<string>>();
function knownIds(c: Checklist): Set<string> {
  let v = idsCache.get(c);
  if (!v) idsCache.set(c, (v = new Set(allSteps(c).map((s) => s.step.id))));
  return v;
}

/** A real dossier is some six levels deep; far deeper nesting is damage (and would overflow JSON.stringify). */
export const MAX_DEPTH = 64;

/**
 * Nested `max` levels or more? Recursive, but never deeper than `max` frames, so it cannot overflow
 * the stack (JSON.parse itself is iterative in V8); a walk without allocations, because status runs
 * it on every dossier of a portfolio.
 */
function tooDeep(v: object, max: number, depth = 0): boolean {
  if (depth >= max) return true;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const x: unknown = v[i];
      if (typeof x === 'object' && x !== null && tooDeep(x, max, depth + 1)) return true;
    }
  } else {
    for (const k in v) {
      const x: unknown = (v as Obj)[k];
      if (typeof x === 'object' && x !== null && tooDeep(x, max, depth + 1)) return true;
    }
  }
  return false;
}

export const DEPTH_PROBLEM = `nested deeper than ${MAX_DEPTH} levels`;

export function validateDossier(raw: unknown, c: Checklist): string[] {
  const errs: string[] = [];
  if (!isObj(raw)) return ['the top level is not a JSON object'];
  if (tooDeep(raw, MAX_DEPTH)) return [DEPTH_PROBLEM];
  if (raw['schemaVersion'] !== SCHEMA_VERSION) errs.push(`schemaVersion must be ${SCHEMA_VERSION}`);
  const org = raw['organisation'];
  if (!isObj(org)) errs.push('organisation is missing or not an object');
  else {
    if (org['kind'] !== 'overheid' && org['kind'] !== 'leverancier') errs.push('organisation.kind must be "overheid" or "leverancier"');
    if (!isStr(org['name']) || !org['name'].trim()) errs.push('organisation.name is missing');
    for (const k of ['oin', 'hrn', 'kvk', 'contactEmail', 'afzenderId']) if (k in org && !isStr(org[k])) errs.push(`organisation.${k} must be a string`);
    if (isStr(org['oin']) && !analyseOin(org['oin']).valid) errs.push(`organisation.oin "${org['oin']}" is not a valid OIN`);
    if (isStr(org['hrn']) && !analyseHrn(org['hrn']).valid) errs.push(`organisation.hrn "${org['hrn']}" is not a valid HRN`);
    if (isStr(org['kvk']) && !/^[0-9]{8}$/.test(org['kvk'])) errs.push(`organisation.kvk "${org['kvk']}" is not 8 digits`);
    const im = org['intermediary'];
    if (im !== undefined && !(isObj(im) && isStr(im['name']) && isStr(im['oin']) && analyseOin(im['oin']).valid))
      errs.push('organisation.intermediary needs a name and a valid oin');
  }
  const ch = raw['choices'];
  if (!isObj(ch)) errs.push('choices is missing or not an object');
  else {
    if ('network' in ch && ch['network'] !== 'internet' && ch['network'] !== 'diginetwerk') errs.push('choices.network must be "internet" or "diginetwerk"');
    if ('standard' in ch && ch['standard'] !== 'stuf' && ch['standard'] !== 'mo') errs.push('choices.standard must be "stuf" or "mo"');
    if ('zaaktypen' in ch && !(Array.isArray(ch['zaaktypen']) && ch['zaaktypen'].every(isStr))) errs.push('choices.zaaktypen must be a list of strings');
  }
  const envs = raw['environments'];
  if (!isObj(envs)) errs.push('environments is missing or not an object');
  else {
    for (const e of ['preproductie', 'productie']) {
      if (!isObj(envs[e])) errs.push(`environments.${e} is missing or not an object`);
    }
  }
  const certs = raw['certificates'];
  if (!isObj(certs)) errs.push('certificates is missing or not an object');
  else {
    for (const e of ['preproductie', 'productie']) {
      const env = certs[e];
      if (!isObj(env)) {
        errs.push(`certificates.${e} is missing or not an object`);
        continue;
      }
      for (const [role, rec] of Object.entries(env)) {
        if (role !== 'client' && role !== 'server') errs.push(`certificates.${e}.${role}: the role must be client or server`);
        else if (!isObj(rec) || !isStr(rec['path']) || !isStr(rec['fingerprint256']) || !isStr(rec['notAfter']) || !Array.isArray(rec['chain'])) {
          errs.push(`certificates.${e}.${role} needs path, chain, fingerprint256 and notAfter`);
        }
      }
    }
  }
  const arts = raw['artefacts'];
  if (!isObj(arts)) errs.push('artefacts is missing or not an object');
  else {
    for (const e of ['preproductie', 'productie']) {
      const env = arts[e];
      if (!isObj(env)) errs.push(`artefacts.${e} is missing or not an object`);
      else {
        for (const [k, rec] of Object.entries(env)) {
          if (!['consumerspecificatie', 'ping', 'cpa'].includes(k)) errs.push(`artefacts.${e}.${k} is not a known artefact`);
          else if (!isObj(rec) || !isStr(rec['sha256']) || !isStr(rec['at'])) errs.push(`artefacts.${e}.${k} needs sha256 and at`);
        }
      }
    }
  }
  const ver = raw['verification'];
  if (ver !== undefined) {
    if (!isObj(ver)) errs.push('verification is not an object');
    else {
      for (const [e, rec] of Object.entries(ver)) {
        if (e !== 'preproductie' && e !== 'productie') errs.push(`verification.${e} is not an environment`);
        else if (!isObj(rec) || !isStr(rec['at']) || !['errors', 'warnings', 'infos'].every((k) => Number.isInteger(rec[k])) || !Array.isArray(rec['codes'])) {
          errs.push(`verification.${e} needs at, errors, warnings, infos and codes`);
        }
      }
    }
  }
  const ren = raw['renewals'];
  if (ren !== undefined) {
    if (!Array.isArray(ren)) errs.push('renewals is not a list');
    else {
      ren.forEach((r: unknown, i) => {
        const ok =
          isObj(r) &&
          (r['env'] === 'preproductie' || r['env'] === 'productie') &&
          (r['role'] === 'client' || r['role'] === 'server') &&
          ['in-progress', 'done', 'cancelled'].includes(r['state'] as string) &&
          isStr(r['at']) &&
          isStr(r['newFingerprint256']) &&
          isStr(r['changeDate']) &&
          /^\d{4}-\d{2}-\d{2}$/.test(r['changeDate']) &&
          isObj(r['old']) &&
          isStr(r['old']['path']) &&
          isStr(r['old']['fingerprint256']) &&
          isStr(r['old']['notAfter']) &&
          Array.isArray(r['old']['chain']);
        if (!ok) errs.push(`renewals[${i}] needs env, role, state, at, old (a certificate record), newFingerprint256 and changeDate`);
      });
    }
  }
  const docs = raw['documents'];
  if (
    docs !== undefined &&
    !(Array.isArray(docs) && docs.every((x) => isObj(x) && (x['kind'] === 'beheer' || x['kind'] === 'helpdesk') && isStr(x['path']) && isStr(x['sha256'])))
  )
    errs.push('documents needs a list of kind (beheer or helpdesk), path and sha256');
  const testing = raw['testing'];
  if (testing !== undefined) errs.push(...testingProblems(testing));
  if (raw['language'] !== undefined && raw['language'] !== 'nl' && raw['language'] !== 'en') errs.push('language must be "nl" or "en"');
  const steps = raw['steps'];
  if (!isObj(steps)) errs.push('steps is missing or not an object');
  else {
    const known = knownIds(c);
    // for...in and hoisted key lists: this loop runs for every step of every dossier in a portfolio.
    for (const id in steps) {
      const rec = steps[id];
      if (!known.has(id)) {
        errs.push(`steps."${id}" is not a step of the checklist`);
        continue;
      }
      if (!isObj(rec)) {
        errs.push(`steps."${id}" is not an object`);
        continue;
      }
      const state = rec['state'];
      if (!STATES.has(state as string)) errs.push(`steps."${id}".state must be open, done, skipped or n/a`);
      if (state === 'skipped' && !(isStr(rec['reason']) && rec['reason'].trim())) errs.push(`steps."${id}" is skipped without a reason`);
      // Every key of the record looked at once (most records have only state, at and by), not every known key asked for.
      for (const k in rec) {
        if (k === 'state') continue;
        const v = rec[k];
        if (k === 'values') {
          if (!isObj(v) || !everyValue(v)) errs.push(`steps."${id}".values must map names to strings or lists of strings`);
        } else if (STEP_STRING_SET.has(k) && typeof v !== 'string') errs.push(`steps."${id}".${k} must be a string`);
      }
    }
  }
  const hist = raw['history'];
  if (!Array.isArray(hist)) errs.push('history is missing or not a list');
  else {
    for (let i = 0; i < hist.length; i++) {
      const h: unknown = hist[i];
      if (!isObj(h) || !isStr(h['at']) || !isStr(h['by']) || !isStr(h['action'])) errs.push(`history[${i}] needs at, by and action`);
    }
  }
  return errs;
}

/** Fill in what a valid dossier may leave out (steps added to the checklist later, n/a by kind). */
export function normalise(d: Dossier, c: Checklist): Dossier {
  if (alreadyNormal(d, c)) return d;
  // Rebuilt in checklist order so that the file diffs cleanly in git.
  const ordered: Dossier['steps'] = {};
  const kind = d.organisation.kind;
  for (const { phase, step } of allSteps(c)) {
    const rec = d.steps[step.id] ?? { state: 'open' };
    if (!stepApplies(phase, step, kind)) rec.state = 'n/a';
    else if (rec.state === 'n/a') rec.state = 'open';
    ordered[step.id] = rec;
  }
  d.steps = ordered;
  return d;
}

/** Every step present, in checklist order, n/a exactly where it does not apply: what lz-onboard writes, so nearly every file read. */
function alreadyNormal(d: Dossier, c: Checklist): boolean {
  const steps = allSteps(c);
  const kind = d.organisation.kind;
  let i = 0;
  for (const id in d.steps) {
    const at = steps[i++];
    if (!at || at.step.id !== id) return false;
    if ((d.steps[id]!.state === 'n/a') !== !stepApplies(at.phase, at.step, kind)) return false;
  }
  return i === steps.length;
}

/** The chain test's record: a plan of scenario ids and runs that each name a scenario, a result and a round. */
function testingProblems(t: unknown): string[] {
  if (!isObj(t)) return ['testing is not an object'];
  const errs: string[] = [];
  const sc = t['scenarios'];
  const itemsOk = (v: unknown) => Array.isArray(v) && v.every((i) => isObj(i) && isStr(i['id']) && typeof i['perZaaktype'] === 'boolean');
  if (!isObj(sc) || !(sc['path'] === null || isStr(sc['path'])) || !isStr(sc['sha256']) || !itemsOk(sc['items']))
    errs.push('testing.scenarios needs path (or null), sha256 and items (id, perZaaktype)');
  if (!Number.isInteger(t['round']) || (t['round'] as number) < 1) errs.push('testing.round must be a whole number from 1');
  const runs = t['runs'];
  if (!Array.isArray(runs)) return [...errs, 'testing.runs is not a list'];
  runs.forEach((r: unknown, i) => {
    const ok =
      isObj(r) &&
      Number.isInteger(r['n']) &&
      Number.isInteger(r['round']) &&
      isStr(r['at']) &&
      isStr(r['recordedAt']) &&
      isStr(r['by']) &&
      (r['env'] === 'preproductie' || r['env'] === 'productie') &&
      isStr(r['scenario']) &&
      (r['zaaktype'] === null || isStr(r['zaaktype'])) &&
      ['pass', 'fail', 'blocked'].includes(r['result'] as string) &&
      isObj(r['expected']) &&
      (r['evidence'] === undefined || (Array.isArray(r['evidence']) && r['evidence'].every((e) => isObj(e) && isStr(e['path']) && isStr(e['sha256']))));
    if (!ok) errs.push(`testing.runs[${i}] needs n, round, at, recordedAt, by, env, scenario, zaaktype, result and expected`);
  });
  return errs;
}
