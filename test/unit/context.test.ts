import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectLang, isInteractive, useColor } from '../../src/ui/context.ts';
import { t } from '../../src/ui/messages.ts';

describe('context decisions', () => {
  it('language: flag, then LZ_ONBOARD_LANG, then locale, else Dutch', () => {
    assert.equal(detectLang('en', { LANG: 'nl_NL.UTF-8' }), 'en');
    assert.equal(detectLang(undefined, { LZ_ONBOARD_LANG: 'en' }), 'en');
    assert.equal(detectLang(undefined, { LANG: 'en_GB.UTF-8' }), 'en');
    assert.equal(detectLang(undefined, { LANG: 'nl_NL.UTF-8' }), 'nl');
    assert.equal(detectLang(undefined, { LANG: 'C.UTF-8' }), 'nl');
    assert.equal(detectLang(undefined, {}), 'nl');
  });
  it('interactive only with two terminals and nothing saying otherwise', () => {
    assert.equal(isInteractive({}, {}, true, true), true);
    assert.equal(isInteractive({}, {}, true, false), false);
    assert.equal(isInteractive({}, {}, false, true), false);
    assert.equal(isInteractive({ input: false }, {}, true, true), false);
    assert.equal(isInteractive({ yes: true }, {}, true, true), false);
    assert.equal(isInteractive({ json: true }, {}, true, true), false);
    assert.equal(isInteractive({}, { CI: 'true' }, true, true), false);
    assert.equal(isInteractive({}, { CI: 'false' }, true, true), true);
  });
  it('colour honours NO_COLOR, --no-color, TERM=dumb and non-terminals', () => {
    assert.equal(useColor({}, {}, true), true);
    assert.equal(useColor({}, { NO_COLOR: '1' }, true), false);
    assert.equal(useColor({ color: false }, {}, true), false);
    assert.equal(useColor({}, { TERM: 'dumb' }, true), false);
    assert.equal(useColor({}, {}, false), false);
    assert.equal(useColor({}, { FORCE_COLOR: '1' }, false), true);
    assert.equal(useColor({}, { FORCE_COLOR: '0' }, true), false, 'FORCE_COLOR=0 turns colour off');
    assert.equal(useColor({}, { FORCE_COLOR: 'false' }, true), false);
  });
  it('messages interpolate and translate nested reasons', () => {
    assert.equal(t('en', 'flag.invalid', { flag: '--oin', reason: 'id.length', length: '3' }), '--oin: an OIN/HRN has 20 positions, this has 3');
    assert.equal(t('nl', 'flag.required', { flag: '--name' }).startsWith('--name is verplicht'), true);
  });
  it('counts take the singular for one and the plural otherwise', () => {
    assert.equal(t('en', 'cert.summary', { errors: '1', warnings: '0', infos: '2' }), '1 error, 0 warnings, 2 notes');
    assert.equal(t('nl', 'cert.summary', { errors: '3', warnings: '1', infos: '1' }), '3 fouten, 1 waarschuwing, 1 melding');
    assert.equal(t('en', 'verify.summary', { env: 'productie', errors: '0', warnings: '1' }), 'productie: 0 errors, 1 warning');
  });
});
