import type { AnalyzedText } from '../nlp/types.ts';
import type { ActorPhrase } from './types.ts';
import { SpanIndex } from './span-index.ts';
import { locativePrep } from './token-map.ts';
import { definiteDescriptionEnd } from './definite-description.ts';

export const OUTLET_ANAPHOR_RULE = 'anaphor:outlet-description';

// what may not follow the description for it to end its phrase: "the agency chief", "the newspaper's editor", "the paper of record"
const NOT_AFTER = new Set(['NOUN', 'PROPN', 'NUM', 'PART']);

/** A news outlet: a media body the gazetteer knows ("Tasnim", "SANA"), or a role phrase of the media ("Pajhwok news agency", "the broadcaster EBC"). */
const isOutlet = (p: ActorPhrase) => !p.plural && !p.locative && (p.entry?.role === 'MED' || p.roleCode === 'MED' || p.code !== null && /^[A-Z]{3}MED$/.test(p.code));

/**
 * "Pajhwok news agency reported … The agency accused Pakistan of …", "the state broadcaster EBC said … The broadcaster
 * accused": a definite description of a news outlet (data/lexicon/anaphors.tsv rows of "outlet") takes up the outlet
 * named before it, its code and name, as "the country" takes up a state; a body whose name holds the noun, named nearer,
 * is taken up instead ("the U.S. Agency for International Development … the agency" is no news agency's, "the Haqqani
 * network … the network" no TV network's); not where the words name something on the spot ("the agency's chief", "the
 * news agency Bernama"). A bare role phrase over the words ("newspaper", coded by the story's country) gives way.
 */
export function outletDescriptions(doc: AnalyzedText, anaphors: ReadonlyMap<string, string>, phrases: readonly ActorPhrase[]): ActorPhrase[] {
  const index = new SpanIndex(phrases);
  const added: ActorPhrase[] = [];
  const replaced = new Set<ActorPhrase>();
  const tokens = doc.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const j = definiteDescriptionEnd(tokens, i, anaphors, 'outlet', (next) => NOT_AFTER.has(next.pos));
    if (j === null) continue;
    const start = tokens[i].start, end = tokens[j].end;
    const over = index.overlapping(start, end);
    if (over.some((p) => !(p.kind === 'role' && p.entry === null && p.roleCode === 'MED'))) continue;
    const outlet = nearestBody(phrases, start, tokens[j].lower);
    // (a body the words name that is no outlet is taken up too: "the U.S. Agency for International Development … the agency")
    if (!outlet || !isOutlet(outlet) && (outlet.code === null || outlet.locative || outlet.kind === 'person')) continue;
    const prep = locativePrep(doc, start, false);
    over.forEach((p) => replaced.add(p));
    added.push({ ...outlet, start, end, text: doc.text.slice(start, end), locative: false, prep, rule: OUTLET_ANAPHOR_RULE });
    i = j;
  }
  if (added.length === 0) return [...phrases];
  return [...phrases.filter((p) => !replaced.has(p)), ...added].sort((a, b) => a.start - b.start);
}

/**
 * The phrase "the agency" takes up: the last one before `at` whose words hold the noun ("news agency SANA", "the U.S. Agency
 * for International Development"), else the last outlet ("Reuters reported").
 */
function nearestBody(phrases: readonly ActorPhrase[], at: number, noun: string): ActorPhrase | undefined {
  let named: ActorPhrase | undefined, outlet: ActorPhrase | undefined;
  for (const p of phrases) {
    if (p.end > at) break;
    if (`${p.text} ${p.name}`.toLowerCase().split(/[\s-]+/).includes(noun)) named = p;
    if (isOutlet(p)) outlet = p;
  }
  return named ?? outlet;
}
