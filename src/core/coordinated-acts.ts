import type { Event } from '../schema/event.ts';

// "The army killed 12 militants and captured a rebel base", "Troops shelled rebel positions and seized two villages":
// two verbs one sentence joins with "and", each with its own object, tell two acts of one actor. Coreference may not
// fold the second into the first (a thing and a people target leave each other open across sentences, "stormed the
// district center" … "killed the police chief", but a writer who lists two acts with their objects means two).
// Two physical details of one attack listed so are folded into one ASSAULT afterwards (core/one-attack-details.ts,
// coding guide rule 2); what is kept apart here stays apart for every other type and for acts timed apart.

// what may stand between the first act's object and the second act's verb: its setting, then "and" (and an adverb of
// sequence: "raided a rebel camp near Goma and later killed two militia leaders"); "before"/"after" open a gerund
// adjunct that tells a second act ("arrested two activists before deporting them"); a phrase set off by commas may follow
// the "and" ("shelled the village and then, despite calls for restraint, bombed the market")
const JOINED = /^[^;:.()]*?(?:^|[\s,])(?:and|but|then|before|after)(?:\s+(?:then|later|also|subsequently|afterwards|again))?(?:\s*,[^;:.()]*?,)?\s+$/i;

// "said its troops had retaken the town, adding that they had killed 20 soldiers", "... and said it had seized": a
// second report of the speaker's, its subject a pronoun going on with the first act's doer, tells a second act
const REPORTED_AGAIN = /^[^;:.()]*?(?:,\s*(?:adding|saying)|\band\s+(?:said|added))\s+(?:that\s+)?(?:it|they|its\s+\w+|their\s+\w+)\s+(?:(?:had|has|have|also)\s+){0,2}$/i;

/** Both events come from one sentence, the first's object ends right where "and" joins the second's verb. */
export function coordinatedActs(first: Event, second: Event, text: string): boolean {
  if (first.evidence.span[0] !== second.evidence.span[0] || !hasOwnObject(first) || !hasOwnObject(second)) return false;
  const [a, b] = first.trigger.span[0] <= second.trigger.span[0] ? [first, second] : [second, first];
  const objectEnd = a.target?.span[1] ?? a.trigger.span[1];
  // the first act's target is its object, after its verb and before the second's
  if (a.target && (a.target.span[0] < a.trigger.span[0] || objectEnd > b.trigger.span[0])) return false;
  // the second act's target is its own object, not a participant both share
  if (b.target && b.target.span[0] < b.trigger.span[0]) return false;
  const between = text.slice(Math.max(objectEnd, a.trigger.span[1]), b.trigger.span[0]);
  return JOINED.test(between) || REPORTED_AGAIN.test(between) || FRONTED_PERFECT.test(text.slice(a.evidence.span[0], a.trigger.span[0])) && between.includes(',');
}

// "Having seized the town, the rebels burned the market", "After storming the prison, gunmen freed 200 inmates": an act
// done before the main clause's, in a participle clause that opens the sentence, is another act of the same doers
const FRONTED_PERFECT = /^\W*(?:having|after(?:\s+having)?)\s+$/i;

// an act's own object: its target, or, where a material act names no one, the noun its trigger ends in ("closed the
// borders and imposed a nighttime curfew": a measure laid on no one named is still an act of its own; "bowed to
// protesters and scrapped the bill" tells one concession); a verb's, not an event noun's ("Kenyan police | shot and
// killed" read as a "police shooting" is no act of its own)
const MATERIAL = new Set(['COERCE', 'ASSAULT']);
const NOUN_ROW = 'pattern:data/patterns/nouns.tsv';
const hasOwnObject = (e: Event) => e.target !== null || MATERIAL.has(e.type) && /\s/.test(e.trigger.text.trim()) && !e.rules.some((r) => r.startsWith(NOUN_ROW));
