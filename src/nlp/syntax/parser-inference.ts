import { FeatureTemplates } from './hash.ts';
import { LabelInference } from './label-inference.ts';
import type { Parser } from './parser.ts';
import {
  B0_ATOMS, PARSER_CLUSTER_TEMPLATES, PARSER_MARKER_TEMPLATES, PARSER_TEMPLATES, WORD_PLACE_ATOMS, bufferAtoms, parserAtoms,
} from './parser-features.ts';
import { MoveDifferences, WIDE } from './move-differences.ts';
import { type MoveSums, compileMoveSums } from './move-sums.ts';
import { LEFT, NONE, RIGHT, SHIFT, TRANSITIONS, type ParserState } from './parser-state.ts';
import type { SentenceContext } from './sentence-context.ts';
import { PLACES, WordMoveSums } from './word-move-sums.ts';

const WINDOW = PLACES, REST = PLACES + 1;
/**
 * A model's move templates in eight sets: those about one word in one place (s0, s1, s2, b0, b1, b2 alone:
 * `WORD_PLACE_ATOMS`), those about b0 with b1 or b2 (`WINDOW`), and the rest (`REST`).
 */
function groups(templates: FeatureTemplates): FeatureTemplates[] {
  const sets: FeatureTemplates[] = [];
  let rest = templates;
  for (const atoms of [...WORD_PLACE_ATOMS, B0_ATOMS]) {
    const [within, others] = rest.split((slot) => atoms.includes(slot));
    sets.push(within);
    rest = others;
  }
  return [...sets, rest];
}
/** The grouped templates of a model, by [word classes][case-marker templates]. */
const GROUPED = [false, true].map((clusters) => [false, true].map((markers) => groups(new FeatureTemplates([
  ...PARSER_TEMPLATES.rows, ...(markers ? PARSER_MARKER_TEMPLATES.rows : []), ...(clusters ? PARSER_CLUSTER_TEMPLATES.rows : []),
]))));
/** The same sets' row sums, compiled (move-sums.ts). */
const SUMS: MoveSums[][][] = GROUPED.map((byMarkers) => byMarkers.map((sets) => sets.map(compileMoveSums)));
const groupsOf = (c: SentenceContext) => GROUPED[c.hasClusters ? 1 : 0][c.markerTemplates >= 1 ? 1 : 0];
const sumsOf = (c: SentenceContext) => SUMS[c.hasClusters ? 1 : 0][c.markerTemplates >= 1 ? 1 : 0];

/**
 * The parser at run time, on quantised (16-bit) weight tables, read as move differences
 * (move-differences.ts: LEFT − SHIFT and RIGHT − SHIFT per bucket, the same moves). A fifth of the move
 * features read one word only (b0 with the two after it, or s0, s1, s2): their rows are summed once per
 * word of the sentence before parsing, and each move adds its word's sums instead of fetching those rows
 * again (b0 stays the same for several moves). Those that read one word in one place are kept per spelling
 * and tag from sentence to sentence (word-move-sums.ts); only b0's window (b0 with b1, b2) is hashed per word. Each set's
 * hashing and row reads run as one compiled line of code (move-sums.ts). Sums of
 * integers do not depend on their order, so the moves are those of `Parser.bestMove` (float weights
 * being trained keep that path).
 */
export class ParserInference {
  private perWord = new Int32Array(0); // [b0, s0, s1, s2] × (word + 1, NONE first) × (LEFT, RIGHT)
  private readonly features: Int32Array;
  private readonly scores = new Float64Array(TRANSITIONS);
  private readonly rest = new Int32Array(2); // the move's own rows: LEFT − SHIFT, RIGHT − SHIFT
  private readonly table: MoveDifferences;
  private readonly labels: LabelInference;
  private stride = 0;
  private readonly words: (WordMoveSums | undefined)[] = []; // by [word classes][case-marker templates], made when first used

  constructor(private readonly parser: Parser) {
    this.features = new Int32Array(Math.max(...GROUPED.flat(2).map((set) => set.count)));
    this.table = new MoveDifferences(parser.moves);
    this.labels = new LabelInference(parser);
  }

  parse(c: SentenceContext): ParserState {
    const parser = this.parser, st = parser.state;
    st.reset(c.n);
    this.sumPerWord(c);
    while (!st.done()) {
      const only = st.onlyValidMove();
      const move = only >= 0 ? only : this.bestMove(c, st);
      st.apply(move, move === SHIFT ? -1 : this.labels.label(c, st, st.headFor(move), st.dependent()));
    }
    return st;
  }

  /**
   * The per-word sums of b0 (with b1, b2 after it), s0, s1 and s2: the one-word places' kept sums, plus b0's window.
   * A spelling read with two tags in one sentence has one slot: each word's sums are read right after `at`.
   */
  private sumPerWord(c: SentenceContext): void {
    const sets = groupsOf(c), sums = sumsOf(c), words = this.wordSumsOf(c);
    const n = c.n, stride = (this.stride = (n + 1) * 2);
    if (this.perWord.length < 4 * stride) this.perWord = new Int32Array(Math.max(4 * stride, 2 * this.perWord.length, 1024));
    const mask = this.parser.moves.mask, out = this.perWord, f = this.features, table = this.table, rows = table.rows;
    for (let i = NONE; i < n; i++) {
      const at = (i + 1) * 2;
      const buffer = bufferAtoms(c, i);
      if (sums[WINDOW](buffer, mask, rows, out, at) !== 0) sumRows(table, f, sets[WINDOW].hash(buffer, mask, f, 0), out, at);
      let o = words.at(c, i), kept = words.sums;
      out[stride + at] = kept[o]; out[stride + at + 1] = kept[o + 1];
      out[2 * stride + at] = kept[o + 2]; out[2 * stride + at + 1] = kept[o + 3];
      out[3 * stride + at] = kept[o + 4]; out[3 * stride + at + 1] = kept[o + 5];
      out[at] += kept[o + 6]; out[at + 1] += kept[o + 7];
      // b1 and b2 as bufferAtoms reads them: the root is the buffer's last word, none after it
      o = words.at(c, i + 1 <= n ? i + 1 : NONE); kept = words.sums;
      out[at] += kept[o + 8]; out[at + 1] += kept[o + 9];
      o = words.at(c, i + 2 <= n ? i + 2 : NONE); kept = words.sums;
      out[at] += kept[o + 10]; out[at + 1] += kept[o + 11];
    }
  }

  private wordSumsOf(c: SentenceContext): WordMoveSums {
    const variant = (c.hasClusters ? 2 : 0) + (c.markerTemplates >= 1 ? 1 : 0);
    return (this.words[variant] ??= new WordMoveSums(groupsOf(c).slice(0, PLACES), sumsOf(c).slice(0, PLACES), this.table, this.parser.moves.mask));
  }

  private bestMove(c: SentenceContext, st: ParserState): number {
    const f = this.features, per = this.perWord, stride = this.stride, mask = this.parser.moves.mask;
    const atoms = parserAtoms(st, c), rest = this.rest;
    if (sumsOf(c)[REST](atoms, mask, this.table.rows, rest, 0) !== 0) sumRows(this.table, f, groupsOf(c)[REST].hash(atoms, mask, f, 0), rest, 0);
    const depth = st.depth, stack = st.stack;
    const b0 = (st.b + 1) * 2;
    // A scored configuration has s0 (with an empty stack SHIFT is the only move).
    const s0at = stride + (stack[depth - 1] + 1) * 2;
    const s1at = 2 * stride + (depth > 1 ? stack[depth - 2] + 1 : 0) * 2;
    const s2at = 3 * stride + (depth > 2 ? stack[depth - 3] + 1 : 0) * 2;
    const scores = this.scores;
    scores[SHIFT] = 0;
    scores[LEFT] = per[b0] + per[s0at] + per[s1at] + per[s2at] + rest[0];
    scores[RIGHT] = per[b0 + 1] + per[s0at + 1] + per[s1at + 1] + per[s2at + 1] + rest[1];
    let best = -1;
    for (let m = 0; m < TRANSITIONS; m++) {
      if (st.valid(m) && (best < 0 || scores[m] > scores[best])) best = m;
    }
    return best;
  }
}

/** Sums the differences of `count` buckets into out[at] (LEFT − SHIFT) and out[at + 1] (RIGHT − SHIFT). */
function sumRows(table: MoveDifferences, buckets: Int32Array, count: number, out: Int32Array, at: number): void {
  const rows = table.rows;
  let left = 0, right = 0;
  for (let i = 0; i < count; i++) {
    const base = buckets[i] * 2, d = rows[base];
    if (d !== WIDE) { left += d; right += rows[base + 1]; continue; }
    const wide = table.wide.get(buckets[i])!;
    left += wide[0]; right += wide[1];
  }
  out[at] = left; out[at + 1] = right;
}
