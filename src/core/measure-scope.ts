import type { Candidate } from '../extract/candidate.ts';
import type { SentenceContext } from '../extract/context.ts';
import type { TreeView } from '../extract/tree-roles/index.ts';
import { cuePhrases } from '../extract/cue-groups.ts';

const PARTICIPLE_LINKS = new Set(['advcl', 'conj', 'acl', 'xcomp']);

/**
 * "adopted a new package of sanctions against Russia, targeting dozens of tankers", "imposed tariffs on Chinese goods,
 * targeting electric vehicles", "sanctions targeting Russian banks": an attack verb's -ing participle (measure-reach)
 * that hangs on a measure (a measure noun, or a verb whose object is one: data/lexicon/clause-cues.tsv, measure)
 * tells what the measure covers, no attack.
 */
export function isMeasureScope(view: TreeView, c: Candidate, ctx: SentenceContext): boolean {
  const verb = c.trigger.head;
  if (c.info.type !== 'ASSAULT' || c.trigger.pattern.kind !== 'verb' || !/ing$/.test(view.tokens[verb].lower) || !PARTICIPLE_LINKS.has(view.label(verb))) return false;
  if (!cuePhrases(ctx.kb.lexicon.clauseCues, 'measure-reach').has(view.tokens[verb].lemma)) return false;
  const measures = cuePhrases(ctx.kb.lexicon.clauseCues, 'measure');
  const isMeasure = (n: number) => [n, ...view.childrenWith(n, 'nmod', 'compound')].some((k) => measures.has(view.tokens[k].lemma));
  const head = view.head(verb);
  if (head < 0) return false;
  return view.label(verb) === 'acl' ? isMeasure(head) : view.childrenWith(head, 'obj', 'nsubj', 'nsubj:pass').some(isMeasure);
}
