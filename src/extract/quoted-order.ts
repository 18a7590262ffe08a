import type { Candidate } from './candidate.ts';
import type { SentenceContext } from './context.ts';
import type { Trigger } from './triggers.ts';
import type { ActorPhrase } from '../resolve/types.ts';
import { lookupCameo } from '../knowledge/ontology.ts';

export const QUOTED_ORDER_RULE = 'speech-act:quoted-order';
// CAMEO 100 "demand" (PLOVER REQUEST: "all requests, demands, and orders")
const DEMAND = '100';
const OPENING_QUOTES = new Set(['"', '“', '‘']);
// what an order's own clause may hold before its verb ("Please release", "Now withdraw") or as its subject: none
const SUBJECTS = new Set(['nsubj', 'nsubj:pass', 'expl', 'csubj']);
// the telling verb's listener: "told Azerbaijan", "said to Baku"
const ADDRESSEE_SLOTS = new Set(['iobj', 'obj', 'obl']);

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
  if (word.lower !== word.lemma || !OPENING_QUOTES.has(tokens[verb - 1]?.text ?? '') || verb - 1 < ctx.sentence.tokenStart) return null;
  const view = ctx.tree();
  if (view.upos(verb) !== 'VERB' || !['ccomp', 'parataxis'].includes(view.base(verb))) return null;
  if (view.children(verb).some((k) => SUBJECTS.has(view.label(k)) || view.base(k) === 'aux')) return null;
  const telling = view.head(verb);
  if (telling <= verb || !ctx.kb.lexicon.reporting.has(tokens[telling].lemma)) return null;
  const phraseOf = (k: number | undefined): ActorPhrase | undefined => k === undefined ? undefined : ctx.phraseAt.get(k) ?? ctx.phraseAt.get(view.span(k)[1] - 1);
  const speaker = phraseOf(view.childrenWith(telling, 'nsubj').find((k) => k > verb));
  if (speaker === undefined) return null;
  const addressee = phraseOf(view.children(telling).find((k) => k > telling && ADDRESSEE_SLOTS.has(view.base(k)) && (view.base(k) !== 'obl' || view.marker(k) === 'to')));
  const info = lookupCameo(ctx.kb.ontology, DEMAND);
  if (!info) return null;
  const trigger: Trigger = { ...tr, pattern: { id: `speech-act:quoted-order ${tr.pattern.id}`, kind: 'verb', steps: [], cameo: DEMAND, requiresObject: false } };
  return { trigger, info, actors: [speaker], targets: addressee && addressee !== speaker ? [addressee] : [], rules: [`pattern:${tr.pattern.id}`, QUOTED_ORDER_RULE, `speech-act:content:${lookupCameo(ctx.kb.ontology, tr.pattern.cameo)?.type ?? 'unknown'}`] };
}
