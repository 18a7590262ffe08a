import { mkdirSync, readFileSync } from 'node:fs';
import { loadKnowledge } from '../src/knowledge/load.ts';
import { indexPatterns } from '../src/knowledge/patterns.ts';
import type { EventPattern } from '../src/knowledge/types.ts';
import { findTriggers } from '../src/extract/triggers.ts';
import { analyze } from '../src/nlp/index.ts';
import { scanTriggers } from '../test/extract/scan-matcher.ts';
import type { Sentence, Token } from '../src/nlp/types.ts';
import { writeCorpus } from './ingest-corpus.ts';
import { seededRandom } from './seeded-random.ts';

// Trigger matching time per sentence as the pattern set grows: a sample of 2,000 of the bundled
// patterns, all of them (~9,000), and all of them plus synthetic ones up to 20,000 (CAMEO imports
// will add thousands). The synthetic patterns reuse real heads with other words after them, so
// they land on the same tokens the real ones do: a scan over patterns slows down, an index does not.
// Sentences: the ingest bench's generated articles (analysed once; only matching is timed).
// Each set is timed with the tries and with the reference scan over every pattern (the matcher before
// the tries, kept in test/extract/scan-matcher.ts), which finds the same triggers.
//   npm run bench:triggers [-- --articles 60]

const argv = process.argv.slice(2);
const articles = Number(argv[argv.indexOf('--articles') + 1] ?? 60) || 60;
const out = new URL('./out/', import.meta.url).pathname;
mkdirSync(out, { recursive: true });
await writeCorpus(`${out}triggers-corpus.jsonl`, { articles, seed: 7 });
const docs = readFileSync(`${out}triggers-corpus.jsonl`, 'utf8').split('\n').filter(Boolean).map((l) => analyze((JSON.parse(l) as { text: string }).text));
const sentences: Array<{ tokens: readonly Token[]; sentence: Sentence }> = docs.flatMap((d) => d.sentences.map((sentence) => ({ tokens: d.tokens, sentence })));

const kb = loadKnowledge();
const real = [...new Set([...kb.patterns.values()].flat())];
const random = seededRandom(14);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
const words = [...new Set(docs.flatMap((d) => d.tokens.filter((t) => /^[a-z]{3,}$/.test(t.lower)).map((t) => t.lemma)))];

function synthetic(n: number): EventPattern {
  const base = pick(real);
  const steps = [...base.steps];
  // another object word after the head ("fire * <word>"), or a changed last word
  if (steps.length === 1 || random() < 0.5) steps.splice(1, 0, { lemmas: [pick(words)], gapBefore: random() < 0.5 });
  else steps[steps.length - 1] = { lemmas: [pick(words), pick(words)], gapBefore: steps[steps.length - 1].gapBefore };
  return { ...base, id: `synthetic:${n}`, steps };
}

const sample = [...real].sort(() => random() - 0.5).slice(0, 2000);
const sets: Array<[string, readonly EventPattern[]]> = [
  ['2k', sample],
  [`${(real.length / 1000).toFixed(0)}k (bundled)`, real],
  ['20k', [...real, ...Array.from({ length: 20000 - real.length }, (_, n) => synthetic(n))]],
];

console.log(`${sentences.length} sentences, ${docs.reduce((n, d) => n + d.tokens.length, 0)} tokens from ${articles} generated articles`);
const matchers = [['tries', findTriggers], ['scan', scanTriggers]] as const;
for (const [name, patterns] of sets) {
  const byFirst = indexPatterns(patterns);
  for (const [matcher, find] of matchers) {
    let found = 0;
    for (const s of sentences) found += find(s.tokens, s.sentence, byFirst).length; // warm-up, and the count
    const times: number[] = [];
    for (let run = 0; run < 5; run++) {
      const start = performance.now();
      for (const s of sentences) find(s.tokens, s.sentence, byFirst);
      times.push(((performance.now() - start) * 1000) / sentences.length);
    }
    times.sort((a, b) => a - b);
    console.log(`${String(patterns.length).padStart(6)} patterns (${name}), ${matcher.padEnd(5)}: ${times[2].toFixed(1).padStart(7)} µs per sentence (median of 5; range ${times[0].toFixed(1)}-${times[4].toFixed(1)}), ${found} triggers`);
  }
}
