import type { ActorPhrase } from '../../resolve/types.ts';
import type { SentenceContext } from '../context.ts';
import type { TreeView } from './tree-view.ts';
import { participantsAt } from './participants.ts';
import { treeVerbRoles } from './tree-actors.ts';

export const CONJUNCT_ACT_RULE = 'roles:conjunct-act-on-people';
const PARTICIPLE_CONJUNCT = 'tree-repair:participle-conjunct';

/**
 * "Police stormed the building and arrested protesters", "Troops shelled the village and killed civilians": the
 * participle-conjunct repair reads "the building and arrested protesters" as one phrase (right for "the capital and
 * occupied territories", a place described). When the noun after the past form names people (an actor phrase) and the
 * noun before "and" is the direct object of a verb with a subject, the past form is that verb's coordinated act on
 * them: its actors are the first verb's subject, its targets the people. Places and things stay described.
 */
export function conjunctActOnPeople(view: TreeView, ctx: SentenceContext, head: number): { actors: ActorPhrase[]; targets: ActorPhrase[]; rules: string[] } | null {
  if (view.repairOf(head) !== PARTICIPLE_CONJUNCT || view.label(head) !== 'amod' || !view.tokens[head].lower.endsWith('ed')) return null;
  const people = view.head(head);
  if (people !== head + 1 || view.label(people) !== 'conj' || !ctx.phraseAt.has(people)) return null;
  const listed = view.head(people);
  const verb = view.head(listed);
  if (view.label(listed) !== 'obj' || !view.has(verb) || view.upos(verb) !== 'VERB') return null;
  const read = treeVerbRoles(view, ctx, verb);
  if (!read?.actors.length) return null;
  const targets = participantsAt(view, ctx, people);
  if (!targets.phrases.length) return null;
  return { actors: [...read.actors], targets: targets.phrases, rules: [CONJUNCT_ACT_RULE, ...read.rules] };
}
