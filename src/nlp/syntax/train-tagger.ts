import type { TreebankSentence } from './conllu.ts';
import { LinearModel, PerceptronTrainer, argmax } from './perceptron.ts';
import { shuffled } from './random.ts';
import { Tagger } from './tagger.ts';
import { NO_TAG, TAGGER_FEATURES, clusterFeatures, lexiconFeatures, lookaheadFeatures, taggerFeatures } from './tagger-features.ts';
import { TokenTable } from './token-table.ts';
import type { WordClusters } from './word-clusters.ts';

export interface TaggerTraining {
  readonly epochs: number;
  readonly bits: number;
  readonly seed: number;
  /** Add the right-aware second pass. */
  readonly twoPass: boolean;
  /** Word classes to add as features (`clusterFeatures`), or none. */
  readonly clusters?: WordClusters | null;
  readonly log?: (line: string) => void;
}

// A word goes into the tag dictionary when seen often enough and nearly always with one tag
// (Honnibal's thresholds): "the", "of", "said" — never "that" (DET/PRON/SCONJ) or "US".
const DICTIONARY_MIN_COUNT = 20;
const DICTIONARY_MIN_SHARE = 0.97;

export function trainTagger(sentences: readonly TreebankSentence[], options: TaggerTraining): Tagger {
  const tagNames = [...new Set(sentences.flatMap((s) => s.upos))].sort();
  const tagId = new Map(tagNames.map((t, i) => [t, i]));
  const dictionary = buildDictionary(sentences, tagId, new TokenTable());
  const lexicon = { tagNames, tagId, dictionary };
  const first = trainPass(sentences, null, lexicon, options, 'first pass');
  const clusters = options.clusters ?? null;
  if (!options.twoPass) return new Tagger(first, tagNames, dictionary, null, clusters);
  // The second pass must learn from first-pass tags as wrong as on new text: each half of the training
  // set is tagged by a first pass trained on the other half.
  const ahead: Uint8Array[] = new Array(sentences.length);
  const table = new TokenTable(clusters);
  for (let fold = 0; fold < 2; fold++) {
    const half = sentences.filter((_, i) => i % 2 !== fold);
    const tagger = new Tagger(trainPass(half, null, lexicon, options, `fold ${fold + 1}`), tagNames, dictionary, null, clusters);
    sentences.forEach((s, i) => {
      if (i % 2 !== fold) return;
      table.fill(s.words);
      ahead[i] = new Uint8Array(s.words.length);
      tagger.tag(table, ahead[i]);
    });
  }
  return new Tagger(first, tagNames, dictionary, trainPass(sentences, ahead, lexicon, options, 'second pass'), clusters);
}

interface Lexicon {
  readonly tagNames: readonly string[];
  readonly tagId: ReadonlyMap<string, number>;
  readonly dictionary: ReadonlyMap<string, number>;
}

function trainPass(sentences: readonly TreebankSentence[], ahead: readonly Uint8Array[] | null, lexicon: Lexicon, options: TaggerTraining, name: string): LinearModel {
  const { tagNames, tagId, dictionary } = lexicon;
  const clusters = options.clusters ?? null;
  const table = new TokenTable(clusters);
  const model = new LinearModel(options.bits, tagNames.length);
  const trainer = new PerceptronTrainer(model);
  const features = new Int32Array(TAGGER_FEATURES);
  const scores = new Float32Array(tagNames.length);
  const tags = new Uint8Array(1024);
  const lookUp = new Tagger(model, tagNames, dictionary, null);
  const order = sentences.map((_, i) => i);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    let correct = 0;
    let total = 0;
    for (const index of shuffled(order, options.seed + epoch)) {
      const s = sentences[index];
      table.fill(s.words);
      const known = lookUp.lookUp(table);
      for (let i = 0; i < table.length; i++) {
        const gold = tagId.get(s.upos[i])!;
        if (known[i] !== NO_TAG) { tags[i] = known[i]; continue; }
        let count = taggerFeatures(table, i, tags, model.mask, features);
        if (clusters) count = clusterFeatures(table, i, tags, model.mask, features, count);
        if (clusters?.lexicon) count = lexiconFeatures(table, i, tags, model.mask, features, count);
        if (ahead) count = lookaheadFeatures(table, i, ahead[index], model.mask, features, count);
        model.score(features, count, scores);
        const guess = argmax(scores, tagNames.length);
        trainer.tick();
        trainer.update(features, count, gold, guess);
        tags[i] = guess;
        correct += guess === gold ? 1 : 0;
        total++;
      }
    }
    options.log?.(`tagger ${name} epoch ${epoch + 1}: ${((100 * correct) / total).toFixed(2)}% of non-dictionary training tokens`);
  }
  return trainer.averaged();
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
