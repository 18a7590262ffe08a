import type { Candidate } from '../extract/candidate.ts';
import type { Trigger } from '../extract/triggers.ts';
import type { CameoInfo } from '../knowledge/types.ts';
import type { TreeView } from '../extract/tree-roles/index.ts';
import { governingNode } from '../extract/tree-clauses/index.ts';
import { reducedRelativeVerb } from './reduced-relative.ts';
import { orderedPassiveOf } from '../extract/tree-roles/ordered-undergoer.ts';
import type { SentenceContext } from '../extract/context.ts';

// Types whose content describes an event that has not happened:
// "called for the withdrawal", "threatened to strike", "agreed to release", "rejected calls for a ceasefire".
const GOVERNING_TYPES = new Set(['REQUEST', 'THREATEN', 'AGREE', 'REJECT']);
// What talks are about is what they negotiate, not yet done (PLOVER manual, CONSULT: "holding talks",
// "negotiations"): "held talks on a cease-fire deal", "negotiations over a prisoner exchange", "discussed a truce".
const NEGOTIATED = new Set(['AGREE', 'SUPPORT', 'COOPERATE', 'AID', 'RETREAT', 'CONCEDE']);
// ... also talks halted (CAMEO 164, "halt negotiations", a SANCTION): "suspended talks on joining the EU" joins nothing
const TALKS_HALTED = '164';
// ... also a block lifted (clause-cues.tsv lifted-block: "lifted its veto on EU aid to Ukraine"): the act it held up is
// still to come, the lifting is the only act
const liftsBlock = (g: Candidate, view: TreeView, blocks: ReadonlySet<string>) => g.info.type === 'CONCEDE' && g.trigger.tokens.some((k) => blocks.has(view.tokens[k].lemma));
// ... and so is what an agreement signed is on (CAMEO 057, the signing is the act): "signed an agreement on military
// cooperation", "signed a pact on defence cooperation" cooperate in nothing yet
const SIGNING = '057';
const governs = (g: Candidate, c: Candidate, view: () => TreeView, blocks: ReadonlySet<string>) => GOVERNING_TYPES.has(g.info.type) || (g.info.type === 'CONSULT' || g.info.code === TALKS_HALTED || g.info.code === SIGNING) && NEGOTIATED.has(c.info.type) || blocks.size > 0 && liftsBlock(g, view(), blocks);

/**
 * A request's trigger, whose content has not happened ("urged the government to postpone the vote"). (Not a warning's:
 * "warned that the rebels had regrouped and attacked a village" tells what the rebels did.)
 */
export const holdsContent = (info: CameoInfo) => info.type === 'REQUEST';

/**
 * "The bishops' conference urged the government to postpone the vote": a request whose participants no role reads
 * is no event, but what it asks for still has not happened; the trigger alone
 * (no actor, no target) governs its content as the event would have.
 */
export const governorShell = (trigger: Trigger, info: CameoInfo): Candidate => ({ trigger, info, actors: [], targets: [], rules: [] });

/** The shell of a request with no roles, or null: "ordered him to be detained" asks nothing (tree-roles/ordered-undergoer.ts). */
export function contentShell(view: TreeView, ctx: SentenceContext, trigger: Trigger, info: CameoInfo): Candidate | null {
  // ("The army is seeking to retake the town": a clause of its own whose row wants an object, with none, is no request
  // at all; "forces, seeking to disperse protesters, fired": a participle's aim still holds what it seeks)
  const ownClause = view.children(trigger.head).some((k) => /^(nsubj|aux)/.test(view.label(k)));
  const objectless = ownClause && trigger.pattern.requiresObject && view.childrenWith(trigger.head, 'obj').length === 0;
  return holdsContent(info) && !objectless && orderedPassiveOf(view, ctx, trigger.head) < 0 ? governorShell(trigger, info) : null;
}

// "Protesters demanding his release gathered outside the court": a demand told in a reduced relative on the subject
// holds nothing from the sentence's own verb on (the parse often makes the -ing word the root)
function beyondReducedRelative(view: () => TreeView, g: Candidate, c: Candidate): boolean {
  if (c.trigger.head < g.trigger.head || g.trigger.pattern.kind !== 'verb') return false;
  const verb = reducedRelativeVerb(view(), g.trigger.head);
  return verb >= 0 && c.trigger.head >= verb;
}

/**
 * The candidate whose content holds `c`, if that candidate's type means `c` did not happen, read off the tree:
 * `c`'s head hangs under the governor's head as its complement, object or oblique (src/extract/tree-clauses).
 * "The Iraqi military has called for an immediate withdrawal of all foreign troops" → the RETREAT is inside the REQUEST.
 * A trigger found inside an accusation's words ("accused India of killing") has that accusation as governor. `blocks`: the
 * words of a block whose lifting holds what it blocked ("lifted its veto on EU aid": clause-cues.tsv lifted-block).
 */
export function governingCandidate(c: Candidate, all: readonly Candidate[], view: () => TreeView, blocks: ReadonlySet<string> = new Set()): Candidate | null {
  if (c.trigger.nestedIn) return all.find((g) => g.trigger === c.trigger.nestedIn) ?? null;
  const charged = chargeOfConjunct(c, all, view) ?? chargeOfPassive(c, all, view);
  if (charged) return charged;
  const governors = all.filter((g) => g !== c && governs(g, c, view, blocks) && g.trigger.head !== c.trigger.head && !beyondReducedRelative(view, g, c));
  if (governors.length === 0) return null;
  // "called for their immediate release": the pattern of the request holds the released act's own trigger
  const holder = governors.find((g) => g.trigger.tokens.includes(c.trigger.head));
  if (holder) return holder;
  const governorAt = new Map<number, Candidate>();
  for (const g of governors) for (const k of [g.trigger.head, ...g.trigger.tokens]) if (!governorAt.has(k)) governorAt.set(k, g);
  return governingNode(view(), c.trigger.head, governorAt);
}

/**
 * "accused the army of torturing detainees and burning their homes", "accused Tunisia of abusing migrants and expelling
 * them": an act joined to the charged act inside an accusation's words is charged too, by the same accusation (the
 * accused does it, the accuser alleges it), not an act of whoever the words next to it name.
 */
function chargeOfConjunct(c: Candidate, all: readonly Candidate[], view: () => TreeView): Candidate | null {
  if (c.trigger.pattern.kind !== 'verb' || view().label(c.trigger.head) !== 'conj') return null;
  const tree = view(), charge = tree.head(c.trigger.head);
  if (charge < 0 || !tree.tokens[charge].lower.endsWith('ing')) return null;
  // the charged act inside the accusation's words, or its "of"/"for" clause on the accusing verb or on the accused
  const on = tree.head(charge);
  const marked = tree.marker(charge) === 'of' || tree.marker(charge) === 'for';
  const charges = (g: Candidate) => g.trigger.tokens.includes(charge) || marked && (on === g.trigger.head || on >= 0 && tree.head(on) === g.trigger.head);
  return all.find((g) => g.info.type === 'ACCUSE' && g.trigger.head !== charge && charges(g)) ?? null;
}

/**
 * "The militia was accused by the United Nations of killing civilians": the passive accusation's own "of" clause holds
 * the charged act (tree-repair/charge-on-agent.ts hangs it there), as "accused the militia of killing" nests it in the
 * pattern: the one charged does it, the accuser alleges it, and only a specific incident is its own event.
 */
function chargeOfPassive(c: Candidate, all: readonly Candidate[], view: () => TreeView): Candidate | null {
  if (c.trigger.pattern.kind !== 'verb' || !view().tokens[c.trigger.head].lower.endsWith('ing')) return null;
  const tree = view(), on = tree.head(c.trigger.head);
  if (on < 0 || tree.label(c.trigger.head) !== 'advcl' || tree.marker(c.trigger.head) !== 'of') return null;
  if (!tree.children(on).some((k) => tree.label(k) === 'nsubj:pass')) return null;
  return all.find((g) => g.info.type === 'ACCUSE' && g.trigger.head === on) ?? null;
}

/** The accusation a twin of `c` is nested in: "accusing Iran of carrying out the strike" finds the strike twice, inside the accusation's words and alone. */
export function twinAccusation(c: Candidate, all: readonly Candidate[]): Candidate | null {
  if (c.trigger.nestedIn) return null;
  const twin = all.find((x) => x !== c && x.trigger.head === c.trigger.head && x.trigger.nestedIn);
  return twin ? all.find((g) => g.trigger === twin.trigger.nestedIn && g.info.type === 'ACCUSE') ?? null : null;
}
