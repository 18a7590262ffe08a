import type { Candidate } from './candidate.ts';
import type { SentenceContext } from './context.ts';
import type { Trigger } from './triggers.ts';
import type { ActorPhrase } from '../resolve/types.ts';
import type { Event } from '../schema/event.ts';
import { lookupCameo } from '../knowledge/ontology.ts';

export const QUOTED_ORDER_RULE = 'speech-act:quoted-order';
/** The id a quoted order's trigger pattern opens with. */
export const QUOTED_ORDER_ID = 'speech-act:quoted-order ';
// CAMEO 100 "demand" (PLOVER REQUEST: "all requests, demands, and orders")
const DEMAND = '100';
// (a headline's straight single quote too: "'Stop the bombing,' UN chief tells Israel")
const OPENING_QUOTES = new Set(['"', '“', '‘', "'"]);
// what an order's own clause may hold before its verb ("Please release", "Now withdraw") or as its subject: none
const SUBJECTS = new Set(['nsubj', 'nsubj:pass', 'expl', 'csubj']);
// the telling verb's listener: "told Azerbaijan", "said to Baku"
const ADDRESSEE_SLOTS = new Set(['iobj', 'obj', 'obl']);
const NOT = new Set(['not', "n't"]);
// verbs that press an order on its listener beside those that report or tell it ("'Do not attack Rafah,' Biden urges Netanyahu")
const URGING = new Set(['urge', 'implore', 'beg', 'plead', 'order', 'demand', 'ask', 'appeal']);
const tellsOrder = (ctx: SentenceContext, lemma: string) => ctx.kb.lexicon.reporting.has(lemma) || ctx.kb.lexicon.tellingVerbs?.has(lemma) === true || URGING.has(lemma);

/**
 * “Withdraw your troops from our territory,” the president told Russia; “Release our soldiers now,” the prime minister
 * told Azerbaijan: a quoted order (a bare verb that opens the quote with no subject, the quote the complement of a
 * reporting verb after it) is a REQUEST by whoever tells it, to whom it is told (no one named: "he said"). What it
 * orders (the withdrawal, the release) is its content, no act; its own roles are none (the order's "you" is the
 * listener). Null where the trigger is no such order.
 */
export function quotedOrder(ctx: SentenceContext, tr: Trigger): Candidate | null {
  if (tr.pattern.kind !== 'verb') return null;
  const tokens = ctx.doc.tokens, verb = tr.head, word = tokens[verb];
  // ("Do not attack Rafah", "Don't shell the town": a forbidding order opens with its "do not")
  const forbidding = tokens[verb - 2]?.lower === 'do' && NOT.has(tokens[verb - 1]?.lower ?? '') ? 2 : 0;
  if (word.lower !== word.lemma || !OPENING_QUOTES.has(tokens[verb - 1 - forbidding]?.text ?? '') || verb - 1 - forbidding < ctx.sentence.tokenStart) return null;
  const view = ctx.tree();
  if (view.upos(verb) !== 'VERB' || !['ccomp', 'parataxis'].includes(view.base(verb))) return null;
  if (view.children(verb).some((k) => SUBJECTS.has(view.label(k)) || view.base(k) === 'aux' && k !== verb - 2)) return null;
  const telling = view.head(verb);
  if (telling <= verb || !tellsOrder(ctx, tokens[telling].lemma)) return null;
  // (the head's phrase, else one inside its words: "UN chief" with "chief" read as an adjective is the UN's)
  const phraseOf = (k: number | undefined): ActorPhrase | undefined => {
    if (k === undefined) return undefined;
    const [first, last] = view.span(k);
    for (let i = last - 1; i >= first; i--) if (ctx.phraseAt.has(i)) return ctx.phraseAt.get(i);
    return undefined;
  };
  const speaker = phraseOf(view.childrenWith(telling, 'nsubj').find((k) => k > verb));
  if (speaker === undefined) return null;
  const addressee = phraseOf(view.children(telling).find((k) => k > telling && ADDRESSEE_SLOTS.has(view.base(k)) && (view.base(k) !== 'obl' || view.marker(k) === 'to')));
  const info = lookupCameo(ctx.kb.ontology, DEMAND);
  if (!info) return null;
  const trigger: Trigger = { ...tr, pattern: { id: `${QUOTED_ORDER_ID}${tr.pattern.id}`, kind: 'verb', steps: [], cameo: DEMAND, requiresObject: false } };
  return { trigger, info, actors: [speaker], targets: addressee && addressee !== speaker ? [addressee] : [], rules: [`pattern:${tr.pattern.id}`, QUOTED_ORDER_RULE, `speech-act:content:${lookupCameo(ctx.kb.ontology, tr.pattern.cameo)?.type ?? 'unknown'}`] };
}

/**
 * "'Leave now,' army warns residents", "“Leave now,” the army warned residents": a warning whose content is a quoted
 * order is that order, asked of whom it warns (REQUEST), no threat: the quote's act decides the type. The warning
 * verb's THREATEN, by the order's teller in the same sentence after it, goes. (A quoted threat, "'We will strike back,'
 * Iran warns Israel", has no order: its warning stays.)
 */
export function withoutWarningOfOrder(events: readonly Event[]): Event[] {
  const orders = events.filter((e) => e.rules.includes(QUOTED_ORDER_RULE));
  if (orders.length === 0) return [...events];
  const warnsOrder = (e: Event) => e.type === 'THREATEN' && e.rules.some((r) => WARNING_ROW.test(r)) && orders.some((o) =>
    o.evidence.span[0] === e.evidence.span[0] && o.trigger.span[1] <= e.trigger.span[0] && o.actor !== null && e.actor !== null && (o.actor.span?.[0] === e.actor.span?.[0] || o.actor.code !== null && o.actor.code === e.actor.code));
  return events.filter((e) => !warnsOrder(e));
}
// the warning verb's own row ("warn|caution")
const WARNING_ROW = /^pattern:\S+ warn\b/;

// the first person a speaker quotes itself in ("'We will not surrender,' rebels tell government")
const FIRST_PERSON = new Set(['we', 'i']);

/**
 * Whom a speaker told its own speech act: "'We will not surrender,' rebels tell government", "“We will not negotiate,”
 * the minister told the envoy": a refusal or vow in the first person, in a clause told to a listener (the clause the
 * `ccomp` or `parataxis` of a verb of telling, with an addressee after that verb), is addressed to that listener. None
 * for an act told of another ("'Israel will not withdraw,' officials told reporters").
 */
export function toldListener(ctx: SentenceContext, c: Pick<Candidate, 'actors' | 'trigger'>): ActorPhrase | null {
  if (c.actors.length === 0 || !c.actors.every((a) => FIRST_PERSON.has(a.text.toLowerCase()))) return null;
  const view = ctx.tree();
  // (from the speech act's cue, "will" in "will not surrender", to its verb)
  let clause = view.base(c.trigger.head) === 'aux' ? view.head(c.trigger.head) : c.trigger.head;
  while (view.base(clause) === 'conj' && view.head(clause) >= 0) clause = view.head(clause);
  if (!['ccomp', 'parataxis'].includes(view.base(clause))) return null;
  const telling = view.head(clause);
  if (telling < 0 || !tellsOrder(ctx, ctx.doc.tokens[telling].lemma)) return null;
  const listener = view.children(telling).find((k) => k > telling && ADDRESSEE_SLOTS.has(view.base(k)) && (view.base(k) !== 'obl' || view.marker(k) === 'to'));
  return listener === undefined ? null : ctx.phraseAt.get(listener) ?? null;
}
