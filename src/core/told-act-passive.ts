import type { Knowledge } from '../knowledge/types.ts';
import type { Token } from '../nlp/types.ts';
import type { Candidate } from '../extract/candidate.ts';
import type { TreeView } from '../extract/tree-roles/index.ts';
import { isActNoun } from '../extract/tree-roles/object-words.ts';
import { isDefinite } from './coreference-compatible.ts';

/**
 * "Kiir and Machar signed a peace deal ... The ceasefire agreement was signed on Monday at talks in Addis Ababa": a
 * passive act whose subject is a definite act noun and which names no agent tells more of an act told before (coding
 * guide rule 2: a lead and its details are one event, whose parties are those the lead names). It is kept only as a
 * mention that joins that act (core/coreference.ts drops a definite mention that joins none), never as an act of
 * nobody's (rule 6).
 */
export const TOLD_ACT_PASSIVE_RULE = 'actor:told-act-passive';

export function toldActPassive(kb: Knowledge, tokens: readonly Token[], view: TreeView, text: string, sentenceStart: number, c: Candidate): typeof TOLD_ACT_PASSIVE_RULE | null {
  if (c.actors.length > 0 || c.targets.length > 0 || c.trigger.pattern.kind !== 'verb' || !c.rules.includes('roles:passive')) return null;
  const subject = view.childrenWith(c.trigger.head, 'nsubj:pass')[0];
  if (subject === undefined || view.upos(subject) !== 'NOUN') return null;
  const word = tokens[subject];
  return isActNoun(kb, word.lemma) && isDefinite(text, word.start, sentenceStart) ? TOLD_ACT_PASSIVE_RULE : null;
}
