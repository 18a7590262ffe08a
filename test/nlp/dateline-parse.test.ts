import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/nlp/analyze.ts';
import { parseSentence, parseSentences } from '../../src/nlp/syntax/index.ts';
import { datelineDash, setAsideWords } from '../../src/nlp/syntax/set-aside-words.ts';

// A wire dateline ("NEW DELHI (Reuters) —") is read without by the parser and joins the tree as a `dep` of the clause's
// root (nlp/syntax/set-aside-words.ts): the treebank has none, and one before the clause threw the parse off.
const T = { timeout: 60_000 };
const DATELINED: Array<[string, string, string]> = [
  ['NEW DELHI (Reuters) — Indian Prime Minister Narendra Modi and Chinese President Xi Jinping agreed on Sunday to resume direct flights.', 'agreed', 'Modi'],
  ['KYIV, Ukraine (AP) — Russian drones struck power stations across Ukraine overnight, officials said.', 'struck', 'drones'],
  ['MANILA, Philippines (Reuters) — Chinese coast guard ships fired water cannon at a Philippine supply boat on Saturday.', 'fired', 'ships'],
];
for (const [text, verb, subject] of DATELINED) {
  test(`a dateline hangs on the clause's root: ${text}`, T, () => {
    const doc = analyze(text);
    const tree = parseSentence(doc, doc.sentences[0]);
    const at = (word: string) => doc.tokens.findIndex((t) => t.text === word);
    const root = tree.heads.indexOf(-1);
    assert.equal(doc.tokens[root].text, verb);
    assert.equal(tree.heads[0], root);
    assert.equal(tree.labels[0], 'dep');
    assert.equal(tree.heads[at(subject)], root);
    assert.equal(tree.labels[at(subject)], 'nsubj');
    // the batch parse reads the same tree
    assert.deepEqual([...parseSentences(doc, doc.sentences)[0].heads], [...tree.heads]);
  });
}
test('a sentence with no dateline keeps every word', T, () => {
  assert.equal(setAsideWords('Russian drones struck power stations overnight .'.split(' ')), null);
  assert.equal(datelineDash('NATO said on Monday - after talks - it would act .'.split(' ')), -1);
  assert.equal(datelineDash('UN officials - who declined to be named - said .'.split(' ')), -1);
});
