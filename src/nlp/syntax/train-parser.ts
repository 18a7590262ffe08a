import type { TreebankSentence } from './conllu.ts';
import { moveCost } from './dynamic-oracle.ts';
import { Parser } from './parser.ts';
import { SHIFT, TRANSITIONS } from './parser-state.ts';
import { LinearModel, PerceptronTrainer } from './perceptron.ts';
import { isProjective, liftToProjective } from './projective.ts';
import { seededRandom, shuffled } from './random.ts';
import { SentenceContext } from './sentence-context.ts';
import { TokenTable } from './token-table.ts';
import type { WordClusters } from './word-clusters.ts';

export interface ParserTraining {
  readonly epochs: number;
  readonly bits: number;
  readonly labelBits: number;
  readonly seed: number;
  /** From this epoch on, follow the model's own (possibly wrong) move with probability `explore`. */
  readonly exploreFrom: number;
  readonly explore: number;
  /** Non-projective training trees: 'skip', 'keep' (the oracle's costs are then a lower bound) or 'lift'. */
  readonly nonProjective: 'skip' | 'keep' | 'lift';
  /** Id of the PUNCT tag (its words are labelled "punct" without scoring). */
  readonly punctTag: number;
  /** Labels worth scoring per dependent tag and side (see `Parser.labelCandidates`). */
  readonly labelCandidates?: readonly Int32Array[];
  /** 1: score moves with `PARSER_MARKER_TEMPLATES` too. */
  readonly markerTemplates?: number;
  /** Word classes to add as features (`PARSER_CLUSTER_TEMPLATES`), or none. */
  readonly clusters?: WordClusters | null;
  readonly log?: (line: string) => void;
  /** Called after each epoch with the parser averaged so far (to follow dev scores while tuning). */
  readonly afterEpoch?: (parser: Parser, epoch: number) => void;
}

/** The tags the parser trains on: predicted ones (as at run time), index-aligned with the sentences. */
export type TrainingTags = readonly Uint8Array[];

/**
 * Trains with the dynamic oracle (Goldberg & Nivre 2012): update towards the best-scoring zero-cost move
 * whenever the predicted move has a cost, and explore the model's own mistakes after the first epochs.
 * The oracle is exact only for projective trees: non-projective ones (288 of 12,544 EWT sentences) are
 * lifted to the nearest projective tree by default (or skipped, or kept as they are).
 */
export function trainParser(sentences: readonly TreebankSentence[], tags: TrainingTags, options: ParserTraining): Parser {
  const labelNames = [...new Set(sentences.flatMap((s) => s.labels))].sort();
  const labelId = new Map(labelNames.map((l, i) => [l, i]));
  const moves = new LinearModel(options.bits, TRANSITIONS);
  const labeler = new LinearModel(options.labelBits, labelNames.length);
  const moveTrainer = new PerceptronTrainer(moves);
  const labelTrainer = new PerceptronTrainer(labeler);
  const parser = new Parser(moves, labeler, labelNames, options.punctTag);
  if (options.labelCandidates) parser.labelCandidates = options.labelCandidates;
  const table = new TokenTable(options.clusters ?? null);
  const context = new SentenceContext();
  context.markerTemplates = options.markerTemplates ?? 0;
  const random = seededRandom(options.seed);
  const goldHeads = sentences.map((s) => {
    if (options.nonProjective === 'keep' || isProjective(s.heads)) return s.heads;
    return options.nonProjective === 'lift' ? liftToProjective(s.heads) : null;
  });
  const order = sentences.map((_, i) => i).filter((i) => goldHeads[i] !== null);
  options.log?.(`parser: ${order.length} training sentences of ${sentences.length}, ${labelNames.length} labels`);
  const costs = new Int32Array(TRANSITIONS);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    let right = 0;
    let total = 0;
    for (const index of shuffled(order, options.seed + epoch)) {
      const s = sentences[index];
      const n = s.words.length;
      const gold = Int32Array.from(goldHeads[index]!, (hd) => (hd < 0 ? n : hd));
      table.fill(s.words);
      context.fill(table, tags[index]);
      const st = parser.state;
      st.reset(n);
      while (!st.done()) {
        const predicted = parser.bestMove(context);
        const scores = parser.lastScores();
        // The best-scoring move among the cheapest (zero-cost unless an earlier mistake left none).
        let best = -1;
        for (let m = 0; m < TRANSITIONS; m++) {
          costs[m] = st.valid(m) ? moveCost(st, m, gold) : -1;
          if (costs[m] >= 0 && (best < 0 || costs[m] < costs[best] || (costs[m] === costs[best] && scores[m] > scores[best]))) best = m;
        }
        moveTrainer.tick();
        if (costs[predicted] > costs[best]) moveTrainer.update(parser.lastFeatures(), parser.featureCount, best, predicted);
        else right++;
        total++;
        const move = epoch >= options.exploreFrom && random() < options.explore ? predicted : best;
        let label = -1;
        if (move !== SHIFT) {
          const head = st.headFor(move);
          const dep = st.dependent();
          label = parser.bestLabel(context, head, dep);
          if (parser.labelFeatureCount > 0 && gold[dep] === head) {
            const truth = labelId.get(s.labels[dep])!;
            labelTrainer.tick();
            labelTrainer.update(parser.lastLabelFeatures(), parser.labelFeatureCount, truth, label);
          }
        }
        st.apply(move, label);
      }
    }
    options.log?.(`parser epoch ${epoch + 1}: ${((100 * right) / total).toFixed(2)}% zero-cost moves`);
    if (options.afterEpoch && epoch + 1 < options.epochs) options.afterEpoch(averaged(), epoch + 1);
  }
  return averaged();

  function averaged(): Parser {
    const result = new Parser(moveTrainer.averaged(), labelTrainer.averaged(), labelNames, options.punctTag);
    if (options.labelCandidates) result.labelCandidates = options.labelCandidates;
    return result;
  }
}
