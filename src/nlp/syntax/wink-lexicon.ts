import readCoreModel from 'wink-eng-lite-web-model/dist/read-core-model.js';
import { WordLexicon } from './word-lexicon.ts';

/**
 * The lexicon of the wink English model (npm wink-eng-lite-web-model, MIT, already the pipeline's
 * tokeniser): 87k spellings, each with its likely UPOS tag (`pos`) and the set of tags it takes
 * (`posClusters[lexemeCID]`). Read at training time only; a model file carries the lexicon it was trained with.
 */
export function winkLexicon(): WordLexicon {
  const model = readCoreModel();
  const { lexicon, packing } = model;
  const field = (name: string) => {
    const [word, mask, shift] = packing.layout[name];
    return (i: number) => (lexicon[word + i * packing.size] & mask) >>> shift;
  };
  const likely = field('pos'), cluster = field('lexemeCID');
  const tagNames = model.features.pos.list, sets = model.features.posClusters.list, words = model.features.lexeme.list;
  const entries: [string, string, string[]][] = [];
  // Entry 0 is wink's out-of-vocabulary stand-in.
  for (let i = 1; i < words.length; i++) {
    const word = words[i];
    if (!/^\S+$/.test(word)) continue;
    const tags = [...sets[cluster(i)]].map((t) => tagNames[t]).filter((t) => t !== 'UNK' && t !== 'SPACE');
    const tag = tagNames[likely(i)];
    if (tags.length === 0 || tag === 'UNK' || tag === 'SPACE') continue;
    entries.push([word, tag, tags]);
  }
  return WordLexicon.fromEntries(entries);
}
