import type { TreebankSentence } from './conllu.ts';
import { evaluate } from './evaluate.ts';
import { labelCandidates } from './label-candidates.ts';
import { Parser } from './parser.ts';
import { meanModel } from './perceptron.ts';
import { type ModelHeader, SyntaxModel } from './syntax-model.ts';
import { TokenTable } from './token-table.ts';
import { trainParser } from './train-parser.ts';
import { trainTagger } from './train-tagger.ts';
import type { Tagger } from './tagger.ts';
import type { WordClusters } from './word-clusters.ts';

export interface TrainingOptions {
  readonly taggerEpochs: number;
  readonly taggerBits: number;
  /** 1: a second, right-aware tagger pass; 0: one pass. */
  readonly taggerTwoPass: number;
  readonly parserEpochs: number;
  readonly parserBits: number;
  readonly labelBits: number;
  /** Folds for jackknifed training tags (0 = tag the training set with the final tagger). */
  readonly jackknife: number;
  readonly exploreFrom: number;
  readonly explore: number;
  readonly seed: number;
  /** Non-projective training trees: 2 lift them to the nearest projective tree, 1 keep them as they are
   * (the oracle's costs are then approximate), 0 skip them. */
  readonly nonProjective?: number;
  /** Parsers trained with seeds seed, seed+1, ...; the model keeps the mean of their weights. */
  readonly parserSeeds?: number;
  /** 1: word classes (`WordClusters`, given to `trainSyntaxModel`) as tagger and parser features. */
  readonly clusters?: number;
  /** 1: moves also see a head candidate with the dependent's case marker (`PARSER_MARKER_TEMPLATES`). */
  readonly markerTemplates?: number;
  /** 1: the tagger reads the lexicon's tag classes (`WordLexicon`, given with the word classes; needs clusters: 1). */
  readonly lexicon?: number;
}

export const DEFAULT_TRAINING: TrainingOptions = {
  taggerEpochs: 8, taggerBits: 18, taggerTwoPass: 1, parserEpochs: 8, parserBits: 20, labelBits: 16,
  jackknife: 4, exploreFrom: 1, explore: 0.9, seed: 11, nonProjective: 0, parserSeeds: 3, clusters: 1, markerTemplates: 1, lexicon: 1,
};

/**
 * Tagger, then parser. The parser learns from predicted tags, as it will see at run time: with
 * jackknifing each fold of the training set is tagged by a tagger that did not see it (so tag errors
 * are as frequent as on new text).
 */
export function trainSyntaxModel(
  sentences: readonly TreebankSentence[], options: TrainingOptions, header: Omit<ModelHeader, 'options'>, log?: (line: string) => void,
  dev?: readonly TreebankSentence[], wordClusters?: WordClusters,
): SyntaxModel {
  const clusters = options.clusters === 1 && wordClusters ? wordClusters.withLexicon(options.lexicon === 1 ? wordClusters.lexicon : null) : null;
  if (options.clusters === 1 && !clusters) throw new Error('training with clusters: 1 needs the word classes');
  if (options.lexicon === 1 && !clusters?.lexicon) throw new Error('training with lexicon: 1 needs clusters: 1 and word classes with a lexicon');
  const taggerOptions = { epochs: options.taggerEpochs, bits: options.taggerBits, seed: options.seed, twoPass: options.taggerTwoPass === 1, clusters };
  const tagger = trainTagger(sentences, { ...taggerOptions, log });
  const tags: Uint8Array[] = new Array(sentences.length);
  if (options.jackknife > 1) {
    for (let fold = 0; fold < options.jackknife; fold++) {
      const rest = sentences.filter((_, i) => i % options.jackknife !== fold);
      const foldTagger = trainTagger(rest, taggerOptions);
      sentences.forEach((s, i) => { if (i % options.jackknife === fold) tags[i] = tagWith(foldTagger, tagger, s.words); });
      log?.(`jackknife fold ${fold + 1}/${options.jackknife} tagged`);
    }
  } else {
    sentences.forEach((s, i) => { tags[i] = tagWith(tagger, tagger, s.words); });
  }
  const labelNames = [...new Set(sentences.flatMap((s) => s.labels))].sort();
  const parsers = Array.from({ length: Math.max(1, options.parserSeeds ?? 1) }, (_, k) => trainParser(sentences, tags, {
    epochs: options.parserEpochs, bits: options.parserBits, labelBits: options.labelBits, seed: options.seed + k,
    exploreFrom: options.exploreFrom, explore: options.explore, nonProjective: (['skip', 'keep', 'lift'] as const)[options.nonProjective ?? 0] ?? 'skip', punctTag: tagger.tagNames.indexOf('PUNCT'),
    labelCandidates: labelCandidates(sentences, tags, tagger.tagNames, labelNames), log, clusters, markerTemplates: options.markerTemplates ?? 0,
    afterEpoch: dev && log ? (p, epoch) => {
      const s = evaluate(new SyntaxModel({ ...header, options: { ...options } }, tagger, p), dev);
      log(`dev after parser epoch ${epoch} (seed ${options.seed + k}): UPOS ${s.upos} UAS ${s.uas} LAS ${s.las}`);
    } : undefined,
  }));
  const first = parsers[0];
  const parser = parsers.length === 1 ? first
    : new Parser(meanModel(parsers.map((p) => p.moves)), meanModel(parsers.map((p) => p.labeler)), first.labelNames, first.punctTag);
  parser.labelCandidates = first.labelCandidates;
  return new SyntaxModel({ ...header, options: { ...options } }, tagger, parser);
}

/** Tags `words` with `tagger`, as ids of `reference`'s tag set (fold taggers may lack a rare tag). */
function tagWith(tagger: Tagger, reference: Tagger, words: readonly string[]): Uint8Array {
  const table = new TokenTable(reference.clusters);
  table.fill(words);
  const ids = new Uint8Array(words.length);
  tagger.tag(table, ids);
  if (tagger === reference) return ids;
  return ids.map((id) => Math.max(0, reference.tagNames.indexOf(tagger.tagNames[id])));
}
