import type { SentenceTree } from '../../nlp/syntax/index.ts';
import type { HeldTags } from '../../nlp/syntax/held-tags.ts';
import type { Token } from '../../nlp/types.ts';
import { afterSubordinator, bareAfterOpeningPlural, commaJoinedBefore, inflectedVerbForm, PLURAL_COLLECTIVES, subordinateClauseVerb } from '../verb-reading.ts';
import { GERUND_MARKS } from './gerund-read-as-modifier.ts';
import { predicateReadAsModifier } from './predicate-read-as-modifier.ts';

// one object for every word asked (a literal in the loop made a new RegExp each time)
const PARTICIPLE_ENDING = /[a-z](ing|ed)$/;
const GERUND = /[a-z]ing$/;

export const RETAG_VERB = 'tree-repair:retag-verb';

// The tagger's lead of its own tag over VERB below which the verb reading is worth a second parse. A confident
// noun leads by 60k to 150k (quantised score units); the verbs it misread as nouns in our cases led by 4k to 35k.
// A verbless sentence's reading must pass a stricter test (the root, with a subject), so it may be further off.
// Two names joined by a comma before a trigger's bare form are a plural subject ('joined'): a strong enough sign that the
// verb is read where the tagger's noun leads it further ("Russia, Ukraine | swap prisoners").
const MAX_MARGIN: Readonly<Record<Doubt, number>> = { verbless: 50_000, headline: 60_000, joined: 100_000, subordinate: 100_000, trigger: 30_000, resultative: 60_000, participle: 30_000, aspectual: 60_000, particle: 30_000, modal: 60_000, coordinated: 60_000, perceived: 60_000, pronoun: 60_000, infinitive: 60_000, marked: 60_000 };
// tags a misread verb gets; a word read as a determiner, pronoun or name is never a verb held back
const MISREAD_AS = new Set(['NOUN', 'ADJ', 'ADP']);
const CLAUSE_HEAD = new Set(['root', 'ccomp', 'xcomp', 'advcl', 'acl', 'conj', 'parataxis', 'csubj']);
// a verb's own nominal arguments: a held word with none is no predicate ("police and | armed civilians opened fire")
const ARGUMENT = new Set(['nsubj', 'obj', 'iobj', 'obl']);
// dependents only a noun takes ("the firing of", "its post", "two reports"): a held word with one stayed a noun
const NOMINAL_DEPENDENT = new Set(['det', 'det:poss', 'nmod:poss', 'nummod', 'case', 'amod']);
// the words an object or a clause's subject starts with ("jets bombing | the bridge", "| five cities")
const NOUN_MARK = new Set(['det', 'det:poss', 'nmod:poss', 'nummod', 'case']);
const PHRASE_START = new Set(['DET', 'NUM', 'PRON', 'PROPN']);
// ... and an object's, which may open with its own adjective ("shot dead | Honduran opposition leader X")
const OBJECT_START = new Set(['DET', 'NUM', 'PROPN', 'ADJ']);
const NOMINAL = new Set(['NOUN', 'PROPN', 'PRON']);
// verbs of phase whose -ing complement is a verb ("kept shelling the town", "resumed bombing targets"); read as a noun
// modifying the next one ("shelling | rebel positions") the act loses its subject
const ASPECTUAL = new Set(['keep', 'continue', 'start', 'begin', 'stop', 'resume', 'quit', 'cease', 'finish']);
// verbs of perceiving whose object takes an -ing predicate: "watched police | beating demonstrators", "saw troops | looting
// shops" (read as a compound of the noun after it, the act loses its doer)
const PERCEIVING = new Set(['see', 'watch', 'hear', 'witness', 'spot', 'film', 'notice', 'observe']);
// a modal takes a bare verb after it: "it would | strike rebel positions", "troops will | shell the town"
const MODALS = new Set(['will', 'would', 'could', 'can', 'may', 'might', 'must', 'should', 'shall']);
// a subject pronoun modifies no noun: the word after it is its verb ("says it | targets fighters", "he | rules")
const SUBJECT_PRONOUNS = new Set(['it', 'he', 'she', 'they', 'we', 'i']);
// at most this many words are tried in one sentence, the closest readings first
const MAX_TRIES = 2;

/** What the re-tagging asks of the tagger and parser (`HeldTags`; sentence-relative word indexes). */
export type SecondLook = Pick<HeldTags, 'canBeVerb' | 'margin' | 'parse'>;

/** Why a word's verb reading is worth a second parse. */
type Doubt = 'verbless' | 'headline' | 'joined' | 'subordinate' | 'trigger' | 'resultative' | 'participle' | 'particle' | 'aspectual' | 'modal' | 'coordinated' | 'perceived' | 'pronoun' | 'infinitive' | 'marked';

const headlineDoubt = (doubt: Doubt | undefined) => doubt === 'headline' || doubt === 'joined' || doubt === 'subordinate';

/** A sentence's tree parsed again with one word held to VERB, and the nodes whose arc changed. */
export interface RetaggedTree {
  readonly tree: SentenceTree;
  readonly moved: ReadonlySet<number>;
  readonly id: string;
}

/**
 * Where the parser's tagger read a verb as a noun, adjective or preposition, the parse around it is wrong as a
 * whole and no repair of arcs recovers it ("Officials | report that ..." with "report" the root noun). Three signs
 * of such a misreading, each only where the tagger's VERB score came close to the tag it gave (`MAX_MARGIN`) and
 * the lexicon lists the word as a verb:
 *   verbless   — the main clause has no verb, none is read before the word, and it comes right after a nominal: "Protests against the results spread
 *                to five cities", "Officials report that ...", "Residents say the army left"
 *   resultative — an event verb's past form read as a noun, with an adjective after it and then the start of a noun
 *                phrase: "gunmen on a motorcycle | shot dead a lawyer" (read as "a motorcycle shot"); a noun is
 *                never followed by its result and then its object
 *   trigger    — the word is a candidate event verb the word tagger read as a noun (`doubted`, the trigger prepass),
 *                in a form the parse's verb reading counts for (`inflectedVerbForm`): "saw troops firing on the crowd"
 *   participle — an -ing or -ed form between a nominal and the start of a noun phrase: "jets bombing the bridge",
 *                "gunmen storming the hotel"
 *   particle   — an event verb's past form read as a noun, with its particle and then the start of a noun phrase:
 *                "said its air force | shot down five jets" (read as "its air force shot"); a noun is never followed by
 *                "down", "up" or "off" and then an object
 *   aspectual  — an -ing form right after a verb of phase, with no determiner: "police started | beating protesters"
 *   modal      — a noun right after a modal (an adverb between) that the word tagger reads as a verb: "warned that it
 *                would | strike rebel positions" (read as a compound of "rebel positions")
 *   coordinated — a bare noun right after a nominal with a verb coordinated to it: "Police | shot and wounded two
 *                protesters", "Gunmen | attack and kill villagers" (a noun compound "police shot" cannot take "and wounded")
 *   pronoun    — a noun right after a subject pronoun (an adverb between): "says it only | attacks terrorists"
 *   infinitive — a lower-case word read as a name or noun after "to" after a verb, that the word tagger reads as a verb:
 *                "tried to | march on parliament" (read as the month: "to March")
 *   marked     — an event verb's -ing form right after a preposition of a gerund clause, read as a modifier of the
 *                bare noun after it: "responded by | firing rockets" (kept as a VERB modifying it, which
 *                gerund-read-as-modifier.ts then makes the clause's head)
 * The word is held to VERB, the tagger tags the other words around it (its second pass reads it as context) and
 * the parser parses again. The new tree is kept only if the word heads a clause there with an argument of its own
 * and no dependent only a noun takes, the sentence's root is a verb if it was one, and for a verbless sentence
 * the word is the root with a subject. Otherwise (or with no sign) the plain tree stands: null.
 */
export function retaggedTree(tree: SentenceTree, tokens: readonly Token[], held: SecondLook, doubted: ReadonlySet<number>): RetaggedTree | null {
  const doubts = doubtsOf(tree, tokens, doubted);
  if (doubts.size === 0) return null;
  const tries = [...doubts.keys()]
    // a word an event verb pattern starts with (`doubted`) is a verb by the event lexicon, if not by the tagger's
    .filter((i) => doubted.has(i) || held.canBeVerb(i - tree.offset))
    .map((i) => ({ i, margin: held.margin(i - tree.offset, 'VERB') }))
    // (a word the tagger's dictionary tags unscored has no margin: "march" is the month there, whatever its case)
    .filter((t) => (t.margin > 0 || doubts.get(t.i) === 'infinitive' || headlineDoubt(doubts.get(t.i))) && t.margin <= MAX_MARGIN[doubts.get(t.i)!])
    .sort((a, b) => a.margin - b.margin);
  // a headline's verb comes right after its subject, the first word in doubt ("Turkey | lifts veto on Sweden's
  // NATO bid"): it is tried first, before closer readings of later nouns ("bid") that also make a clause
  const verbless = tries.filter((t) => doubts.get(t.i) === 'verbless').sort((a, b) => a.i - b.i);
  // ... unless the word after it is in doubt too and has a verb's inflection where it has none: it ends a compound
  // subject then, not a clause ("The air force | shot down two jets", "The coast guard | seized a boat")
  const next = verbless[0] && verbless.find((t) => t.i === verbless[0].i + 1);
  const first = next && inflectedVerbForm(tokens[next.i].lower) && !inflectedVerbForm(tokens[verbless[0].i].lower) ? next : verbless[0];
  // (a headline's bare verb after its plural subject before any: "Bangladesh | police" is no verb)
  const headline = tries.find((t) => headlineDoubt(doubts.get(t.i)));
  const lead = headline ?? first;
  const tried = lead ? [lead, ...tries.filter((t) => t !== lead)].slice(0, MAX_TRIES) : tries.slice(0, MAX_TRIES);
  for (const { i } of tried) {
    const parsed = held.parse(new Map([[i - tree.offset, 'VERB']]));
    const again = doubts.get(i) === 'coordinated' || doubts.get(i) === 'perceived' || headlineDoubt(doubts.get(i)) || doubts.get(i) === 'verbless' && bareAfterPlural(tokens, i) ? withCompoundSubject(parsed, i) : parsed;
    if (!isBetter(tree, again, tokens, i, doubts.get(i)!)) continue;
    const moved = new Set<number>([i]);
    for (let k = 0; k < tree.heads.length; k++) if (tree.heads[k] !== again.heads[k] || tree.labels[k] !== again.labels[k]) moved.add(tree.offset + k);
    return { tree: again, moved, id: RETAG_VERB };
  }
  return null;
}

/**
 * A verb coordinated with another takes no compound: the nominal right before the held word that the parser still
 * hung on it as one ("Police | shot and wounded") is its subject, if it has none. (Not for the other doubts: a
 * verbless sentence's first noun, "Border | guards shot", would pass for a verb with its compound as subject.)
 */
function withCompoundSubject(tree: SentenceTree, i: number): SentenceTree {
  const k = i - tree.offset;
  if (tree.heads[k - 1] !== i || tree.labels[k - 1] !== 'compound' || tree.labels.some((l, c) => tree.heads[c] === i && l.startsWith('nsubj'))) return tree;
  const labels = tree.labels.slice();
  labels[k - 1] = 'nsubj';
  return { ...tree, labels };
}

/**
 * "Kenyan police | fire tear gas", "Rebel fighters | seize town": a bare form after a plural noun agrees with it as a
 * headline's present-tense verb, so the noun the parse still hangs on it as a compound is its subject (a singular one
 * does not agree: "Border | guard shot" keeps its compound).
 */
const bareAfterPlural = (tokens: readonly Token[], i: number) => {
  const word = tokens[i], before = tokens[i - 1];
  return word.lower === word.lemma && !/[^s]s$/.test(word.lower) && (PLURAL_COLLECTIVES.has(before.lower) || before.pos === 'NOUN' && before.lemma !== before.lower);
};

/** The words (doc indexes) whose tag may hide a verb, with the sign that says so. */
export function doubtsOf(tree: SentenceTree, tokens: readonly Token[], doubted: ReadonlySet<number>): Map<number, Doubt> {
  const n = tree.heads.length, at = (i: number) => tree.upos[i - tree.offset] ?? '';
  const doubts = new Map<number, Doubt>();
  // the sentence's first verb read as a noun: no verbal root, and no word before the candidate read as a verb (one
  // that was, "the bank raised | interest rates", is a misparse around a right tag, not a tag to change)
  let verbless = !hasVerbalRoot(tree);
  for (let i = tree.offset; i < tree.offset + n; i++) {
    const upos = at(i);
    if (upos === 'VERB' || upos === 'AUX') verbless = false;
    if ((upos === 'PROPN' || upos === 'NOUN') && tokens[i].pos === 'VERB' && tokens[i].text === tokens[i].lower && tokens[i - 1]?.lower === 'to' && at(i - 2) === 'VERB') doubts.set(i, 'infinitive');
    else if (MISREAD_AS.has(upos)) {
      // the verb a subject's head comes right before (an adverb between): "Officials | report", "the results | spread"
      let before = i - 1;
      while (at(before) === 'ADV') before--;
      // "Congolese soldiers | fire live rounds", "DHAKA - Bangladesh police | arrest": a headline's bare form after the
      // plural noun it opens with, whether the parse found another verb ("live") or none
      if ((upos === 'NOUN' || upos === 'ADJ') && doubted.has(i) && bareAfterOpeningPlural(tokens, i) && !hasNounMark(tree, i)) doubts.set(i, commaJoinedBefore(tokens, i) ? 'joined' : afterSubordinator(tokens, i) ? 'subordinate' : 'headline');
      else if (verbless && NOMINAL.has(at(before)) && upos !== 'ADP') doubts.set(i, 'verbless');
      else if (upos === 'NOUN' && GERUND.test(tokens[i].lower) && ASPECTUAL.has(tokens[i - 1]?.lemma ?? '') && at(i - 1) === 'VERB' && !hasNounMark(tree, i)) doubts.set(i, 'aspectual');
      else if (upos === 'NOUN' && GERUND.test(tokens[i].lower) && perceivedDoer(tree, tokens, i) && !hasNounMark(tree, i)) doubts.set(i, 'perceived');
      else if (upos === 'NOUN' && tokens[i].pos === 'VERB' && MODALS.has(tokens[before]?.lower ?? '') && at(before) === 'AUX') doubts.set(i, 'modal');
      else if (upos === 'NOUN' && NOMINAL.has(at(i - 1)) && hasVerbConjunct(tree, i) && !hasNounMark(tree, i)) doubts.set(i, 'coordinated');
      else if (upos === 'NOUN' && at(before) === 'PRON' && SUBJECT_PRONOUNS.has(tokens[before]?.lower ?? '')) doubts.set(i, 'pronoun');
      else if (upos !== 'ADP' && doubted.has(i) && GERUND.test(tokens[i].lower) && GERUND_MARKS.has(tokens[i - 1]?.lower ?? '') && modifiesNextNoun(tree, i)) doubts.set(i, 'marked');
      else if (upos === 'NOUN' && doubted.has(i) && resultBeforeObject(tree, tokens, i)) doubts.set(i, 'resultative');
      else if (upos === 'NOUN' && doubted.has(i) && particleBeforeObject(tree, tokens, i)) doubts.set(i, 'particle');
      else {
        // the word's own signs first: `readAsNoun` scans the sentence, and most words show neither sign
        const trigger = doubted.has(i) && inflectedVerbForm(tokens[i].lower);
        const participle = !trigger && PARTICIPLE_ENDING.test(tokens[i].lower) && NOMINAL.has(at(i - 1)) && PHRASE_START.has(at(i + 1)) && upos !== 'ADP';
        if ((trigger || participle) && !readAsNoun(tree, i)) doubts.set(i, trigger ? 'trigger' : 'participle');
      }
    }
  }
  return doubts;
}

/**
 * The first parse has the word in a noun phrase with a mark only a noun takes: a determiner, possessor or number
 * ("a late-night jihadist raid against a camp killed"), a preposition ("back in the refugee camp"), or it modifies
 * the noun after it ("four-wheel drive vehicles", "armed civilians"). Such a reading is taken as the tagger gave it; a verbless
 * sentence's only chance at a verb is judged by the root and subject it gets instead.
 */
function readAsNoun(tree: SentenceTree, i: number): boolean {
  const k = i - tree.offset;
  if ((tree.labels[k] === 'compound' || tree.labels[k] === 'amod') && tree.heads[k] > i) return true;
  return hasNounMark(tree, i);
}

// the word hangs on a noun after it as its compound or adjective ("firing | rockets")
function modifiesNextNoun(tree: SentenceTree, i: number): boolean {
  const k = i - tree.offset;
  return (tree.labels[k] === 'compound' || tree.labels[k] === 'amod') && tree.heads[k] > i;
}

// "shot | dead | a lawyer": a past verb form, an adjective (its result) and the start of the object's phrase
function resultBeforeObject(tree: SentenceTree, tokens: readonly Token[], i: number): boolean {
  const k = i - tree.offset;
  return inflectedVerbForm(tokens[i].lower) && tree.upos[k + 1] === 'ADJ' && OBJECT_START.has(tree.upos[k + 2] ?? '');
}

// "shot | down | five jets": a past verb form, its particle and the start of the object's phrase
const PARTICLES = new Set(['down', 'up', 'off', 'out']);
function particleBeforeObject(tree: SentenceTree, tokens: readonly Token[], i: number): boolean {
  const k = i - tree.offset;
  return inflectedVerbForm(tokens[i].lower) && PARTICLES.has(tokens[i + 1]?.lower ?? '') && OBJECT_START.has(tree.upos[k + 2] ?? '');
}

// a verb joined to the word by "and"/"or" right after it: "shot | and wounded"
function hasVerbConjunct(tree: SentenceTree, i: number): boolean {
  const k = i - tree.offset;
  if (tree.labels[k + 1] !== 'cc') return false;
  for (let c = k + 2; c < tree.heads.length; c++) if (tree.heads[c] === i) return tree.labels[c] === 'conj' && tree.upos[c] === 'VERB';
  return false;
}

const hasNounMark = (tree: SentenceTree, i: number) => tree.labels.some((l, c) => tree.heads[c] === i && NOUN_MARK.has(l));

/** The root is a verb, or a predicate with its copula or auxiliary ("is ready", "was a soldier"). */
function hasVerbalRoot(tree: SentenceTree): boolean {
  for (let k = 0; k < tree.heads.length; k++) {
    if (tree.heads[k] >= 0) continue;
    if (tree.upos[k] === 'VERB' || tree.upos[k] === 'AUX') return true;
    if (hasCopulaOrAuxiliary(tree, tree.offset + k)) return true;
  }
  return false;
}

// (a function of its own: a callback in the loop above would allocate a closure scope for every word)
const hasCopulaOrAuxiliary = (tree: SentenceTree, root: number) => tree.labels.some((l, c) => tree.heads[c] === root && (l === 'cop' || l.startsWith('aux')));

function isBetter(plain: SentenceTree, again: SentenceTree, tokens: readonly Token[], i: number, doubt: Doubt): boolean {
  const k = i - again.offset;
  // held to VERB, the word may still modify the noun after it: gerund-read-as-modifier.ts makes it the clause's head
  if (doubt === 'marked' && again.upos[k] === 'VERB' && modifiesNextNoun(again, i)) return again.heads.filter((h) => h < 0).length === 1;
  // (a headline's verb takes the root from a word misread as one: "soldiers fire | live rounds")
  if (doubt === 'subordinate') return subordinateClauseVerb(again, tokens, i); // ("killed as rebels | raid base": verb-reading.ts)
  if (headlineDoubt(doubt)) return again.heads[k] < 0 && again.heads.filter((h) => h < 0).length === 1 && again.labels.some((l, c) => again.heads[c] === i && l === 'nsubj' && again.offset + c < i);
  // "told VOA the current fighting undermines trust | building": a reading that unmakes another verb is worse
  if (clauseVerbs(again, i) < clauseVerbs(plain, i)) return false;
  const children = again.labels.filter((_, c) => again.heads[c] === i);
  if (children.some((l) => NOMINAL_DEPENDENT.has(l))) return false;
  if (!children.some((l) => ARGUMENT.has(l.split(':')[0]))) return false;
  if (again.heads.filter((h) => h < 0).length !== 1) return false;
  // one subject, before the verb ("TEHRAN (DPA) - ... energy | costs" read as a root with three subjects is no clause)
  const subjects = again.labels.flatMap((l, c) => (again.heads[c] === i && l.startsWith('nsubj') ? [again.offset + c] : []));
  if (doubt === 'verbless') return again.heads[k] < 0 && subjects.length === 1 && subjects[0] < i || predicateReadAsModifier(again, i, tokens[i]);
  // the sentence keeps (or gets) a verb as its root: "Residents report heavy | shelling" is no clause of its own
  return CLAUSE_HEAD.has(again.labels[k].split(':')[0]) && hasDoer(again, i, doubt) && hasVerbalRoot(again);
}

/** The words other than i tagged VERB that head a clause (a verb read as a compound or an object no longer does). */
function clauseVerbs(tree: SentenceTree, i: number): number {
  let count = 0;
  for (let k = 0; k < tree.heads.length; k++) if (tree.offset + k !== i && tree.upos[k] === 'VERB' && CLAUSE_HEAD.has(tree.labels[k].split(':')[0])) count++;
  return count;
}

/**
 * The verb's clause says who does it: its own subject, the noun a participle follows ("troops | firing", `acl`),
 * the object of a verb of perception ("saw troops | firing", `xcomp` under a verb with an `obj`), the subject of
 * the clause an adverbial participle hangs from ("Rebels ambushed a convoy, | wounding three soldiers"), a verb it
 * is coordinated with. Not "took | place in Moscow", an `xcomp` no object controls: a noun after a light verb.
 */
function hasDoer(tree: SentenceTree, i: number, doubt: Doubt): boolean {
  const k = i - tree.offset, label = tree.labels[k], head = tree.heads[k];
  const childOf = (h: number, prefix: string) => tree.labels.some((l, c) => tree.heads[c] === h && l.startsWith(prefix));
  if (childOf(i, 'nsubj')) return true;
  if (label === 'acl' || label === 'conj') return true;
  if (label === 'advcl') return childOf(head, 'nsubj');
  // "saw troops firing" (the object does it); "the army kept shelling" (a verb of phase: its subject does)
  return label === 'xcomp' && (childOf(head, 'obj') || (doubt === 'aspectual' || doubt === 'infinitive') && childOf(head, 'nsubj'));
}

/** The -ing word at i follows a bare noun (its doer) right after a verb of perceiving: "watched police | beating". */
function perceivedDoer(tree: SentenceTree, tokens: readonly Token[], i: number): boolean {
  const at = (k: number) => tree.upos[k - tree.offset] ?? '';
  const perceiving = (k: number) => at(k) === 'VERB' && (PERCEIVING.has(tokens[k].lemma) || PERCEIVING.has(tokens[k].lower.replace(/ing$/, '')));
  return (at(i - 1) === 'NOUN' || at(i - 1) === 'PROPN') && (perceiving(i - 2) || at(i - 2) === 'DET' && perceiving(i - 3));
}
