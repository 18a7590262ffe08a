import type { ActorPhrase } from '../../resolve/types.ts';
import type { SentenceContext } from '../context.ts';
import type { TreeView } from './tree-view.ts';
import { participantsAt } from './participants.ts';
import { subjectNode } from './subject-node.ts';
import { nodePhrase } from './node-phrase.ts';

/**
 * "Ukraine received 50 tanks from Poland", "Egypt secured a $3 billion loan from the IMF": a verb of receiving
 * (data/lexicon/recipient-verbs.tsv) has the recipient as its subject, so the subject is the target and the
 * phrase its giver preposition marks, on the verb or on its object, is the actor. Null for another verb or type,
 * or an active verb whose subject the tree cannot name (the window reads then). Aid and cooperation land on whom they
 * are given to (PLOVER: the recipient is the target); "a convoy came under fire from the rebels": what one comes under
 * lands on it, and the one it comes from does it (the types column of the file).
 */
export function recipientRoles(view: TreeView, ctx: SentenceContext, head: number, type: string): { actors: ActorPhrase[]; targets: ActorPhrase[]; rules: string[] } | null {
  const verb = ctx.kb.lexicon.recipientVerbs.get(ctx.doc.tokens[head].lemma);
  if (verb === undefined || !verb.types.has(type) || view.isPassive(head)) return null;
  const markers = verb.giver.split('|');
  const subject = subjectNode(view, head, false, (v) => ctx.kb.lexicon.reporting.has(ctx.doc.tokens[v].lemma));
  const named = subject === null ? [] : participantsAt(view, ctx, subject.node).phrases;
  // "received tanks from Poland", "came under fire from the rebels": on the verb, its object, or what it comes under
  const onTree = [head, ...view.childrenWith(head, 'obj'), ...view.childrenWith(head, 'obl').filter((c) => view.marker(c) === 'under')]
    .flatMap((n) => view.childrenWith(n, 'obl', 'nmod'))
    .filter((c) => markers.includes(view.marker(c) ?? ''))
    .flatMap((c) => giversAt(view, ctx, c));
  const givers = onTree.length ? onTree : givingParticipleAgent(view, ctx, head) ?? giversAfter(ctx, head, markers);
  // "the convoy came under fire (from militants)": a thing undergoing force is what the act lands on, whether or not
  // the sentence names who did it (then nobody is: the agentless rules decide whether it stands)
  const thing = named.length === 0 && subject !== null && type === 'ASSAULT' ? nodePhrase(view, ctx, subject.node) : null;
  const recipients = thing ? [thing] : named;
  if (recipients.length === 0) return null;
  return { actors: givers, targets: recipients, rules: ['roles:tree-recipient-subject', ...(givers.length ? ['roles:tree-giver-from'] : [])] };
}

/** The participants at a giver node; else the phrase its word lies in ("from | Iran -backed militias", split by the parse). */
function giversAt(view: TreeView, ctx: SentenceContext, node: number): ActorPhrase[] {
  const found = participantsAt(view, ctx, node).phrases;
  const own = ctx.phraseAt.get(node);
  return found.length || !own || own.locative ? found : [own];
}

/** "came under rocket fire from Iran-backed militias" (the parse hung "from" on "Iran"): the first phrase after the preposition. */
function giversAfter(ctx: SentenceContext, head: number, markers: readonly string[]): ActorPhrase[] {
  const t = ctx.doc.tokens;
  let at = head + 1;
  while (at < ctx.sentence.tokenEnd && !markers.includes(t[at].lower)) at++;
  for (let k = at + 1; k < Math.min(ctx.sentence.tokenEnd, at + 6); k++) {
    if (t[k].pos === 'PUNCT' && t[k].text !== '-') break;
    const p = ctx.phraseAt.get(k);
    if (p && !p.locative) return [p];
  }
  return [];
}

/** "received tanks supplied by Poland": the object described by a giving participle (giving-participles.tsv) names its giver by "by". */
function givingParticipleAgent(view: TreeView, ctx: SentenceContext, head: number): ActorPhrase[] | null {
  for (const obj of view.childrenWith(head, 'obj')) {
    for (const n of [obj, ...view.childrenWith(obj, 'conj')]) {
      const giving = view.childrenWith(n, 'acl').find((c) => ctx.kb.lexicon.givingParticiples.has(ctx.doc.tokens[c].lemma));
      const agent = giving === undefined ? undefined : view.childrenWith(giving, 'obl:agent', 'obl').find((c) => view.marker(c) === 'by');
      const found = agent === undefined ? [] : giversAt(view, ctx, agent);
      if (found.length) return found;
    }
  }
  return null;
}
