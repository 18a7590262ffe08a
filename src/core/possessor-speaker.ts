import type { ActorRef, Event } from '../schema/event.ts';
import type { Knowledge } from '../knowledge/types.ts';
import type { ArmedActors } from './armed-actors.ts';
import { sameSide } from './sides.ts';

export const POSSESSOR_SPEAKER_RULE = 'roles:possessor-is-speaker';

const HOSTILE = new Set(['ASSAULT', 'COERCE']);
const STATE_FORCE = /(MIL|COP|GOV)$/;
const OTHER_SIDE = /^(REB|INS|SEP|UAF|OPP)$/;
// "attacked their base in the north", "ambushed their convoy near Gao": the possessed object right after the verb,
// up to a preposition, a time word or a clause edge
const POSSESSED_OBJECT = /^[\w-]+\s+((?:their|its)\s+[^,.;:"“”]*?)(?=\s+(?:in|on|at|near|outside|inside|overnight|early|late|last|this|during|with|from|after|before|killing|wounding)\b|\s*[,.;:"“”]|$)/i;

/**
 * "Jihadists attacked their base in the north, the army said", "militants ambushed their convoy, the Malian army
 * said": armed fighters do not attack their own base; a possessive on the object of their hostile act takes up the
 * side that tells of it, a state's forces (the speaker), not the act's subject. The target is the speaker's side,
 * as the object wrote it. A speaker of the fighters' own side ("the rebels said they shelled their ...") changes nothing.
 */
export function possessorIsSpeaker(e: Event, kb: Knowledge, armed: ArmedActors, text: string): Event {
  const speaker = e.provenance.source;
  if (!HOSTILE.has(e.type) || speaker === 'outlet' || e.actor === null || armed(e.actor) === null) return e;
  if (e.target !== null && !(e.target.code === null || e.actor.code !== null && sameSide(e.actor.code, e.target.code))) return e;
  if (!stateForce(speaker, kb) || e.actor.code !== null && speaker.code !== null && sameSide(e.actor.code, speaker.code)) return e;
  const m = POSSESSED_OBJECT.exec(text.slice(e.trigger.span[0], e.evidence.span[1]));
  if (!m) return e;
  const start = e.trigger.span[0] + m.index + m[0].length - m[1].length;
  if (e.target !== null && e.target.span[0] !== start) return e;
  const target: ActorRef = { ...speaker, text: m[1], span: [start, start + m[1].length], basis: 'inferred' };
  return { ...e, target, rules: [...e.rules, POSSESSOR_SPEAKER_RULE] };
}

// a state's army, police or government, coded or named by its role noun ("the army said", "police said")
function stateForce(speaker: ActorRef, kb: Knowledge): boolean {
  if (speaker.code !== null) return STATE_FORCE.test(speaker.code);
  // ("a rebel spokesman": a word of another side makes it that side's)
  const words = speaker.text.toLowerCase().split(/\s+/);
  if (words.some((w) => kb.roles.lookup(w).some((r) => OTHER_SIDE.test(r.role)))) return false;
  return kb.roles.lookup(words[words.length - 1]).some((r) => STATE_FORCE.test(r.role));
}
