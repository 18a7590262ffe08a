import type { SentenceContext } from '../context.ts';
import type { TreeView } from './tree-view.ts';
import type { LandingNode } from './landing-node.ts';
import { triggerCandidates } from '../triggers.ts';
import { lookupCameo } from '../../knowledge/ontology.ts';
import { isActNoun } from './object-words.ts';

export const ASSEMBLY_RULE = 'roles:tree-assembly-obj';

/**
 * "police banned two opposition rallies", "troops broke up a student demonstration", "fired tear gas to
 * disperse the protest": an act done to an assembly lands on the assembly, or on its people where they are
 * named ("broke up a protest by student activists": the activists). An act noun is otherwise never a target; a protest noun as the object of an act against
 * it is the exception: the object is a PROTEST trigger of its own, headed by the verb's object.
 */
export function assemblyObject(view: TreeView, ctx: SentenceContext, verb: number): LandingNode | null {
  if (view.isPassive(verb)) return null;
  const objects = view.childrenWith(verb, 'obj');
  if (objects.length === 0) return null;
  const protests = protestHeads(ctx);
  const obj = objects.find((o) => protests.has(o));
  if (obj === undefined) return null;
  // "broke up a protest by student activists", "a rally of opposition supporters": the people are named
  const people = view.childrenWith(obj, 'nmod').find((n) => ['by', 'of'].includes(view.marker(n) ?? '') && (ctx.phraseAt.has(n) || view.upos(n) === 'NOUN' && !isActNoun(ctx.kb, ctx.doc.tokens[n].lemma)));
  return people === undefined ? { node: obj, rule: ASSEMBLY_RULE } : { node: people, rule: `${ASSEMBLY_RULE}-${view.marker(people)}` };
}

// The heads of the sentence's protest nouns, matched once per sentence and for noun patterns only: matching every
// pattern of the whole sentence again for each verb with an object was ~1 % of the coder's CPU. The answer depends
// on the tokens, the sentence and the knowledge base only (the tokens of a document are not changed after analysis).
const protestsBySentence = new WeakMap<SentenceContext['sentence'], { tokens: SentenceContext['doc']['tokens']; kb: SentenceContext['kb']; heads: ReadonlySet<number> }>();
function protestHeads(ctx: SentenceContext): ReadonlySet<number> {
  const known = protestsBySentence.get(ctx.sentence);
  if (known !== undefined && known.tokens === ctx.doc.tokens && known.kb === ctx.kb) return known.heads;
  // every match, overlapping ones too: "banned several protest marches" is one COERCE match over the PROTEST one
  const heads = new Set<number>();
  for (const t of triggerCandidates(ctx.doc.tokens, ctx.sentence, ctx.kb.patterns, undefined, undefined, true)) {
    if (t.pattern.kind === 'noun' && lookupCameo(ctx.kb.ontology, t.pattern.cameo)?.type === 'PROTEST') heads.add(t.head);
  }
  protestsBySentence.set(ctx.sentence, { tokens: ctx.doc.tokens, kb: ctx.kb, heads });
  return heads;
}

/** The landing is an assembly: its act noun stands for the people in it. */
export const isAssemblyLanding = (l: LandingNode) => l.rule.includes(ASSEMBLY_RULE.replace('roles:', ''));
