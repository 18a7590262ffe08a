import type { SentenceContext } from '../extract/context.ts';
import type { ActorPhrase } from '../resolve/types.ts';
import type { Token } from '../nlp/types.ts';
import { plainSpeaker } from './speaker-phrase.ts';
import type { ReportingFrame } from './frames.ts';

// what opens the subject of a that-clause: "claim that it had", not the relative "a statement that said"
const CLAUSE_OPENERS = new Set(['PRON', 'DET', 'NOUN', 'PROPN', 'NUM', 'ADJ']);
const POSSESSIVE = /^['’]s?$/;
const NOUN_WORDS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET']);

/**
 * A noun of saying with its "that" clause (data/lexicon/claim-nouns.tsv): what the clause tells is its owner's word.
 *  - provenance:claim-noun, the owner a possessor or an actor word before the noun: "did not comment on Russia's
 *    claim that it had captured the village", "welcomed Iran's announcement that it had freed the prisoners",
 *    "a Hamas statement that its fighters had ambushed a patrol";
 *  - with no owner ("the allegation that the police beat him") nobody is named: alleged, or the sentence's own frame
 *    for nouns of announcing ("welcomed the announcement that the rebels had freed the hostages").
 * `i` is the noun; a denial of the claim ("rejected Kyiv's claim that") is provenance:denied-claims' and is left to it.
 */
export function claimNounFrame(ctx: SentenceContext, i: number, denied: boolean): ReportingFrame | null {
  const t = ctx.doc.tokens;
  const noun = t[i];
  if (noun.pos !== 'NOUN' || t[i + 1]?.lower !== 'that' || denied) return null;
  const entry = ctx.kb.lexicon.claimNouns.get(noun.lemma) ?? ctx.kb.lexicon.claimNouns.get(noun.lower);
  const opener = t[i + 2];
  if (!entry || !opener || opener.sentence !== noun.sentence || !CLAUSE_OPENERS.has(opener.pos)) return null;
  const speaker = ownerOf(ctx, i);
  const from = i + 2;
  if (speaker) return { from, to: ctx.sentence.tokenEnd, speaker, verb: noun.text, certainty: entry.certainty, quote: null, rule: 'provenance:claim-noun' };
  return entry.ownerless ? { from, to: ctx.sentence.tokenEnd, speaker: null, verb: noun.text, certainty: entry.ownerless, quote: null, rule: 'provenance:claim-noun' } : null;
}

/** The owner of the noun at `i`: "Russia's claim", "the rebels' claim", "a Hamas claim", "the Russian claim". */
function ownerOf(ctx: SentenceContext, i: number): ActorPhrase | null {
  const t = ctx.doc.tokens;
  const before = t[i - 1];
  if (!before || before.sentence !== t[i].sentence) return null;
  if (POSSESSIVE.test(before.text) && i - 2 >= ctx.sentence.tokenStart) return ctx.phraseAt.get(i - 2) ?? possessorWords(ctx, t, i - 1);
  return ctx.phraseAt.get(i - 1) ?? null;
}

// a possessor no gazetteer knows: "the commander's claim" → "the commander"
function possessorWords(ctx: SentenceContext, t: readonly Token[], mark: number): ActorPhrase | null {
  let from = mark;
  while (from - 1 >= ctx.sentence.tokenStart && NOUN_WORDS.has(t[from - 1].pos)) from--;
  return from < mark && t[mark - 1].pos !== 'DET' ? plainSpeaker(t, from, mark) : null;
}
