// Where the tree limits the word window of a verb's roles: no subject for an act set as a passive's setting or for an
// act word that is its clause's subject, and an object shared with a coordinated verb.
import type { TreeView } from './tree-view.ts';
import type { Lexicon } from '../../knowledge/types.ts';
import type { Token } from '../../nlp/types.ts';
import type { Trigger } from '../triggers.ts';
import { isPassiveClause } from './tree-actors.ts';
// ("a plot to overturn the election": a plot's content has no doer the window could find, plot-content.ts)
export { isPlotContent } from './plot-content.ts';

// what marks the act in which a passive's subject underwent something: "were killed in fighting", "during shelling"
const SETTING_MARKERS = new Set(['in', 'during', 'amid']);

/**
 * "Two soldiers were killed in fighting in southern Gaza", "civilians were wounded during shelling": an act named as
 * the setting of a passive verb is not done by that verb's subject, who underwent it; the word window, blind to the
 * passive, would make them its actor. True for such a setting act.
 */
export function actInPassiveSetting(view: TreeView, head: number): boolean {
  if (!['obl', 'nmod', 'advcl'].includes(view.base(head))) return false;
  const marker = view.marker(head);
  const up = view.head(head);
  // "killed in fighting with Hamas militants": a side named against them makes the subject the other side
  const against = view.children(head).some((c) => view.marker(c) === 'with' || view.marker(c) === 'against');
  return marker !== null && SETTING_MARKERS.has(marker) && up >= 0 && !against && isPassiveClause(view, up);
}

/**
 * "..., which was closed after fighting erupted near Myawaddy", "shelling continued overnight": an act word (a gerund
 * the verb patterns read) that is its clause's subject is a noun there; the word window would reach back across the
 * clause for its doer ("Thailand said it had reopened ..." made Thailand the fighter). True for such a subject.
 */
export function actAsSubject(view: TreeView, head: number): boolean {
  return (view.label(head) === 'nsubj' || view.label(head) === 'nsubj:pass') && /ing$/.test(view.tokens[head].lower);
}

export const SHARED_OBJECT_RULE = 'roles:shared-object';
const COORDINATED_VERB_OBJECT = 'trigger:coordinated-verb-object';

/**
 * A trigger whose row took the object after "and" and a second verb ("seized and burned the village", Trigger
 * `sharesObject`): its rule joins `rules`; false for a verb read without an object ("the gunmen returned and
 * counted the bodies", data/lexicon/intransitive-verbs.tsv), which takes none from its partner.
 */
export function takesCoordinatedObject(lexicon: Pick<Lexicon, 'intransitiveVerbs'>, verb: Token, rules: string[]): boolean {
  if (lexicon.intransitiveVerbs.has(verb.lemma)) return false;
  rules.push(COORDINATED_VERB_OBJECT);
  return true;
}

const COORDINATORS = new Set(['and', 'or']);

/**
 * "Police shot and wounded two protesters", "troops arrested and beat dozens of students", "gunmen abducted and killed
 * three aid workers": a verb with no object of its own, right before "and"/"or" and a verb coordinated with it that has
 * one, acts on that object too (the parse hangs it on the second verb only). Where the word window for the verb's
 * object should start: past the second verb (its rule added to `rules`); null where the verb has an object of its own,
 * a clause between or no such partner ("Police shot and protesters fled": the second verb has its own subject).
 */
export function sharedObjectStart(view: TreeView, trigger: Trigger, rules: string[]): number | null {
  const tokens = view.tokens, verb = trigger.head;
  if (trigger.end !== verb + 1 && !trigger.sharesObject) return null; // "seized and burned the village": its row took the shared object
  if (!COORDINATORS.has(tokens[verb + 1]?.lower ?? '') || !view.has(verb + 2)) return null;
  const partner = verb + 2;
  if (view.head(partner) !== verb || view.base(partner) !== 'conj' || view.upos(partner) !== 'VERB') return null;
  if (view.childrenWith(verb, 'obj', 'ccomp', 'xcomp').length > 0) return null;
  if (view.childrenWith(partner, 'nsubj', 'nsubj:pass').length > 0 || view.childrenWith(partner, 'obj').length === 0) return null;
  rules.push(SHARED_OBJECT_RULE);
  return partner + 1;
}

export const OBSERVED_ACT_RULE = 'roles:observed-act';

/**
 * "The EU monitoring mission reported shelling near the town", "observers recorded ceasefire violations", "residents
 * heard gunfire": an act that is the object or gerund complement of a verb of taking note (data/lexicon/observing-verbs.tsv)
 * is what its subject saw or tells; the subject is the source, not the actor (the tree's xcomp control and the word
 * window would both make it the doer). Not where the verb's own object comes first ("saw soldiers shoot": they shoot),
 * nor, for "report" and "note", a gerund with an object of its own ("the army reported killing 20 militants").
 */
export function observedAct(view: TreeView, observing: ReadonlyMap<string, 'bare' | 'always'>, head: number, rules: string[]): boolean {
  const label = view.label(head), up = view.head(head);
  if (label !== 'obj' && label !== 'xcomp' || up < 0 || view.upos(up) !== 'VERB' || view.marker(head) !== null) return false;
  const when = observing.get(view.tokens[up].lemma);
  if (when === undefined || !(view.upos(head) === 'NOUN' || /[a-z]ing$/.test(view.tokens[head].lower))) return false;
  if (label === 'xcomp' && view.childrenWith(up, 'obj').some((o) => o < head)) return false;
  if (when === 'bare' && view.childrenWith(head, 'obj').length > 0) return false;
  rules.push(OBSERVED_ACT_RULE);
  return true;
}
