import type { ActorPhrase } from '../resolve/types.ts';
import type { SentenceContext } from './context.ts';
import type { Trigger } from './triggers.ts';
import { findObject, lastTokenOf } from './roles.ts';
import { isActNoun } from './tree-roles/object-words.ts';
import { ownerPhrase } from './tree-roles/owner-phrase.ts';
import { treeNounActors } from './tree-roles/tree-actors.ts';

// Roles named by a pattern's own words (candidate.ts asks): its act noun as a passive's subject, its own "of" gap,
// its final "to"/"with"; and the noun a speaker speaks in, which is no act of its own.

/** The owner of the pattern's own noun when it is the passive verb's subject ("Iran's offer was made"), or null. */
export function ownActOwner(ctx: SentenceContext, tr: Trigger): { actors: ActorPhrase[]; rules: string[] } | null {
  const tree = ctx.tree();
  const subject = tree.childrenWith(tr.head, 'nsubj:pass').find((c) => tr.tokens.includes(c) && isActNoun(ctx.kb, ctx.doc.tokens[c].lemma));
  if (subject === undefined) return null;
  // the act is named by the pattern itself: any possessor owns it ("his resignation", "the minister's resignation")
  const owner = ownerPhrase(tree, ctx, subject);
  // ... unless the act lands on its owner: "her conviction was upheld", "Navalny's sentence was confirmed" (undergone-acts.tsv)
  const undergone = ctx.kb.lexicon.undergoneActs.has(ctx.doc.tokens[subject].lemma);
  if (owner && tree.childrenWith(subject, 'nmod:poss').length) return undergone ? null : { actors: [owner], rules: ['roles:tree-poss'] };
  const read = treeNounActors(tree, ctx, subject);
  return read?.actors.length ? read : null;
}

// the prepositions of a pattern that name whom the act goes to or is done with ("extradite * to", "share * with")
const RECEIVER_PREPOSITIONS = new Set(['to', 'with']);

// the prepositions of a pattern that say where its means is aimed ("fire * artillery at", "launch * rocket into")
const AIMING_PREPOSITIONS: ReadonlySet<string> = new Set(['at', 'on', 'upon', 'into', 'toward', 'towards', 'against']);

// the preposition of a pattern that names whom the act is against ("file * complaint with * against")
// ("filed a complaint with the WTO over U.S. tariffs": the party whose measure a forum is to hear about is accused too)
const AGAINST: ReadonlySet<string> = new Set(['against', 'over']);

/**
 * The participant right after the pattern's own preposition (`prepositions`, "to"/"with" by default): after the pattern
 * when it ends in one, else, for "to", the one its last words name ("was handed over to German authorities", pattern
 * "hand * over to * authority").
 */
export function afterOwnPreposition(ctx: SentenceContext, tr: Trigger, prepositions: ReadonlySet<string> = RECEIVER_PREPOSITIONS): ActorPhrase[] {
  const last = tr.tokens[tr.tokens.length - 1];
  // ("was forced to flee the country": a "to" before a verb marks its infinitive, whose object is no receiver)
  const infinitive = ctx.doc.tokens[last].lower === 'to' && ['VERB', 'AUX'].includes(ctx.doc.tokens[last + 1]?.pos ?? '');
  if (last > tr.head && prepositions.has(ctx.doc.tokens[last].lower)) return infinitive ? [] : findObject(ctx, last + 1, 6);
  if (prepositions !== RECEIVER_PREPOSITIONS) return [];
  const own = [...tr.tokens].reverse().find((k) => k > tr.head && k < last && ctx.doc.tokens[k].lower === 'to');
  return own === undefined ? [] : findObject(ctx, own + 1, last - own).filter((p) => p.end <= ctx.doc.tokens[last].end);
}

/**
 * The targets of a verb whose only object is the pattern's own word: "shared intelligence with Israel" (the phrase after
 * the pattern's own "to"/"with"); "fired artillery at rebels", "launched drones into Russia" (a pattern that names what
 * is fired and then where it is aimed makes its own object the means, never the target, though "artillery" also names
 * a unit: what follows its aiming preposition is hit). Null when the pattern ends in neither.
 */
export function ownObjectTargets(ctx: SentenceContext, tr: Trigger): { targets: ActorPhrase[]; rule: string } | null {
  const receiver = afterOwnPreposition(ctx, tr);
  if (receiver.length) return { targets: receiver, rule: 'roles:own-preposition-target' };
  if (!AIMING_PREPOSITIONS.has(ctx.doc.tokens[tr.tokens[tr.tokens.length - 1]].lower)) return null;
  return { targets: afterOwnPreposition(ctx, tr, AIMING_PREPOSITIONS), rule: 'roles:own-means-not-target' };
}

/**
 * "an IRIS-T system", "SAMP-T launchers": a name no dictionary knows in the pattern's gap right before the pattern's own
 * noun names its make, no participant ("allowed UN inspectors into": a known body's people stay its own).
 */
export function modifiesOwnNoun(ctx: SentenceContext, tr: Trigger, p: ActorPhrase): boolean {
  if (p.kind !== 'named' && p.rule !== 'actor:unresolved-name') return false;
  const next = lastTokenOf(ctx, p) + 1;
  return next > tr.head && tr.tokens.includes(next) && ctx.doc.tokens[next].pos === 'NOUN';
}

/** "said in his statement", "told reporters in her speech": the noun marked "in" under a reporting verb. */
export function isSayingVehicle(ctx: SentenceContext, noun: number): boolean {
  const tree = ctx.tree();
  const verb = tree.head(noun);
  return tree.marker(noun) === 'in' && verb >= 0 && ctx.kb.lexicon.reporting.has(ctx.doc.tokens[verb].lemma);
}

/**
 * The force inside the pattern's own "of" gap ("withdrawal of * troop"), for a type whose "of" noun acts. Only an
 * armed force moves itself: "the release of political prisoners" names whom the act lands on.
 */
export function ownOfPhrase(ctx: SentenceContext, tr: Trigger): ActorPhrase[] {
  const inside = ownOfWords(ctx, tr);
  return inside.every(movesItself) ? inside : [];
}

const FORCE_ON_PEOPLE = new Set(['ASSAULT', 'COERCE']);
const movesItself = (p: ActorPhrase) => /(MIL|COP|REB|SPY)$/.test(p.code ?? p.roleCode ?? '');
function ownOfWords(ctx: SentenceContext, tr: Trigger): ActorPhrase[] {
  const of = tr.tokens.find((k) => ctx.doc.tokens[k].lower === 'of' && k < tr.end - 1);
  return of === undefined ? [] : findObject(ctx, of + 1, tr.end - of - 1);
}

/**
 * "The release of 40 political prisoners by the junta", "the handover of the hostages by Hamas": the people inside the
 * pattern's own "of" gap that are no force moving itself are whom the act lands on, its doer named apart (or, for force
 * on people, named nowhere).
 */
export function ownOfUndergoers(ctx: SentenceContext, tr: Trigger, actors: readonly ActorPhrase[], type: string): ActorPhrase[] {
  // ("the killing of two protesters in Nairobi drew condemnation": force on people with no doer named lands on them, as
  // a row without its own "of" finds them after it; a release or handover with no doer keeps no target)
  if (tr.pattern.kind !== 'noun' || actors.length === 0 && !FORCE_ON_PEOPLE.has(type)) return [];
  const inside = ownOfWords(ctx, tr);
  return inside.length && !inside.some(movesItself) && !inside.some((p) => actors.some((a) => a.start === p.start)) ? inside : [];
}

/**
 * "filed a complaint with the WTO against Poland": a row that ends in "against" names its target after it; a phrase in
 * the row's gap (the forum, after its "with") is not whom the act is against. Null when the row ends otherwise, the gap names
 * no forum, or nothing follows.
 */
const FORUM_PREPOSITIONS = new Set(['with', 'to', 'at', 'before']);
export function againstTargets(ctx: SentenceContext, tr: Trigger): ActorPhrase[] | null {
  // only past a forum the row names ("with|to|at|before" the forum): "warned Israel against an invasion" warns Israel
  let forum = false;
  for (let i = 1; i < tr.tokens.length - 1 && !forum; i++) forum = FORUM_PREPOSITIONS.has(ctx.doc.tokens[tr.tokens[i]].lower) && tr.tokens[i + 1] > tr.tokens[i] + 1;
  if (!forum) return null;
  const after = afterOwnPreposition(ctx, tr, AGAINST);
  return after.length ? after : null;
}

/**
 * "calls for the president's ouster", "renewed calls for the governor's resignation": a request noun names no one it
 * asks, but the possessor of the act the pattern itself asks for (its last word), when that act is done by its
 * possessor (no undergone act: "calls for Navalny's release" presses no one), is whom the request presses, as after
 * "demanded the president's resignation" (tree-roles/undergone-act.ts askedActDoer keeps it from the content).
 */
export function askedActPossessor(ctx: SentenceContext, tr: Trigger, type: string, rules: string[]): ActorPhrase[] {
  const act = tr.tokens[tr.tokens.length - 1];
  // a noun row "demand for * resignation" ends in the act asked for, which is its head word too
  const askedFor = act > tr.head || tr.pattern.kind === 'noun' && tr.tokens.length > 2 && ctx.doc.tokens[tr.tokens[tr.tokens.length - 2]].lower === 'for';
  if (type !== 'REQUEST' || !askedFor || ctx.kb.lexicon.undergoneActs.has(ctx.doc.tokens[act].lemma)) return [];
  const tree = ctx.tree();
  const owner = tree.childrenWith(act, 'nmod:poss').length ? ownerPhrase(tree, ctx, act) : null;
  if (owner) rules.push('roles:noun-asked-act-possessor');
  return owner ? [owner] : [];
}
