import type { CameoInfo } from '../knowledge/types.ts';
import type { SentenceContext } from './context.ts';
import type { Trigger } from './triggers.ts';
import type { ActorPhrase } from '../resolve/types.ts';
import { participantsAt } from './tree-roles/participants.ts';

export const BARE_REFUSAL_RULE = 'roles:bare-refusal';
export const REFUSED_ASKER_RULE = 'roles:bare-refusal-asker';
// verbs of asking or offering whose subject a refusal joined to them by "but" turns down
const ASKING = new Set(['ask', 'urge', 'call', 'demand', 'request', 'press', 'offer', 'invite', 'propose', 'tell', 'order']);

// what a verb that refuses something named carries: an object, a clause, a passive subject
const TAKEN = ['obj', 'iobj', 'xcomp', 'ccomp', 'nsubj:pass', 'aux:pass', 'csubj'];
const CLAUSE_ENDS = new Set([',', '.', ';', ':', '!', 'and', 'but']);
const TIME_OPENERS = new Set(['on', 'last', 'this', 'yesterday', 'today', 'overnight']);
const TIME_WORDS = new Set(['PROPN', 'NOUN', 'NUM', 'DET']);

/**
 * "Canada asked India to waive their immunity, but New Delhi refused", "Kurti refused, saying the crossings would stay
 * closed": a refusal verb (data/lexicon/bare-refusals.tsv) that takes nothing and closes its clause refuses what was
 * asked before, a REJECT with no object; the row that wants an object would drop it. A verb that describes a noun
 * ("those who refused") or has anything after it still in its clause is no bare refusal.
 */
export function bareRefusal(ctx: SentenceContext, tr: Trigger, info: CameoInfo): boolean {
  if (info.type !== 'REJECT' || tr.pattern.kind !== 'verb' || tr.end - tr.start !== 1) return false;
  const t = ctx.doc.tokens, verb = t[tr.head];
  if (!ctx.kb.lexicon.bareRefusals?.has(verb.lemma) || verb.pos !== 'VERB') return false;
  // ("Belgrade refused on Friday", "Tehran flatly refused": an adverb or a time phrase may follow)
  let k = tr.head + 1;
  while (k < ctx.sentence.tokenEnd && t[k].pos === 'ADV') k++;
  if (k < ctx.sentence.tokenEnd && TIME_OPENERS.has(t[k].lower)) for (k++; k < ctx.sentence.tokenEnd && TIME_WORDS.has(t[k].pos); k++);
  if (k < ctx.sentence.tokenEnd && !CLAUSE_ENDS.has(t[k].lower)) return false;
  const view = ctx.tree();
  if (['acl', 'amod'].includes(view.base(tr.head))) return false;
  return view.childrenWithAny(tr.head, TAKEN).length === 0 && view.childrenWith(tr.head, 'nsubj').length > 0;
}

/**
 * "Canada asked India to waive their immunity, but New Delhi refused": the refusal joined to a verb of asking turns
 * down its subject, the refusal's target; none where the asking is told in another sentence.
 */
export function refusedAsker(ctx: SentenceContext, tr: Trigger): ActorPhrase[] {
  const view = ctx.tree(), asked = view.head(tr.head);
  if (view.base(tr.head) !== 'conj' || asked < 0 || !ASKING.has(ctx.doc.tokens[asked].lemma) || view.isPassive(asked)) return []; // ("was offered a pay rise": the one offered)
  const subject = view.childrenWith(asked, 'nsubj')[0];
  return subject === undefined ? [] : participantsAt(view, ctx, subject).phrases;
}
