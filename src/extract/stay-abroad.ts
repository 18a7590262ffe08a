import type { ActorPhrase } from '../resolve/types.ts';
import type { SentenceContext } from './context.ts';
import type { Trigger } from './triggers.ts';
import { participantsAt } from './tree-roles/participants.ts';
import { findDates } from '../resolve/dates.ts';

// the roles whose holders travel for their state: a country's officials and lawmakers ("Russian Foreign Minister", "the Israeli delegation")
const TRAVELLING_ROLES = /^[A-Z]{3}(GOV|LEG)$/;
// the time phrases of a clause (chrono's spans do not depend on the day they are read against)
const ANY_DAY = '2000-01-01';

/**
 * "Abiy was in Eritrea last week", "Blinken was in Cairo on Monday": a person, or a country's official, stated to have
 * been in another country on a stated day made a visit there (PLOVER CONSULT visit, CAMEO 042), as "visited Eritrea"
 * did. Not where the subject is at home, nor an armed body's presence ("troops were in the town"), nor a stay with no
 * day ("was in Paris at the time", "is in talks", "was in hospital"). `verb` is the copula of the pattern row "be in".
 */
export function isStayAbroad(ctx: SentenceContext, verb: number): boolean {
  const view = ctx.tree();
  const t = ctx.doc.tokens;
  const place = stayPlace(ctx, verb);
  if (place < 0 || !view.childrenWith(place, 'case').some((c) => t[c].lower === 'in')) return false;
  const host = ctx.places?.overlapping(t[place].start, t[place].end).find((p) => p.place.precision === 'country' || p.place.precision === 'city');
  // (an expected stay: the clause is the verb's, its subject the passive's)
  const expected = place !== view.head(verb);
  const clause = expected ? verb : place;
  const subject = view.childrenWith(clause, expected ? 'nsubj:pass' : 'nsubj')[0];
  if (!host?.place.country || subject !== undefined && subject > verb) return false;
  // a parse that leaves the stay no subject ("Kenyan President William Ruto was in ..." read as one noun phrase): the
  // phrase that opens the sentence and ends right before the copula
  const opening = ctx.phraseAt.get(verb - 1);
  const visitor = subject !== undefined ? participantsAt(view, ctx, subject).phrases[0] : opening && opening.start === t[ctx.sentence.tokenStart].start ? opening : undefined;
  if (!visitor || !travels(visitor) || visitor.code?.slice(0, 3) === host.place.country) return false;
  // "was in Moscow on Tuesday for talks": a stated purpose is the event (stay-purpose.ts), the stay only its setting
  if (view.childrenWith(clause, 'obl', 'nmod').some((c) => view.marker(c) === 'for')) return false;
  const sentence = ctx.sentence;
  const dates = findDates(sentence.text, sentence.start, ANY_DAY);
  const timing = view.childrenWithAny(clause, TIMING);
  return timing.some((w) => dates.some((d) => d.start <= t[w].start && t[w].end <= d.end));
}

// the relations a stay's time phrase may hang on the place by
const TIMING = ['obl', 'obl:unmarked', 'obl:tmod', 'nmod', 'nmod:unmarked', 'nmod:tmod', 'advmod'];

/** The host of a stay abroad (`verb` its copula): the country the place lies in, named as the place is written. */
export function stayHost(ctx: SentenceContext, verb: number): ActorPhrase | null {
  const t = ctx.doc.tokens;
  const place = stayPlace(ctx, verb);
  const host = place < 0 ? undefined : ctx.places?.overlapping(t[place].start, t[place].end).find((p) => p.place.country);
  if (!host?.place.country) return null;
  const name = ctx.kb.countries.get(host.place.country)?.name ?? host.place.country;
  return { start: host.start, end: host.end, text: host.text, name, code: host.place.country, kind: 'country', plural: false, entry: null, locative: false, prep: 'in', rule: STAY_HOST_RULE };
}
export const STAY_HOST_RULE = 'actor:stay-host-country';

/**
 * The place of a stay: the copula's head ("was | in Cairo"), or the "in" phrase of a passive "expected" ("is expected
 * in Cairo on Thursday", a stay ahead); -1 when there is none.
 */
function stayPlace(ctx: SentenceContext, verb: number): number {
  const view = ctx.tree();
  if (view.label(verb) === 'cop') return view.head(verb);
  if (ctx.doc.tokens[verb].lemma !== 'expect' || view.childrenWith(verb, 'aux:pass').length === 0) return -1;
  return view.childrenWith(verb, 'obl').find((o) => o > verb && view.marker(o) === 'in') ?? -1;
}

/**
 * A known leader or a country's official: one who visits for a state, not a body or a force, nor a private person ("John
 * Smith was in Paris on Monday") or a pronoun the clause cannot tell apart from one.
 */
function travels(p: ActorPhrase): boolean {
  return p.kind === 'person' ? p.code !== null : (p.kind === 'role' || p.kind === 'country') && TRAVELLING_ROLES.test(p.code ?? '');
}

export const ARRIVAL_HOST_RULE = 'actor:arrival-host-country';
// the visit rows' own last words before the place ("arrive in|at", "land in")
const ARRIVAL_PREPOSITIONS = new Set(['in', 'at']);

/**
 * "Blinken arrived in Riyadh on Tuesday", "Modi landed in Moscow for a two-day visit": a visit row that ends in the
 * place of arrival (verbs.tsv "arrive in|at", "land in", CAMEO 042) is hosted by the country that place lies in, as a
 * dated stay is; a place right after the row's "in" (a town or a country), for a visitor who travels for a state and is
 * not at home there ("Modi arrived in New Delhi" is no visit to anyone). Null otherwise.
 */
export function arrivalHost(ctx: SentenceContext, tr: Trigger, visitors: readonly ActorPhrase[]): ActorPhrase | null {
  const t = ctx.doc.tokens;
  if (tr.pattern.cameo !== '042' || tr.end >= ctx.sentence.tokenEnd || !ARRIVAL_PREPOSITIONS.has(t[tr.end - 1].lower)) return null;
  const host = ctx.places?.overlapping(t[tr.end].start, t[tr.end].end).find((p) => p.start === t[tr.end].start && p.place.country && (p.place.precision === 'country' || p.place.precision === 'city'));
  const country = host?.place.country;
  if (!host || !country || !visitors.some(travels) || visitors.some((v) => v.code?.slice(0, 3) === country)) return null;
  const name = ctx.kb.countries.get(country)?.name ?? country;
  return { start: host.start, end: host.end, text: host.text, name, code: country, kind: 'country', plural: false, entry: null, locative: false, prep: t[tr.end - 1].lower, rule: ARRIVAL_HOST_RULE };
}
