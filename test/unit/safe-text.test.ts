// Whatever text comes from outside, what reaches a terminal has no C0 or C1 control and no bidi
// override (but the tool's own colour codes, when colour is on); JSON keeps exact values.
import { dyn } from '../../src/ui/messages.ts';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { finding, checkDef } from '../../src/domain/findings.ts';
import { plainText } from '../../src/domain/text.ts';
import { DomainError } from '../../src/domain/errors.ts';
import { jsonText, neutralise, visible, visibleLine } from '../../src/ui/safe-text.ts';
import { t } from '../../src/ui/messages.ts';
import { renderFindings } from '../../src/ui/render-findings.ts';
import { makeContext } from '../../src/ui/context.ts';

const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/;
const SGR = /\u001B\[[0-9;]*m/g;
// Strings rich in the characters that matter, mixed with ordinary text.
const nasty = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc
    .array(
      fc.constantFrom('\u001b', '[', ']', '0;', 'm', '\u0007', '\u009b', '\u202e', '\u2066', '\r', '\n', '\t', '\u0000', '\u007f', '\u0085', 'a', 'é', ' '),
      { maxLength: 40 },
    )
    .map((a) => a.join('')),
);
const ctx = makeContext({ lang: 'en', color: false }, {}, '/');

describe('terminal-safe text', () => {
  it('visible, visibleLine and neutralise leave no unsafe character, for any string', () => {
    fc.assert(
      fc.property(nasty, (s) => {
        assert.ok(!UNSAFE.test(visible(s)));
        assert.ok(!UNSAFE.test(visibleLine(s)) && !visibleLine(s).includes('\n'));
        assert.ok(!UNSAFE.test(neutralise(s, false)));
        // With colour on only SGR sequences may remain.
        assert.ok(!UNSAFE.test(neutralise(s, true).replace(SGR, '')));
      }),
      { numRuns: 2000 },
    );
  });

  it('every message and finding renders any parameter safely', () => {
    const def = checkDef('x.y', 'error', { nl: 'bron', en: 'source' }, '{value} nl', '{value} en');
    fc.assert(
      fc.property(nasty, (s) => {
        for (const id of ['dossier.not-found', 'plan.read', 'status.unreadable-dirs', 'value.hostname']) {
          assert.ok(!UNSAFE.test(t('nl', dyn(id), { file: s, problem: s, dirs: s, value: s, count: '2' })), id);
        }
        assert.ok(!UNSAFE.test(renderFindings(ctx, [finding(def, { value: s })])));
      }),
      { numRuns: 500 },
    );
  });

  it('JSON text escapes C1 and bidi characters too, and parses back to the exact value', () => {
    fc.assert(
      fc.property(nasty, (s) => {
        const text = jsonText(JSON.stringify({ s }));
        assert.ok(!UNSAFE.test(text));
        assert.equal(JSON.parse(text).s, s);
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses unsafe characters and overlong values where text comes in', () => {
    for (const bad of ['a\u001b[2J', 'a\u009b', 'a\u202e', 'a\r', 'a\u0000']) {
      assert.throws(
        () => plainText('note', bad, 100, true),
        (e: unknown) => e instanceof DomainError && e.params['reason'] === 'value.control',
      );
    }
    assert.equal(plainText('note', 'two\nlines\tand tab', 100, true), 'two\nlines\tand tab');
    assert.throws(() => plainText('name', 'two\nlines', 100), DomainError);
    assert.throws(
      () => plainText('name', 'x'.repeat(101), 100),
      (e: unknown) => e instanceof DomainError && e.params['reason'] === 'value.too-long',
    );
  });
});
