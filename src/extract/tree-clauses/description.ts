import type { Lexicon } from '../../knowledge/types.ts';
import type { TreeView } from '../tree-roles/tree-view.ts';
import { isPresentPerfect, verbTime } from './verb-time.ts';
import { followsAspectualVerb } from '../token-shape.ts';
import { cuePhrases } from '../cue-groups.ts';
import { ATTRIBUTING } from '../tree-repair/participle-read-as-main-verb.ts';

const RELATIVE_WORDS = new Set(['who', 'which', 'that', 'whom', 'whose', 'where']);

/**
 * A relative clause opened by a relative word ("which", "who", "that"), not a parse that only guessed one:
 * the word fills the clause's gap, so no other child holds its relation ("warned that its forces would strike
 * the bases" has a subject and an object of its own: "that" there opens a complement).
 */
export function hasRelativeWord(view: TreeView, verb: number): boolean {
  const kids = view.children(verb);
  return kids.some((c) => c < verb && RELATIVE_WORDS.has(view.tokens[c].lower) && view.base(c) !== 'mark'
    && !kids.some((o) => o !== c && view.base(o) === view.base(c) && ['nsubj', 'obj'].includes(view.base(c))));
}

/** "the areas it occupies": no relative word, but a pronoun subject and no object of its own (the noun fills it). */
function isContactRelative(view: TreeView, verb: number): boolean {
  const subjects = view.childrenWith(verb, 'nsubj');
  return subjects.length > 0 && subjects.every((c) => view.upos(c) === 'PRON') && view.childrenWith(verb, 'obj', 'ccomp', 'xcomp').length === 0;
}

/**
 * Why the verb at `head` only describes a participant instead of reporting an act, or null:
 *  - `relative-present`: an active relative clause in the present or present perfect ("the group, which has
 *    attacked bases across the north", "militias that control the border"); a past one reports an act and stays
 *    ("the group, which attacked the base last year"), and so does a passive one unless it states a state, and a set-off
 *    one whose present perfect falls on one single thing ("Al-Shabab, which has seized the port of Kismayo");
 *  - `stative`: the same with a state verb (data/lexicon/stative-verbs.tsv), or a state verb's participle with
 *    its agent: "the militia, which controls the city", "forces backed by Iran";
 *  - `participle`: an -ing participle right after its noun ("a coalition fighting in Yemen said", "activists
 *    helping to organise protests"); a past participle reports what befell the noun and stays ("soldiers killed
 *    in the attack"), and one set off by commas tells what the noun did then (", seeking to disperse them,");
 *  - `adjective`: a participle right before its noun ("the town and surrounding areas", "his commuted sentence");
 *  - `modifier`: an -ing word that classifies a noun ("during fighting season", "crowds of protesting students");
 *  - `attribution`: a participle that lays the noun's act on its doer ("a bombing blamed on the PKK").
 * "which has sought to attack": the verb may hang under the clause's verb by xcomp.
 */
export function descriptionOf(view: TreeView, head: number, lexicon: Pick<Lexicon, 'stativeVerbs'> & Partial<Pick<Lexicon, 'speakingDocuments' | 'clauseCues' | 'partitiveWords' | 'holdingVerbs'>>): string | null {
  if (holdingNow(view, head, lexicon.holdingVerbs)) return 'holding-now';
  // "Militias backed by Iran have ...": a state verb's participle with its agent and no auxiliary is no finite
  // passive, wherever the parse hangs it
  const own = view.tokens[head];
  if (lexicon.stativeVerbs.has(own.lemma) && view.childrenWith(head, 'obl:agent').length > 0 && view.childrenWith(head, 'aux', 'aux:pass').length === 0) return 'stative';
  let verb = head;
  while (view.label(verb) === 'xcomp' && view.head(verb) >= 0) verb = view.head(verb);
  const label = view.label(verb);
  const noun = view.head(verb);
  const t = view.tokens[verb];
  if (verb === head) {
    const modifier = nounModifier(view, verb);
    if (modifier !== null) return modifier;
  }
  if (label === 'acl:relcl') {
    if (hasRelativeWord(view, verb) && verbTime(view, verb) === 'past' && isFormerHolder(view, noun, lexicon) && !hasOwnTime(view, verb, lexicon)) return 'career';
    if (!(hasRelativeWord(view, verb) || isContactRelative(view, verb)) || verbTime(view, verb) === 'past') return null;
    // a passive tells what was done to the noun: only a state in the simple present describes it ("which is backed by
    // Iran"); "which has been equipped with", "which are described as false-flag operations by" report acts
    if (view.isPassive(verb)) return lexicon.stativeVerbs.has(t.lemma) && !isPresentPerfect(view, verb) ? 'stative' : null;
    if (lexicon.stativeVerbs.has(t.lemma)) return 'stative';
    // ("the market, which missiles hit on Monday": a base form that is also the past, "hit", "struck" aside, tells one
    // occasion's act where its clause names the occasion, as a present perfect does)
    const ownSubject = view.childrenWith(verb, 'nsubj').some((c) => !['that', 'which', 'who'].includes(view.tokens[c].lower));
    const pastForm = ownSubject && t.lower === t.lemma && !t.lower.endsWith('s');
    return (isPresentPerfect(view, verb) && (onOccasion(view, verb, lexicon) || isSetOffDeed(view, verb, lexicon.partitiveWords))) || (pastForm && onOccasion(view, verb, lexicon)) ? null : 'relative-present';
  }
  if (label !== 'acl' || noun < 0 || noun > verb) return null;
  // "a bombing blamed on the PKK": the participle names the act's doer (tree-roles/tree-actors.ts), no accusation told
  if (ATTRIBUTING[t.lemma] !== undefined && view.childrenWith(verb, 'obl').some((o) => view.marker(o) === ATTRIBUTING[t.lemma])) return 'attribution';
  if (lexicon.stativeVerbs.has(t.lemma) && view.childrenWith(verb, 'obl:agent').length > 0) return 'stative';
  const setOff = view.tokens.slice(noun + 1, verb).some((x) => x.text === ',');
  // "issued a statement condemning the attack", "a declaration calling for a strike": what a document says is its
  // issuer's speech act, not a description of the document
  if (lexicon.speakingDocuments?.has(view.tokens[noun].lemma)) return null;
  // "signed a decree imposing sanctions", "issued an order banning protests": so is what a document enacts, told with
  // its signing or passing (the document that verb's object); "the laws forbidding mixed marriage were unjust" describes
  const enacted = ['obj', 'nsubj:pass'].includes(view.label(noun)) && view.head(noun) >= 0 && view.upos(view.head(noun)) === 'VERB';
  if (enacted && lexicon.clauseCues && cuePhrases(lexicon.clauseCues, 'enacting-document').has(view.tokens[noun].lemma)) return null;
  return /ing$/.test(t.lower) && !setOff && view.childrenWith(verb, 'mark').length === 0 ? 'participle' : null;
}

// "who have captured two districts this week", "which has hit the port on Sunday": a time of one occasion (clause-cues.tsv
// occasion-time), not the start or the stretch of a record ("since June", "for weeks")
const RECORD_MARKERS = new Set(['since', 'for', 'over', 'throughout', 'during']);
function onOccasion(view: TreeView, verb: number, lexicon: Partial<Pick<Lexicon, 'clauseCues'>>): boolean {
  const times = lexicon.clauseCues ? cuePhrases(lexicon.clauseCues, 'occasion-time') : new Set<string>();
  // (the parse may hang the time on the object: "captured two districts | this week")
  const holders = [verb, ...view.childrenWith(verb, 'obj')];
  return holders.some((h) => view.children(h).some((c) => ['obl', 'nmod', 'advmod'].includes(view.base(c)) && times.has(view.tokens[c].lower) && !RECORD_MARKERS.has(view.marker(c) ?? '')));
}

// "Al-Shabab, which has seized the port of Kismayo", "the Houthis, who have hijacked a British tanker": a relative clause set
// off by commas whose present perfect falls on one single thing tells a deed, as a past one does; a record is told of
// many ("which has killed hundreds of soldiers", "has attacked bases across the north"), of a state or group ("has fought
// Israel") or over a stretch ("for months", "repeatedly")
const DEED_DETERMINERS = new Set(['a', 'an', 'the']);
const RECORD_ADVERBS = new Set(['repeatedly', 'regularly', 'often', 'frequently', 'routinely', 'long', 'continually', 'constantly', 'always', 'never', 'increasingly']);
// ... and so does a share of one named place ("Boko Haram, which has seized much of Borno state": partitive-words.tsv)
function isSetOffDeed(view: TreeView, verb: number, partitive: ReadonlySet<string> = new Set()): boolean {
  const opener = view.children(verb).find((c) => c < verb && RELATIVE_WORDS.has(view.tokens[c].lower));
  if (opener === undefined || view.tokens[opener - 1]?.text !== ',' || view.isPassive(verb)) return false;
  const objects = view.childrenWith(verb, 'obj');
  if (objects.length !== 1) return false;
  const thing = objects[0], t = view.tokens[thing];
  const whole = partitive.has(t.lower) ? view.childrenWith(thing, 'nmod').find((n) => view.marker(n) === 'of' && [n, ...view.childrenWith(n, 'compound', 'flat')].some((k) => view.upos(k) === 'PROPN')) : undefined;
  const single = whole !== undefined || view.upos(thing) === 'NOUN' && t.lemma === t.lower && view.childrenWith(thing, 'nummod').length === 0
    && view.childrenWith(thing, 'det').some((d) => DEED_DETERMINERS.has(view.tokens[d].lower));
  const overStretch = view.children(verb).some((c) => RECORD_MARKERS.has(view.marker(c) ?? '') || RECORD_ADVERBS.has(view.tokens[c].lower));
  return single && !overStretch;
}

// "a former foreign minister who negotiated the border treaty", "the late president, who jailed his opponents": a past
// act told of a former or late office holder, with no time of its own, is the career that describes them (obituaries,
// profiles); "a former commander who attacked a police station on Monday" tells an act
function isFormerHolder(view: TreeView, noun: number, lexicon: Partial<Pick<Lexicon, 'clauseCues'>>): boolean {
  const marks = lexicon.clauseCues ? cuePhrases(lexicon.clauseCues, 'former-holder') : new Set<string>();
  if (noun < 0 || marks.size === 0) return false;
  for (let k = view.span(noun)[0]; k < noun; k++) if (marks.has(view.tokens[k].lower)) return true;
  return false;
}
const DATE_WORD = /^(?:\d{4}s?|january|february|march|april|may|june|july|august|september|october|november|december|year|ago)$/;
function hasOwnTime(view: TreeView, verb: number, lexicon: Partial<Pick<Lexicon, 'clauseCues'>>): boolean {
  if (onOccasion(view, verb, lexicon)) return true;
  const [from, to] = view.span(verb);
  for (let k = from; k < to; k++) if (DATE_WORD.test(view.tokens[k].lower)) return true;
  return false;
}

const GERUND_TAKERS = new Set(['of', 'for', 'by', 'after', 'before', 'without', 'from', 'about', 'on', 'upon', 'in', 'against', 'while', 'when', 'since', 'to']);

/**
 * A participle or gerund that modifies the noun right after it names a kind of thing, not an act:
 *  - amod: "the town and surrounding areas", "the balance of his commuted sentence"; after a preposition an -ing
 *    word is a verb with its object ("accused the army of executing civilians");
 *  - compound: "suffered losses during fighting season", "joined crowds of protesting students";
 *  - a conjunct of a noun, where the parse took the participle for a verb with the next noun as its object
 *    ("overran the outposts and surrounding villages"): a verb is never coordinated with a noun phrase.
 */
// "visiting | Spanish Prime Minister | Sanchez", "retreating | rebel | fighters": every word between the modifier and its
// noun is inside the noun's phrase (a few steps under it)
function withinPhrase(view: TreeView, modifier: number, noun: number): boolean {
  for (let k = modifier + 1; k < noun; k++) {
    let h = k;
    for (let step = 0; step < 4 && h !== noun && h >= 0; step++) h = view.head(h);
    if (h !== noun) return false;
  }
  return true;
}

function nounModifier(view: TreeView, verb: number): 'adjective' | 'modifier' | null {
  const word = view.tokens[verb].lower;
  const after = view.tokens[verb + 1];
  const nounAfter = after !== undefined && (view.upos(verb + 1) === 'NOUN' || after.pos === 'NOUN');
  // after a preposition that takes a gerund ("accused the army of executing civilians"), or a verb of beginning
  // ("began relaxing sanctions"), an -ing word is a verb with its object; "during fighting season" has none
  const gerundPreposition = GERUND_TAKERS.has(view.tokens[verb - 1]?.lower ?? '');
  const afterPreposition = ['ADP', 'SCONJ'].includes(view.upos(verb - 1)) && gerundPreposition || followsAspectualVerb(view.tokens, verb);
  const label = view.label(verb);
  const noun = view.head(verb);
  // a past participle only inside a noun phrase: "troops launched airstrikes" misparsed as amod is a finite verb
  const insidePhrase = ['DET', 'ADJ', 'NUM'].includes(view.upos(verb - 1)) || view.label(verb - 1) === 'nmod:poss';
  if (label === 'amod' && (noun === verb + 1 || noun > verb && withinPhrase(view, verb, noun))) return /ing$/.test(word) && !afterPreposition || /ed$/.test(word) && insidePhrase ? 'adjective' : null;
  // "accused the army of executing civilians" may parse as a compound too
  if (label === 'compound' && noun === verb + 1) return /ing$/.test(word) && !gerundPreposition ? 'modifier' : null;
  if (label === 'conj' && ['NOUN', 'PROPN'].includes(view.upos(noun)) && /ing$/.test(word) && nounAfter && view.upos(verb - 1) === 'CCONJ') return 'adjective';
  return null;
}

/**
 * "Russia occupies about a fifth of Ukraine", "rebels occupy the northern half of the town": a verb of holding
 * (data/lexicon/holding-verbs.tsv) in the simple present, with no auxiliary, tells who holds what now, no act on an
 * occasion (coding guide rule 1); "occupied the town on Monday", "are occupying the square", "has occupied" stay acts.
 * The 3rd-person form is present whatever its subject ("... and occupies"); the plain form only with a subject of its
 * own ("rebels occupy"), for "plans to seize and occupy" is an infinitive.
 */
function holdingNow(view: TreeView, verb: number, holding: ReadonlySet<string> | undefined): boolean {
  const t = view.tokens[verb];
  if (!holding?.has(t.lemma) || view.upos(verb) !== 'VERB' || view.childrenWith(verb, 'aux', 'aux:pass', 'cop', 'mark').length > 0) return false;
  if (t.lower !== t.lemma) return /[^s]s$/.test(t.lower);
  // ("the army plans to seize and occupy the town": a "to" between the subject and the verb makes it an infinitive
  // whatever the parse made of "plans")
  const subject = view.childrenWith(verb, 'nsubj').find((s) => s < verb);
  return subject !== undefined && !['xcomp', 'conj'].includes(view.base(verb)) && !view.tokens.slice(subject, verb).some((x) => x.lower === 'to');
}
