import type { TreeView } from '../extract/tree-roles/index.ts';
import { baseForms } from '../extract/morphology.ts';
import type { Token } from '../nlp/types.ts';
import { isTollSubject } from '../extract/tree-roles/named-act.ts';
import { hasPossessiveDate } from './unreported-act.ts';

// An event noun as the subject of a verb of happening is stated as having happened, whoever did it:
// "Clashes broke out in the suburbs", "A mass protest took place on Sunday", "Fighting has intensified in
// the north", "Talks were held in Doha". A noun alone may only name or demand an act ("the massacre must
// stop"); the verb of happening is what asserts it. The verbs are data (data/lexicon/occurrence-verbs.tsv).

// "clashes could break out", "fighting may resume", "no clashes occurred": not stated as a fact
const NOT_FACT = new Set(['not', "n't", 'never', 'could', 'may', 'might', 'would', 'will', 'should', 'must', 'can', 'shall']);

const RELATIVE_PRONOUNS = new Set(['which', 'who', 'that']);

/** True when the noun at `noun` is the subject of a verb of happening that is neither negated nor modal. */
export function isStatedOccurrence(tree: TreeView, noun: number, verbs: ReadonlyMap<string, 'active' | 'passive'>): boolean {
  return bySubjectArc(tree, noun, verbs) ?? byWordOrder(tree, noun, verbs);
}

/**
 * "Saturday's airstrike killed 12 civilians", "last week's raid left five dead": a lead that tells an act by its
 * definite noun, dated by its own possessive, and the toll it took states that the act happened, whoever did it
 * (the noun still refers back to an act already told, when there is one: coreference merges them).
 */
export function isDatedTollSubject(tree: TreeView, noun: number, type = ''): boolean {
  return (isTollSubject(tree, noun) || FORCE_TYPES.has(type) && isMainSubject(tree, noun)) && hasPossessiveDate(tree, noun);
}

// ... and so does any assertion about an act of force dated by its possessive: "Monday's attack on the convoy was
// claimed by ISIS", "last week's arrest of the editor drew protests", "Friday's raid on the paper sparked outrage"
// (one occasion, as the toll's; a protest so named may be one only planned: "Sunday's march was banned")
const FORCE_TYPES = new Set(['ASSAULT', 'COERCE']);
const isMainSubject = (tree: TreeView, noun: number) => {
  if (tree.label(noun) === 'root') return verbAfterPhrase(tree, noun);
  const verb = tree.head(noun);
  return (tree.label(noun) === 'nsubj' || tree.label(noun) === 'nsubj:pass') && verb >= 0 && tree.has(verb) && isMainAssertion(tree, verb)
    && !tree.childrenWith(verb, 'aux', 'advmod').some((k) => NOT_FACT.has(tree.tokens[k].lower));
};
// "Last week's arrest of the editor drew protests" parsed with the noun as root and "drew" as a compound: by word
// order, a verb tagged so right after the noun's phrase ("of the editor") is its clause's
const NOUN_PHRASE_POS = new Set(['NOUN', 'PROPN', 'ADP', 'DET', 'ADJ', 'NUM', 'PART']);
function verbAfterPhrase(tree: TreeView, noun: number): boolean {
  const t = tree.tokens, end = tree.tree.offset + tree.tree.heads.length;
  let k = noun + 1;
  while (k < end && NOUN_PHRASE_POS.has(t[k].pos)) k++;
  return k < end && t[k].pos === 'VERB' && /(?:ed|ew|ught|ook|ave)$/.test(t[k].lower);
}

// From the parse: the noun is the verb's subject. Null when the parse does not make it a subject, which a
// misparse of a short clause may do ("A protest took place" with "A" as root): word order decides then.
function bySubjectArc(tree: TreeView, noun: number, verbs: ReadonlyMap<string, 'active' | 'passive'>): boolean | null {
  const subject = tree.label(noun);
  if (subject !== 'nsubj' && subject !== 'nsubj:pass') return null;
  const verb = tree.head(noun);
  if (verb < 0 || !tree.has(verb)) return false;
  // "The fighting, which broke out in April, has displaced thousands" read with two subjects of "broke": a relative
  // pronoun after the noun makes the verb a relative clause that only describes it
  if (tree.childrenWith(verb, 'nsubj', 'nsubj:pass').some((k) => k > noun && RELATIVE_PRONOUNS.has(tree.tokens[k].lower))) return false;
  const voice = occurrenceVoice(tree, verb, verbs);
  if (voice === null || (voice === 'passive') !== (subject === 'nsubj:pass')) return false;
  const around = [...tree.childrenWith(verb, 'aux', 'advmod', 'neg'), ...tree.childrenWith(noun, 'det')];
  return !around.some((k) => NOT_FACT.has(tree.tokens[k].lower) || tree.tokens[k].lower === 'no');
}

// From word order: the verb of happening follows the noun with only auxiliaries and adverbs between
// ("clashes have since broken out"), and no determiner "no" opens the noun phrase.
function byWordOrder(tree: TreeView, noun: number, verbs: ReadonlyMap<string, 'active' | 'passive'>): boolean {
  if (noun > tree.tree.offset && tree.tokens[noun - 1].lower === 'no') return false;
  return happensFrom(tree, noun + 1, verbs);
}

/**
 * A verb of happening starts at token `from` (auxiliaries and adverbs before it): the act whose phrase ends right
 * before it is stated as having happened ("Fighting between the army and the RSF paramilitary group | erupted").
 */
export function happensFrom(tree: TreeView, from: number, verbs: ReadonlyMap<string, 'active' | 'passive'>): boolean {
  const t = tree.tokens;
  const end = tree.tree.offset + tree.tree.heads.length;
  let k = from;
  let passive = false;
  for (; k < end && (t[k].pos === 'AUX' || t[k].pos === 'ADV' || t[k].pos === 'PART'); k++) {
    if (NOT_FACT.has(t[k].lower)) return false;
    if (passive && copulaPredicate(t[k].lemma, verbs)) return true;
    if (/^(was|were|been|being|is|are)$/.test(t[k].lower)) passive = true;
  }
  if (k < end && passive && t[k].pos === 'ADJ' && copulaPredicate(t[k].lemma, verbs)) return true;
  if (k >= end || t[k].pos !== 'VERB') return false;
  const two = k + 1 < end ? verbs.get(`${t[k].lemma} ${t[k + 1].lemma}`) ?? verbs.get(`${t[k].lemma} ${t[k + 1].lower}`) : undefined;
  const voice = two ?? verbOf(t[k], verbs);
  return voice !== undefined && (voice === 'passive') === passive;
}

/** The voice in which the verb (with its particle or fixed object: "break out", "take place") states an occurrence. */
function occurrenceVoice(tree: TreeView, verb: number, verbs: ReadonlyMap<string, 'active' | 'passive'>): 'active' | 'passive' | null {
  const lemma = tree.tokens[verb].lemma;
  // "there was a big demonstration in Ramadi", "there were clashes": existential "be" states that it happened
  if (lemma === 'be' && tree.childrenWith(verb, 'expl').some((k) => tree.tokens[k].lower === 'there')) return 'active';
  // "a counteroffensive was underway", "the crackdown is ongoing": a predicate after a copula, listed as "be underway"
  if (tree.childrenWith(verb, 'cop').length > 0) return copulaPredicate(lemma, verbs) ? 'active' : null;
  for (const k of tree.childrenWith(verb, 'compound:prt', 'obj')) {
    const voice = verbs.get(`${lemma} ${tree.tokens[k].lemma}`) ?? verbs.get(`${lemma} ${tree.tokens[k].lower}`);
    if (voice) return voice;
  }
  return verbOf(tree.tokens[verb], verbs) ?? null;
}

// "raged" lemmatised as "rag": the word's other base forms are asked too (src/extract/morphology.ts)
function verbOf(token: Token, verbs: ReadonlyMap<string, 'active' | 'passive'>): 'active' | 'passive' | undefined {
  const voice = verbs.get(token.lemma);
  if (voice !== undefined) return voice;
  for (const base of baseForms(token)) if (verbs.has(base)) return verbs.get(base);
  return undefined;
}

/** "underway", "ongoing": a word that states an occurrence after a copula (listed as "be underway"). */
const copulaPredicate = (lemma: string, verbs: ReadonlyMap<string, 'active' | 'passive'>) => verbs.get(`be ${lemma}`) === 'active';

// "at least one policeman was killed", "two activists were detained", "dozens of others were injured": a toll is
// counted once, on one occasion; a bare plural ("journalists have been jailed") or a place ("Brazil has been hit
// hardest") may be a generalisation or a metaphor
const COUNT_WORDS = new Set(['dozens', 'scores', 'hundreds', 'thousands']);

/**
 * True when the passive verb at `verb` has a subject that counts people ("at least one member", "two soldiers"); with
 * `single`, one person told by "a"/"an" counts too ("a soldier was killed", "an activist was detained": one occasion,
 * for acts on people; "a deal was signed" is no toll).
 */
export function hasCountedPatient(tree: TreeView, verb: number, single = false): boolean {
  const subjects = tree.childrenWith(verb, 'nsubj:pass');
  return subjects.some((s) => {
    const t = tree.tokens[s];
    if (t.pos === 'NUM' || COUNT_WORDS.has(t.lower)) return true; // "Two were killed", "dozens of others were injured"
    if (single && t.pos === 'NOUN' && tree.childrenWith(s, 'det').some((d) => ONE.has(tree.tokens[d].lower))) return true;
    return tree.childrenWith(s, 'nummod').length > 0 || tree.childrenWith(s, 'det').some((d) => tree.tokens[d].pos === 'NUM');
  });
}
const ONE = new Set(['a', 'an']);

// "since the president was toppled in 2011", "after the dictator was forced to flee", "when he was arrested": a clause
// that dates or situates another statement recalls its act as a landmark; it is not the news the sentence asserts
const SITUATING_MARKS = new Set(['since', 'after', 'before', 'when', 'until', 'as', 'while', 'once']);

/** True when the verb at `verb` is asserted for its own sake: not a temporal clause of another verb, nor a noun's modifier. */
export function isMainAssertion(tree: TreeView, verb: number): boolean {
  const relation = tree.base(verb);
  if (relation === 'acl' || relation === 'amod') return false;
  if (relation === 'advcl' && tree.childrenWith(verb, 'mark', 'advmod').some((m) => SITUATING_MARKS.has(tree.tokens[m].lower))) return false;
  // word order, for a parse that hangs the subordinator elsewhere ("replaced in 1986 after dictator X was forced to
  // flee"): a situating word after the sentence's previous verb opens this verb's clause
  for (let k = verb - 1; k >= tree.tree.offset; k--) {
    const t = tree.tokens[k];
    if (t.pos === 'VERB' || t.text === ';' || t.text === ':') return true;
    if (SITUATING_MARKS.has(t.lower) && (t.pos === 'SCONJ' || t.pos === 'ADP' || t.pos === 'ADV') && k > tree.tree.offset) return false;
  }
  return true;
}
