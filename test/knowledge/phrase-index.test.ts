import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normalizeWithMap } from '../../src/nlp/normalize.ts';
import { PhraseIndex } from '../../src/knowledge/phrase-index.ts';
import { packPhrases, PhraseTable } from '../../src/knowledge/phrase-table.ts';

// findAll skips a word at once when it begins no alias of the trie nor of the frozen table; a word
// that begins an alias in either part must still start a match there, the longest winning.
const index = new PhraseIndex<string>();
index.add('Islamic State', 'trie:IS');
index.add('Kenya', 'trie:KEN');
const frozen = ['Islamic State in Iraq', 'Nairobi', 'African Union', 'Kenya Defence Forces'];
index.freeze(new PhraseTable(packPhrases(frozen.map((alias, ref) => ({ alias, ref }))), (ref) => `frozen:${frozen[ref]}`));

const ROWS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['Fighters of the Islamic State in Iraq attacked a village.', ['Islamic State in Iraq=frozen:Islamic State in Iraq']],
  ['The Islamic State claimed the attack near Nairobi.', ['Islamic State=trie:IS', 'Nairobi=frozen:Nairobi']],
  ['Kenya Defence Forces and the African Union met in Kenya.', ['Kenya Defence Forces=frozen:Kenya Defence Forces', 'African Union=frozen:African Union', 'Kenya=trie:KEN']],
  ['Nothing here names anyone at all.', []],
];

test('findAll finds aliases of the trie and of the frozen table, longest first, skipping words that begin none', () => {
  for (const [text, expected] of ROWS) {
    const found = index.findAll(text, normalizeWithMap(text)).map((m) => `${text.slice(m.start, m.end)}=${m.values.join('|')}`);
    assert.deepEqual(found, expected, text);
  }
});
