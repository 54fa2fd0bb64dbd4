// A finding of a check, in the form every checking command shares (cert check, spec consumer,
// cpa check, verify): a stable dotted code, a severity, a message in both languages, a citation.
import type { Lang } from './checklist.ts';

export type Severity = 'error' | 'warning' | 'info';

/** The rule a check cites, in both languages: the source's own title, what it says about the check. */
export type Citation = Record<Lang, string>;

export function cite(nl: string, en: string): Citation {
  return { nl, en };
}

/** Two sources for one check. */
export function both(a: Citation, b: Citation): Citation {
  return { nl: `${a.nl}; ${b.nl}`, en: `${a.en}; ${b.en}` };
}

export interface CheckDef {
  code: string;
  severity: Severity;
  citation: Citation;
  message: Record<Lang, string>;
}

export interface Finding {
  code: string;
  severity: Severity;
  message: Record<Lang, string>;
  citation: Citation;
}

/** A catalogue entry: code, severity, the rule it cites, and the message in both languages. */
export function checkDef(code: string, severity: Severity, citation: Citation, nl: string, en: string): CheckDef {
  return { code, severity, citation, message: { nl, en } };
}

const RANK: Record<Severity, number> = { error: 2, warning: 1, info: 0 };

export function reaches(severity: Severity, threshold: Severity): boolean {
  return RANK[severity] >= RANK[threshold];
}

/** `{name}` from params; a `name.nl` / `name.en` parameter gives a value per language. */
function fill(template: string, params: Record<string, string>, lang: Lang): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => params[`${k}.${lang}`] ?? params[k] ?? `{${k}}`);
}

/** Builds a finding from a catalogue entry; `severity` overrides it where context decides. */
export function finding(def: CheckDef, params: Record<string, string> = {}, severity?: Severity): Finding {
  return {
    code: def.code,
    severity: severity ?? def.severity,
    message: { nl: fill(def.message.nl, params, 'nl'), en: fill(def.message.en, params, 'en') },
    citation: def.citation,
  };
}

export function sortFindings(fs: Finding[]): Finding[] {
  return [...fs].sort((a, b) => RANK[b.severity] - RANK[a.severity]);
}

export function worst(fs: Finding[]): Severity | null {
  let w: Severity | null = null;
  for (const f of fs) if (w === null || RANK[f.severity] > RANK[w]) w = f.severity;
  return w;
}

/** The same findings with a label in front of the message ("client certificate: ..."). */
export function labelled(fs: Finding[], label: Record<Lang, string>): Finding[] {
  return fs.map((f) => ({ ...f, message: { nl: `${label.nl}: ${f.message.nl}`, en: `${label.en}: ${f.message.en}` } }));
}
