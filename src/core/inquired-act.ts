import type { Candidate } from '../extract/candidate.ts';
import type { TreeView } from '../extract/tree-roles/tree-view.ts';
import type { ActorPhrase } from '../resolve/types.ts';

// "Police began an investigation into the killing of a journalist in March", "the UN condemned the shelling of a school
// in Kharkiv on Sunday": the act a reaction is about (clause-cues "reacting": an inquiry, a condemnation) happened, the
// outlet presupposes it, and with its own day and someone it landed on, or a place, it is one specific incident though
// no doer is named (guide rule 6: unknown perpetrators get no actor). Who inquires or condemns is never its doer
// (claims.ts).
export const INQUIRED_ACT_RULE = 'actor:inquired-act';
const AGENTLESS_TYPES = new Set(['ASSAULT', 'COERCE']);
// the prepositions of a reaction noun's act: "an investigation into", "condemnation of", "a probe for"
const REACTED_MARKERS = new Set(['of', 'into', 'for']);

/** The act noun is what a reacting verb takes as object or a reacting noun is "into"/"of". */
export function isReactedToAct(view: TreeView, noun: number, reacting: ReadonlySet<string>): boolean {
  const above = view.head(noun);
  if (above < 0 || !reacting.has(view.tokens[above].lemma)) return false;
  if (view.upos(above) === 'NOUN') return view.label(noun) === 'nmod' && REACTED_MARKERS.has(view.marker(noun) ?? '');
  return view.upos(above) === 'VERB' && view.label(noun) === 'obj';
}

/** (the trigger's head may be its object: "killing of a journalist" is headed on "journalist"; any of its words may hang there) */
export function inquiredActReason(c: Candidate, view: () => TreeView, reacting: ReadonlySet<string>, refs: ReadonlyMap<ActorPhrase, ActorPhrase>, dated: () => boolean, placed: () => boolean): string | null {
  if (c.actors.length > 0 || c.trigger.pattern.kind !== 'noun' || !AGENTLESS_TYPES.has(c.info.type)) return null;
  const human = c.targets.some((t) => {
    const r = t.kind === 'anaphor' ? refs.get(t) : t;
    return r !== undefined && r.kind !== 'anaphor' && (r.code !== null || r.roleCode !== undefined);
  });
  return (human || placed()) && dated() && c.trigger.tokens.some((k) => isReactedToAct(view(), k, reacting)) ? INQUIRED_ACT_RULE : null;
}
