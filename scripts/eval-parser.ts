import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { parseConllu } from '../src/nlp/syntax/conllu.ts';
import { evaluate } from '../src/nlp/syntax/evaluate.ts';
import { loadSyntaxModel, MODEL_URL } from '../src/nlp/syntax/model-file.ts';

// npm run eval:parser [-- --model FILE]: UPOS, UAS and LAS of the model on UD English EWT test (all, and
// its weblog documents, the news-like part) and dev, predicted tags, punctuation included.
const { values } = parseArgs({ options: { model: { type: 'string' } } });
const treebank = new URL('../../shared/ud-ewt/', import.meta.url);
const read = (name: string) => {
  try { return parseConllu(readFileSync(new URL(name, treebank), 'utf8'), name); } catch (e) {
    console.error((e as Error).message);
    process.exit(1);
  }
};
let model;
try { model = loadSyntaxModel(values.model ? pathToFileURL(values.model) : MODEL_URL); } catch (e) {
  console.error((e as Error).message);
  process.exit(1);
}
const test = read('en_ewt-ud-test.conllu');
const dev = read('en_ewt-ud-dev.conllu');
const rows = [
  ['test (all)', test],
  ['test (weblog)', test.filter((s) => s.docId.startsWith('weblog-'))],
  ['dev', dev],
] as const;
console.log(`model: ${model.header.treebank} @${model.header.commit}, ${model.header.licence}, trained ${model.header.trainedAt}`);
console.log('set             sentences   words   UPOS    UAS    LAS');
for (const [name, sentences] of rows) {
  const s = evaluate(model, sentences);
  console.log(`${name.padEnd(15)} ${String(s.sentences).padStart(9)} ${String(s.words).padStart(7)}  ${s.upos.toFixed(2)}  ${s.uas.toFixed(2)}  ${s.las.toFixed(2)}`);
}
