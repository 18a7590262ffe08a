import type { ActorRef, Event } from '../schema/event.ts';
import { SPEAKERS_PAIR_RULE } from '../resolve/collective-antecedent.ts';

export const COLLECTIVE_ACTOR_RULE = 'actor:collective-members';
export const SIDES_OF_LAST_MEETING_RULE = 'roles:sides-of-last-bilateral-event';
const RECIPROCAL_RULE = 'roles:reciprocal'; // (core/assemble.ts: a mutual act's sides, each an actor)

// how many sentences back the bilateral event may be ("X met Y ... [two sentences] ... the two sides signed")
const WINDOW = 4;
const COOPERATION = new Set([1, 2]);

/**
 * "Xi met Lula in Beijing. Xi said China opposed the US tariffs. The two sides signed 20 agreements": "the two sides"
 * (a collective, data/lexicon/anaphors.tsv) of a cooperative act are the two parties of the last cooperative event
 * between two coded parties a few sentences before (a meeting, talks, an agreement), not the last two actors named
 * (China and the United States), unless two sides acted on each other after it (a reciprocal act: they are the pair).
 * A collective in a conflict, or with no such event before, keeps the names before it.
 */
export function collectiveSides(events: readonly Event[], sentenceStarts: readonly number[], stateNouns: ReadonlySet<string> = new Set()): Event[] {
  const sentenceOf = (at: number) => sentenceStarts.filter((s) => s <= at).length - 1;
  return events.map((e) => {
    // ("Aliyev said the two nations ...": a speaker's own pair, named together before, stays: resolve/collective-antecedent.ts)
    if (!e.rules.includes(COLLECTIVE_ACTOR_RULE) || e.rules.includes(SPEAKERS_PAIR_RULE) || !COOPERATION.has(e.quad_class) || !e.actor || !e.actors || e.actors.length !== 2) return e;
    const here = sentenceOf(e.trigger.span[0]);
    const last = events.filter((p) => p !== e && p.trigger.span[0] < e.evidence.span[0] && here - sentenceOf(p.trigger.span[0]) <= WINDOW && (bilateral(p) || mutual(p)))
      .sort((a, b) => b.trigger.span[0] - a.trigger.span[0])[0];
    if (!last) return e;
    const sides = mutual(last) ? last.actors! : betweenSides(last) ?? [last.actor!, last.target!];
    // ("Thai and Cambodian troops clashed ... The two countries agreed": a collective of states takes up the sides' states)
    const pair = stateNouns.has(e.actor.text.split(/\s+/).pop()!.toLowerCase()) ? sides.map(stateSide) : sides;
    if (samePair(pair, e.actors)) return e;
    const written = (r: ActorRef): ActorRef => ({ ...r, text: e.actor!.text, span: e.actor!.span, basis: 'inferred' });
    return { ...e, actor: written(pair[0]), actors: pair.map(written), rules: [...e.rules, SIDES_OF_LAST_MEETING_RULE] };
  });
}

// (data/lexicon/state-collective-nouns.tsv, as resolve/collective-antecedent.ts reads "the two countries": a side's state)
const stateSide = (r: ActorRef): ActorRef => (r.code && /^[A-Z]{3}/.test(r.code) && !/^(IGO|NGO|MNC|NGM)/.test(r.code) ? { ...r, code: r.code.slice(0, 3) } : r);

// a cooperative event between two coded parties of different codes, itself no collective's
const bilateral = (p: Event) => COOPERATION.has(p.quad_class) && !p.rules.includes(COLLECTIVE_ACTOR_RULE) && p.actor?.code != null && p.target?.code != null && p.actor.code !== p.target.code;

// "India and Pakistan exchanged accusations ... the two sides agreed to talks": two coded sides acting on each other
// (a reciprocal act of any class) are the sides named last, nearer than a meeting before them
const mutual = (p: Event) => p.rules.includes(RECIPROCAL_RULE) && p.actors?.length === 2 && p.actors.every((a) => a.code != null) && p.actors[0].code !== p.actors[1].code;

const samePair = (pair: readonly ActorRef[], actors: readonly ActorRef[]) => {
  const codes = new Set(pair.map((r) => r.code));
  return actors.every((a) => codes.has(a.code));
};

/**
 * "Norway opened talks between the Colombian government and the ELN ... Both sides agreed": the two targets a
 * "between" names are the sides of talks a third party holds (resolve/mediator-antecedent.ts), not that party; else null.
 */
function betweenSides(p: Event): readonly ActorRef[] | null {
  const [a, b] = p.targets ?? [];
  if (!a || !b || p.targets!.length !== 2 || a.code == null || b.code == null || a.code === b.code) return null;
  return /\bbetween\s+(?:the\s+)?$/i.test(p.evidence.sentence.slice(0, a.span[0] - p.evidence.span[0])) ? [a, b] : null;
}
