import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadKnowledge } from '../src/knowledge/load.ts';
import { createCoder } from '../src/core/index.ts';
import { analyze } from '../src/nlp/index.ts';
import { parseSentence, parseSentences, shippedSyntaxModel } from '../src/nlp/syntax/index.ts';

// Coder throughput on the bundled examples and the test corpus, against a tokenizer-only pass
// over the same text (the floor), plus knowledge-base load time and name resolution rate.
const t0 = performance.now();
const kb = loadKnowledge();
const loadMs = performance.now() - t0;
const coder = createCoder(kb);

const examples = readdirSync(new URL('../examples/', import.meta.url)).filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join(new URL('../examples/', import.meta.url).pathname, f), 'utf8'));
const corpusDir = new URL('../test/corpus/sentences/', import.meta.url).pathname;
const sentences = readdirSync(corpusDir).flatMap((f) => readFileSync(join(corpusDir, f), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).text as string));
const docs = [...examples, ...Array.from({ length: Math.ceil(sentences.length / 20) }, (_, i) => sentences.slice(i * 20, i * 20 + 20).join(' '))];
const sentenceCount = docs.reduce((n, d) => n + analyze(d).sentences.length, 0);

function time(fn: () => void, minMs = 2000): number {
  let runs = 0;
  const start = performance.now();
  while (performance.now() - start < minMs) {
    fn();
    runs++;
  }
  return (performance.now() - start) / runs;
}
const codeMs = time(() => docs.forEach((text, i) => coder.code({ id: String(i), text, published: '2024-05-01', title: null })));
const tokMs = time(() => docs.forEach((text) => analyze(text)));
// Tagging + dependency parsing alone, over the same sentences already tokenised (model load excluded).
const analyzed = docs.map((text) => analyze(text));
const tokenCount = analyzed.reduce((n, d) => n + d.tokens.length, 0);
const tokMsPerToken = tokMs / tokenCount;
const t1 = performance.now();
shippedSyntaxModel();
const modelLoadMs = performance.now() - t1;
// Each document's sentences in one batch, as the coder asks for them (SentenceTrees); the same trees as
// one sentence at a time (parseSentence), which is timed too.
const parseAll = () => analyzed.forEach((d) => parseSentences(d, d.sentences));
const parseMs = time(parseAll);
const parseOneMs = time(() => analyzed.forEach((d) => d.sentences.forEach((s) => parseSentence(d, s))));
// CPU time of the same work too: on a shared machine wall time counts other processes' turns.
const cpuMs = (fn: () => void, runs = 5) => {
  const before = process.cpuUsage();
  for (let r = 0; r < runs; r++) fn();
  const cpu = process.cpuUsage(before);
  return (cpu.user + cpu.system) / 1000 / runs;
};
const parseCpuMs = cpuMs(parseAll);
const tokCpuMs = cpuMs(() => docs.forEach((text) => analyze(text)));
const names = ['Kata’ib Hezbollah', 'Iraqi', 'Washington', 'Hamas', 'al-Shabab', 'NATO', 'Camp Taji', 'Donald Trump', 'Unknown Name', 'United Nations'];
const resolveMs = time(() => { for (let i = 0; i < 10000; i++) kb.actors.lookup(names[i % names.length]); }, 500);

console.log(`knowledge base load: ${loadMs.toFixed(0)} ms`);
console.log(`resolve 10,000 names: ${resolveMs.toFixed(1)} ms`);
console.log(`coder: ${(sentenceCount / (codeMs / 1000)).toFixed(0)} sentences/s (${docs.length} docs, ${sentenceCount} sentences per pass)`);
console.log(`syntax model load: ${modelLoadMs.toFixed(0)} ms`);
console.log(`tagger + parser: ${(tokenCount / (parseMs / 1000)).toFixed(0)} tokens/s on one core, ${(tokenCount / (parseCpuMs / 1000)).toFixed(0)} per CPU second; one sentence at a time ${(tokenCount / (parseOneMs / 1000)).toFixed(0)} tokens/s (tokenizer only: ${(1000 / tokMsPerToken).toFixed(0)} tokens/s, ${(tokenCount / (tokCpuMs / 1000)).toFixed(0)} per CPU second; ${tokenCount} tokens per pass)`);
console.log(`tokenizer only: ${(sentenceCount / (tokMs / 1000)).toFixed(0)} sentences/s; coder/tokenizer time ratio ${(codeMs / tokMs).toFixed(2)}`);
