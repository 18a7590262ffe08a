import type { ActorPhrase } from '../../resolve/types.ts';
import type { SentenceContext } from '../context.ts';
import type { TreeView } from './tree-view.ts';
import { isActNoun } from './object-words.ts';

// What a thing's own words leave out: clauses that describe it, appositions, and punctuation around them.
// Coordinated things stay one target ("two helicopters and three drones"): one act, one target.
const DESCRIPTIONS = new Set(['acl', 'acl:relcl', 'appos', 'advcl', 'parataxis', 'dep', 'list', 'punct']);

// Words that say when, which a greedy parse sometimes hangs inside an object ("broke up a rally Tuesday",
// "attacked several towns overnight"): a thing's words stop before them, and a node that is one is no thing.
const TIME_WORD = /^(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|yesterday|tomorrow|overnight|earlier|later|night|morning|afternoon|evening|dawn|week|weekend|month|year|day|hours?|minutes?)$/i;

export const THING_RULE = 'actor:tree-thing';
export const TAKEN_PLACE_RULE = 'actor:tree-taken-place';

// the particles of phrasal verbs ("take back", "shut down", "break up")
export const PARTICLES: ReadonlySet<string> = new Set(['back', 'up', 'down', 'off', 'out', 'over', 'away']);

const EDGE = new Set(['PUNCT', 'CCONJ', 'ADP', 'DET', 'PART']);

const OWNER_SETTINGS = new Set(['in', 'at', 'near', 'across', 'inside', 'outside', 'around']);

/** True for a dependent that says where or when the thing is rather than what it is ("a hospital in Kunduz"). */
function isSetting(view: TreeView, node: number, c: number): boolean {
  // (a conjunct's own: "a police station and an army post in the north"; its owner's: "the homes of farmers in Plateau state")
  const up = view.head(c);
  const joined = view.label(up) === 'conj' && view.head(up) === node && view.marker(up) === null;
  const owner = view.base(up) === 'nmod' && view.head(up) === node && view.marker(up) === 'of';
  // (only where the owner is: "an offer of Patriot systems from Germany" keeps whose offer it is)
  if (up !== node && !joined && !(owner && c > up && OWNER_SETTINGS.has(view.marker(c) ?? ''))) return false;
  if (view.base(c) === 'case' || view.base(c) === 'mark') return true; // "on the base" → "the base"
  return ['nmod', 'obl'].includes(view.base(c)) && c > node && view.marker(c) !== 'of';
}

/** "attacked a bank and police fired tear gas": a conjunct right before a verb is that verb's subject, another clause. */
function opensClause(view: TreeView, conj: number): boolean {
  const after = view.span(conj)[1];
  return view.has(after) && view.tokens[after].sentence === view.tokens[conj].sentence && (view.upos(after) === 'VERB' || view.upos(after) === 'AUX');
}

/** A conjunct of the node with no name or preposition of its own: a thing ("a church | and a mosque"). */
function hasThingConjunct(view: TreeView, ctx: SentenceContext, node: number): boolean {
  return view.childrenWith(node, 'conj').some((c) => view.marker(c) === null && view.upos(c) === 'NOUN' && !ctx.phraseAt.has(c) && !opensClause(view, c));
}

/**
 * The participant a landing node stands for:
 *  - the actor phrase holding its head word ("attacked Kurdish forces") — unless that phrase is a place
 *    named only as where ("overran Kunduz"): no answer, the window decides;
 *  - a place-like thing with no actor name at its head ("stormed the district center", "an attack on an
 *    army base"): its own words, with no code (never a guessed owner);
 *  - nothing for pronouns, act nouns, or a head the resolver already read as a place; an assembly ("banned
 *    two opposition rallies", see assembly-object.ts) is the one act noun that stands for its people.
 * `alone`: without its conjuncts ("police stations | and army posts").
 */
export function nodePhrase(view: TreeView, ctx: SentenceContext, node: number, placeIsTaken = false, assembly = false, alone = false): ActorPhrase | null {
  const tokens = ctx.doc.tokens;
  const own = ctx.phraseAt.get(node);
  // "bombed a church and a mosque": a site noun the dictionaries read as a body is a building among the things
  // coordinated with it: one thing, the words of all, the body's code
  const site = own && !alone && own.kind === 'role' && ctx.kb.lexicon.siteNouns.has(tokens[node].lemma) && hasThingConjunct(view, ctx, node) ? own : null;
  // "took control of Kunduz": the place is what is taken (its own words, coded to its country), not where
  if (own && !site) return !own.locative ? own : placeIsTaken ? { ...own, locative: false, prep: null, rule: `${own.rule}+${TAKEN_PLACE_RULE}` } : null;
  if (view.upos(node) !== 'NOUN' && view.upos(node) !== 'PROPN') return null;
  const act = (i: number) => !assembly && isActNoun(ctx.kb, tokens[i].lemma);
  if (tokens[node].pos === 'PRON' || act(node) || TIME_WORD.test(tokens[node].text)) return null;
  const place = ctx.places?.overlapping(tokens[node].start, tokens[node].end).find((p) => p.place.precision !== 'site');
  if (place && !placeIsTaken) return null;
  // its own words: no clause, apposition, setting or time, and no conjunct that brings its own preposition
  // ("facilities in June and in September"); conjuncts without one stay ("two helicopters and three drones")
  // (a clause marked "of" completes the noun: "a crowd of striking miners")
  const outside = (c: number) => DESCRIPTIONS.has(view.label(c)) && !(view.label(c) === 'acl' && view.marker(c) === 'of') || isSetting(view, node, c) || TIME_WORD.test(tokens[c].text)
    || view.base(c) === 'advmod' || view.label(c).endsWith('tmod') || view.label(c) === 'conj' && (alone || view.marker(c) !== null || opensClause(view, c));
  let [first, last] = view.span(node, outside);
  // a misread act noun inside ("launched an offensive earlier" read as "an offensive earlier"): no thing
  // (an act noun that modifies a later noun is no act: "a special operations forces base", "attack helicopters")
  for (let i = first; i < last; i++) if (act(i) && !(i < node && view.base(i) === 'compound')) return null;
  while (last - 1 > node && EDGE.has(view.upos(last - 1))) last--;
  // "to take back areas of the south", a particle misread as the object's first word: it is the verb's
  const particleOfVerb = (i: number) => PARTICLES.has(tokens[i].lower) && i - 1 === view.head(node) && view.upos(i - 1) === 'VERB';
  while (first < node && (view.upos(first) === 'PUNCT' || view.upos(first) === 'CCONJ' || particleOfVerb(first))) first++;
  const start = tokens[first].start;
  const end = tokens[last - 1].end;
  const text = ctx.doc.text.slice(start, end);
  if (site) return { ...site, start, end, text, locative: false, prep: null, rule: THING_RULE };
  if (place?.place.country) return { start, end, text, name: text, code: place.place.country, kind: 'country', plural: false, entry: null, locative: false, prep: null, rule: TAKEN_PLACE_RULE };
  return { start, end, text, name: text, code: null, kind: 'named', plural: false, entry: null, locative: false, prep: null, rule: THING_RULE };
}
