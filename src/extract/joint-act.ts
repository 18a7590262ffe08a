import type { CameoInfo, Knowledge } from '../knowledge/types.ts';
import type { Sentence, Token } from '../nlp/types.ts';
import type { ActorPhrase } from '../resolve/types.ts';
import type { SentenceContext } from './context.ts';
import type { TreeView } from './tree-roles/tree-view.ts';
import type { Candidate } from './candidate.ts';
import type { Trigger } from './triggers.ts';
import { lookupCameo } from '../knowledge/ontology.ts';
import { participantsAt } from './tree-roles/participants.ts';
import { isPassiveClause } from './tree-roles/tree-actors.ts';
import { verbRoles } from './verb-roles.ts';

export const JOINT_ADVERB_RULE = 'roles:joint-adverb';
/** CAMEO 062 (cooperate militarily): a joint act of armed forces. */
const COOPERATE_MILITARILY = '062';

const countryOf = (p: ActorPhrase) => p.entry?.country ?? (p.code && /^[A-Z]{3}/.test(p.code) ? p.code.slice(0, 3) : null);

/** A verb row of one adverb ("jointly", data/patterns/verbs.tsv): the act of the verb it modifies is done together. */
const adverbRow = (kb: Knowledge, token: Token) => token.pos === 'ADV' ? (kb.patterns.get(token.lower) ?? []).find((p) => p.kind === 'verb' && p.steps.length === 1) : undefined;

/**
 * "Spanish and Moroccan police jointly dismantled a smuggling ring", "Kenyan and Somali troops jointly raided a camp":
 * an adverb of doing together on a verb makes the verb's doers cooperate, whatever the act itself is (coded by its own
 * row, if any: the raid on the camp). A trigger on the adverb whose head is the verb it modifies (the tree's `advmod`).
 */
export function jointActTriggers(tokens: readonly Token[], sentence: Sentence, kb: Knowledge, view: () => TreeView): Trigger[] {
  const out: Trigger[] = [];
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    const pattern = adverbRow(kb, tokens[i]);
    if (!pattern) continue;
    const tree = view();
    const verb = tree.head(i);
    if (tree.label(i) === 'advmod' && verb >= 0 && tree.upos(verb) === 'VERB') out.push({ pattern, start: i, end: i + 1, head: verb, tokens: [i] });
  }
  return out;
}

/** Whether the trigger is such an adverb's (its head is the verb, outside its words). */
export const isJointAdverb = (tr: Trigger) => tr.tokens.length === 1 && tr.head !== tr.start && tr.pattern.kind === 'verb' && tr.pattern.steps.length === 1;

/**
 * The cooperation of a joint act: the verb's doers, and the partner "jointly with" names ("Italian police, jointly with
 * Albanian officers, seized"); the verb's object is what was done, nobody cooperated with. Two countries at least take
 * part (the PLOVER manual's COOPERATE is mutual; one state's police and army acting together is no exchange); a joint
 * act of armed forces is military cooperation. Null otherwise, and for words said or written together.
 */
export function jointCandidate(ctx: SentenceContext, tr: Trigger, info: CameoInfo): Candidate | null {
  const rules = [`pattern:${tr.pattern.id}`];
  if (jointWords(ctx, tr.head)) return null;
  const [actors] = verbRoles(ctx, tr, info.type, rules);
  const tree = ctx.tree();
  const partner = tree.childrenWith(tr.start, 'obl').find((c) => tree.marker(c) === 'with');
  const targets = partner === undefined ? [] : participantsAt(tree, ctx, partner).phrases;
  const parties = [...actors, ...targets];
  if (actors.length === 0 || new Set(parties.map(countryOf).filter((c) => c !== null)).size < 2) return null;
  const military = parties.every((p) => /MIL$/.test(p.code ?? p.roleCode ?? ''));
  rules.push(JOINT_ADVERB_RULE);
  return { trigger: tr, info: military ? lookupCameo(ctx.kb.ontology, COOPERATE_MILITARILY) ?? info : info, actors, targets, rules };
}

/**
 * "jointly announced", "jointly drafted the resolution", "jointly issued a statement": what is said or written together is
 * a verbal act (its own rows code it), no material cooperation.
 */
function jointWords(ctx: SentenceContext, verb: number): boolean {
  const tree = ctx.tree();
  const t = ctx.doc.tokens;
  return ctx.kb.lexicon.reporting.has(t[verb].lemma) || tree.childrenWith(verb, 'obj').some((o) => ctx.kb.lexicon.speechObjects.has(t[o].lemma));
}

export const JOINT_FRAME_RULE = 'roles:joint-frame-doers';

/**
 * "In a joint operation, Kenyan and Somali forces raided a camp", "troops carried out the arrests in a joint patrol with
 * police": a cooperation noun that frames an active verb ("in", the verb's `obl`, or its object's `nmod`) is done by the verb's doers; whom it is
 * joint "with" the noun's own target reading finds. Empty when the noun frames no such verb.
 */
export function jointFrameDoers(ctx: SentenceContext, nounHead: number): ActorPhrase[] {
  const tree = ctx.tree();
  // "arrested five suspects in a joint operation with ...": the phrase hung on the object frames the verb all the same
  const onObject = tree.label(nounHead) === 'nmod' && tree.label(tree.head(nounHead)) === 'obj';
  const verb = onObject ? tree.head(tree.head(nounHead)) : tree.head(nounHead);
  if (tree.label(nounHead) !== 'obl' && !onObject || tree.marker(nounHead) !== 'in' || verb < 0 || tree.upos(verb) !== 'VERB' || isPassiveClause(tree, verb)) return [];
  return tree.childrenWith(verb, 'nsubj').flatMap((s) => participantsAt(tree, ctx, s).phrases);
}
