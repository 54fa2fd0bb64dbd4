// The message catalogue: every message in both languages, and Dutch output with no English in it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hasMessage, t } from '../../src/ui/messages.ts';
import { CATALOGUE_PARTS, messageIds } from '../../src/ui/messages.ts';

// Identical in both languages is fine for what has no words: placeholders, codes, punctuation, names,
// and the words both languages share (dossier, plan, open, info) or that are field and command names.
const SHARED =
  /\b(PKCS#12|PartyId|CPAId|OIN|HRN|KvK|JSON|XML|Digikoppeling|Lopende Zaken|ebMS|Ping|EndpointUri|https|[Dd]ossiers?|plan|steps|open|info|Verify|from|zaaktype(n)?|scenario)\b/g;
const wordless = (s: string) => !/[A-Za-zÀ-ÿ]{4,}/.test(s.replace(/\{[^}]*\}/g, '').replace(SHARED, ''));

describe('message catalogue', () => {
  it('every message has a Dutch and an English text, and they differ wherever there are words', () => {
    for (const id of messageIds()) {
      const nl = t('nl', id);
      const en = t('en', id);
      assert.ok(nl && en, id);
      if (nl === en) assert.ok(wordless(nl), `${id}: "${nl}" is the same in both languages`);
    }
  });
  it("no id is defined twice across the catalogue's parts", () => {
    const ids = CATALOGUE_PARTS.flatMap((part) => Object.keys(part));
    assert.equal(new Set(ids).size, ids.length, ids.filter((id, i) => ids.indexOf(id) !== i).join());
  });
  it('knows its own ids', () => {
    assert.ok(hasMessage('dossier.not-found'));
    assert.ok(!hasMessage('dossier.not-a-message'));
  });
});
