import type { Candidate } from '../extract/candidate.ts';
import type { SentenceContext } from '../extract/context.ts';
import type { TreeView } from '../extract/tree-roles/index.ts';
import type { CueEntry } from '../knowledge/types.ts';
import { backgroundCue, descriptionOf, isSaidRelative } from '../extract/tree-clauses/index.ts';
import { identifyingRelative } from './identifying-relative.ts';
import { cuePhrases } from '../extract/cue-groups.ts';
import { isPerceivedAct } from './perceived-act.ts';
import { isReducedRelative } from './reduced-relative.ts';
import { isHabitualPresent } from './habitual-present.ts';
import { completesContribution } from '../extract/tree-roles/intent-possessor.ts';
import { RELATIVE_DEED_RULE } from './refiners.ts';
import { datedSettingCue, datedHistoryCue, isLead } from './dated-history.ts';
import { previousOccasion } from './previous-occasion.ts';

/**
 * Generic, habitual or durative background is no event (data/lexicon/background-cues.tsv, read on the tree):
 * "Militias have repeatedly attacked bases", "the group has long targeted Christians",
 * "the rebels have been fighting the government since 1964", "the two armies have clashed for decades"; and a practice
 * told in the simple present ("says it only attacks terrorists", core/habitual-present.ts).
 */
export function withoutBackground(ctx: SentenceContext, view: () => TreeView, candidates: readonly Candidate[], onDrop?: (c: Candidate, reason: string) => void): Candidate[] {
  return candidates.filter((c) => {
    const cue = backgroundCue(view(), c.trigger.head, ctx.kb.lexicon.backgroundCues) ?? circumstanceCue(view(), c.trigger.head, ctx.kb.lexicon.backgroundCues) ?? datedSettingCue(view(), c.trigger.head, ctx.kb.lexicon.backgroundCues, ctx.published) ?? (isLead(ctx) ? null : datedHistoryCue(view(), c.trigger.head, cuePhrases(ctx.kb.lexicon.backgroundCues, 'dated-occasion'), ctx.published) ?? previousOccasion(view(), c.trigger.head, ctx.kb.lexicon.backgroundCues)) ?? witnessedRecord(view(), c.trigger.head, ctx.kb.lexicon.backgroundCues) ?? (isHabitualPresent(view(), c, ctx.kb.lexicon.reporting) ? 'habitual-present' : null);
    if (cue === null) return true;
    onDrop?.(c, `candidate:tree-background:${cue}`);
    return false;
  });
}

// "The district has seen frequent militant attacks", "The country has seen nine coups since independence": act nouns a
// place or a time has witnessed, counted or called frequent, or in the perfect, tally many occasions (coding guide
// rule 1: generic statistics); background-cues.tsv record-verb and record-count
function witnessedRecord(view: TreeView, head: number, cues: readonly CueEntry[]): string | null {
  if (!view.has(head) || view.upos(head) !== 'NOUN' || view.base(head) !== 'obj') return null;
  const verb = view.head(head);
  if (verb < 0 || !cuePhrases(cues, 'record-verb').has(view.tokens[verb].lemma)) return null;
  const perfect = view.childrenWith(verb, 'aux').some((a) => ['have', 'has', 'had'].includes(view.tokens[a].lower));
  const counted = view.childrenWith(head, 'nummod').length > 0 || view.childrenWith(head, 'amod').some((a) => cuePhrases(cues, 'record-count').has(view.tokens[a].lemma));
  return perfect || counted ? `record ${view.tokens[verb].lemma}` : null;
}

/**
 * A verb that only describes a participant is no event: "Hezbollah, which is backed by Iran, ...",
 * "the group, which has attacked bases across the north, ...", "a coalition fighting in Yemen said ...", "praised Qatar's
 * role in mediating the deal" (a part taken, tree-roles/intent-possessor.ts), "fired on demonstrators who tried to storm
 * the parliament" (identifying-relative.ts).
 */
export function withoutDescriptions(ctx: SentenceContext, view: () => TreeView, candidates: readonly Candidate[], onDrop?: (c: Candidate, reason: string) => void): Candidate[] {
  return candidates.filter((c) => {
    // "officers it says were invited": the complement of a relative clause's verb of saying describes its noun
    const kind = c.trigger.pattern.kind === 'verb' ? descriptionOf(view(), c.trigger.head, ctx.kb.lexicon) ?? identifyingRelative(view(), c, ctx.kb.lexicon.clauseCues) ?? (isSaidRelative(view(), c.trigger.head, ctx.kb.lexicon.reporting) ? 'said-relative' : null) ?? reducedRelative(view(), c, ctx.kb.lexicon.reporting) ?? chargedParticiple(ctx, c) ?? (view().has(c.trigger.head) && completesContribution(view(), c.trigger.head) ? 'part-taken' : null) : null;
    // "saw troops firing on the crowd": what is seen happening is the act itself
    if (kind === null && isSetOffRelative(view(), c.trigger.head)) c.rules.push(RELATIVE_DEED_RULE); // a deed of its own (refiners.ts)
    if (kind === null || (kind === 'participle' || kind === 'reduced-relative') && isPerceivedAct(view(), c.trigger.head, ctx.kb.lexicon.clauseCues)) return true;
    // "Protesters demanding his resignation marched": a demand told of the group that makes it is still voiced by it
    if (kind === 'participle' && c.info.type === 'REQUEST' && c.actors.length > 0) return true;
    onDrop?.(c, `candidate:tree-description:${kind}`);
    return false;
  });
}

// a material act (quad class 2 or 4) told in a reduced relative describes its doer; a demand or a protest there
// ("protesters demanding his release") still voices it
const reducedRelative = (view: TreeView, c: Candidate, reporting: ReadonlyMap<string, string>) => (c.info.quadClass === 2 || c.info.quadClass === 4) && isReducedRelative(view, c.trigger.head, reporting) ? 'reduced-relative' : null;

/**
 * "rebels accused of attacking a convoy", "two journalists charged with spying": the participle of a charge right after
 * the noun it describes says what that noun is charged with, by nobody named; it is no accusation by the clause's
 * subject, nor by the noun (src/provenance/impersonal-passive.ts makes the charged act alleged).
 */
function chargedParticiple(ctx: SentenceContext, c: Candidate): string | null {
  const t = ctx.doc.tokens, head = c.trigger.head;
  if (c.info.type !== 'ACCUSE' || head <= ctx.sentence.tokenStart || !/ed$/.test(t[head].lower)) return null;
  const noun = t[head - 1], next = t[head + 1];
  // ("the RSF, which the army accused of shelling": a noun that is the verb's subject makes it a finite verb)
  if (ctx.tree().childrenWith(head, 'nsubj').includes(head - 1)) return null;
  return (noun.pos === 'NOUN' || noun.pos === 'PROPN') && (next?.lower === 'of' || next?.lower === 'with') ? 'charged-participle' : null;
}

// a relative clause or a coordination inside the circumstance is still part of it; deeper than this the parse is lost
const MAX_CLIMB = 12;

/**
 * What a circumstance preposition governs is the setting of the sentence's news, not news of its own
 * (background-cues.tsv, where = circumstance): "Kuleba rejected calls for talks amid the Russian invasion",
 * "The attacks come amid turmoil in the country, which has seen a continuing battle against al-Qaida",
 * "Police fired tear gas amid an escalation of clashes". The act at `head` or any phrase above it may be the one marked.
 */
export function circumstanceCue(view: TreeView, head: number, cues: readonly CueEntry[]): string | null {
  const markers = cuePhrases(cues, 'circumstance');
  if (view.has(head) && !mayHaveCue(view, gateCues(cues, markers))) return null;
  for (let n = head, hops = 0; n >= 0 && hops < MAX_CLIMB; n = view.head(n), hops++) {
    // the tagger may not take "amid" for a preposition (a verb heading "invasion", an adverb beside "turmoil"):
    // then the phrase is the one that starts right after it
    const before = view.tokens[view.span(n)[0] - 1]?.lower;
    const marker = before !== undefined && markers.has(before) ? before : openingCue(view, view.span(n)[0], markers) ?? view.marker(n);
    if (marker !== null && markers.has(marker)) return `circumstance ${marker}`;
    const compound = compoundMarker(view, n, markers);
    if (compound !== null) return `circumstance ${compound}`;
    const anniversary = anniversaryCue(view, n, cues);
    if (anniversary !== null) return `anniversary ${anniversary}`;
    // "amid rumours that the army had bombed a camp": a noun's that-clause is what the noun reports, not its setting
    if (view.label(n) === 'acl' && view.marker(n) === 'that') return null;
  }
  return null;
}

// the circumstance and anniversary cues together, once per cue list: a sentence with none of their words has no such setting
const GATES = new WeakMap<readonly CueEntry[], ReadonlySet<string>>();
function gateCues(cues: readonly CueEntry[], markers: ReadonlySet<string>): ReadonlySet<string> {
  let gate = GATES.get(cues);
  if (gate === undefined) GATES.set(cues, (gate = new Set([...markers, ...cuePhrases(cues, 'anniversary')])));
  return gate;
}

/**
 * "Three years after Russia invaded Ukraine", "a decade since the army seized power": a clause or phrase opened by
 * "after" or "since" with a span of years just before it is the anniversary the news is measured from
 * (background-cues.tsv, where = anniversary); "two days after militants attacked the base" stays news.
 */
function anniversaryCue(view: TreeView, n: number, cues: readonly CueEntry[]): string | null {
  const marker = view.marker(n);
  if (marker !== 'after' && marker !== 'since') return null;
  const m = view.childrenWith(n, 'mark', 'case').find((k) => view.tokens[k].lower === marker);
  if (m === undefined) return null;
  // ("Tensions rose last year after Poland accused Russia": "last year" dates the clause's own verb, no span measured)
  for (const [cue, words] of multiWords(cuePhrases(cues, 'anniversary'))) if (wordsEndAt(view.tokens, m + 1, words) && !DEICTIC.has(view.tokens[m - words.length]?.lower ?? '')) return cue;
  return null;
}
// the words that make "year" a date of the clause's own ("last year", "this year", "next year", "the same year")
const DEICTIC = new Set(['last', 'this', 'next', 'same', 'previous', 'past']);

/**
 * A preposition of several words that the parse splits: "ahead of a planned protest" (the phrase hangs on "ahead"),
 * "in the run-up to the vote", "in anticipation of talks" (on the noun "run-up" or "anticipation").
 */
function compoundMarker(view: TreeView, n: number, markers: ReadonlySet<string>): string | null {
  const marker = view.marker(n);
  const head = view.head(n);
  if (marker === null || head < 0) return null;
  const word = view.tokens[head].lower;
  const outer = view.marker(head);
  const det = view.childrenWith(head, 'det').map((d) => view.tokens[d].lower);
  const phrases = [`${word} ${marker}`, ...(outer !== null ? [`${outer} ${word} ${marker}`, `${outer} ${[...det, word].join(' ')} ${marker}`] : [])];
  return phrases.find((p) => markers.has(p)) ?? null;
}

// each marker set's cues of several words, split once: this runs for every node on every walk
const multiWordCues = new WeakMap<ReadonlySet<string>, ReadonlyArray<readonly [string, readonly string[]]>>();

/** A cue of several words ("in the wake of") that ends right before the phrase at `start` or as its case word, or null. */
function openingCue(view: TreeView, start: number, markers: ReadonlySet<string>): string | null {
  for (const [cue, words] of multiWords(markers)) {
    for (let end = start; end <= start + 1; end++) if (end >= words.length && wordsEndAt(view.tokens, end, words)) return cue;
  }
  return null;
}

// the cues of several words, split once per cue set
function multiWords(markers: ReadonlySet<string>): ReadonlyArray<readonly [string, readonly string[]]> {
  let cues = multiWordCues.get(markers);
  if (cues === undefined) multiWordCues.set(markers, (cues = [...markers].map((cue) => [cue, cue.split(' ')] as const).filter(([, words]) => words.length >= 2)));
  return cues;
}

// a loop, not `every` with a closure: this runs for every cue at every clause the background readers visit
function wordsEndAt(tokens: TreeView['tokens'], end: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (tokens[end - words.length + k]?.lower !== words[k]) return false;
  return true;
}

/**
 * Whether a circumstance cue could be found in this tree, answered once per tree: every candidate asks, and the
 * climb was ~0.8 % of the coder's CPU, where most sentences have no "amid" or "ahead of" at all. Each cue found
 * above is made of the lower-case words of tokens of the tree, or of the few before it (a cue ending right before a
 * phrase), each word a token: a cue with a word missing there cannot be found. A tree with an arc leaving it (the
 * climb would go on outside) is always read in full.
 */
const cueInTree = new WeakMap<TreeView, { markers: ReadonlySet<string>; may: boolean }>();
// each cue's words and the longest cue's length, split once per cue set (the set never changes once loaded), not per tree
const splitCues = new WeakMap<ReadonlySet<string>, { cueWords: readonly (readonly string[])[]; longest: number; anyWord: ReadonlySet<string> }>();
function cueWordsOf(markers: ReadonlySet<string>): { cueWords: readonly (readonly string[])[]; longest: number; anyWord: ReadonlySet<string> } {
  let split = splitCues.get(markers);
  if (split === undefined) {
    const cueWords = [...markers].map((m) => m.split(' '));
    splitCues.set(markers, (split = { cueWords, longest: Math.max(0, ...cueWords.map((w) => w.length)), anyWord: new Set(cueWords.flat()) }));
  }
  return split;
}
function mayHaveCue(view: TreeView, markers: ReadonlySet<string>): boolean {
  const known = cueInTree.get(view);
  if (known !== undefined && known.markers === markers) return known.may;
  const { offset, heads } = view.tree;
  const end = offset + heads.length;
  let may = false;
  for (let k = 0; k < heads.length && !may; k++) may = heads[k] >= 0 && (heads[k] < offset || heads[k] >= end);
  if (!may) {
    const { cueWords, longest, anyWord } = cueWordsOf(markers);
    // only the words that are some cue's: the others cannot complete one (most sentences hold none, and make no set)
    let words: Set<string> | null = null;
    for (let i = Math.max(0, offset - longest - 1); i < Math.min(view.tokens.length, end + 1); i++) {
      const word = view.tokens[i].lower;
      if (anyWord.has(word)) (words ??= new Set()).add(word);
    }
    const found = words;
    may = found !== null && cueWords.some((w) => w.every((word) => found.has(word)));
  }
  cueInTree.set(view, { markers, may });
  return may;
}

/**
 * "Boko Haram, which has seized much of Borno state, ...": the verb opens a relative clause set off by a comma, in the
 * present perfect (a record's deed; "Al-Shabab, which claimed the attack, said it killed 50" tells the main clause's act).
 */
function isSetOffRelative(view: TreeView, verb: number): boolean {
  if (!view.has(verb) || view.label(verb) !== 'acl:relcl' || !view.childrenWith(verb, 'aux').some((k) => /^ha(s|ve)$/i.test(view.tokens[k].lower))) return false;
  const opener = view.children(verb).find((k) => k < verb && /^(which|who|whom)$/i.test(view.tokens[k].lower));
  return opener !== undefined && view.tokens[opener - 1]?.text === ',';
}
