// The training path's tagging and parsing (`Tagger.pass`, `Parser.bestMove`: every feature hashed and scored at each
// token and move), which the run-time inference (sums kept ahead, per spelling, per word) must match exactly.
import { SHIFT } from '../../src/nlp/syntax/parser-state.ts';
import { SentenceContext } from '../../src/nlp/syntax/sentence-context.ts';
import type { SyntaxModel } from '../../src/nlp/syntax/syntax-model.ts';
import { TokenTable } from '../../src/nlp/syntax/token-table.ts';

/** The words' tags by the plain path (both tagger passes when the model has a second). */
export function plainTags(model: SyntaxModel, words: readonly string[]): Uint8Array {
  const table = new TokenTable(model.tagger.clusters);
  table.fill(words);
  const tags = new Uint8Array(words.length + 1);
  const known = model.tagger.lookUp(table).slice();
  model.tagger.pass(table, tags, known, null);
  if (model.tagger.second) model.tagger.pass(table, tags, known, tags.slice(0, words.length));
  return tags;
}

/** Heads and labels by the plain path on the given tags, "head/label" per word. */
export function plainParse(model: SyntaxModel, words: readonly string[], tags: Uint8Array): string[] {
  const table = new TokenTable(model.tagger.clusters);
  table.fill(words);
  const context = new SentenceContext();
  context.markerTemplates = model.header.options.markerTemplates ?? 0;
  context.fill(table, tags);
  const parser = model.parser, st = parser.state;
  st.reset(context.n);
  while (!st.done()) {
    const move = parser.bestMove(context);
    st.apply(move, move === SHIFT ? -1 : parser.bestLabel(context, st.headFor(move), st.dependent()));
  }
  return words.map((_, i) => `${st.heads[i]}/${st.labels[i]}`);
}
