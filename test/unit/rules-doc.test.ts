// The README's rules table is the rule catalogues, so documentation and code cannot drift.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { withRules } from '../../scripts/rules-doc.ts';
import { allRules } from '../../src/ui/rules.ts';
import { ROOT } from '../helpers/cli.ts';

describe('rules overview', () => {
  it('README.md lists every rule as the code has it (run npm run rules after changing one)', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    assert.equal(readme, withRules(readme));
  });
  it('every rule has a code, a severity, a message in both languages and a source; codes are unique', () => {
    for (const lang of ['nl', 'en'] as const) {
      const rules = allRules(lang);
      assert.equal(new Set(rules.map((r) => r.code)).size, rules.length);
      for (const r of rules) assert.ok(r.code && r.severity && r.citation && r.message && r.message !== r.code, `${lang} ${r.code}`);
    }
  });
});
