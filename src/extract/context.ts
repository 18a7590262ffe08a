import type { Knowledge } from '../knowledge/types.ts';
import type { AnalyzedText, Sentence } from '../nlp/types.ts';
import type { ActorPhrase, PlaceMention } from '../resolve/types.ts';
import type { SpanIndex } from '../resolve/span-index.ts';
import type { TreeView } from './tree-roles/tree-view.ts';

/** What the extract stage reads about one sentence: the document, its phrases, and lookups. */
export interface SentenceContext {
  readonly doc: AnalyzedText;
  readonly sentence: Sentence;
  readonly kb: Knowledge;
  /** The actor phrase each token belongs to, if any. */
  readonly phraseAt: ReadonlyMap<number, ActorPhrase>;
  readonly skip: ReadonlySet<number>;
  /** Places of the document, for targets named only by where they are ("residential areas of Kherson"). */
  readonly places?: SpanIndex<PlaceMention>;
  /** The sentence's dependency tree, parsed on first call and kept: only sentences with a candidate trigger pay for it. */
  readonly tree: () => TreeView;
  /** The article's publication date (YYYY-MM-DD), where the coder knows it: how old a stated year is. */
  readonly published?: string;
}

export function phraseTokenMap(doc: AnalyzedText, phrases: readonly ActorPhrase[]): Map<number, ActorPhrase> {
  const map = new Map<number, ActorPhrase>();
  let p = 0;
  const sorted = [...phrases].sort((a, b) => a.start - b.start);
  for (const t of doc.tokens) {
    while (p < sorted.length && sorted[p].end <= t.start) p++;
    for (let q = p; q < sorted.length && sorted[q].start < t.end; q++) {
      if (sorted[q].start <= t.start && t.end <= sorted[q].end) map.set(t.index, sorted[q]);
    }
  }
  return map;
}
