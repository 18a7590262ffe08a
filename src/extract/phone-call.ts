import type { ActorPhrase } from '../resolve/types.ts';
import type { SentenceContext } from './context.ts';

// what after "called X" makes the call a naming, a summons to act or another sense ("called Macron a liar", "called
// him to resign", "called off the talks", "called the vote illegal"): a second object, a predicate, a clause, a particle
const NOT_A_CALL = new Set(['xcomp', 'ccomp', 'iobj', 'compound:prt', 'obj:2']);
// the nouns of a bare time phrase after a call ("called Macron this week", "called him Tuesday morning")
const TIME_NOUNS = new Set(['day', 'week', 'weekend', 'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'time', 'hour', 'minute']);

/** A political person or a state, one callee a leader rings up ("Macron", "the Israeli prime minister", "Turkey", "Jose Antonio Kast"). */
const isCallee = (p: ActorPhrase | undefined) => p !== undefined && !p.locative && !p.plural
  && (p.kind === 'person' || p.kind === 'country' || p.kind === 'role' && p.roleKind === 'person' || isUnlistedPerson(p));

// a full personal name no list holds, or its later surname ("Jose Antonio Kast ... called Kast"): two to four
// capitalised words (a particle between), none the head of a group's name (those are groups: resolve/unknown-names.ts)
const PERSON_NAME = /^\p{Lu}[\p{Ll}'’-]+(?:\s+(?:\p{Lu}[\p{Ll}'’-]+|de|da|del|dos|van|von|bin|ibn|al|el)){1,3}$/u;
const isUnlistedPerson = (p: ActorPhrase) => p.kind === 'named' && PERSON_NAME.test(p.name);

/**
 * "German Chancellor Friedrich Merz called Macron on Tuesday", "Biden called Netanyahu on Sunday": a leader's bare
 * "called" with a person or state as its only object, and nothing after that names or summons, is a telephone call
 * (CAMEO 041, PLOVER CONSULT phone), as "phoned" and "called him by phone" are. "Called elections", "called a strike",
 * "called the attack a crime" and "called Macron a liar" take no callee or take a predicate.
 */
export function isPhoneCall(ctx: SentenceContext, verb: number): boolean {
  const view = ctx.tree();
  if (view.isPassive(verb) || view.upos(verb) !== 'VERB') return false;
  // ("Burma, also called Myanmar": a participle that names has no caller of its own)
  // (a joined verb has the first one's caller only after "and": "clashed in Burma, also called Myanmar" names)
  if (view.childrenWith(verb, 'nsubj').length === 0 && !(view.label(verb) === 'conj' && view.childrenWith(verb, 'cc').length > 0)) return false;
  // ("Boric called Kast on Monday": a lone name after "called" the parse read as a naming's predicate, though a naming
  // needs someone named first, "called him Kast"; with no object, that name is the one called)
  const direct = view.childrenWith(verb, 'obj');
  const predicates = view.childrenWith(verb, 'xcomp');
  const lone = direct.length === 0 && predicates.length === 1 && view.upos(predicates[0]) === 'PROPN' ? predicates : [];
  const objects = lone.length ? lone : direct;
  if (objects.length !== 1 || view.children(verb).some((k) => NOT_A_CALL.has(view.label(k)) && !lone.includes(k))) return false;
  // ("called the president's decision illegal": the object's own predicate)
  if (view.children(objects[0]).some((k) => view.label(k) === 'amod' && k > objects[0])) return false;
  // ("called Israel a terrorist state on Monday", "called Seoul the most hostile state": a naming's predicate the parse
  // hangs on the object as an apposition or on the verb as a bare nominal; a time is none: "called Macron this week")
  const namingNoun = (k: number) => view.upos(k) === 'NOUN' && !TIME_NOUNS.has(view.tokens[k].lemma) && view.tokens[view.span(k)[0] - 1]?.text !== ',';
  if (view.children(objects[0]).some((k) => view.label(k) === 'appos' && k > objects[0] && namingNoun(k))) return false;
  if (view.children(verb).some((k) => k > objects[0] && /^obl:(?:unmarked|npmod|tmod)$/.test(view.label(k)) && namingNoun(k))) return false;
  return isCallee(ctx.phraseAt.get(objects[0]));
}
