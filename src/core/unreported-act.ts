import type { Candidate } from '../extract/candidate.ts';
import type { TreeView } from '../extract/tree-roles/index.ts';
import { baseForms } from '../extract/morphology.ts';

// A definite act noun ("the invasion of Iraq", "Bush's invasion", "the Palestinian intifada") names an act the
// reader already knows: one told before in the article, or a past act referred to ("a reaction to the American
// invasion", "a result of the invasion", "the year before the invasion"). It reports the act as happening only with
// an anchor of its own: a date ("Tuesday's shelling"), a count ("the two strikes", "the killing of 10 soldiers"), an agent "by X", a named place
// ("the attack in Najaf"), another act it followed ("its condemnation after the killing"), a clause that tells it ("the attack that killed six", "the accord reached on Monday"), a
// verb it is the subject of ("the assault began", "the strikes killed nine"), or a support verb ("carried out the
// raid"). Without one it stays only a mention: coreference keeps it when it refers back to an act already told.

const DETERMINERS = new Set(['the', 'this', 'that', 'these', 'those']);
const YEAR = /^(?:1[89]|20)\d\d$/;
// a weekday, month or day word dates the act ("Friday's raid", "the raid on Monday", "the attack last week", "the recent coup")
const DATE_WORD = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight|overnight|recent|recently|latest|ago|day|week|weekend|morning|afternoon|evening|night|dawn|spring|summer|autumn|winter)$/i;
// an act timed by another: "the condemnation of Syria after the death of Hariri"
const TIME_MARKERS = new Set(['after', 'following', 'amid']);
const REACTED_MARKERS = new Set(['of', 'into', 'for']);
const PLACE_MARKERS = new Set(['in', 'at', 'near', 'outside']);
const SUBJECTS = new Set(['nsubj', 'nsubj:pass']);

/** Verbs whose object act noun their subject did (data/lexicon/support-verbs.tsv) or took part in (clause-cues partaking). */
export interface AnchorVerbs {
  readonly supports: ReadonlySet<string>;
  readonly partaking: ReadonlySet<string>;
  /** verbs that tell a stage of the act in their oblique ("was finished with his tour"; clause-cues phase) */
  readonly phases: ReadonlySet<string>;
  /** verbs whose object act noun is an act they react to or renew ("condemned the attack", "renewed his appeal"; clause-cues reacting) */
  readonly reacting: ReadonlySet<string>;
  /** verbs whose "for"/"of" act is what they blame someone for ("blamed Hezbollah for the strike"; clause-cues blaming) */
  readonly blaming: ReadonlySet<string>;
  /** nouns whose "in"/"of" act is what someone is suspected of ("suspects in the killing"; clause-cues suspicion) */
  readonly suspicion: ReadonlySet<string>;
  /** verbs of ordering or authorising whose object act they make happen ("approved the deployment"; data/lexicon/ordering-verbs.tsv) */
  readonly ordering?: ReadonlySet<string>;
  /** the word names an act (an act noun of data/lexicon/act-nouns.tsv or a one-word noun pattern) */
  readonly isActNoun: (lemma: string) => boolean;
}

/** The definite act noun of a noun trigger has no anchor that reports its act as happening. */
export function isUnreportedDefiniteAct(view: TreeView, c: Candidate, anchorVerbs: AnchorVerbs): boolean {
  if (c.trigger.pattern.kind !== 'noun' || c.rules.some((r) => r.startsWith('roles:support-verb:'))) return false;
  // the trigger's act noun ("threat" in "Iran's threat to close the strait", not the strait), else its first noun, up
  // to the head of its compound ("the Indian peacekeeping force")
  // ("marched on the capital" is a verb's act, no noun's)
  const opening = c.trigger.tokens[0];
  let noun = c.trigger.tokens.find((k) => view.upos(k) === 'NOUN' && anchorVerbs.isActNoun(view.tokens[k].lemma)) ?? (view.upos(opening) === 'NOUN' ? opening : undefined);
  if (noun === undefined) return false;
  while (view.label(noun) === 'compound' && view.upos(view.head(noun)) === 'NOUN') noun = view.head(noun);
  // "this extradition and imprisonment": a conjunct shares the first noun's determiner and anchors
  const first = view.label(noun) === 'conj' && view.upos(view.head(noun)) === 'NOUN' ? view.head(noun) : noun;
  return isDefiniteNoun(view, first) && !hasAnchor(view, first, anchorVerbs) && (first === noun || !hasAnchor(view, noun, anchorVerbs));
}

const isDefiniteNoun = (view: TreeView, noun: number) => view.children(noun).some((k) => k < noun
  && (view.label(k) === 'nmod:poss' || view.label(k) === 'det' && DETERMINERS.has(view.tokens[k].lower)));

/** "Saturday's airstrike", "last week's raid": the act noun is dated by its own possessive. */
export const hasPossessiveDate = (view: TreeView, noun: number) => view.childrenWith(noun, 'nmod:poss').some((k) => k < noun && hasDateWord(view, k));

const hasDateWord = (view: TreeView, node: number) => {
  const [from, to] = view.span(node);
  for (let i = from; i < to; i++) if (DATE_WORD.test(view.tokens[i].text)) return true;
  return false;
};

function hasAnchor(view: TreeView, noun: number, anchorVerbs: AnchorVerbs): boolean {
  return hasDateWord(view, noun) || view.children(noun).some((k) => ownAnchor(view, noun, k)) || governorAnchor(view, noun, anchorVerbs);
}

// what the noun's own phrase says: "the attack that killed six", "the two strikes", "the raid by commandos", "the attack in Najaf"
function ownAnchor(view: TreeView, noun: number, k: number): boolean {
  const label = view.label(k);
  if (label === 'acl' || label === 'acl:relcl') return true;
  if (k < noun) return hasCount(view, k);
  if (label !== 'nmod' && label !== 'nmod:agent') return false;
  const marker = view.marker(k);
  // whom it hit, counted: "the killing of 10 soldiers", "the arrest of five men"
  if (marker === 'of' && view.childrenWith(k, 'nummod').some((n) => !YEAR.test(view.tokens[n].text))) return true;
  return marker === 'by' || TIME_MARKERS.has(marker ?? '') || PLACE_MARKERS.has(marker ?? '') && view.upos(k) === 'PROPN';
}

// a number before the noun that is no year: "the two strikes", "her four-day visit"
function hasCount(view: TreeView, modifier: number): boolean {
  const [from, to] = view.span(modifier);
  for (let i = from; i < to; i++) if (view.upos(i) === 'NUM' && !YEAR.test(view.tokens[i].text)) return true;
  return false;
}

// what the verb above says: the act is its subject or agent ("the invasion forced thousands to flee", "provoked by
// the assault"), what its subject took part in or finished ("participated in the assault", "was finished with his
// tour"), a support or reacting verb's object
// ("carried out the raid", "condemned the attack", "renewed his appeal"), or a dated verb's
// object ("condemned the murder the day before", "protested the assassination last March")
function governorAnchor(view: TreeView, noun: number, anchorVerbs: AnchorVerbs): boolean {
  const verb = view.head(noun);
  const label = view.label(noun);
  // "Iran's condemnation of the Israeli raid", "an investigation into the killing": a noun of reacting;
  // "suspects in the killing of an officer" (the tagger may call "suspects" a verb): what someone is suspected of
  const marker = view.marker(noun) ?? '';
  if (verb >= 0 && (label === 'nmod' || label === 'obl') && (marker === 'in' || marker === 'of') && anchorVerbs.suspicion.has(view.tokens[verb].lemma)) return true;
  // "accused Moscow of the attack": the parse may hang the blamed act on the accused object
  const above = verb >= 0 ? view.head(verb) : -1;
  // ("put the blame on the rebels for the attack": on the party blamed, whom the verb of a blaming object takes)
  if (label === 'nmod' && REACTED_MARKERS.has(marker) && above >= 0 && (view.label(verb) === 'obj' && anchorVerbs.blaming.has(view.tokens[above].lemma) || view.label(verb) === 'obl' && blamingObject(view, above, anchorVerbs))) return true;
  if (verb >= 0 && view.upos(verb) === 'NOUN' && label === 'nmod') return REACTED_MARKERS.has(marker) && anchorVerbs.reacting.has(view.tokens[verb].lemma);
  if (verb < 0 || view.upos(verb) !== 'VERB') return false;
  if (SUBJECTS.has(label) || label === 'obl:agent' || label === 'obl' && view.marker(noun) === 'by') return true;
  if (label !== 'obj' && label !== 'obl') return false;
  // a support verb's object ("carried out the raid"); an oblique only of taking part ("participated in the assault",
  // not "made an arrest in the investigation")
  // the lemmatiser may leave a form alone ("branded"): its base forms too
  const forms = baseForms(view.tokens[verb]);
  const any = (verbs: ReadonlySet<string>) => verbs.has(view.tokens[verb].lemma) || forms.some((f) => verbs.has(f));
  // "blamed Hezbollah for the strike", "accused the army of the killing"
  if (any(anchorVerbs.partaking) || label === 'obl' && (any(anchorVerbs.phases) || REACTED_MARKERS.has(view.marker(noun) ?? '') && (any(anchorVerbs.blaming) || blamingObject(view, verb, anchorVerbs)))) return true;
  if (label !== 'obj') return false;
  // "condemned the attack on the peacekeepers": who reacts to an act or renews it reports it ("renewed his appeal"); who
  // orders or approves it makes it happen ("approved the deployment of troops")
  if (any(anchorVerbs.supports) || any(anchorVerbs.reacting) || anchorVerbs.ordering !== undefined && any(anchorVerbs.ordering)) return true;
  // "condemned the bombing of the station by rebels": the parse may hang the act's agent on the active verb above
  const active = view.childrenWith(verb, 'aux:pass', 'nsubj:pass').length === 0;
  return view.children(verb).some((k) => k !== noun && !SUBJECTS.has(view.label(k)) && (hasDateWord(view, k) || active && k > noun && view.base(k) === 'obl' && view.marker(k) === 'by'));
}

// "put the blame on the rebels for the attack", "placed the blame on X for the ambush": a verb whose object is a word of
// blaming (clause-cues blaming: "blame") blames as that word's verb does
function blamingObject(view: TreeView, verb: number, anchorVerbs: AnchorVerbs): boolean {
  return verb >= 0 && view.children(verb).some((k) => view.label(k) === 'obj' && anchorVerbs.blaming.has(view.tokens[k].lemma));
}
