import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../src/nlp/index.ts';
import { changedToken, makeToken } from '../../src/nlp/token.ts';

// Tokens are made in one shape (nlp/token.ts): the same keys in the same order, `readAs` always present, also on the
// tokens the title-case, quote-stop and hyphened-title readings change. (The hidden class itself is V8's; the keys
// are what a test can see of it.)
const KEYS = 'index,text,lower,lemma,pos,start,end,sentence,readAs';

test('every token of an analysed text has the same keys in the same order', { timeout: 60_000 }, () => {
  const doc = analyze('REBELS SEIZE TOWN IN NORTH\n\nThe rebels said: "We will hold it." Officials, the secretary-general said, fled.', new Set(), { hyphenTitles: new Map([['secretary-general', 'secretary-general']]) });
  assert.ok(doc.tokens.length > 10);
  for (const t of doc.tokens) assert.equal(Object.keys(t).join(','), KEYS, t.text);
  assert.ok(doc.tokens.some((t) => t.readAs !== undefined), 'a reading other than the text');
});

test('a changed token keeps its other fields and its shape', { timeout: 10_000 }, () => {
  const t = makeToken(3, 'Said', 'said', 'said', 'ADJ', 10, 14, 1);
  const changed = changedToken(t, { pos: 'VERB', lemma: 'say' });
  assert.deepEqual({ ...changed }, { index: 3, text: 'Said', lower: 'said', lemma: 'say', pos: 'VERB', start: 10, end: 14, sentence: 1, readAs: undefined });
  assert.equal(Object.keys(changedToken(changed, { readAs: ',' })).join(','), KEYS);
  assert.equal(changedToken(changed, { readAs: ',' }).readAs, ',');
});
