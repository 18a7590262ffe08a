import type { TreeView } from '../tree-roles/tree-view.ts';

/** The word lists the two readings below take from data/lexicon/clause-cues.tsv. */
export interface DangerCues {
  readonly nouns: ReadonlySet<string>;
  readonly verbs: ReadonlySet<string>;
  readonly modifiers: ReadonlySet<string>;
}

/**
 * A threat noun that names a danger, not a threat someone made (PLOVER THREATEN is a verbal or material threat by
 * an actor): "the Taliban are a bigger threat than al-Qaeda", "the US presence poses a threat to Iran", "the biggest
 * threat Israel faces", "the economic threat posed by China", "the al-Qaeda threat". A threat with its content
 * ("Iran's threat to close the strait") or one issued, made or renewed is still an act.
 */
export function isDangerReading(view: TreeView, noun: number, cues: DangerCues): boolean {
  if (!cues.nouns.has(view.tokens[noun].lemma) || !['NOUN', 'PROPN'].includes(view.upos(noun))) return false;
  const kids = view.children(noun);
  // "the threat to close the strait", "threats to kill the hostages": what is threatened is said
  if (kids.some((k) => ['acl', 'xcomp'].includes(view.label(k)) && view.childrenWith(k, 'mark').some((m) => view.tokens[m].lower === 'to'))) return false;
  // "X is/remains a threat": a predicate of what X is
  if (view.childrenWith(noun, 'cop').length > 0) return true;
  // "poses a threat", "faces the threat", "the threat grows": the verb it hangs on
  const head = view.head(noun);
  if (head >= 0 && ['obj', 'nsubj', 'obl'].includes(view.label(noun)) && cues.verbs.has(view.tokens[head].lemma)) return true;
  // "the threat posed by China", "the biggest threat Israel faces"
  if (view.childrenWith(noun, 'acl', 'acl:relcl').some((a) => cues.verbs.has(view.tokens[a].lemma))) return true;
  // "a dire security threat", "the economic threat", "the al-Qaeda threat" (a name as its kind, not its maker's possessive)
  return kids.some((k) => (view.label(k) === 'amod' || view.label(k) === 'compound') && (cues.modifiers.has(view.tokens[k].lemma) || cues.modifiers.has(view.tokens[k].lower) || view.label(k) === 'compound' && view.upos(k) === 'PROPN'));
}

/**
 * A noun that names a state lasting in time ("occupation", "colonization") tells no act unless a verb starts it or
 * it is dated: "the Palestinians under the Israeli occupation", "the final cost of the Iraq occupation", "concerned
 * about the US occupation of the airbase". "Israel began its occupation of the area on Monday" stays an act.
 */
export function isUnstartedState(view: TreeView, noun: number, states: ReadonlySet<string>, onsets: ReadonlySet<string>): boolean {
  if (!states.has(view.tokens[noun].lemma) || !['NOUN', 'PROPN'].includes(view.upos(noun))) return false;
  const head = view.head(noun);
  if (head >= 0 && ['obj', 'nsubj', 'nsubj:pass'].includes(view.label(noun)) && onsets.has(view.tokens[head].lemma)) return false;
  const [from, to] = view.span(noun);
  for (let i = from; i < to; i++) if (DATE_WORD.test(view.tokens[i].text)) return false;
  return true;
}

// a year, a month or a weekday inside the noun's own phrase dates it ("the occupation of the town on Monday")
const DATE_WORD = /^(?:(?:1[89]|20)\d\d|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)$/;
