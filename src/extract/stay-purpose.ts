import type { ActorPhrase } from '../resolve/types.ts';
import type { SentenceContext } from './context.ts';
import type { Trigger } from './triggers.ts';
import { participantsAt } from './tree-roles/participants.ts';

// "was in Riyadh", "stayed in Doha", "remained at the talks venue": a clause that says where its subject is
const STAY_VERBS = new Set(['be', 'stay', 'remain']);
// "is expected in Kyiv for talks", "is due in Moscow for talks": a stay on the schedule (modality.tsv makes it planned)
const EXPECTED_STAY = new Set(['expect', 'due']);
const STAY_PREPS = new Set(['in', 'at']);
// words of the noun phrase between "for" and the act noun: "for further talks", "for a new round of talks"
const NOUN_PHRASE = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'ADP']);
const REACH = 6;

/** The rule a CONSULT noun read as a stay's purpose carries; its place is the host (src/core/event-place.ts). */
export const STAY_FOR_TALKS = 'roles:stay-for-talks';

export interface StayParticipants {
  readonly actors: ActorPhrase[];
  readonly targets: ActorPhrase[];
}

/**
 * "A Houthi delegation was in Riyadh for talks", "Taliban negotiators remained in Doha for negotiations", "the
 * Iranian foreign minister is in Moscow for talks with Russian officials": talks held where their subject stays are
 * held by that subject (the clause's subject, read off the tree) with the host (the place's country) — as "traveled
 * to Moscow for talks" makes the visit a CONSULT with Moscow. Null when the noun is no purpose of such a stay.
 */
export function stayForTalks(ctx: SentenceContext, tr: Trigger): StayParticipants | null {
  const t = ctx.doc.tokens;
  let k = tr.start - 1;
  while (k > ctx.sentence.tokenStart && k >= tr.start - REACH && t[k].lower !== 'for' && NOUN_PHRASE.has(t[k].pos)) k--;
  if (t[k]?.lower !== 'for') return null;
  // the host: an actor phrase right before "for", after "in" or "at" ("in Oman", "in Moscow")
  const host = ctx.phraseAt.get(k - 1);
  if (!host) return timedStay(ctx, tr);
  let at = k - 1;
  while (at > ctx.sentence.tokenStart && ctx.phraseAt.get(at - 1) === host) at--;
  const verb = at - 2;
  if (!STAY_PREPS.has(t[at - 1]?.lower ?? '') || verb < ctx.sentence.tokenStart || !STAY_VERBS.has(t[verb].lemma) && !EXPECTED_STAY.has(t[verb].lemma)) return null;
  // the subject of the stay, from the tree: "a delegation from the rebels, who hold the port, was in ..."
  const view = ctx.tree();
  const clause = view.childrenWith(verb, 'cop').length || t[verb].lemma !== 'be' ? verb : view.head(verb);
  const head = clause >= 0 && view.has(clause) ? clause : verb;
  const subject = view.childrenWith(head, 'nsubj', 'nsubj:pass')[0];
  if (subject === undefined) return wordOrderStay(ctx, verb, host, at);
  if (subject > verb) return null;
  const actors = participantsAt(view, ctx, subject).phrases;
  // "a delegation from the rebels": who sent it is who talks
  const sender = view.childrenWith(subject, 'nmod').find((m) => view.childrenWith(m, 'case').some((c) => t[c].lower === 'from'));
  if (actors.length === 0 && sender !== undefined) actors.push(...participantsAt(view, ctx, sender).phrases);
  if (actors.length === 0) return null;
  return { actors, targets: [{ ...host, locative: false, prep: t[at - 1].lower }] };
}

/**
 * A parse that leaves the stay without a subject ("a delegation from the rebels, who hold the port, was in Oman"
 * read as an apposition): the actor phrase that ends right before the verb, or before the aside that
 * precedes it between commas.
 */
function wordOrderStay(ctx: SentenceContext, verb: number, host: ActorPhrase, at: number): StayParticipants | null {
  const t = ctx.doc.tokens;
  let k = verb - 1;
  if (t[k]?.text === ',') {
    k--;
    while (k > ctx.sentence.tokenStart && t[k].text !== ',') k--;
    k--;
  }
  const actor = k >= ctx.sentence.tokenStart ? ctx.phraseAt.get(k) : undefined;
  if (!actor || actor.locative) return null;
  return { actors: [actor], targets: [{ ...host, locative: false, prep: t[at - 1].lower }] };
}

/**
 * "the foreign minister was in Moscow on Tuesday for talks": a time phrase between the host and "for" hides the host
 * from the word order; the tree hangs the talks on the stay's predicate (the host, with its "in"/"at" and copula).
 */
function timedStay(ctx: SentenceContext, tr: Trigger): StayParticipants | null {
  const view = ctx.tree();
  const t = ctx.doc.tokens;
  const host = view.head(tr.head);
  if (view.marker(tr.head) !== 'for' || host < 0 || !view.has(host)) return null;
  const prep = view.childrenWith(host, 'case').find((c) => STAY_PREPS.has(t[c].lower));
  const cop = view.childrenWith(host, 'cop').find((c) => STAY_VERBS.has(t[c].lemma));
  const phrase = ctx.phraseAt.get(host);
  const subject = view.childrenWith(host, 'nsubj')[0];
  if (EXPECTED_STAY.has(t[host].lemma)) return expectedTimedStay(ctx, host);
  if (prep === undefined || cop === undefined || !phrase || subject === undefined || subject > cop) return null;
  const actors = participantsAt(view, ctx, subject).phrases;
  return actors.length ? { actors, targets: [{ ...phrase, locative: false, prep: t[prep].lower }] } : null;
}

/** "is expected in Moscow on Tuesday for talks": the talks and the host both hang on the participle (or "due"). */
function expectedTimedStay(ctx: SentenceContext, verb: number): StayParticipants | null {
  const view = ctx.tree();
  const t = ctx.doc.tokens;
  const place = view.childrenWith(verb, 'obl').find((o) => ctx.phraseAt.has(o) && view.childrenWith(o, 'case').some((c) => STAY_PREPS.has(t[c].lower)));
  const subject = view.childrenWith(verb, 'nsubj:pass', 'nsubj')[0];
  if (place === undefined || subject === undefined || subject > verb) return null;
  const actors = participantsAt(view, ctx, subject).phrases;
  const prep = view.childrenWith(place, 'case').find((c) => STAY_PREPS.has(t[c].lower))!;
  return actors.length ? { actors, targets: [{ ...ctx.phraseAt.get(place)!, locative: false, prep: t[prep].lower }] } : null;
}
