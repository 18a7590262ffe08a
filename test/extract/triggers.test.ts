import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findTriggers, type Trigger } from '../../src/extract/triggers.ts';
import { indexPatterns, parsePatterns } from '../../src/knowledge/patterns.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import type { EventPattern } from '../../src/knowledge/types.ts';
import { analyze } from '../../src/nlp/index.ts';
import { scanTriggers } from './scan-matcher.ts';

// Trigger matching through the pattern tries finds exactly what trying every pattern one by one
// found (scan-matcher.ts), in the same order, and its cost does not follow the number of patterns.

const kb = loadKnowledge();
const describe = (ts: readonly Trigger[]) => ts.map((t) => `${t.pattern.id} @${t.start}-${t.end} head ${t.head} [${t.tokens.join(',')}]`);

function triggersOf(text: string, byFirst: ReadonlyMap<string, readonly EventPattern[]>) {
  const doc = analyze(text);
  return doc.sentences.map((s) => ({ fast: describe(findTriggers(doc.tokens, s, byFirst)), scan: describe(scanTriggers(doc.tokens, s, byFirst)) }));
}

function patternsFrom(tsv: string, kind: 'verb' | 'noun'): EventPattern[] {
  return parsePatterns('test.tsv', `pattern\tcameo\n${tsv}`, kind, kb.ontology);
}

test('tries: the same triggers as a scan over every pattern, on the corpus sentences and the examples', { timeout: 120_000 }, () => {
  const dir = new URL('../corpus/sentences/', import.meta.url).pathname;
  const texts = readdirSync(dir).flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text));
  const examples = new URL('../../examples/', import.meta.url).pathname;
  for (const f of readdirSync(examples).filter((n) => n.endsWith('.txt'))) texts.push(readFileSync(join(examples, f), 'utf8'));
  let found = 0;
  for (const text of texts) {
    for (const { fast, scan } of triggersOf(text, kb.patterns)) {
      assert.deepEqual(fast, scan, text.slice(0, 80));
      found += fast.length;
    }
  }
  assert.ok(found > 500, `only ${found} triggers`);
});

test('tries: steps that share words share an edge, and each step takes the first token that fits', () => {
  const patterns = indexPatterns(patternsFrom('fire * rocket|missile at\t195\nfire missile|rocket\t195\nfire * shell\t195\nfire\t195\n', 'verb'));
  for (const text of [
    'Militants fired two rockets at the base.',
    'The army fired missiles and rockets at the town.',
    'Gunmen fired a shell and a rocket.',
    'They fired at the crowd after the rally.',
  ]) {
    for (const { fast, scan } of triggersOf(text, patterns)) assert.deepEqual(fast, scan, text);
  }
  // the longest match wins: "fire * rocket at" over "fire rocket" and "fire"
  const [first] = triggersOf('Militants fired two rockets at the base.', patterns);
  assert.equal(first.fast.length, 1);
  assert.match(first.fast[0], /fire \* rocket\|missile at/);
});

test('tries: a passive reading only when the active one fails, with the object words before the verb', () => {
  const patterns = indexPatterns(patternsFrom('expel * diplomat\t1663\nexpel * envoy|ambassador from\t1663\n', 'verb'));
  for (const [text, expected] of [
    ['Two Russian diplomats were expelled on Monday.', /expel \* diplomat @\d+-\d+ head \d+ \[\d+,\d+\]/],
    ['The ambassador was quietly expelled from the country.', /expel \* envoy/],
    ['The government expelled two diplomats.', /expel \* diplomat/],
  ] as const) {
    const [{ fast, scan }] = triggersOf(text, patterns);
    assert.deepEqual(fast, scan, text);
    assert.equal(fast.length, 1, text);
    assert.match(fast[0], expected);
  }
});

test('tries: 20,000 patterns give the triggers 9,000 gave when the added ones name words the text lacks', { timeout: 120_000 }, () => {
  const real = [...new Set([...kb.patterns.values()].flat())];
  const extra = Array.from({ length: 20000 - real.length }, (_, n) => {
    const base = real[n % real.length];
    return { ...base, id: `extra:${n}`, steps: [...base.steps, { lemmas: [`zzword${n}`], gapBefore: n % 2 === 0 }] };
  });
  const big = indexPatterns([...real, ...extra]);
  for (const text of ['Russian forces shelled Kharkiv on Tuesday, killing three civilians.', 'Protesters rallied outside parliament and police detained 40 people.', 'Iran accused Israel of attacking its consulate in Damascus.']) {
    const doc = analyze(text);
    for (const s of doc.sentences) assert.deepEqual(describe(findTriggers(doc.tokens, s, big)), describe(findTriggers(doc.tokens, s, kb.patterns)), text);
  }
});
