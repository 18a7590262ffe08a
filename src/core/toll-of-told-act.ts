import type { Knowledge } from '../knowledge/types.ts';
import type { Candidate } from '../extract/candidate.ts';
import type { TreeView } from '../extract/tree-roles/index.ts';
import { isActNoun } from '../extract/tree-roles/object-words.ts';
import { cuePhrases } from '../extract/cue-groups.ts';
import { isDefinite } from './coreference-compatible.ts';
import { isProtestNoun, isTollOfProtests } from './protest-toll.ts';

// the prepositions that tie what befell people to the act that did it: "killed in the attack", "during the raid"
const WITHIN = new Set(['in', 'during', 'amid']);

/**
 * A casualty report that only tells the toll of an act told before, not a new act. It is kept only as a mention of
 * that act (coreference joins it to the act, or drops it when the article told none):
 *  - `definite`: a passive with no agent whose oblique is a definite act noun: "More than 20 policemen were killed in
 *    the attack", "two guards were wounded during Friday's raid", "nine were injured in the bombing". An indefinite
 *    act ("killed in an attack on a checkpoint") is new news and stays; an act noun the sentence itself codes takes
 *    the victims (refiner casualties-of-attack); so is one joined to a clause whose subject is a definite act noun
 *    ("the siege lasted two days and 12 hostages were killed");
 *  - `consequence`: a relative clause on what an act set off (data/lexicon/clause-cues.tsv, effect consequence):
 *    "forces assaulted rebel towns, triggering battles that killed 40 people", "the raid sparked clashes that left
 *    nine dead": the dead are the toll of the act that began it (the PLOVER record of the act carries its fatalities);
 *  - `count`: a passive of harm (clause-cues.tsv toll) with a counted subject and no agent, act, day or place of its own
 *    ("One officer said more than 30 people were killed, most of them police", "the ministry said 113 officers had
 *    been injured", "more than 1,000 people have been abducted across the region"): a figure, stated of the act the
 *    article told before or beside it (coding guide rule 2) or a statistic (rule 1); it stands as an act of its own
 *    only where the article tells none of its type (coreference.ts, as a told act stated).
 */
export function tollOfToldAct(kb: Knowledge, view: TreeView, text: string, sentenceStart: number, c: Candidate): 'definite' | 'consequence' | 'count' | 'protests' | null {
  if (c.trigger.pattern.kind !== 'verb') return null;
  const verb = c.trigger.head;
  if (setOffByAct(view, verb, cuePhrases(kb.lexicon.clauseCues, 'consequence'))) return 'consequence';
  if (c.actors.length > 0 || !c.rules.includes('roles:passive') || view.childrenWith(verb, 'obl:agent').length > 0) return null;
  // a figure of days of protest (protest-toll.ts)
  if (isTollOfProtests(kb, view, verb)) return 'protests';
  // ("were arrested during the protests", "were killed during the demonstrations": what befell people at one protest is
  // done by others (police, troops), a new act, never the toll of the protest)
  const definiteAct = (n: number) => isActNoun(kb, view.tokens[n].lemma) && !isProtestNoun(kb, view.tokens[n].lemma) && isDefinite(text, view.tokens[n].start, sentenceStart);
  const inAct = (v: number) => view.childrenWith(v, 'obl').some((o) => WITHIN.has(view.marker(o) ?? '') && definiteAct(o));
  // "a soldier was killed and a second was injured in the ambush": the act set after coordinated passives is both's
  // ... and an elided one ("17 people were killed and 367 wounded in the fighting": "wounded" keeps no auxiliary)
  const partners = [...view.childrenWith(verb, 'conj'), ...(view.label(verb) === 'conj' ? [view.head(verb)] : [])].filter((v) => v >= 0 && (view.isPassive(v) || elidedParticiple(view, v)));
  const definite = inAct(verb) || partners.some(inAct)
    // "That attack lasted 29 hours and more than 54 people were killed": the toll joined to a clause about the act
    || view.label(verb) === 'conj' && view.childrenWith(view.head(verb), 'nsubj').some(definiteAct);
  if (definite) return 'definite';
  return countedToll(view, verb, partners, cuePhrases(kb.lexicon.clauseCues, 'toll')) ? 'count' : null;
}

// "and 367 wounded": a participle conjoined with no subject or auxiliary of its own shares the passive before it
const elidedParticiple = (view: TreeView, v: number) => view.label(v) === 'conj' && /ed$/.test(view.tokens[v].lower)
  && view.childrenWith(v, 'nsubj', 'aux').length === 0;

// the words by which a figure sums up harm over a span or an area, no occasion of its own ("across the country",
// "since January", "throughout the week")
const AGGREGATE = new Set(['across', 'since', 'throughout', 'nationwide']);
// ... and a span of days told in the plural ("in the first days of the unrest", "over three weeks")
const SPAN = /^(?:days|weeks|months|years)$/;
const QUANTITY = /^(?:dozens|hundreds|thousands|scores|tens)$/;
// the clauses a reported figure stands in: the sentence's own, what a speaker said, and one joined to either
const REPORTED = new Set(['root', 'ccomp', 'conj', 'parataxis']);

// ", most of them soldiers", ", including two children": who the figure counts, set off after it
const BREAKDOWN = /^(?:most|many|some|all|half|several|including|among)$/;
const breaksDown = (view: TreeView, o: number) => {
  const [from] = view.span(o);
  // (the comma may hang in the oblique's own span)
  const first = view.tokens[from]?.text === ',' ? from + 1 : from;
  return view.tokens[first - 1]?.text === ',' && BREAKDOWN.test(view.tokens[first]?.lower ?? '');
};

function countedToll(view: TreeView, verb: number, partners: readonly number[], tolls: ReadonlySet<string>): boolean {
  if (!tolls.has(view.tokens[verb].lemma) || !REPORTED.has(view.base(verb))) return false;
  const subject = view.childrenWith(verb, 'nsubj:pass')[0];
  if (subject === undefined) return false;
  const [from, to] = view.span(subject);
  let counted = false;
  for (let k = from; k < to; k++) if (view.tokens[k].pos === 'NUM' || view.upos(k) === 'NUM' || QUANTITY.test(view.tokens[k].lower)) counted = true;
  if (!counted) return false;
  // no act, day, place or clause of its own: an oblique other than a span summed over, a time or a subordinate clause
  // ("were killed in an ambush", "were wounded on Tuesday", "when gunmen opened fire") tells an occasion
  const ownOccasion = (v: number) => view.childrenWith(v, 'obl', 'advcl', 'nmod:tmod', 'obl:tmod').some((o) => !AGGREGATE.has(view.marker(o) ?? view.tokens[o].lower) && !SPAN.test(view.tokens[o].lower) && !breaksDown(view, o));
  return !ownOccasion(verb) && !partners.some(ownOccasion);
}

// "triggering battles that killed": the verb is a relative clause on the object of a verb of setting off, which
// itself hangs on a clause (the act)
function setOffByAct(view: TreeView, verb: number, consequences: ReadonlySet<string>): boolean {
  if (view.label(verb) !== 'acl:relcl') return false;
  const result = view.head(verb);
  if (result < 0) return false;
  const cause = view.head(result);
  if (view.base(result) === 'obj' && cause >= 0 && consequences.has(view.tokens[cause].lemma) && view.head(cause) >= 0) return true;
  // the parse may take the participle for the noun's adjective ("sparking gunfights" an amod, the noun a conjunct)
  return view.childrenWith(result, 'amod').some((a) => a === result - 1 && /ing$/.test(view.tokens[a].lower) && consequences.has(view.tokens[a].lemma));
}

