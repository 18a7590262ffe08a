import type { ActorPhrase } from '../../resolve/types.ts';
import type { Candidate } from '../candidate.ts';
import type { SentenceContext } from '../context.ts';
import type { TreeView } from './tree-view.ts';
import { participantsAt } from './participants.ts';

/** In an event's `rules`: the target named only in what was agreed or discussed was dropped (and the "with" party taken). */
export const AGREEMENT_TOPIC_RULE = 'roles:tree-agreement-topic';

// acts made of a pact or of talks: what they are "on" is their subject matter, never a party to them
const PACT_TYPES = new Set(['AGREE', 'SUPPORT', 'CONSULT']);
const TOPIC_MARKERS = new Set(['on', 'over', 'about', 'regarding', 'concerning']);

/**
 * "signed a deal on migrants with Libya", "reached an agreement on teachers' pay with the government", "held talks on
 * police cooperation": the word window takes the first name after the pact or talks noun, which sits in the topic
 * ("on migrants"); the topic names no party. A target lying wholly in a topic phrase of the pattern's noun (or of its
 * verb) is dropped; the party after "with" (on the noun, the verb, or the topic's own noun: "on cooperation with
 * Uganda") is the target when there is one.
 */
export function withoutAgreementTopic(ctx: SentenceContext, tree: TreeView, c: Candidate): Candidate {
  if (!PACT_TYPES.has(c.info.type) || c.trigger.pattern.kind !== 'verb' || c.targets.length === 0) return c;
  const t = ctx.doc.tokens;
  const noun = c.trigger.tokens[c.trigger.tokens.length - 1];
  if (noun === c.trigger.head || tree.upos(noun) !== 'NOUN') return c;
  const topics = [noun, c.trigger.head].flatMap((n) => tree.childrenWith(n, 'nmod', 'obl').filter((k) => !c.trigger.tokens.includes(k) && TOPIC_MARKERS.has(tree.marker(k) ?? '')));
  if (topics.length === 0) return c;
  const within = (p: ActorPhrase, node: number) => {
    const [first, last] = tree.span(node);
    return p.start >= t[first].start && p.end <= t[last - 1].end;
  };
  const partnerNode = (n: number) => tree.childrenWith(n, 'nmod', 'obl').find((k) => tree.marker(k) === 'with');
  // "on police cooperation with Uganda": the topic's own "with" party is outside the topic proper
  const partner = [noun, c.trigger.head, ...topics].map(partnerNode).find((k) => k !== undefined);
  const inTopic = (p: ActorPhrase) => topics.some((k) => within(p, k)) && !(partner !== undefined && within(p, partner));
  if (!c.targets.every(inTopic)) return c;
  const partners = partner === undefined ? [] : participantsAt(tree, ctx, partner).phrases.filter((p) => !c.actors.some((a) => a.start === p.start));
  return { ...c, targets: partners, rules: [...c.rules, AGREEMENT_TOPIC_RULE] };
}
