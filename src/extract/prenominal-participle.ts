import type { TreeView } from './tree-roles/tree-view.ts';

// A participle's form: "jailed", "detained", "beaten", "stolen" (an -ing form before its noun acts: "attacking forces")
const PARTICIPLE = /[a-z](ed|en)$/;
// what a clause has and a modifier has not
const OWN_CLAUSE = new Set(['nsubj', 'nsubj:pass', 'compound', 'aux', 'aux:pass', 'obl:agent']);
// the words that open a nominal before its modifiers: "the detained activists", "of jailed X"
const OPENERS = new Set(['det', 'case', 'mark']);
const ARTICLES = new Set(['the', 'a', 'an']);

/**
 * A past participle that modifies the noun after it: "supporters of jailed Kremlin critic Alexei Navalny",
 * "the detained activists", "for abducted children". It describes the noun; who did it is not said there.
 * On the tree: the participle is the `amod` of the noun after it, inside that noun's phrase; or, where the
 * parser read it as a clause ("of jailed X started" with "jailed" a clausal subject and X its object), it
 * opens a nominal (the word before it is a `det`/`case`/`mark`, not "by"). Either way it has no subject or
 * auxiliary of its own. Returns the noun it describes
 * (what was done to), or null.
 */
export function prenominalParticiple(view: TreeView, head: number): number | null {
  const word = view.tokens[head];
  // "deepen" is a base form, "beaten" a participle: the word is not its own lemma, or ends in a past -ed
  // after a consonant or vowel other than "e" ("abducted" the word tagger read as a noun keeps itself as lemma; "need" is none)
  if (!PARTICIPLE.test(word.lower) || word.lemma === word.lower && !/[^e]ed$/.test(word.lower) || !view.has(head - 1)) return null;
  // "rescued 20 kidnapped farmers" misread as a clause "20 kidnapped farmers" (the count its subject, the noun its
  // object): a count right before the participle and its object right after is a counted noun phrase
  const countRead = view.has(head + 1) && view.upos(head - 1) === 'NUM' && view.head(head - 1) === head && view.label(head - 1) === 'nsubj'
    && view.head(head + 1) === head && view.label(head + 1) === 'obj' && view.has(head - 2) && view.upos(head - 2) === 'VERB';
  // "Kenyan police arrested relatives" misread with "arrested" as `amod` keeps its subject as a child: a clause
  if (view.children(head).some((c) => OWN_CLAUSE.has(view.label(c)) && !(countRead && c === head - 1))) return null;
  if (countRead) return head + 1;
  // it opens a nominal: the word before is a determiner or preposition ("the detained", "of jailed"), not "by",
  // or belongs to the same phrase ("two abducted girls", "recently freed prisoners"); "Troops shelled Kachin
  // positions" misread with "shelled" as `amod` has a bare noun before it: the sentence's verb
  const before = head - 1;
  // (an article opens one whatever the parse calls it: "members of the outlawed Kurdistan Workers' Party" with "of the"
  // read as one fixed preposition)
  const opens = (OPENERS.has(view.base(before)) || ARTICLES.has(view.tokens[before].lower)) && view.tokens[before].lower !== 'by';
  if (view.label(head) === 'amod') {
    const noun = view.head(head);
    // "The UN and the Red Cross delivered food" misread with "food" as the root and "UN" its subject: a clause
    if (view.childrenWith(noun, 'nsubj').some((c) => c < head)) return null;
    // "soldiers beat detained protesters", "police freed kidnapped students": the word before is the verb whose
    // object the noun is; the participle describes that object
    // (also past the verb's particle: "beat up detained students", "handed over seized towns")
    const verbAt = view.label(before) === 'compound:prt' && view.head(before) === before - 1 ? before - 1 : before;
    const verbOfNoun = view.head(noun) === verbAt && view.upos(verbAt) === 'VERB' && view.label(noun) === 'obj';
    if (!opens && !verbOfNoun && view.head(before) !== noun && view.head(before) !== head) return null;
    // "The United Nations imposed sanctions on Monday" misread with "Nations" a `compound` of "sanctions": a noun
    // or name right before a participle is its subject ("two abducted girls", "recently freed prisoners" are not)
    if (!opens && view.label(before) === 'compound' && ['NOUN', 'PROPN'].includes(view.upos(before))) return null;
    return noun > head && ['NOUN', 'PROPN'].includes(view.upos(noun)) ? noun : null;
  }
  if (!opens || view.label(head) === 'root') return null;
  return view.childrenWith(head, 'obj').find((o) => view.span(o)[0] === head + 1) ?? null;
}
