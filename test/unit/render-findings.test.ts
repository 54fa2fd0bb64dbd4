// Findings for people: one language per screen (severity word, message and citation), and the
// same note once with a count; JSON keeps every finding.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allCertChecks } from '../../src/domain/cert/catalogue.ts';
import { checkDef, finding } from '../../src/domain/findings.ts';
import { makeContext } from '../../src/ui/context.ts';
import { findingsJson, renderFindings } from '../../src/ui/render-findings.ts';

const nl = makeContext({ lang: 'nl', color: false }, {}, '/');
const en = makeContext({ lang: 'en', color: false }, {}, '/');
const expired = allCertChecks().find((d) => d.code === 'cert.validity.expired')!;

describe('renderFindings', () => {
  it('speaks one language: severity word, message and citation', () => {
    const f = finding(expired, { date: '2026-01-01', days: '3' });
    const dutch = renderFindings(nl, [f]);
    assert.match(dutch, /✖ fout +cert\.validity\.expired/);
    assert.match(dutch, /geldigheid/);
    assert.doesNotMatch(dutch.replace('cert.validity.expired', ''), /\berror\b|\bvalidity\b/);
    const english = renderFindings(en, [f]);
    assert.match(english, /✖ error +cert\.validity\.expired/);
    assert.match(english, /validity/);
    assert.doesNotMatch(english.replace('cert.validity.expired', ''), /\bfout\b|geldigheid/);
  });

  it('pads the severity words to one width so the codes line up', () => {
    const w = checkDef('x.warn', 'warning', { nl: 'bron', en: 'source' }, 'w', 'w');
    const i = checkDef('x.info', 'info', { nl: 'bron', en: 'source' }, 'i', 'i');
    const lines = renderFindings(nl, [finding(expired, {}), finding(w, {}), finding(i, {})])
      .split('\n')
      .filter((l) => /^ {2}[✖!i] /.test(l));
    const columns = lines.map((l) => (l.indexOf(' x.') >= 0 ? l.indexOf(' x.') : l.indexOf(' cert.')));
    assert.equal(new Set(columns).size, 1, lines.join('\n'));
  });

  it('shows an identical note once with a count; a different message stays separate', () => {
    const d = checkDef('chain.root.test', 'info', { nl: 'bron', en: 'source' }, 'testroot {who}', 'test root {who}');
    const same = [finding(d, { who: 'a' }), finding(d, { who: 'a' }), finding(d, { who: 'a' }), finding(d, { who: 'b' })];
    const text = renderFindings(en, same);
    assert.equal(text.match(/chain\.root\.test/g)?.length, 2);
    assert.match(text, /chain\.root\.test \(3×\)\n +test root a/);
    assert.match(text, /chain\.root\.test\n +test root b/);
    assert.match(renderFindings(nl, same), /\(3×\)/);
    assert.equal(findingsJson(en, same).length, 4);
    assert.deepEqual(findingsJson(nl, same)[0], { code: 'chain.root.test', severity: 'info', message: 'testroot a', citation: 'bron' });
  });
});
