import type { TreeView } from './tree-roles/index.ts';
import type { Token } from '../nlp/types.ts';
import type { SentenceTree } from '../nlp/syntax/index.ts';
import irregularVerbs from 'wink-eng-lite-web-model/dist/wn-verb-exceptions.js';
import { RETAG_VERB } from './tree-repair/retag-verb.ts';
import { RETAG_HEADLINE_VERB } from './tree-repair/retag-headline-verb.ts';
import { headlineShaped } from './tree-repair/headline-shape.ts';

// made once (a literal in a function made a new RegExp at every call)
const INFLECTED_ENDING = /(ed|en|ing)$/;

// relations of a word that heads its own clause; a participle that only modifies a noun (amod: "the detained
// president", "US-occupied base") stays an adjective
const CLAUSE_HEAD = new Set(['root', 'ccomp', 'xcomp', 'advcl', 'acl', 'conj', 'parataxis', 'csubj']);

/**
 * The parse's reading of a word the word tagger did not take for a verb: a verb heading a clause.
 *   "Chadian troops have retaken a village"        (retaken: noun to the tagger)
 *   "they saw a drone opening fire"                (opening: noun)
 *   "Ukraine alleged that Russian forces shot two civilians" (alleged: adjective, shot: noun)
 *   "Another killed three contractors"             (killed after a determiner: read as an adjective)
 * A base or -s form counts only as a headline's verb: an -s form right after its own singular subject, or the root the
 * re-tagging gave a verbless sentence (retag-verb.ts: a root with its subject before it): "Russia pounds Kharkiv", or a
 * title-cased headline (retag-headline-verb.ts: "Police Arrest Dozens").
 */
export function parseReadsVerb(view: TreeView, i: number): boolean {
  const t = view.tokens;
  // "the US-occupied airbase": a participle joined by a hyphen modifies, whatever the parse says
  if (i > 0 && t[i - 1].text === '-' && t[i - 1].end === t[i].start) return false;
  if (view.upos(i) !== 'VERB' || !CLAUSE_HEAD.has(view.base(i))) return false;
  // a base or -s form: a headline's verb after its subject, or the root the re-tagging gave a verbless sentence
  // (an -s form only agreeing with its subject: "Police arrests in Dhaka continued" stays a noun)
  return readableAsVerb(t, i) || headlinePresent(view, i) || barePresent(view, i) || view.base(i) === 'root' && (view.repairOf(i) === RETAG_VERB && !PRESENT_S.test(t[i].lower) || view.repairOf(i) === RETAG_HEADLINE_VERB)
    || opensQuote(t, i) && view.childrenWith(i, 'nsubj').length === 0;
}

// “Release our soldiers now,” the minister told Baku: the capitalised first word of a quote, tagged a name, is the
// bare verb of a quoted order where the parse makes it a clause's head with no subject (src/extract/quoted-order.ts)
const QUOTE_MARKS = new Set(['"', '“', '‘']);
const opensQuote = (t: readonly Token[], i: number) => i > 0 && QUOTE_MARKS.has(t[i - 1].text) && t[i].pos === 'PROPN' && t[i].lemma === t[i].lower && t[i].sentence === t[i - 1].sentence;

// nouns that take a plural verb in their singular form
export const PLURAL_COLLECTIVES = new Set(['police', 'people', 'militia', 'cattle']);

/**
 * A present-tense -s form with its own subject right before it, the verb of a headline or of a wire sentence in
 * the historical present: "Iran | arrests dozens of protesters", "Turkey | bans rallies", "Israel | strikes targets".
 * The plural noun the word tagger read ("police arrests continued") has no subject of its own in the parse.
 */
function headlinePresent(view: TreeView, i: number): boolean {
  if (!PRESENT_S.test(view.tokens[i].lower)) return false;
  const subject = view.childrenWith(i, 'nsubj');
  if (subject.length !== 1 || subject[0] > i) return false;
  // the -s form agrees with a singular subject only: "police | arrests in Dhaka" are the police's arrests
  const head = view.tokens[subject[0]];
  if (PLURAL_COLLECTIVES.has(head.lower) || view.upos(subject[0]) === 'NOUN' && head.lemma !== head.lower) return false;
  // the subject's phrase ends right before the verb (an adverb between): "Iran (quietly) arrests"
  let before = i - 1;
  while (before > subject[0] && view.upos(before) === 'ADV') before--;
  return view.span(subject[0])[1] > before;
}

/**
 * A bare form right after its own plural subject, the verb of a headline (no final stop) in the present: "Kenyan police | fire tear gas",
 * "Somali troops | retake town", "Iran, US | hold talks". The parse must make it the root with that subject; a noun
 * after a plural modifier ("police fire killed two") has no subject of its own there.
 */
function barePresent(view: TreeView, i: number): boolean {
  const t = view.tokens[i];
  // (or of a headline's clause after a subordinator: "Three soldiers killed as rebels | raid base")
  const subordinate = view.base(i) === 'advcl' && view.childrenWith(i, 'mark').some((m) => CLAUSE_OPENERS.has(view.tokens[m].lower));
  if (t.lower !== t.lemma || PRESENT_S.test(t.lower) || view.base(i) !== 'root' && !subordinate || !inHeadline(view.tokens, i)) return false;
  const subject = view.childrenWith(i, 'nsubj');
  if (subject.length !== 1 || subject[0] > i || !pluralSubject(view, subject[0])) return false;
  return view.span(subject[0])[1] > i - 1;
}

/** A plural noun, a noun that takes a plural verb ("police"), or two subjects joined ("Iran, US"). */
function pluralSubject(view: TreeView, k: number): boolean {
  const head = view.tokens[k];
  return PLURAL_COLLECTIVES.has(head.lower) || view.upos(k) === 'NOUN' && head.lemma !== head.lower || view.childrenWith(k, 'conj').length > 0;
}

/**
 * A bare form after a plural noun that the sentence opens with (its words before are a noun phrase's): the word
 * tagger's noun may be the parse's headline verb ("Kenyan police fire tear gas", "Rebel fighters seize town").
 */
export function bareAfterOpeningPlural(t: readonly Token[], i: number): boolean {
  const word = t[i], before = t[i - 1];
  if (!before || before.sentence !== word.sentence || word.lower !== word.lemma || PRESENT_S.test(word.lower)) return false;
  if (!(PLURAL_COLLECTIVES.has(before.lower) || before.pos === 'NOUN' && before.lemma !== before.lower || commaJoinedBefore(t, i))) return false;
  for (let k = i - 2; k >= 0 && t[k].sentence === word.sentence; k--) {
    // "Three soldiers killed as rebels | raid base": a headline's clause after a subordinator opens the same way
    if (CLAUSE_OPENERS.has(t[k].lower) && k < i - 1) break;
    if (!OPENING_NOUN_PHRASE.has(t[k].pos)) return false;
  }
  return inHeadline(t, i);
}
// subordinators that open a headline's second clause, whose subject and bare verb follow as at the headline's start
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['as', 'while', 'after', 'when', 'before', 'since', 'because', 'until', 'once', 'though', 'although']);

/** "Russia, Ukraine | swap", "Israel, South Sudan | trade": two opening names joined by a comma (a headline's "and")
 *  are a plural subject, whatever the number of the second. The second is a name's words only ("Cambodia exchange |
 *  fire" ends in a noun, the verb before it). */
export function commaJoinedBefore(t: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k > 0 && t[k].pos === 'PROPN' && t[k].sentence === t[i].sentence) k--;
  return k < i - 1 && t[k].text === ',' && k > 0 && NAME_OR_NOUN.has(t[k - 1].pos) && t[k - 1].sentence === t[i].sentence;
}
const NAME_OR_NOUN = new Set(['PROPN', 'NOUN']);

/** The word's sentence has no final stop: a headline's ("Rebels seize town"), whose present tells news; in prose a bare
 *  present after a plural is a habit ("Government troops raid camps every week") and keeps the tagger's reading. */
function inHeadline(t: readonly Token[], i: number): boolean {
  let last = i;
  while (t[last + 1]?.sentence === t[i].sentence) last++;
  let first = i;
  while (first > 0 && t[first - 1].sentence === t[i].sentence) first--;
  return headlineShaped(t, first, last);
}
const OPENING_NOUN_PHRASE = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PUNCT', 'CCONJ']);

/** Forms the parse's reading makes a verb whatever their subject: past, participle, gerund, or after "had". */
const readableAsVerb = (t: readonly Token[], i: number) => inflectedVerbForm(t[i].lower) || afterPerfect(t, i);

/**
 * The forms `parseReadsVerb` may make a verb (the trigger prepass asks for a parse only at those): also an -s form,
 * and in a sentence with no verb at all (`verbless`) any form, which the re-tagging may make its root.
 */
export const parseMayReadVerb = (t: readonly Token[], i: number, verbless: boolean) => verbless || readableAsVerb(t, i) || PRESENT_S.test(t[i].lower) || opensQuote(t, i) || bareAfterOpeningPlural(t, i);
const PRESENT_S = /[a-z][^s]s$/;

// "had overrun", "have cut", "has hit": right after a form of "have" a participle that looks like its base is one
const PERFECT = new Set(['have', 'has', 'had', "'ve"]);
const afterPerfect = (t: readonly Token[], i: number) => i > 0 && PERFECT.has(t[i - 1].lower) && t[i - 1].pos === 'AUX';

/**
 * Only a past, participle or gerund form ("retaken", "shot", "opening", "alleged"): a base form that is also a
 * noun ("control", "raid", "attacks") keeps the word tagger's reading, which the parse does not beat there
 * ("the Houthis, who control the port": the parse misreads the relative clause, the tagger says noun).
 */
export function inflectedVerbForm(word: string): boolean {
  return INFLECTED_ENDING.test(word) || (Object.hasOwn(irregularVerbs, word) && irregularVerbs[word] !== word);
}

// the words of a noun phrase between a subordinator and the verb ("as | the rebels | raid")
const NOUN_PHRASE_WORD = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/**
 * "Three soldiers killed as rebels | raid base", "Two policemen killed as gunmen | storm checkpoint": a headline's
 * second clause, after a subordinator, opens with its plural subject and its bare verb as the headline does; the word
 * tagger read the verb as a noun modifying the next one. The plural noun before word i follows such a subordinator
 * (only noun-phrase words between): a sign as strong as two names joined by a comma (tree-repair/retag-verb.ts 'subordinate').
 */
export function afterSubordinator(tokens: readonly Token[], i: number): boolean {
  let k = i - 2;
  while (k > 0 && tokens[k].sentence === tokens[i].sentence && !CLAUSE_OPENERS.has(tokens[k].lower) && NOUN_PHRASE_WORD.has(tokens[k].pos)) k--;
  return k >= 0 && CLAUSE_OPENERS.has(tokens[k].lower);
}

/**
 * Held to VERB, word i heads the subordinate clause under a verbal root: an adverbial clause its subordinator opens,
 * with its subject before it; or (the parse still taking the subordinator for a preposition) a verb describing the noun
 * right before it with an object of its own, which no participle after "as" has ("as gunmen | storm checkpoint"; the
 * repair subordinator-read-as-case.ts then makes it the clause).
 */
export function subordinateClauseVerb(tree: SentenceTree, tokens: readonly Token[], i: number): boolean {
  const k = i - tree.offset;
  const roots = tree.heads.reduce((n, h, c) => (h < 0 ? n + 1 : n), 0);
  const verbalRoot = tree.heads.some((h, c) => h < 0 && tree.upos[c] === 'VERB');
  if (roots !== 1 || !verbalRoot || tree.upos[k] !== 'VERB') return false;
  const kids = tree.labels.flatMap((l, c) => (tree.heads[c] === i ? [[l, c] as const] : []));
  if (tree.labels[k] === 'advcl') return kids.some(([l, c]) => l === 'nsubj' && c < k) && kids.some(([l, c]) => l === 'mark' && c < k && CLAUSE_OPENERS.has(tokens[tree.offset + c].lower));
  return tree.labels[k] === 'acl' && tree.heads[k] === i - 1 && kids.some(([l, c]) => l === 'obj' && c > k);
}
