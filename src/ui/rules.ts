// Every rule lz-onboard enforces, in one list: certificate checks, Digikoppeling artefact and CPA
// checks, identifier rules. `cert checks` prints it and the README's rules table is generated from
// it (a test keeps the two equal), so the documentation cannot drift from the code.
import { ARTEFACT_CHECKS } from '../domain/artefacts/catalogue.ts';
import { allCertChecks } from '../domain/cert/catalogue.ts';
import type { Lang } from '../domain/checklist.ts';
import type { Severity } from '../domain/findings.ts';
import { IDENTIFIER_RULES } from '../domain/identifier-rules.ts';
import { RENEWAL_CHECKS } from '../domain/renewal/catalogue.ts';
import { t, dyn } from './messages.ts';

export type RuleGroup = 'certificate' | 'artefact' | 'renewal' | 'identifier';

export interface Rule {
  group: RuleGroup;
  code: string;
  severity: Severity;
  message: string;
  citation: string;
}

export function allRules(lang: Lang): Rule[] {
  return [
    ...allCertChecks().map((d) => ({
      group: 'certificate' as const,
      code: d.code,
      severity: d.severity,
      message: d.message[lang],
      citation: d.citation[lang],
    })),
    ...Object.values(ARTEFACT_CHECKS).map((d) => ({
      group: 'artefact' as const,
      code: d.code,
      severity: d.severity,
      message: d.message[lang],
      citation: d.citation[lang],
    })),
    ...Object.values(RENEWAL_CHECKS).map((d) => ({
      group: 'renewal' as const,
      code: d.code,
      severity: d.severity,
      message: d.message[lang],
      citation: d.citation[lang],
    })),
    ...IDENTIFIER_RULES.map((r) => ({
      group: 'identifier' as const,
      code: r.code,
      severity: r.severity,
      message: t(lang, dyn(r.code)),
      citation: r.citation[lang],
    })),
  ];
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The README's rules table, in English (sources keep their own Dutch titles). */
export function rulesMarkdown(): string {
  const rows = allRules('en').map((r) => `| ${r.group} | \`${r.code}\` | ${r.severity} | ${cell(r.message)} | ${cell(r.citation)} |`);
  return ['| group | code | severity | message | source |', '|---|---|---|---|---|', ...rows].join('\n');
}
