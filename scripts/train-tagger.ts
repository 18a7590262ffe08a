import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { parseConllu } from '../src/nlp/syntax/conllu.ts';
import { TokenTable } from '../src/nlp/syntax/token-table.ts';
import { trainTagger } from '../src/nlp/syntax/train-tagger.ts';
import { DEFAULT_TRAINING } from '../src/nlp/syntax/train.ts';
import { winkLexicon } from '../src/nlp/syntax/wink-lexicon.ts';
import { WordClusters } from '../src/nlp/syntax/word-clusters.ts';

// npm run train:tagger [-- --taggerEpochs N --clusters 0|1 --lexicon 0|1 --limit N]: trains the tagger
// alone on UD English EWT train (the defaults of `npm run train:parser`) and prints its dev UPOS, on words
// the training set lacks too, and its most frequent confusions: a tagger change measured in a minute or two.
const treebank = new URL('../../shared/ud-ewt/', import.meta.url);
const { values } = parseArgs({
  options: {
    limit: { type: 'string' },
    ...Object.fromEntries(['taggerEpochs', 'taggerBits', 'taggerTwoPass', 'seed', 'clusters', 'lexicon'].map((k) => [k, { type: 'string' as const }])),
  },
});
const option = (name: keyof typeof DEFAULT_TRAINING) => Number(values[name as keyof typeof values] ?? DEFAULT_TRAINING[name] ?? 0);
const read = (name: string) => {
  try { return parseConllu(readFileSync(new URL(name, treebank), 'utf8'), name); } catch (e) {
    console.error(`cannot read ${new URL(name, treebank).pathname}: ${(e as Error).message}`);
    process.exit(1);
  }
};
let train = read('en_ewt-ud-train.conllu');
if (values.limit) train = train.slice(0, Number(values.limit));
const dev = read('en_ewt-ud-dev.conllu');

let clusters: WordClusters | null = null;
if (option('clusters') === 1) {
  const url = new URL('../data/models/word-clusters.tsv.gz', import.meta.url);
  try { clusters = WordClusters.parse(gunzipSync(readFileSync(url)).toString('utf8'), url.pathname); } catch (e) {
    console.error(`cannot read the word classes: ${(e as Error).message}`);
    process.exit(1);
  }
  if (option('lexicon') === 1) clusters = clusters.withLexicon(winkLexicon());
}

const started = performance.now();
const tagger = trainTagger(train, {
  epochs: option('taggerEpochs'), bits: option('taggerBits'), seed: option('seed'), twoPass: option('taggerTwoPass') === 1, clusters,
});
const seconds = ((performance.now() - started) / 1000).toFixed(0);
const seen = new Set(train.flatMap((s) => s.words.map((w) => w.toLowerCase())));
const table = new TokenTable(clusters);
let right = 0, total = 0, unseenRight = 0, unseen = 0;
const confusions = new Map<string, number>();
for (const s of dev) {
  table.fill(s.words);
  const tags = new Uint8Array(s.words.length);
  tagger.tag(table, tags);
  s.words.forEach((w, i) => {
    const guess = tagger.tagNames[tags[i]], gold = s.upos[i];
    const ok = guess === gold;
    right += ok ? 1 : 0; total++;
    if (!seen.has(w.toLowerCase())) { unseen++; unseenRight += ok ? 1 : 0; }
    if (!ok) confusions.set(`${gold}→${guess}`, (confusions.get(`${gold}→${guess}`) ?? 0) + 1);
  });
}
console.log(`dev UPOS ${((100 * right) / total).toFixed(2)} (${total - right} wrong of ${total}); words unseen in train ${((100 * unseenRight) / unseen).toFixed(2)} of ${unseen}; trained in ${seconds} s`);
console.log([...confusions].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([k, v]) => `${k} ${v}`).join(', '));
