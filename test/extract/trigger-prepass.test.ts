import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findTriggers, type Trigger } from '../../src/extract/triggers.ts';
import { triggerPrepass, triggersWithParse } from '../../src/extract/trigger-prepass.ts';
import { parseReadsVerb } from '../../src/extract/verb-reading.ts';
import { TreeView } from '../../src/extract/tree-roles/index.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { analyze } from '../../src/nlp/index.ts';
import { parseSentence } from '../../src/nlp/syntax/index.ts';

// The prepass decides which sentences the coder parses for their triggers; a sentence it leaves
// unparsed must have exactly the triggers the parse's reading of its words would give.

const kb = loadKnowledge();
const describe = (ts: readonly Trigger[]) => ts.map((t) => `${t.pattern.id} @${t.start}-${t.end} [${t.tokens.join(',')}]`);

function check(text: string): { parsed: number; sentences: number; found: number } {
  const doc = analyze(text);
  const prepass = triggerPrepass(doc.tokens, doc.sentences, kb.patterns);
  const { triggers, needParse } = prepass;
  let parsed = 0;
  let found = 0;
  for (const s of doc.sentences) {
    const view = new TreeView(parseSentence(doc, s), doc.tokens);
    const withParse = findTriggers(doc.tokens, s, kb.patterns, (i) => parseReadsVerb(view, i));
    found += withParse.length;
    if (needParse.has(s.index)) parsed++;
    else assert.deepEqual(describe(triggers[s.index]), describe(withParse), s.text);
    // a parsed sentence's words matched again only where the parse reads a verb: the same triggers as a whole new match
    assert.deepEqual(describe(triggersWithParse(prepass, doc.tokens, s, kb.patterns, (i) => parseReadsVerb(view, i))), describe(withParse), s.text);
  }
  return { parsed, sentences: doc.sentences.length, found };
}

test('a sentence left unparsed has the triggers its parse would give (corpus sentences and examples)', { timeout: 170_000 }, () => {
  const dir = new URL('../corpus/sentences/', import.meta.url).pathname;
  const texts = readdirSync(dir).flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text));
  const examples = new URL('../../examples/', import.meta.url).pathname;
  texts.push(...readdirSync(examples).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(examples, f), 'utf8')));
  let parsed = 0;
  let sentences = 0;
  for (const text of texts.slice(0, 400)) {
    const r = check(text);
    parsed += r.parsed;
    sentences += r.sentences;
  }
  assert.ok(parsed < sentences, `${parsed} of ${sentences} sentences asked for their parse`);
});

test('sentences whose words match no pattern even read as verbs ask for no parse', () => {
  const texts = [
    'The weather stayed mild along the northern coast for most of the week.',
    'Her family runs a small bakery on the main street of the old town.',
    'The committee will publish its annual figures in the spring.',
  ];
  for (const text of texts) {
    const doc = analyze(text);
    const { triggers, needParse } = triggerPrepass(doc.tokens, doc.sentences, kb.patterns);
    assert.equal(needParse.size, 0, text);
    assert.deepEqual(triggers.flat(), [], text);
  }
});

test('an event word the tagger reads as a noun keeps its triggers with or without the parse', () => {
  const texts = [
    'Government forces have retaken the village after heavy fighting.',
    'Police arrested two protesters outside the embassy on Monday.',
    'The army said a drone strike killed three militants near the border.',
  ];
  for (const text of texts) {
    const r = check(text);
    assert.ok(r.sentences === 1 && r.found > 0, text);
  }
});

// The parse reads a doubted word as a verb only in a past, participle or gerund form, after "had", or as a headline's
// -s verb, any form in a verbless sentence (parseReadsVerb): a sentence with a verb whose matches could grow only at
// base forms ("raid", "storm") needs no parse.
// Its doubted words stay listed for the re-tagging (retag.ts reads them whatever asked the parse).
test('a doubted word in a base form asks for no parse, and stays doubted for the re-tagging', { timeout: 60_000 }, () => {
  const texts = [
    'Government troops raid rebel camps every week, officials said.',
    'Rebel fighters shell the town every night, residents say.',
    'Soldiers storm the compound before dawn, witnesses said.',
  ];
  for (const text of texts) {
    const doc = analyze(text);
    const { needParse, doubts } = triggerPrepass(doc.tokens, doc.sentences, kb.patterns);
    assert.equal(needParse.size, 0, text);
    assert.ok((doubts.get(0)?.doubted.length ?? 0) > 0, text);
    check(text); // the same triggers as the parse's reading gives
  }
});

test('a doubted past, participle or gerund form that could add a match still asks for the parse', { timeout: 60_000 }, () => {
  const texts = [
    'Government forces have retaken the village after heavy fighting.',
    'Witnesses said the gunmen shot two guards at the gate.',
    'Residents watched soldiers burning the market stalls.',
  ];
  for (const text of texts) {
    const doc = analyze(text);
    assert.ok(triggerPrepass(doc.tokens, doc.sentences, kb.patterns).needParse.has(0), text);
  }
});
