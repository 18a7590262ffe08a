import type { Certainty } from '../schema/event.ts';
import type { Token } from '../nlp/types.ts';
import type { CueEntry } from '../knowledge/types.ts';
import type { SentenceContext } from './context.ts';
import { isLeftBoundary } from './clause.ts';
import { isReportedFuture } from './reported-future.ts';
import { actStillAhead } from './act-still-ahead.ts';
import { scheduledAct } from './scheduled-act.ts';
import { proposedAct } from './proposed-act.ts';
import { headlineFuture } from './headline-future.ts';
import { cueOfOthersModifier } from './modifier-cue.ts';
import { SCHEDULED_FOR } from '../resolve/date-anchor.ts';

export interface Modality {
  /** asserted unless a cue says otherwise; 'negated' events are dropped later. */
  readonly status: Certainty | 'negated';
  readonly cue: string | null;
}

function cueAt(tokens: readonly Token[], i: number, cue: CueEntry): boolean {
  const { words } = cue;
  for (let k = 0, at = i; k < words.length; k++, at++) {
    // "failed, however, to agree": an adverb set off by commas inside the cue
    if (k > 0) at = pastAside(tokens, at);
    // "failed on Monday to agree", "failed again to reach": an adverb or a time phrase inside the cue, unset off
    if (k > 0 && !isWord(tokens[at], words[k])) at = pastInsertedModifier(tokens, at, words[k]);
    const t = tokens[at];
    if (t === undefined || !isWord(t, words[k])) return false;
  }
  return true;
}

const isWord = (t: Token | undefined, word: string) => t !== undefined && (t.lemma === word || t.lower === word);
const TIME_NOUN = /^(?:day|night|week|weekend|month|year|decade|hour|morning|afternoon|evening|time|season|summer|winter|spring|autumn|fall)s?$/;
const TIME_OPENERS = new Set(['on', 'in', 'at', 'last', 'this', 'earlier', 'late', 'overnight', 'yesterday', 'today']);

/**
 * The cue's next word after one to three words inserted without commas ("failed on Monday to", "failed again to",
 * "declined last week to"): adverbs only, or a time phrase (an opener, then names, numbers or nouns); else `at`.
 */
function pastInsertedModifier(tokens: readonly Token[], at: number, word: string): number {
  for (let n = 1; n <= 3; n++) {
    if (!isWord(tokens[at + n], word)) continue;
    const span = tokens.slice(at, at + n);
    const adverbs = span.every((t) => t.pos === 'ADV');
    // (a noun of time: "was in response to a plea" inserts no time phrase into "be to")
    const time = TIME_OPENERS.has(span[0].lower) && span.slice(1).every((t) => ['PROPN', 'NUM', 'DET'].includes(t.pos) || t.pos === 'NOUN' && TIME_NOUN.test(t.lower));
    return adverbs || time ? at + n : at;
  }
  return at;
}

/** The token after ", however," or ", once again," (one or two adverbs between commas) at `at`; else `at`. */
function pastAside(tokens: readonly Token[], at: number): number {
  if (tokens[at]?.text !== ',' || tokens[at + 1]?.pos !== 'ADV') return at;
  if (tokens[at + 2]?.text === ',') return at + 3;
  return tokens[at + 2]?.pos === 'ADV' && tokens[at + 3]?.text === ',' ? at + 4 : at;
}

// The modality cues by first word, each list in table order: a token is tried only against the cues that
// can start at it (a cue's first word is the token's lemma or its lower-case form), not against the table.
interface RankedCue { readonly cue: CueEntry; readonly rank: number }
const cueIndexes = new WeakMap<readonly CueEntry[], Map<string, RankedCue[]>>();
function cueIndex(cues: readonly CueEntry[]): Map<string, RankedCue[]> {
  let index = cueIndexes.get(cues);
  if (index === undefined) {
    index = new Map();
    for (let rank = 0; rank < cues.length; rank++) {
      const list = index.get(cues[rank].words[0]);
      if (list) list.push({ cue: cues[rank], rank });
      else index.set(cues[rank].words[0], [{ cue: cues[rank], rank }]);
    }
    cueIndexes.set(cues, index);
  }
  return index;
}
const NO_CUES: readonly RankedCue[] = [];

/** The first cue in table order that fits at `i` and ends before `end`, else null. */
function firstCueAt(tokens: readonly Token[], i: number, end: number, index: Map<string, RankedCue[]>): CueEntry | null {
  const t = tokens[i];
  const byLemma = index.get(t.lemma) ?? NO_CUES;
  const byLower = t.lower === t.lemma ? NO_CUES : index.get(t.lower) ?? NO_CUES;
  // the two lists hold different cues, each in table order: merged by rank
  for (let a = 0, b = 0; a < byLemma.length || b < byLower.length; ) {
    const next = b >= byLower.length || (a < byLemma.length && byLemma[a].rank < byLower[b].rank) ? byLemma[a++] : byLower[b++];
    if (i + next.cue.words.length <= end && cueAt(tokens, i, next.cue)) return next.cue;
  }
  return null;
}

/** The clause around `head`: from the nearest left boundary to the head. */
export function clauseStart(ctx: SentenceContext, head: number): number {
  const t = ctx.doc.tokens;
  for (let i = head - 1; i >= ctx.sentence.tokenStart; i--) {
    if (t[i].text === ',' && t[i + 1] && ['but', 'and'].includes(t[i + 1].lower)) return i + 1;
    if (isLeftBoundary(t[i], ctx.kb.lexicon.reporting, t)) return i;
  }
  return ctx.sentence.tokenStart;
}

const WINDOW = 6;
const RELATIVE_WORDS = new Set(['who', 'which', 'whom', 'whose']);

/**
 * "The officer, who did not give his name, accused the agency of corruption": the cue sits in a relative clause
 * set off by commas that closes before the act; it belongs to that clause, not to the act.
 */
function inClosedRelative(t: readonly Token[], cue: number, sentenceStart: number, start: number): boolean {
  let closed = false;
  for (let k = cue + 1; k < start && !closed; k++) closed = t[k].text === ',';
  if (!closed) return false;
  for (let k = cue - 1; k > sentenceStart && k >= cue - WINDOW; k--) {
    if (t[k].text === ',') return false;
    if (RELATIVE_WORDS.has(t[k].lower)) return t[k - 1].text === ',';
  }
  return false;
}

// the marks that open an aside and the one that closes each
const ASIDE_CLOSER = new Map([['—', '—'], ['–', '–'], ['(', ')'], ['--', '--']]);

/**
 * "The military — citing intelligence it did not disclose — struck a school", "Police (who had not been called) arrested":
 * a cue inside an aside set off by dashes or brackets that closes before the trigger is the aside's, not the act's.
 */
function inClosedAside(t: readonly Token[], cue: number, sentenceStart: number, start: number): boolean {
  for (let k = cue - 1; k >= sentenceStart; k--) {
    const closer = ASIDE_CLOSER.get(t[k].text);
    if (closer === undefined) continue;
    for (let j = cue + 1; j < start; j++) if (t[j].text === closer) return true;
    return false;
  }
  return false;
}

// the words before a month's name: "in early May", "since May", "last May"
const BEFORE_MONTH = new Set(['in', 'early', 'late', 'mid', 'since', 'until', 'by', 'of', 'last', 'next', 'this', 'through', 'from', 'on', '-']);

/** "were arrested in early May", "May 5 saw", "on 12 May": the month, not the modal "may" (capitalised, with a date
 *  word around it: a day's number before it is the day of the month, a modal follows no number). */
function isMonthMay(t: readonly Token[], i: number): boolean {
  return t[i].text === 'May' && (/^\d/.test(t[i + 1]?.text ?? '') || BEFORE_MONTH.has(t[i - 1]?.lower ?? '') || DAY_OF_MONTH.test(t[i - 1]?.lower ?? '')
    || t[i].pos === 'PROPN' && i > 0 && t[i - 1].sentence === t[i].sentence);
}
const DAY_OF_MONTH = /^(?:[1-9]|[12][0-9]|3[01])(?:st|nd|rd|th)?$/;

/**
 * "“Will Israel strike Iran?” asked the paper": a quoted question goes on into its attribution (nlp/sentence-joins.ts),
 * so the sentence ends in no "?"; the first stop after the trigger is the quote's "?", before its closing mark.
 */
function asksInQuote(t: readonly Token[], head: number, end: number): boolean {
  for (let i = head + 1; i + 1 < end; i++) {
    const w = t[i].text;
    if (w === '?') return CLOSING_QUOTE.has(t[i + 1].text);
    if (w === '.' || w === '!') return false;
  }
  return false;
}
const CLOSING_QUOTE = new Set(['”', '"', '’', "'", '»']);
// "Why did Russia strike Kyiv's power grid again?", "How did rebels seize the town?": a question of why, how, when or
// where something was done takes the act as done (a yes-no question, "Did Israel bomb the hospital?", does not)
const PRESUPPOSING_QUESTION = /^\W*(?:why|how|when|where)\s+(?:did|does|do|has|have|had)\s/i;

/**
 * Negation and modality cues before the trigger, inside its clause:
 * "did not attack" (negated), "could strike" (hypothetical), "plans to attack" / "prepared itself for an attack" (planned).
 * The cue nearest the trigger decides ("will not attack" is negated, not planned).
 */
export function modalityOf(ctx: SentenceContext, head: number, start: number): Modality {
  const t = ctx.doc.tokens;
  if ((ctx.sentence.text.trimEnd().endsWith('?') && !PRESUPPOSING_QUESTION.test(ctx.sentence.text)) || asksInQuote(t, head, ctx.sentence.tokenEnd)) return { status: 'hypothetical', cue: '?' };
  const from = Math.max(clauseStart(ctx, start), start - WINDOW, finiteConjunctStart(t, head, start, cueWindowStart(ctx, start), (verb) => sharesChain(ctx, head, verb)));
  const index = cueIndex(ctx.kb.lexicon.modality);
  const freeParticiple = t[head].lower.endsWith('ing') && t[head - 1]?.text === ',' && ctx.tree().base(head) === 'advcl';
  for (let i = start - 1; i >= from; i--) {
    const cue = firstCueAt(t, i, start, index);
    // ("Doctors Without Borders", "Reporters Without Borders": a word of a name is no cue)
    if (cue === null || isMonthMay(t, i) || inClosedRelative(t, i, ctx.sentence.tokenStart, start) || inClosedAside(t, i, ctx.sentence.tokenStart, start) || ctx.phraseAt.get(i)?.kind === 'organization') continue;
    // ("a convoy trying to reach the town came under fire": a cue describing another noun is that noun's)
    if (cueOfOthersModifier(ctx.tree(), i, head)) continue;
    // "said the ambassador would be expelled, accusing him of spying", "announced that no official would attend, accusing
    // ...": a participle set off by a comma is no part of the clause before it; that clause's cues are its own
    if (freeParticiple && cueOfOtherClause(ctx, i, head)) continue;
    // "has no plans to deploy", "will not attack": a negation just before the cue wins
    const before = t[i - 1];
    if (cue.value !== 'negated' && before && i - 1 >= from && ['no', 'not', "n't", 'never'].includes(before.lower)) return { status: 'negated', cue: `${before.lower} ${cue.words.join(' ')}` };
    if (cue.words[0] === 'would' && t[i + 1]?.lower !== 'have' && (isReportedFuture(t, i, ctx.sentence.tokenStart, ctx.kb.lexicon.reporting) || reportedInTree(ctx, i))) return { status: 'planned', cue: 'reported would' };
    return { status: cue.value as Modality['status'], cue: cue.words.join(' ') };
  }
  const shared = conjunctModality(ctx, head);
  if (shared !== null) return shared;
  if (actStillAhead(ctx, head, start)) return { status: 'planned', cue: 'comes before' };
  if (calledForDay(ctx, head)) return { status: 'planned', cue: 'for a day' };
  if (scheduledAct(ctx, head)) return { status: 'planned', cue: 'on the timetable' }; // "talks are scheduled for Monday"
  if (proposedAct(ctx, head)) return { status: 'planned', cue: 'proposed' }; // "the Commission proposed new sanctions"
  if (headlineFuture(ctx, head)) return { status: 'planned', cue: 'headline to' }; // "Russia to expel British diplomats"
  return { status: 'asserted', cue: null };
}

const MODAL_AUX = new Set(['could', 'might', 'may', 'would', 'should', 'will', 'can', 'must']);

/**
 * "suggested that the president could \"meet them in the middle\" and announce a compromise": a bare verb joined to
 * a verb with a modal, with no subject or auxiliary of its own, shares that modal however far it stands (the cue
 * window before the act stops six words back).
 */
function conjunctModality(ctx: SentenceContext, head: number): Modality | null {
  const view = ctx.tree(), t = ctx.doc.tokens;
  if (!view.has(head) || view.base(head) !== 'conj' || t[head].pos !== 'VERB' || t[head].lower !== t[head].lemma) return null;
  if (view.children(head).some((c) => ['nsubj', 'aux'].includes(view.base(c)))) return null;
  // (the parse may join it to a noun of the first verb's phrase, "meet them in the middle and announce": that verb's)
  let first = view.head(head);
  for (let up = 0; up < 2 && first >= 0 && view.upos(first) !== 'VERB'; up++) first = view.head(first);
  if (first < 0 || first >= head || !view.childrenWith(first, 'aux').some((a) => MODAL_AUX.has(t[a].lower))) return null;
  const outer = modalityOf(ctx, first, first);
  return outer.status === 'asserted' ? null : { status: outer.status, cue: `conjunct ${outer.cue}` };
}

/** Cue token `cue` belongs to a clause whose verb (the first verb above it) does not have the act's head below it. */
function cueOfOtherClause(ctx: SentenceContext, cue: number, head: number): boolean {
  const view = ctx.tree();
  let verb = view.head(cue);
  for (let steps = 0; verb >= 0 && view.upos(verb) !== 'VERB' && steps < 40; steps++) verb = view.head(verb);
  if (verb < 0) return false;
  for (let n = head, steps = 0; n >= 0 && steps < 40; n = view.head(n), steps++) if (n === verb) return false;
  return true;
}

// "Officials said Sudan and South Sudan would hold talks": the verb "would" serves is the clause of a past reporting
// verb, however long its subject (the word scan of reported-future.ts reads short subjects only)
function reportedInTree(ctx: SentenceContext, would: number): boolean {
  const view = ctx.tree();
  let verb = view.head(would);
  if (verb < 0 || view.base(would) !== 'aux') return false;
  // "said it was in contact with the owners and would send a frigate": a conjunct of the reported clause reports too
  // (one with no subject of its own, sharing the reported subject; hung on the reporting verb itself after its
  // reported clause, or on that clause)
  while (view.base(verb) === 'conj' && view.head(verb) >= 0 && !view.children(verb).some((c) => view.base(c) === 'nsubj')) {
    const first = view.head(verb);
    verb = view.children(first).find((c) => c < verb && view.base(c) === 'ccomp') ?? first;
  }
  if (view.base(verb) !== 'ccomp') return false;
  const say = view.tokens[view.head(verb)];
  return say !== undefined && say.pos === 'VERB' && ctx.kb.lexicon.reporting.has(say.lemma) && say.lower !== say.lemma;
}

// the first token a cue may start at: the window before the act, within its sentence
const cueWindowStart = (ctx: SentenceContext, start: number) => Math.max(ctx.sentence.tokenStart, start - WINDOW);

/**
 * "The junta promised to hold elections and released 40 prisoners": a verb in a past form after "and" is a finite
 * conjunct, the subject's second act, which no cue before the "and" governs (an infinitive's conjunct, "plans to
 * attack and seize", keeps its cue). The token after that "and", else -1.
 */
function finiteConjunctStart(t: readonly Token[], head: number, start: number, from: number, chained: (verb: number) => boolean): number {
  const verb = t[head];
  if (!verb || verb.pos !== 'VERB' || verb.lower === verb.lemma || /(?:ing|[^s]s)$/.test(verb.lower)) return -1;
  for (let i = start - 1; i >= from; i--) {
    // ("Neither Israel nor Hamas sent a delegation": a "nor" is itself the negation, of what follows it)
    if (t[i].pos !== 'CCONJ' || t[i].lower === 'nor') continue;
    // "can be re-arrested and forced to", "could have killed and wounded": a participle chain, the cue holds both
    // ("said returns must be voluntary and urged ...": a copula's adjective or noun before the "and" closes its clause)
    if (t[i - 1]?.pos === 'VERB' && chained(i - 1)) for (let k = i - 1; k >= from; k--) if (PARTICIPLE_AUX.has(t[k].lower)) return -1;
    return i + 1;
  }
  return -1;
}

const PARTICIPLE_AUX = new Set(['be', 'been', 'being', 'have']);

/**
 * The act's verb may share the auxiliaries of the participle `verb` before the "and": unless the tree joins it to
 * another verb ("said Manila would not be intimidated and ordered more ships to the shoal": "ordered" is the
 * speaker's second act, tree-repair/reporter-second-act.ts), not the participle's conjunct.
 */
function sharesChain(ctx: SentenceContext, head: number, verb: number): boolean {
  const view = ctx.tree();
  return view.base(head) !== 'conj' || view.head(head) === verb;
}

// how far after the act's head its "for <day>" may stand: "called a nationwide day of strikes and protests for"
const FOR_DAY_REACH = 8;

/**
 * "Unions called a general strike for September 18", "the opposition called a rally for Friday": the day an act is
 * called for, right after it in its clause, is still ahead, and the act planned (resolve/date-anchor.ts SCHEDULED_FOR).
 */
function calledForDay(ctx: SentenceContext, head: number): boolean {
  const t = ctx.doc.tokens;
  for (let k = head + 1; k < t.length && k <= head + FOR_DAY_REACH && t[k].sentence === t[head].sentence; k++) {
    // (a hyphen inside a word is none of the clause's punctuation: "a 48-hour strike for Friday")
    if (t[k].pos === 'PUNCT' && !(t[k].text === '-' && t[k - 1].end === t[k].start && t[k + 1]?.start === t[k].end) || t[k].pos === 'VERB' && k > head + 1) return false;
    if (t[k].lower === 'for') return SCHEDULED_FOR.test(ctx.doc.text.slice(t[k].start, t[k].start + 40));
  }
  return false;
}
