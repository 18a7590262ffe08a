import type { TreebankSentence } from './conllu.ts';
import { LinearModel, PerceptronTrainer, argmax } from './perceptron.ts';
import { shuffled } from './random.ts';
import { Tagger } from './tagger.ts';
import { TAGGER_FEATURES, taggerFeatures } from './tagger-features.ts';
import { TokenTable } from './token-table.ts';

export interface TaggerTraining {
  readonly epochs: number;
  readonly bits: number;
  readonly seed: number;
  readonly log?: (line: string) => void;
}

// A word goes into the tag dictionary when seen often enough and nearly always with one tag
// (Honnibal's thresholds): "the", "of", "said" — never "that" (DET/PRON/SCONJ) or "US".
const DICTIONARY_MIN_COUNT = 20;
const DICTIONARY_MIN_SHARE = 0.97;

export function trainTagger(sentences: readonly TreebankSentence[], options: TaggerTraining): Tagger {
  const tagNames = [...new Set(sentences.flatMap((s) => s.upos))].sort();
  const tagId = new Map(tagNames.map((t, i) => [t, i]));
  const table = new TokenTable();
  const dictionary = buildDictionary(sentences, tagId, table);
  const model = new LinearModel(options.bits, tagNames.length);
  const trainer = new PerceptronTrainer(model);
  const features = new Int32Array(TAGGER_FEATURES);
  const scores = new Float32Array(tagNames.length);
  const tags = new Uint8Array(1024);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    let correct = 0;
    let total = 0;
    for (const s of shuffled(sentences, options.seed + epoch)) {
      table.fill(s.words);
      for (let i = 0; i < table.length; i++) {
        const gold = tagId.get(s.upos[i])!;
        const known = dictionary.get(table.forms[i]);
        if (known !== undefined) { tags[i] = known; continue; }
        const count = taggerFeatures(table, i, tags, model.mask, features);
        model.score(features, count, scores);
        const guess = argmax(scores, tagNames.length);
        trainer.tick();
        trainer.update(features, count, gold, guess);
        tags[i] = guess;
        correct += guess === gold ? 1 : 0;
        total++;
      }
    }
    options.log?.(`tagger epoch ${epoch + 1}: ${((100 * correct) / total).toFixed(2)}% of non-dictionary training tokens`);
  }
  return new Tagger(trainer.averaged(), tagNames, dictionary);
}

function buildDictionary(sentences: readonly TreebankSentence[], tagId: ReadonlyMap<string, number>, table: TokenTable): Map<string, number> {
  const counts = new Map<string, Map<number, number>>();
  for (const s of sentences) {
    table.fill(s.words);
    for (let i = 0; i < table.length; i++) {
      const byTag = counts.get(table.forms[i]) ?? new Map<number, number>();
      const t = tagId.get(s.upos[i])!;
      byTag.set(t, (byTag.get(t) ?? 0) + 1);
      counts.set(table.forms[i], byTag);
    }
  }
  const dictionary = new Map<string, number>();
  for (const [form, byTag] of counts) {
    let total = 0;
    let best = 0;
    let bestTag = 0;
    for (const [t, c] of byTag) {
      total += c;
      if (c > best) { best = c; bestTag = t; }
    }
    if (total >= DICTIONARY_MIN_COUNT && best / total >= DICTIONARY_MIN_SHARE) dictionary.set(form, bestTag);
  }
  return dictionary;
}
