import { purposeClause } from '../extract/tree-clauses/index.ts';
import type { TreeView } from '../extract/tree-roles/index.ts';
import type { Lexicon } from '../knowledge/types.ts';
import type { AnalyzedText } from '../nlp/types.ts';
import { placeHangsOnTrigger } from '../resolve/place-attachment.ts';
import { tokenAt } from '../resolve/token-map.ts';
import type { PlaceMention } from '../resolve/types.ts';

// The place of an event is where it happened, not where its aim lies. A purpose clause states what an act was for:
// "rallied in Paris to demand a ceasefire in Gaza", "staged a sit-in to protest the war in Gaza". Two readings follow:
//  - an act in the purpose clause happens where the act it is the aim of does (the demand is made at the rally in
//    Paris): rule place:purpose-of-governor;
//  - a protest or a statement does not take a place from its own purpose clause: Gaza is the topic of the sit-in,
//    not its venue. Another material act does ("launched an offensive to retake Bakhmut" is fought at Bakhmut).

type PurposeLexicon = Pick<Lexicon, 'reporting' | 'speechActs' | 'modality' | 'clauseCues' | 'topicAimVerbs'>;
const RANK: Record<string, number> = { site: 0, city: 1, region: 2, country: 3 };

/** True when node `n` is `t` or one of its ancestors. */
function dominates(tree: TreeView, n: number, t: number): boolean {
  for (let i = t, steps = 0; i >= 0 && steps < 40; i = tree.head(i), steps++) if (i === n) return true;
  return false;
}

/**
 * Where an act that is another's aim happens: a place hanging on the purpose clause's governor, the most precise
 * (`place`); `clause` is the purpose clause the trigger lies in, or null.
 */
export function purposeGovernorPlace(tree: TreeView, doc: AnalyzedText, triggerHead: number, places: readonly PlaceMention[], sentence: { start: number; end: number }, lexicon: PurposeLexicon): { clause: number | null; place: PlaceMention | null } {
  if (!tree.has(triggerHead)) return { clause: null, place: null };
  const clause = purposeClause(tree, triggerHead, lexicon);
  const governor = clause === null ? -1 : tree.head(clause);
  if (governor < 0) return { clause: null, place: null };
  const hanging = places.filter((p) => p.start >= sentence.start && p.end <= sentence.end && (p.place.precision !== 'country' || p.locative)
    && placeHangsOnTrigger(tree, tokenAt(doc, p.start), tokenAt(doc, p.end - 1) + 1, governor, governor + 1));
  return { clause, place: hanging.sort((a, b) => RANK[a.place.precision] - RANK[b.place.precision] || a.start - b.start)[0] ?? null };
}

/**
 * The places of the sentence without those of an aim: a purpose clause below the trigger ("staged a sit-in to
 * protest the war in Gaza"), and for a protest or statement that is itself an aim, its own clause ("to protest the
 * war in Gaza"). A material act (`material`) keeps its own aim's places ("launched an offensive to retake Bakhmut",
 * "moved in to retake Bakhmut") but not those of an act below it ("arrested students who staged a sit-in to ...").
 */
export function withoutAimPlaces(tree: TreeView, doc: AnalyzedText, trigger: { head: number; tokens: readonly number[] }, ownClause: number | null, material: boolean, places: readonly PlaceMention[], sentence: { start: number; end: number }, lexicon: PurposeLexicon): readonly PlaceMention[] {
  if (!tree.has(trigger.head)) return places;
  return places.filter((p) => {
    if (p.start < sentence.start || p.end > sentence.end) return true;
    const token = tokenAt(doc, p.start);
    if (!tree.has(token)) return true;
    if (ownClause !== null && !material && dominates(tree, ownClause, token)) return false;
    const clause = purposeClause(tree, token, lexicon);
    if (clause === null || dominates(tree, clause, trigger.head)) return true;
    const governor = tree.head(clause);
    // the governor is the trigger's own word ("staged a sit-in": the parse may head it on "sit-in") or lies below it
    const own = governor === trigger.head || trigger.tokens.includes(governor);
    if (own) return material;
    // an aim of an act below the trigger: only a topic ("who staged a sit-in to protest ..."), not a goal ("an operation to rescue hostages in Yemen")
    return !dominates(tree, trigger.head, governor) || !lexicon.topicAimVerbs.has(tree.tokens[clause].lemma);
  });
}
