import type { SentenceContext } from '../extract/context.ts';
import type { ActorPhrase } from '../resolve/types.ts';
import type { ReportingFrame } from './frames.ts';
import { plainSpeaker } from './speaker-phrase.ts';
import { findSubject } from '../extract/roles.ts';

const NOMINAL = new Set(['NOUN', 'PROPN', 'PRON']);
const MAX_CLIMB = 8;

/**
 * "The governor dismissed reports that the town had fallen, saying a counteroffensive was underway", "Police
 * fired tear gas, saying the protesters had thrown stones", "The ministry denied the charge, adding that its
 * troops had only returned fire": a reporting participle after a comma speaks for the subject of the sentence's
 * main clause (read off the tree), and what it says is that speaker's claim, whatever the clause before it denied.
 * Null when the word at `i` is no such participle or the tree names no subject.
 */
export function participleSpeakerFrame(ctx: SentenceContext, i: number, certainty: string): ReportingFrame | null {
  const t = ctx.doc.tokens;
  if (!/ing$/.test(t[i].lower) || t[i - 1]?.text !== ',' || i - 1 <= ctx.sentence.tokenStart) return null;
  // the words decide that it is a participle after a comma: parses misplace it ("saying" read as a clause's marker)
  const view = ctx.tree();
  if (!view.has(i)) return null;
  // the parse hangs the participle on the nearest clause ("denied [the town had fallen], saying"): the one who speaks
  // is the subject of the sentence's main clause, before the comma
  // ... unless a speaker's verb right before the comma says it: "Rebels attacked the town, the army said, adding that"
  const trailing = trailingSpeakerVerb(ctx, i - 2);
  let governor = trailing ?? view.head(i);
  for (let hops = 0; trailing === null && governor >= 0 && view.head(governor) >= 0 && hops < MAX_CLIMB; hops++) governor = view.head(governor);
  const subject = governor >= 0 && governor < i ? view.childrenWith(governor, 'nsubj')[0] : undefined;
  const speaker = subject !== undefined && NOMINAL.has(t[subject].pos) ? phraseAround(ctx, subject) ?? plainSpeakerAt(ctx, subject) : firstVerbSubject(ctx, i);
  return speaker ? { from: i + 1, to: ctx.sentence.tokenEnd, speaker, verb: t[i].text, certainty, quote: null, rule: 'provenance:participle-speaker' } : null;
}

/** `at` is a reporting verb after its own subject (", the army said,"): the verb, else null. */
function trailingSpeakerVerb(ctx: SentenceContext, at: number): number | null {
  const t = ctx.doc.tokens[at];
  if (!t || t.pos !== 'VERB' || !ctx.kb.lexicon.reporting.has(t.lemma) || at <= ctx.sentence.tokenStart) return null;
  const view = ctx.tree();
  return view.has(at) && view.childrenWith(at, 'nsubj').some((s) => s < at) ? at : null;
}

/**
 * A parse that makes a noun the root ("The governor dismissed reports that ..." read as a noun phrase): the subject
 * the words give the sentence's first verb.
 */
function firstVerbSubject(ctx: SentenceContext, before: number): ActorPhrase | null {
  for (let k = ctx.sentence.tokenStart; k < before; k++) if (ctx.doc.tokens[k].pos === 'VERB') return findSubject(ctx, k)[0] ?? null;
  return null;
}

/** The actor phrase that covers the subject's head word ("the governor", "Mangal", "it"). */
function phraseAround(ctx: SentenceContext, head: number): ActorPhrase | null {
  return ctx.phraseAt.get(head) ?? null;
}

/** A subject no phrase covers, as the text names it ("Ahmad Wali Karimi"), without its clauses and asides. */
function plainSpeakerAt(ctx: SentenceContext, head: number): ActorPhrase | null {
  const view = ctx.tree();
  if (ctx.doc.tokens[head].pos === 'PRON') return null;
  const [from, to] = view.span(head, (c) => ['acl:relcl', 'acl', 'appos', 'punct', 'conj', 'cc'].includes(view.label(c)));
  if (ctx.doc.tokens.slice(from, to).some((x) => x.pos === 'VERB')) return null;
  return plainSpeaker(ctx.doc.tokens, from, to);
}
