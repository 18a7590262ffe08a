import type { Knowledge } from '../../knowledge/types.ts';
import { lookupCameo } from '../../knowledge/ontology.ts';
import type { TreeView } from './tree-view.ts';
import { subjectNode } from './subject-node.ts';
import { triggerCandidates } from '../triggers.ts';
import type { Sentence } from '../../nlp/types.ts';
import { baseForms } from '../morphology.ts';

// "A car bomb killed 12 people", "an airstrike wounded five civilians", "one of the attacks killed a soldier":
// the subject of an act is the act itself or the weapon that did it. Nobody is named, so the act has no actor
// (never a guess); it is still the event the sentence states (the agentless rules decide whether it stands).
// "Wildfires forced residents to flee" has no such subject and stays no event.

// single-word nouns of an ASSAULT pattern (attack, bombing, airstrike, shelling ...), per knowledge base
const assaultNouns = new WeakMap<Knowledge, Set<string>>();
export function isAssaultNoun(kb: Knowledge, lemma: string): boolean {
  let nouns = assaultNouns.get(kb);
  if (!nouns) {
    nouns = new Set();
    for (const [word, patterns] of kb.patterns) if (patterns.some((p) => p.kind === 'noun' && p.steps.length === 1 && lookupCameo(kb.ontology, p.cameo)?.type === 'ASSAULT')) nouns.add(word);
    assaultNouns.set(kb, nouns);
  }
  return nouns.has(lemma);
}

export const isActOrAnyWeapon = (kb: Knowledge, lemma: string) => isAssaultNoun(kb, lemma) || kb.lexicon.weaponNouns.has(lemma);

// the ASSAULT noun patterns of several words with no gap ("land mine", "improvised explosive device"), by their last word
const assaultCompounds = new WeakMap<Knowledge, Map<string, Array<readonly (readonly string[])[]>>>();
function compoundsEndingIn(kb: Knowledge, lemma: string): ReadonlyArray<readonly (readonly string[])[]> {
  let byLast = assaultCompounds.get(kb);
  if (!byLast) {
    byLast = new Map();
    for (const patterns of kb.patterns.values()) for (const p of patterns) {
      if (p.kind !== 'noun' || p.steps.length < 2 || p.steps.some((st) => st.gapBefore) || lookupCameo(kb.ontology, p.cameo)?.type !== 'ASSAULT') continue;
      for (const last of p.steps[p.steps.length - 1].lemmas) byLast.set(last, [...(byLast.get(last) ?? []), p.steps.map((st) => st.lemmas)]);
    }
    assaultCompounds.set(kb, byLast);
  }
  return byLast.get(lemma) ?? [];
}

/** "A land mine wounded five soldiers", "an improvised explosive device killed two officers": the subject's words end a weapon's name. */
function endsWeaponName(view: TreeView, kb: Knowledge, i: number): boolean {
  // ("the explosion of an IED that targeted a convoy": the noun it belongs to tells the act, the clause its detail)
  if (view.label(i).startsWith('nmod') && view.marker(i) === 'of') return false;
  return compoundsEndingIn(kb, view.tokens[i].lemma).some((steps) => steps.every((lemmas, k) => {
    const t = view.tokens[i - (steps.length - 1 - k)];
    return t !== undefined && (lemmas.includes(t.lemma) || lemmas.includes(t.lower));
  }));
}
const isActOrMunition = (kb: Knowledge, lemma: string) => isAssaultNoun(kb, lemma) || kb.lexicon.munitionNouns.has(lemma);

// "one of the attacks", "two of the strikes": the act is the "of" noun
export const PART_WORDS = new Set(['one', 'two', 'three', 'another', 'each', 'some', 'none', 'all']);
const PARTS = PART_WORDS;
// "another", "the other": a determiner standing alone for a noun the sentence before names
const ELLIPTIC = new Set(['another', 'other']);

/**
 * The verb at `head` has an act or weapon as its subject (not a person or group): the tree's subject node, or null.
 * `landing`: the verb is one of motion that attacks only with such a subject ("a rocket slammed into a school",
 * patterns marked `instrument`); then only a munition or an act counts, no platform ("a helicopter crashed into a hill").
 */
export function instrumentSubject(view: TreeView, kb: Knowledge, head: number, landing = false): number | null {
  // what an act or a weapon does by itself (data/lexicon/weapon-verbs.tsv)
  // (by its base forms: the tagger may lemmatise an -ing form as a noun, "opening")
  if (!landing && !baseForms(view.tokens[head]).some((b) => kb.lexicon.weaponVerbs.has(b))) return null;
  const isActOrWeapon = landing ? isActOrMunition : isActOrAnyWeapon;
  const subject = subjectNode(view, head);
  if (subject === null) {
    // "Another killed three contractors", where the parser hangs the lone determiner on the verb
    const lone = view.childrenWith(head, 'det').find((d) => d < head && ELLIPTIC.has(view.tokens[d].lower));
    return lone === undefined ? null : elidedAct(view, kb, lone, isActOrWeapon);
  }
  // "Shells fell on the town": a capitalised plural opening the sentence keeps its plural lemma; its base forms are asked
  // (a gerund the tagger left a VERB is a noun as a subject: "On Friday | shelling killed 12 people")
  const isInstrument = (i: number) => (['NOUN', 'PROPN'].includes(view.upos(i)) || gerundSubject(view, i)) && (baseForms(view.tokens[i]).some((b) => isActOrWeapon(kb, b)) || endsWeaponName(view, kb, i)) && !otherActNamed(view, kb, i);
  if (isInstrument(subject.node)) return tallied(view, kb, subject.node, head) ? null : subject.node;
  if (!PARTS.has(view.tokens[subject.node].lower) && !ELLIPTIC.has(view.tokens[subject.node].lower)) return null;
  const of = view.childrenWith(subject.node, 'nmod').find((c) => view.marker(c) === 'of');
  if (of !== undefined) return isInstrument(of) ? of : null;
  // "One of the attacks killed a soldier. Another killed three contractors.": the noun left out is the act just told
  return ELLIPTIC.has(view.tokens[subject.node].lower) ? elidedAct(view, kb, subject.node, isActOrWeapon) : null;
}

/** An -ing word tagged VERB as a subject with no subject or object of its own: a gerund, the act's noun. */
const gerundSubject = (view: TreeView, i: number) => view.upos(i) === 'VERB' && view.base(i) === 'nsubj' && /[a-z]ing$/.test(view.tokens[i].lower) && view.childrenWith(i, 'nsubj', 'obj').length === 0;

/** The act noun the elliptic subject stands for: the last one in the sentence before, read by its word class. */
function elidedAct(view: TreeView, kb: Knowledge, node: number, isActOrWeapon: (kb: Knowledge, lemma: string) => boolean): number | null {
  const tokens = view.tokens;
  const own = tokens[node].sentence;
  for (let i = view.tree.offset - 1; i >= 0 && tokens[i].sentence === own - 1; i--) {
    if (tokens[i].pos === 'NOUN' && isActOrWeapon(kb, tokens[i].lemma)) return node;
  }
  return null;
}

/**
 * "A nationwide strike hit ports", "a hunger strike": the subject's own words name an act of another type (a noun row
 * of PROTEST holding the word), so the word is no attack nor weapon. The longest noun row over the word decides.
 */
function otherActNamed(view: TreeView, kb: Knowledge, node: number): boolean {
  const [from] = view.span(node);
  const sentence = { tokenStart: view.tree.offset, tokenEnd: view.tree.offset + view.tree.heads.length } as Sentence;
  let longest: { type: string | undefined; length: number } | null = null;
  for (let k = from; k <= node; k++) {
    for (const tr of triggerCandidates(view.tokens, sentence, kb.patterns, undefined, k, true)) {
      if (!tr.tokens.includes(node) || (longest && longest.length >= tr.tokens.length)) continue;
      longest = { type: tr.pattern.type ?? lookupCameo(kb.ontology, tr.pattern.cameo)?.type, length: tr.tokens.length };
    }
  }
  return longest !== null && longest.type !== 'ASSAULT';
}

/**
 * "three attacks within 24 hours left 35 people dead", "two bombings in the past week killed 40": acts counted as
 * several over a stretch of time tally a toll of many occasions, no one act the clause states. Counted acts with no
 * such stretch are one occasion's ("Two suicide bombings killed 35 people in Baghdad on Monday"), and a weapon's
 * count is one attack's ("two rockets hit the base").
 */
function tallied(view: TreeView, kb: Knowledge, node: number, head: number): boolean {
  if (!baseForms(view.tokens[node]).some((b) => isAssaultNoun(kb, b))) return false;
  if (!view.childrenWith(node, 'nummod').some((n) => !/^(one|1|a)$/i.test(view.tokens[n].lower))) return false;
  return [node, head].some((h) => view.children(h).some((c) => STRETCH_UNITS.has(view.tokens[c].lemma.toLowerCase()) && STRETCH_MARKERS.has(view.marker(c) ?? '')));
}

// "within 24 hours", "over two days", "in the past week", "in August", "since January": units of a stretch of time
const STRETCH_UNITS = new Set(['hour', 'day', 'week', 'weekend', 'month', 'year', 'period', 'span', 'decade',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
const STRETCH_MARKERS = new Set(['within', 'over', 'in', 'during', 'across', 'throughout', 'since']);
