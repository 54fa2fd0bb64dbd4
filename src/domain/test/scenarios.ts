// The chain test as a plan: a set of scenarios (templates/test-scenarios.json, derived from public
// material, or the organisation's own file with the items of Logius' Checklist Testen Lopende
// Zaken) crossed with the dossier's zaaktypen. Handleiding Aansluiten Lopende Zaken v2.0, fase 3:
// "In het Checklist Testen Lopende Zaken staat wat er minimaal getest moet worden".
import type { Lang } from '../checklist.ts';
import { DomainError } from '../errors.ts';
import { unsafeIn } from '../text.ts';

export type Localised = Record<Lang, string>;

export interface Scenario {
  id: string;
  /** Run once per zaaktype (a case message), or once for the whole connection (transport, errors). */
  perZaaktype: boolean;
  title: Localised;
  expected: Localised;
}

export interface ScenarioSet {
  /** The default set is derived from public material and says so; a user's file need not. */
  derived: boolean;
  source: Localised;
  scenarios: Scenario[];
}

export interface PlanItem {
  scenario: Scenario;
  /** null for a scenario run once for the whole connection. */
  zaaktype: string | null;
}

const ID = /^[a-z0-9][a-z0-9._-]{0,63}$/;
const MAX_SCENARIOS = 500;
const MAX_TEXT = 2000;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A text in both languages; a plain string is used for both (a Checklist is in Dutch only). */
function localised(v: unknown, where: string): Localised {
  const check = (s: unknown, lang: string): string => {
    if (typeof s !== 'string' || !s.trim()) throw new DomainError('scenarios.invalid', { where: `${where}${lang}`, reason: 'text' });
    if (s.length > MAX_TEXT || unsafeIn(s, true)) throw new DomainError('scenarios.invalid', { where: `${where}${lang}`, reason: 'text' });
    return s.trim();
  };
  if (typeof v === 'string') {
    const s = check(v, '');
    return { nl: s, en: s };
  }
  if (!isObj(v)) throw new DomainError('scenarios.invalid', { where, reason: 'text' });
  return { nl: check(v['nl'], '.nl'), en: check(v['en'] ?? v['nl'], '.en') };
}

/** Checks a parsed scenario file; throws DomainError 'scenarios.invalid' naming the first problem. */
export function parseScenarioSet(raw: unknown): ScenarioSet {
  if (!isObj(raw)) throw new DomainError('scenarios.invalid', { where: '(top level)', reason: 'object' });
  const list = raw['scenarios'];
  if (!Array.isArray(list) || list.length === 0) throw new DomainError('scenarios.invalid', { where: 'scenarios', reason: 'list' });
  if (list.length > MAX_SCENARIOS) throw new DomainError('scenarios.invalid', { where: 'scenarios', reason: 'too-many' });
  const seen = new Set<string>();
  const scenarios = list.map((s: unknown, i): Scenario => {
    const where = `scenarios[${i}]`;
    if (!isObj(s)) throw new DomainError('scenarios.invalid', { where, reason: 'object' });
    const id = s['id'];
    if (typeof id !== 'string' || !ID.test(id)) throw new DomainError('scenarios.invalid', { where: `${where}.id`, reason: 'id' });
    if (seen.has(id)) throw new DomainError('scenarios.invalid', { where: `${where}.id`, reason: 'duplicate' });
    seen.add(id);
    const per = s['perZaaktype'] ?? true;
    if (typeof per !== 'boolean') throw new DomainError('scenarios.invalid', { where: `${where}.perZaaktype`, reason: 'boolean' });
    return { id, perZaaktype: per, title: localised(s['title'], `${where}.title`), expected: localised(s['expected'], `${where}.expected`) };
  });
  const source = raw['source'] === undefined ? { nl: '', en: '' } : localised(raw['source'], 'source');
  return { derived: raw['derived'] === true, source, scenarios };
}

/** Every scenario × zaaktype the chain test must cover, in the set's order; once-only scenarios once. */
export function planItems(set: ScenarioSet, zaaktypen: readonly string[]): PlanItem[] {
  return set.scenarios.flatMap((scenario): PlanItem[] =>
    scenario.perZaaktype ? zaaktypen.map((zaaktype) => ({ scenario, zaaktype })) : [{ scenario, zaaktype: null }],
  );
}
