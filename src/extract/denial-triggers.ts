// Denials the tree makes triggers of: a claim answered in a relative clause, a denied gerund clause.
import type { Knowledge } from '../knowledge/types.ts';
import type { Sentence, Token } from '../nlp/types.ts';
import type { TreeView } from './tree-roles/tree-view.ts';
import type { Trigger } from './triggers.ts';
import type { ActorPhrase } from '../resolve/types.ts';
import { baseForms } from './morphology.ts';

/**
 * "..., a charge Yerevan denied", "..., an accusation Kyiv rejected": the claim noun is the object the answering verb
 * moved before it (the relative clause's gap, tree-repair/answered-claim.ts hangs the verb on the noun as
 * `acl:relcl`). The verb row that takes the noun as its object ("deny|reject * allegation|accusation|charge|claim",
 * data/patterns/extra-verbs.tsv) is the act, read backwards: a trigger on the verb, with the clause's subject as actor.
 * Only where the sentence has a claim noun after ", a": other sentences are not parsed for it.
 */
export function answeredClaimTriggers(tokens: readonly Token[], sentence: Sentence, kb: Knowledge, phraseAt: ReadonlyMap<number, ActorPhrase>, view: () => TreeView): Trigger[] {
  let opened = false;
  for (let i = sentence.tokenStart + 2; i < sentence.tokenEnd && !opened; i++) opened = tokens[i - 2].text === ',' && /^an?$/i.test(tokens[i - 1].text) && tokens[i].pos === 'NOUN';
  if (!opened) return [];
  const tree = view();
  const out: Trigger[] = [];
  for (let verb = sentence.tokenStart; verb < sentence.tokenEnd; verb++) {
    // the answerer is a party the resolver names ("a claim organisers rejected" names none)
    if (tree.label(verb) !== 'acl:relcl' || !tree.childrenWith(verb, 'nsubj').some((s) => phraseAt.has(s)) || tree.childrenWith(verb, 'obj').length > 0) continue;
    const claim = tree.head(verb);
    if (claim < 0 || claim > verb || tree.label(claim) !== 'parataxis') continue;
    const pattern = rowWithObject(kb, tokens[verb], tokens[claim].lemma);
    if (pattern) out.push({ pattern, start: verb, end: verb + 1, head: verb, tokens: [verb] });
  }
  return out;
}

/**
 * The sentence has a denying verb with a "that" row followed by an -ing word, as the word tagger reads them: "The
 * Taliban deny | harbouring the militants" is worth its parse (`deniedGerundTriggers`) though no other row matches.
 */
export function deniesGerund(tokens: readonly Token[], sentence: Sentence, kb: Knowledge): boolean {
  for (let verb = sentence.tokenStart; verb < sentence.tokenEnd - 1; verb++) {
    if (tokens[verb].pos === 'VERB' && tokens[verb + 1].lower.endsWith('ing') && rowWithObject(kb, tokens[verb], 'that')) return true;
  }
  return false;
}

/** The two-step verb row whose first word is the verb and whose last word is the noun ("deny * charge"). */
function rowWithObject(kb: Knowledge, verb: Token, noun: string) {
  for (const lemma of [verb.lemma, ...baseForms(verb)]) {
    const row = (kb.patterns.get(lemma) ?? []).find((p) => p.kind === 'verb' && p.steps.length === 2 && p.steps[0].lemmas.includes(lemma) && p.steps[1].lemmas.includes(noun));
    if (row) return row;
  }
  return undefined;
}

/**
 * "The Kremlin denied targeting civilians", "Rwanda has denied backing the rebels": a denial whose complement is a
 * gerund clause (`xcomp`/`ccomp` -ing) denies an act told as done, as "denied that its forces shelled" does: the verb
 * row that takes "that" after the denying verb ("deny|refute that", data/patterns/extra-verbs.tsv) is the act, on the
 * verb alone. The denied act keeps its own trigger, with certainty denied (src/provenance).
 */
export function deniedGerundTriggers(tokens: readonly Token[], sentence: Sentence, kb: Knowledge, view: () => TreeView): Trigger[] {
  const out: Trigger[] = [];
  for (let verb = sentence.tokenStart; verb < sentence.tokenEnd - 1; verb++) {
    if (tokens[verb].pos !== 'VERB' || !tokens[verb + 1].lower.endsWith('ing')) continue;
    const row = rowWithObject(kb, tokens[verb], 'that');
    if (!row) continue;
    const tree = view();
    // the trigger spans the denied clause: what that clause acts on is no target of the denial
    if (tree.childrenWith(verb, 'xcomp', 'ccomp').includes(verb + 1) && tree.upos(verb + 1) === 'VERB') out.push({ pattern: row, start: verb, end: tree.span(verb + 1)[1], head: verb, tokens: [verb] });
  }
  return out;
}
