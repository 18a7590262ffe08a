import type { ActorRef, Event } from '../schema/event.ts';
import { joinMentions } from './mentions.ts';

// "Gunmen burned ten homes and shot dead two farmers", "The militants stormed the base, torched vehicles and killed 12
// soldiers": physical acts one doer did, listed by "and" or commas in one sentence, are the details of one attack
// (coding guide rule 2: a lead and its elaborating details form one event). The first act speaks for the attack, the
// others are its mentions. They stay apart when the text times them apart ("and later killed", "then", "before",
// "after", another day), when another doer does the next one, when one is only planned, or when they land on two
// named sides ("shelled an army post and bombed a rebel camp"). An abduction in a raid (CAMEO 181, PLOVER ASSAULT) is
// one of its details too, as the hand-coded texts code it ("raided the village and abducted 12 children"); so is what
// the attackers take or loot (COERCE 171 on property no one named owns: "stormed the base and seized weapons").

export const ONE_ATTACK_RULE = 'refiner:details-of-one-attack';

// between one act's words and the next one's verb: its setting, then "and", a comma, or both
const LISTED = /^[^;:.()"“”]*?(?:,\s*(?:and\s+)?|\s(?:and|as well as)\s+)$/i;
// words that time the next act apart from the first
const SEQUENCE = /\b(?:then|later|subsequently|afterwards|again|before|after|while|when|until|since|next day|following day)\b/i;
// a second report of the speaker's (", adding that they had killed"): another telling
const NEW_CLAUSE = /\b(?:said|says|adding|added|saying|according)\b/i;
const RELATIVE_OPENED = /^[^.;]*,\s*(?:who|which|whose)\b/i;
const FACTUAL = new Set(['asserted', 'claimed', 'alleged']);
const NOUN_ROW = 'pattern:data/patterns/nouns.tsv';

/** The events with each attack detail folded into the act its sentence lists it after. */
export function foldDetailsOfOneAttack(events: readonly Event[], text: string): Event[] {
  const folded = new Map<Event, Event[]>();
  const rootOf = new Map<Event, Event>();
  const attacks = events.filter(isToldAttackVerb).sort((a, b) => a.trigger.span[0] - b.trigger.span[0]);
  for (const [i, e] of attacks.entries()) {
    const before = attacks.slice(0, i).reverse().find((p) => p.evidence.span[0] === e.evidence.span[0] && p.trigger.span[0] < e.trigger.span[0]);
    if (!before || !detailOf(before, e, text)) continue;
    const root = rootOf.get(before) ?? before;
    if (root.type !== 'ASSAULT' || !sameSide(root, e)) continue;
    rootOf.set(e, root);
    folded.set(root, [...(folded.get(root) ?? []), e]);
  }
  return events.filter((e) => !rootOf.has(e)).map((e) => {
    const details = folded.get(e);
    if (!details) return e;
    // ("returned fire and killed two of the assailants": an act told with no one hit takes whom its details hit)
    const hit = e.target === null ? details.find((d) => d.target !== null) : undefined;
    const target = hit ? { target: hit.target, ...(hit.targets ? { targets: hit.targets } : {}) } : {};
    return { ...e, ...target, mentions: joinMentions([e, ...details]), rules: [...e.rules, ONE_ATTACK_RULE] };
  });
}

// a done attack told by a verb (an act noun is folded by the coreference of its own), or a seizure of property
const isToldAttackVerb = (e: Event) => (e.type === 'ASSAULT' || e.type === 'COERCE' && e.cameo.startsWith('171') && !e.target?.code)
  && FACTUAL.has(e.provenance.certainty) && !e.rules.some((r) => r.startsWith(NOUN_ROW));

/** `b` is the next act of `a`'s doer, listed right after `a`'s object, on the same occasion. */
function detailOf(a: Event, b: Event, text: string): boolean {
  if (!sameDoer(a, b) || a.provenance.certainty !== b.provenance.certainty || !sameDay(a, b)) return false;
  // ("The rebels, who have captured two districts this week, attacked a base": a deed told in a relative clause on the
  // doer is what they did before, no detail of the act the main clause tells)
  if (a.actor && a.actor.span[1] <= a.trigger.span[0] && RELATIVE_OPENED.test(text.slice(a.actor.span[1], a.trigger.span[0]))) return false;
  // the later act's target is its own object, not a participant both share
  if (b.target && b.target.span[0] < b.trigger.span[0]) return false;
  const objectEnd = a.target && a.target.span[0] > a.trigger.span[0] && a.target.span[1] <= b.trigger.span[0] ? a.target.span[1] : a.trigger.span[1];
  const between = text.slice(Math.max(objectEnd, a.trigger.span[1]), b.trigger.span[0]);
  return LISTED.test(between) && !SEQUENCE.test(between) && !NEW_CLAUSE.test(between);
}

const sameDoer = (a: Event, b: Event) => b.actor === null || a.actor !== null
  && (a.actor.code !== null && b.actor.code !== null ? a.actor.code === b.actor.code : a.actor.text.toLowerCase() === b.actor.text.toLowerCase());
const sameDay = (a: Event, b: Event) => a.date === null || b.date === null || a.date.value === b.date.value;

// who is hit, read as a side of the conflict: a state's forces or government, or an armed group; civilians and
// things are its victims, on any side
const VICTIMS = /(?:CVL|AGR|EDU|MED|BUS|REF|LAB|JRN|HLH|REL|ELI|MIG|SPY)$/;
const STATE = /^[A-Z]{3}(?:GOV|MIL|COP|JUD|LEG|SPY)?$/;
function sideOf(t: ActorRef | null): string | null {
  const code = t?.code;
  if (!code || VICTIMS.test(code)) return null;
  if (!/^[A-Z]{3}/.test(code)) return code; // a named group
  return `${code.slice(0, 3)}:${STATE.test(code) ? 'state' : 'armed'}`;
}

/** The two acts do not land on two different named sides ("an army post" … "a rebel camp"). */
function sameSide(a: Event, b: Event): boolean {
  const [x, y] = [sideOf(a.target), sideOf(b.target)];
  return x === null || y === null || x === y;
}
