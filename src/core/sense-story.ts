import type { SentenceContext } from '../extract/context.ts';
import type { SenseRule } from '../knowledge/types.ts';
import type { AnalyzedText, Token } from '../nlp/types.ts';

/**
 * Sides of argument-senses.tsv that read beyond the trigger's own clause, kept apart from word-sense.ts:
 *   landing  the trigger word is followed by one of the args' prepositions whose noun is no time ("the strike on the
 *            boat" aims at the boat; "the strike on Monday" aims at nothing), however the parse hangs the phrase
 *   article  any word of the article, besides the trigger, is one of the args: a story's other words tell the sense
 *            of a bare "strike" ("the company went bankrupt after the strikes began": a business story's strike is
 *            a walkout, a war story's an attack)
 *   unarmed-article  no word of the article is one of the args: joined to an article side, a story of one kind that
 *            tells of no arms ("launched a rocket" in a spaceflight story with no missile, warhead or troops)
 */
export function storySideHolds(ctx: SentenceContext, k: number, rule: SenseRule): boolean {
  switch (rule.side) {
    case 'landing': return landsOn(ctx.doc.tokens, k, ctx.sentence.tokenEnd, rule.args);
    case 'article': return argsInArticle(ctx.doc, rule.args) - (rule.args.has(articleWords(ctx.doc)[k]) ? 1 : 0) > 0;
    case 'unarmed-article': return argsInArticle(ctx.doc, rule.args) === 0;
    default: return false;
  }
}

// how many of a story's words are one of the args, by document and args (a row's args are one set however many
// candidates and rows ask: each story word list was scanned once per candidate per row, now once per row)
const ARGS_IN = new WeakMap<AnalyzedText, Map<ReadonlySet<string>, number>>();
function argsInArticle(doc: AnalyzedText, args: ReadonlySet<string>): number {
  let counts = ARGS_IN.get(doc);
  if (counts === undefined) ARGS_IN.set(doc, (counts = new Map()));
  let count = counts.get(args);
  if (count === undefined) {
    count = 0;
    for (const w of articleWords(doc)) if (args.has(w)) count++;
    counts.set(args, count);
  }
  return count;
}

// times an "on" or "against" names instead of an aim ("on Monday", "on the same day", "on 5 May")
const TIME_WORD = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|day|days|night|morning|afternoon|evening|weekend|week|month|year|eve|anniversary|date|time|occasion|schedule)$/;

function landsOn(t: readonly Token[], k: number, end: number, prepositions: ReadonlySet<string>): boolean {
  // ("a strike by Russian forces on a power plant": the doers' "by" phrase may come first)
  let p = k + 1;
  if (p < end && t[p].lower === 'by') for (p++; p < end && !['ADP', 'VERB', 'PUNCT', 'AUX', 'SCONJ', 'CCONJ'].includes(t[p].pos); p++);
  if (p >= end || !prepositions.has(t[p].lower)) return false;
  // the preposition's noun: the last word of its phrase before the next preposition, verb or punctuation
  let noun = -1;
  for (let i = p + 1; i < end && !['ADP', 'VERB', 'PUNCT', 'AUX', 'SCONJ', 'CCONJ'].includes(t[i].pos); i++) noun = i;
  return noun >= 0 && t[noun].pos !== 'NUM' && ['NOUN', 'PROPN'].includes(t[noun].pos) && !TIME_WORD.test(t[noun].lower);
}

// each token's lemma, by document (a story's words are read once, however many triggers ask)
const WORDS = new WeakMap<AnalyzedText, string[]>();
function articleWords(doc: AnalyzedText): string[] {
  let words = WORDS.get(doc);
  if (words === undefined) WORDS.set(doc, (words = doc.tokens.map((t) => t.lemma.toLowerCase())));
  return words;
}

// "came under fire for the second time", "over the weekend", "for hours": a preposition that opens a span of time
// names no reason nor topic
const TIME_NOUN = /^(?:time|times|day|days|night|nights|hour|hours|week|weeks|weekend|month|months|year|years)$/;
export function opensTimePhrase(t: readonly Token[], i: number): boolean {
  if (t[i].lower !== 'for' && t[i].lower !== 'over') return false;
  for (let j = i + 1; j < Math.min(t.length, i + 5); j++) {
    if (TIME_NOUN.test(t[j].lower)) return true;
    if (!['DET', 'ADJ', 'NUM'].includes(t[j].pos) && !/^(?:first|second|third|fourth|fifth|last|several|many|few)$/.test(t[j].lower)) return false;
  }
  return false;
}
