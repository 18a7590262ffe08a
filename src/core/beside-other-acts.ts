import type { Candidate } from '../extract/candidate.ts';
import type { SentenceContext } from '../extract/context.ts';
import type { TreeView } from '../extract/tree-roles/index.ts';
import { cuePhrases } from '../extract/cue-groups.ts';
import { isActNoun } from '../extract/tree-roles/object-words.ts';

// Candidates that are no event of their own because of another candidate of the sentence the tree ties them to: the
// act they stand in is the event. Read with the other non-events (src/core/non-events.ts), each giving its reason id.

// where a hostile act lands: its object, its oblique, the subject of its passive
const ACTED_ON_SLOTS = new Set(['obj', 'obl', 'nsubj:pass']);
// a manner clause or a second verb of the same subject: "opened fire while shouting slogans", "shouted slogans as he fired"
const MANNER_LINKS = new Set(['advcl', 'conj']);

/**
 * "Protesters attacked the UN peacekeeping mission in Goma", "gunmen fired on a peacekeeping force", "shelled the
 * positions of the UN force": a body named by its work (clause-cues.tsv acting-body) that a hostile act (quad class 3
 * or 4) lands on, or that holds what it hits, is that act's recipient, not an AID event; deploying, sending or extending
 * one stays the act (those rows are not hostile).
 */
function isBodyActedOn(view: TreeView, c: Candidate, ctx: SentenceContext, hostile: ReadonlySet<number>): boolean {
  const body = c.trigger.head;
  if (c.trigger.pattern.kind !== 'noun' || !cuePhrases(ctx.kb.lexicon.clauseCues, 'acting-body').has(view.tokens[body].lemma)) return false;
  const hit = view.label(body) === 'nmod' && view.upos(view.head(body)) === 'NOUN' ? view.head(body) : body;
  return ACTED_ON_SLOTS.has(view.label(hit)) && hostile.has(view.head(hit));
}

/**
 * "A gunman opened fire on worshippers while shouting slogans", "The attacker shouted slogans as he stabbed two
 * officers": slogans shouted or flags waved (a PROTEST row whose object is a protest emblem, protest-emblems.tsv, that
 * names a thing: "staged demonstrations" names the protest itself) in a manner clause of an attack, or around one, are how the attacker acted, no demonstration (PLOVER PROTEST is a
 * collective, "largely non-violent" act; the attack is the event).
 */
function isEmblemOfAttack(view: TreeView, c: Candidate, ctx: SentenceContext, attacks: ReadonlyMap<number, Candidate>): boolean {
  if (c.info.type !== 'PROTEST' || c.trigger.pattern.kind !== 'verb') return false;
  const verb = c.trigger.head;
  const emblem = (k: number) => k !== verb && ctx.kb.lexicon.protestEmblems.has(view.tokens[k].lemma) && !isActNoun(ctx.kb, view.tokens[k].lemma);
  if (!c.trigger.tokens.some(emblem)) return false;
  // the attack's own doer (or a pronoun for it): "while police fired tear gas" beside the protesters' slogans is
  // another side's act
  const sameDoer = (a: Candidate | undefined) => a !== undefined && (c.actors.length === 0 || a.actors.some((x) => x.start === c.actors[0].start || x.kind === 'anaphor'));
  if (MANNER_LINKS.has(view.label(verb)) && sameDoer(attacks.get(view.head(verb)))) return true;
  return [...attacks].some(([a, attack]) => view.head(a) === verb && MANNER_LINKS.has(view.label(a)) && sameDoer(attack));
}

/**
 * "Russia retaliated by expelling two British diplomats", "China hit back by imposing tariffs on US soybeans": a verb of
 * replying (clause-cues.tsv replying) whose "by" clause is an act the sentence codes says how the reply was made; the
 * act in that clause is the event, the reply names none of its own (no armed reprisal). A protest act aimed at no one
 * tells only how: "protesters retaliated by throwing stones" leaves whom the reply hit to the reply.
 */
function isReplyToldByMeans(view: TreeView, c: Candidate, ctx: SentenceContext, acts: ReadonlySet<number>): boolean {
  if (c.trigger.pattern.kind !== 'verb') return false;
  const verb = c.trigger.head;
  const replying = cuePhrases(ctx.kb.lexicon.clauseCues, 'replying');
  const word = view.tokens[verb].lemma;
  const particle = view.tokens[verb + 1]?.lower;
  if (!replying.has(word) && !(particle !== undefined && replying.has(`${word} ${particle}`))) return false;
  return view.childrenWith(verb, 'advcl').some((m) => m !== verb && acts.has(m) && view.marker(m) === 'by');
}

/**
 * "Gunmen looted and burned homes", "militiamen ransacked and torched the market": plunder (CAMEO 171, crosswalk COERCE
 * seize) joined by "and" to the destruction of the same object (CAMEO 1712, crosswalk ASSAULT; manual ASSAULT destroy)
 * is one act on that property; the destruction is the event. Plunder with an object of its own is an act of its own ("looted shops and torched houses").
 */
function isPlunderInAttack(view: TreeView, c: Candidate, attacks: ReadonlyMap<number, Candidate>): boolean {
  if (c.trigger.pattern.kind !== 'verb' || c.info.code !== PLUNDER) return false;
  const verb = c.trigger.head;
  // (a raid beside the looting is an act of its own: "raided and looted a health centre" tells two)
  const linked = [...attacks].filter(([a, attack]) => a !== verb && attack.trigger.pattern.cameo === DESTROY_PROPERTY && (view.head(a) === verb || view.head(verb) === a) && view.label(view.head(a) === verb ? a : verb) === 'conj').map(([a]) => a);
  if (linked.length === 0) return false;
  // the object hangs on the other verb, or on this one and the other has none ("burned and looted homes")
  const own = view.childrenWith(verb, 'obj').length;
  return own === 0 || linked.every((a) => view.childrenWith(a, 'obj').length === 0);
}
const PLUNDER = '171';
const DESTROY_PROPERTY = '1712';

/** The reason a candidate is no event beside the sentence's other candidates, or undefined. */
export function besideOtherActs(candidates: readonly Candidate[]): (view: TreeView, c: Candidate, ctx: SentenceContext) => string | undefined {
  const heads = (keep: (x: Candidate) => boolean) => new Set(candidates.filter((x) => x.trigger.pattern.kind === 'verb' && keep(x)).map((x) => x.trigger.head));
  const hostile = heads((x) => x.info.quadClass >= 3);
  const attacks = new Map(candidates.filter((x) => x.trigger.pattern.kind === 'verb' && x.info.type === 'ASSAULT').map((x) => [x.trigger.head, x]));
  const aimedActs = heads((x) => x.targets.length > 0 || x.info.type !== 'PROTEST');
  return (view, c, ctx) => {
    if (aimedActs.size > 0 && isReplyToldByMeans(view, c, ctx, aimedActs)) return 'candidate:tree-reply-told-by-means';
    if (hostile.size > 0 && isBodyActedOn(view, c, ctx, hostile)) return 'candidate:tree-body-acted-on';
    if (attacks.size > 0 && isEmblemOfAttack(view, c, ctx, attacks)) return 'candidate:tree-emblem-of-attack';
    if (attacks.size > 0 && isPlunderInAttack(view, c, attacks)) return 'candidate:tree-plunder-in-attack';
    return undefined;
  };
}
