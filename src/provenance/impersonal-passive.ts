import type { Token } from '../nlp/types.ts';
import type { SentenceContext } from '../extract/context.ts';
import { baseForms } from '../extract/morphology.ts';
import type { ReportingFrame } from './frames.ts';
import { closingCommaOfRelative } from '../extract/relative-close.ts';

const NOMINAL = new Set(['NOUN', 'PROPN']);
// verbs whose participle after a noun charges it ("Macron said of the leader" is a speaker's finite verb)
const CHARGES = new Set(['accuse', 'suspect']);

/**
 * The passive of a verb of saying or believing, with nobody named who says or believes (data/lexicon/hearsay-passives.tsv):
 *  - a raised subject: "Hamas is said to have fired rockets", "the rebels are widely believed to have attacked the convoy";
 *  - an expletive "it": "It is reported that the militia kidnapped 20 villagers", "it was believed the army shelled";
 *  - an act charged to the subject with nobody named charging: "Ethiopian troops are suspected of shelling a market".
 * The subject is the one who acted, not a speaker, and what follows is passed on unconfirmed: alleged, no speaker
 * (the coding guide's "reportedly"). `i` is the participle; null when it is no such passive.
 */
export function impersonalPassiveFrame(ctx: SentenceContext, i: number): ReportingFrame | null {
  const t = ctx.doc.tokens;
  const s = ctx.sentence;
  const verb = t[i];
  if (verb.pos !== 'VERB' && verb.pos !== 'ADJ') return null;
  const lemma = firstFormIn(verb, ctx.kb.lexicon.hearsayPassives);
  if (lemma === undefined) return null;
  const next = t[i + 1];
  if (!next || i + 1 >= s.tokenEnd || verb.lower === lemma) return null; // a participle, not "is to say"
  const certainty = ctx.kb.lexicon.hearsayPassives.get(lemma) ?? 'alleged';
  // "two Palestinians accused of carrying out an attack", "three men suspected of planning a bombing": the participle
  // describing its noun (no "be"), the act charged to that noun with nobody named charging
  if (next.lower === 'of' && CHARGES.has(lemma) && i > s.tokenStart && NOMINAL.has(t[i - 1].pos)) {
    return { from: i + 1, to: chargeEnd(ctx, i), speaker: null, verb: verb.text, certainty, quote: null, rule: 'provenance:impersonal-passive' };
  }
  // "is (widely, also) said": a form of "be" before the participle, adverbs between
  let be = i - 1;
  while (be > s.tokenStart && t[be].pos === 'ADV') be--;
  if (be < s.tokenStart || t[be].lemma !== 'be') return null;
  const expletive = be > s.tokenStart && t[be - 1].lower === 'it';
  let from: number;
  if (next.lower === 'to' && !expletive) from = i + 1; // raised: the subject before "be" is the actor of the infinitive
  else if (next.lower === 'of' && !expletive) from = i + 1; // "is suspected of shelling": the subject did it, allegedly
  else if (expletive && next.lower === 'that') from = i + 2;
  else if (expletive && next.pos !== 'PUNCT' && next.pos !== 'ADP') from = i + 1; // "it is believed the army shelled"
  else return null;
  return { from, to: chargeEnd(ctx, i), speaker: null, verb: verb.text, certainty, quote: null, rule: 'provenance:impersonal-passive' };
}

/**
 * "Kim, who is accused of ordering the raid, was arrested on Tuesday", "two men suspected of planning a bombing were
 * detained": a charge told in a clause on a noun (a relative clause, a participle describing it) ends with that clause.
 * The sentence's own verb after it is the outlet's statement, not passed on unconfirmed. Else the sentence's end.
 */
function chargeEnd(ctx: SentenceContext, i: number): number {
  const s = ctx.sentence;
  const t = ctx.doc.tokens;
  // (only a participle with a noun or a relative word before it can be on a noun: no parse asked of any other)
  const onNoun = i > s.tokenStart && (NOMINAL.has(t[i - 1].pos) || t.slice(Math.max(s.tokenStart, i - 4), i).some((x) => RELATIVE_WORDS.has(x.lower)));
  if (!onNoun) return s.tokenEnd;
  const tree = ctx.tree();
  const end = tree.has(i) && tree.label(i).startsWith('acl') ? tree.span(i)[1] : s.tokenEnd;
  // (a parse that hangs the sentence's verb under the relative clause's: the comma that closes the clause)
  const closing = closingCommaOfRelative(t, s, i);
  return closing >= 0 ? Math.min(closing, end) : end;
}
const RELATIVE_WORDS = new Set(['who', 'which', 'that', 'whom']);

/** The token's first base form that is in `words` (asked at every verb: a loop, no callback, no closure scope per call). */
function firstFormIn(t: Token, words: ReadonlyMap<string, unknown>): string | undefined {
  const forms = baseForms(t);
  for (let k = 0; k < forms.length; k++) if (words.has(forms[k])) return forms[k];
  return undefined;
}
