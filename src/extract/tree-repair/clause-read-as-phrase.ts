import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';
import type { RepairWords } from './repair-words.ts';

// Words that open either a phrase ("after the war", "as president") or a clause ("after the war ended", "as troops advanced").
export const SUBORDINATORS = new Set(['after', 'before', 'since', 'until', 'as']);
const MODIFIER = new Set(['nmod', 'obl']);
const NOMINAL = new Set(['NOUN', 'PROPN', 'PRON']);
const SPANS = new Set(['minute', 'hour', 'day', 'week', 'month', 'year']);

/**
 * "The attack came a day after officials said drones killed seven": the subordinate clause read as a phrase
 * ("after officials", an `nmod`/`obl`) with its verb left without a subject and hung elsewhere (`parataxis`, `conj`).
 * A verb with no subject right after such a phrase, not hung on its noun, is a clause: the noun its `nsubj`, the
 * subordinator its `mark`, the verb an `advcl` of the predicate the phrase belonged to:
 *   "Talks resumed a week after the rebels withdrew", "Prices rose since traders feared a blockade",
 *   "The curfew held until the army left", "Clashes spread as troops advanced" (session 9, tagger-2).
 * Also when the phrase hangs on the clause's own verb ("Riots broke out as police detained the leader": "as police" an
 * oblique of "detained") or its noun is read as a compound of the verb ("Traffic stopped as police arrested dozens").
 */
export function repairClauseReadAsPhrase(tree: EditableTree, tokens: readonly Token[], words: RepairWords): string | null {
  for (const verb of tree.nodes()) {
    if (tree.upos(verb) !== 'VERB' || tokens[verb].lower.endsWith('ing') || !NOMINAL.has(tree.upos(verb - 1))) continue;
    // no nominal compounds a verb: "as police arrested" read "police" as a compound of "arrested"
    const compound = tree.base(verb - 1) === 'compound' && tree.head(verb - 1) === verb;
    const noun = compound ? verb - 1 : phraseHeadBefore(tree, tokens, verb);
    if (noun < 0 || !MODIFIER.has(tree.base(noun)) && !compound) continue;
    // the verb hung on the phrase's own noun may be a reduced relative ("after the weapons seized in the raid were
    // destroyed"): a clause only with an object of its own
    if (tree.head(verb) === noun && !clauseOnItsNoun(tree, verb) && !subjectsOwnAct(tree, tokens, verb, words)) continue;
    // the rest in a function of its own: a callback here would allocate a closure scope for every word
    if (repairedAt(tree, tokens, verb, noun, compound)) return 'tree-repair:clause-read-as-phrase';
  }
  return null;
}

const isOpener = (tree: EditableTree, tokens: readonly Token[], k: number) => (tree.label(k) === 'case' || tree.label(k) === 'mark') && SUBORDINATORS.has(tokens[k].lower);
// the links inside a post-modified noun phrase: "supporters of two clubs", "hundreds of fans", "police and soldiers"
const INSIDE_PHRASE = new Set(['nmod', 'conj', 'compound', 'flat', 'appos']);

/**
 * The head noun of the phrase that a subordinator opens and that ends right before `verb`: "after rival fans",
 * "as hundreds of fans", "after supporters of two clubs" (climbing from the word before the verb through the
 * phrase's own links). -1 when none, or when the phrase reaches past the verb.
 */
function phraseHeadBefore(tree: EditableTree, tokens: readonly Token[], verb: number): number {
  let n = verb - 1;
  for (let step = 0; step < 8; step++) {
    if (tree.children(n).some((k) => k < n && isOpener(tree, tokens, k))) {
      return tree.descendants(n, (c) => c !== verb).every((k) => k < verb) ? n : -1;
    }
    const h = tree.head(n);
    if (h < 0 || h > n || !NOMINAL.has(tree.upos(h)) || !INSIDE_PHRASE.has(tree.base(n))) return -1;
    n = h;
  }
  return -1;
}

// ("Police arrested 12 people after rival fans attacked a bus": "attacked" read as a participle on "fans"; with no
// object of its own the participle may describe the noun: "Calm returned after talks held in Doha")
function clauseOnItsNoun(tree: EditableTree, verb: number): boolean {
  return tree.base(verb) === 'acl' && tree.label(verb) !== 'acl:relcl' && tree.children(verb).some((k) => tree.base(k) === 'obj');
}

// "after rival fans fought in the streets", "after prisoners rioted": a verb of fighting or unrest (subject-act-verbs.tsv)
// in a past form hung on the noun before it is that noun's act, no participle describing it
function subjectsOwnAct(tree: EditableTree, tokens: readonly Token[], verb: number, words: RepairWords): boolean {
  return tree.base(verb) === 'acl' && words.subjectActVerbs.has(tokens[verb].lemma) && tokens[verb].lower !== tokens[verb].lemma;
}

function repairedAt(tree: EditableTree, tokens: readonly Token[], verb: number, noun: number, compound: boolean): boolean {
  const opener = (k: number) => isOpener(tree, tokens, k) && k < noun;
  const marker = tree.children(noun).find(opener) ?? (compound ? tree.children(verb).find(opener) : undefined);
  if (marker === undefined) return false;
  // "hours after Ukraine fired": the span before the subordinator read as the verb's subject measures the clause
  const span = tree.children(verb).find((k) => k < marker && tree.base(k) === 'nsubj' && SPANS.has(tokens[k].lemma));
  if (predicateReadAsParticiple(tree, tokens, verb, noun, marker)) return true;
  if (tree.children(verb).some((k) => k !== span && ['nsubj', 'expl', 'csubj'].includes(tree.base(k)) || tree.base(k) === 'mark' && k !== marker)) return false;
  // the phrase hung on its own verb ("as police" an oblique of "detained"): the clause belongs to the verb above
  // ("a day after Hezbollah fired rockets": the span "a day" hung on the clause's verb, the verb on the noun after it)
  let predicate = tree.head(noun) === verb ? tree.head(verb) : tree.head(noun);
  for (let step = 0; predicate >= 0 && (tree.upos(predicate) !== 'VERB' || predicate === verb) && step < 40; step++) predicate = predicate === verb ? tree.head(verb) : tree.head(predicate);
  if (predicate < 0 || predicate === verb) return false;
  // the verb read as a participle before the noun after it ("fired/amod rockets"): that noun is its object
  const object = tree.label(verb) === 'amod' && tree.head(verb) > verb ? tree.head(verb) : -1;
  if (compound && tree.head(verb) === predicate && tree.label(verb) === 'advcl' && tree.label(marker) === 'mark' && tree.head(marker) === verb) {
    tree.attach(noun, verb, 'nsubj');
    return true;
  }
  tree.attach(verb, predicate, 'advcl');
  if (span !== undefined) tree.attach(span, verb, 'obl:npmod');
  tree.attach(noun, verb, 'nsubj');
  tree.attach(marker, verb, 'mark');
  if (object >= 0) {
    tree.attach(object, verb, 'obj');
    // what the parse hung on that noun before the clause ("on Wednesday, a day after") belongs to the predicate
    for (const k of tree.children(object)) if (k < tree.children(verb)[0] && k < noun) tree.attach(k, predicate, tree.base(k) === 'compound' ? 'obl' : tree.label(k));
  }
  return true;
}

/**
 * "Relations soured after Poland accused Russia of meddling", "Ties worsened after Hungary blamed Serbia for the
 * incident": the main verb read as a participle on its own subject ("Relations | soured after Poland", an `acl`) and
 * the clause's verb made the predicate of that subject. A participle with no object and no "by" agent, right before the
 * subordinator, whose phrase's noun names a doer (a name, a pronoun, a plural: "after police", "after protesters") is
 * the predicate: it takes the verb's place and the subject, and the clause is its `advcl`. A participle that describes
 * ("Troops deployed after the vote arrested 12 people": "the vote" names no doer) stays.
 */
function predicateReadAsParticiple(tree: EditableTree, tokens: readonly Token[], verb: number, noun: number, marker: number): boolean {
  const participle = tree.head(noun);
  const subject = tree.children(verb).find((k) => tree.base(k) === 'nsubj' && k < marker);
  if (subject === undefined || participle < 0 || tree.label(participle) !== 'acl' || tree.head(participle) !== subject || !(subject < participle && participle < marker)) return false;
  if (tree.upos(participle) !== 'VERB' || tokens[participle].lower.endsWith('ing') || tree.children(participle).some((k) => tree.base(k) === 'obj' || tree.label(k) === 'obl:agent' || tokens[k].lower === 'by')) return false;
  const doer = tree.upos(noun) === 'PROPN' || tree.upos(noun) === 'PRON' || tree.upos(noun) === 'NOUN' && tokens[noun].lower !== tokens[noun].lemma;
  if (!doer || tree.children(verb).some((k) => tree.base(k) === 'mark')) return false;
  tree.attach(participle, tree.head(verb), tree.label(verb));
  tree.attach(subject, participle, tree.label(subject));
  // what the verb held before the subordinator, and the closing punctuation, are the predicate's
  const last = Math.max(...tree.nodes());
  for (const k of [...tree.children(verb)]) if (k !== subject && (k < marker || tree.base(k) === 'punct' && k === last)) tree.attach(k, participle, tree.label(k));
  tree.attach(verb, participle, 'advcl');
  tree.attach(noun, verb, 'nsubj');
  tree.attach(marker, verb, 'mark');
  return true;
}
