import type { Sentence, Token } from '../nlp/types.ts';
import type { EventPattern } from '../knowledge/types.ts';
import { formTable } from './morphology.ts';
import { isFiredMunition } from './fired-munition.ts';
import { followsBe, isAdjectiveAsNoun, isParticleCompound, isReducedPassive, isCompoundModifier, isHead, isVerbLike } from './token-shape.ts';
import { matchBackward, matchForward, PatternTries, type TrieMatch } from './pattern-trie.ts';
import { isCoordinatedVerbPair } from './coordinated-verb.ts';
import { sortInPlace } from './small-sort.ts';
import { isCollectiveNoun } from './gap-groups.ts';
import { passiveObjectFirst } from './passive-object-rank.ts';
import { verbReadingFirst } from './ing-reading-rank.ts';
import { chargeAfterParty, laysActOn } from './accused-twins.ts';
import { auxBefore, beforeRelativeClause, objectRelativeEnd } from './relative-window.ts';
export { beforeRelativeClause } from './relative-window.ts';

/** A pattern match in a sentence: tokens [start, end) and the head token (verb, or head noun). */
export interface Trigger {
  readonly pattern: EventPattern;
  readonly start: number;
  readonly end: number;
  readonly head: number;
  readonly tokens: readonly number[]; // the tokens the pattern consumed (gaps excluded)
  /** Set on a trigger found inside another's words: "accused India of killing ..." → the killing. */
  readonly nestedIn?: Trigger;
  /** "seized and burned the village": the verb's row took the object of the verb coordinated with it, which keeps its own trigger. */
  readonly sharesObject?: true;
  /** "the town, which rebels seized, was retaken": the row's object word is the noun a relative clause describes, which keeps its own role. */
  readonly relativeObject?: true;
  /** a reduced passive's row whose object words are the noun it describes ("a missile fired by X"): it owns only its verb */
  readonly describedObject?: true;
}

const NOUN_POS = new Set(['NOUN', 'PROPN']);
const NOUN_DETERMINERS = new Set(['DET', 'ADJ', 'PRON']);

// The tries of a pattern index (the index is built once per knowledge base and never changed).
const compiled = new WeakMap<ReadonlyMap<string, readonly EventPattern[]>, PatternTries>();
function triesOf(byFirst: ReadonlyMap<string, readonly EventPattern[]>): PatternTries {
  let tries = compiled.get(byFirst);
  if (!tries) compiled.set(byFirst, (tries = new PatternTries(byFirst)));
  return tries;
}

// scratch space reused across calls: the path being matched, and the matches at one head word
const path: number[] = [];
const atHead: TrieMatch[] = [];
const byRank = (a: TrieMatch, b: TrieMatch) => a.rank - b.rank;

/**
 * All pattern matches in a sentence; where matches overlap the one covering more pattern words wins
 * ("rocket attack" over "attack", "labour strike" over "strike"). `verbReading` is a second opinion on
 * whether a word acts as a verb (the dependency parse), asked only where the word tagger says it does not.
 */
export function findTriggers(tokens: readonly Token[], sentence: Sentence, byFirst: ReadonlyMap<string, readonly EventPattern[]>, verbReading?: (i: number) => boolean): Trigger[] {
  return longestMatches(triggerCandidates(tokens, sentence, byFirst, verbReading), tokens);
}

/**
 * Every pattern match in the sentence, overlapping ones included (findTriggers keeps the longest). Reading more
 * words as verbs only adds matches: the set with `verbReading` always true holds the one with any other reading.
 */
export function triggerCandidates(tokens: readonly Token[], sentence: Sentence, byFirst: ReadonlyMap<string, readonly EventPattern[]>, verbReading?: (i: number) => boolean, onlyAt?: number, nounsOnly = false): Trigger[] {
  const tries = triesOf(byFirst);
  const table = formTable(tokens);
  const candidates: Trigger[] = [];
  // `onlyAt`: the matches that start at that token (they depend on no other token's reading)
  for (let i = onlyAt ?? sentence.tokenStart; i < (onlyAt === undefined ? sentence.tokenEnd : onlyAt + 1); i++) {
    const heads = tries.headsOf(table.own(i));
    let verbLike: boolean | null = null;
    let afterBe = false;
    let reduced = false; // a passive participle describing the noun before it ("tents donated by Qatar")
    let verbAt = i; // the verb whose form and voice the verb rows read: the head, or the verb after a leading adverb
    let relative = false; // the backward matches are an object relative's, not a passive's
    const firstCandidate = candidates.length;
    // a token's forms in order, and each form's patterns in index order: the order ties are broken in
    for (let f = 0; f < heads.length; f++) {
      const head = heads[f];
      // `nounsOnly`: the noun matches alone, the same as among all matches (a match of one kind never hides one of the other here)
      if (!nounsOnly && verbLike === null && (head.verb !== null || head.passive !== null)) {
        // "have retaken a village", "a drone opening fire": the parse reads a verb the word tagger called a noun
        verbAt = adverbRowVerb(tokens, i, sentence);
        verbLike = isVerbLike(tokens, verbAt, sentence) || (verbReading?.(verbAt) ?? false);
        afterBe = verbLike && followsBe(tokens, verbAt, sentence);
        reduced = verbLike && !afterBe && isReducedPassive(tokens, verbAt, sentence);
      }
      atHead.length = 0;
      path.length = 0;
      path.push(i);
      if (!nounsOnly && head.verb && verbLike) matchForward(tokens, table, sentence.tokenEnd, head.verb, path, atHead);
      if (verbAt !== i) {
        // a row read at an adverb holds only when its verb step is the next word ("forcibly deported"), in either voice
        const subjectEnd = beforeRelativeClause(tokens, auxBefore(tokens, i, sentence), sentence.tokenStart);
        if (!nounsOnly && head.passiveAfterVerb && afterBe) matchBackward(table, Math.max(sentence.tokenStart, subjectEnd - 6), subjectEnd, head.passiveAfterVerb, path, atHead);
        keepAdverbRows(atHead, table.own(verbAt), verbAt);
      } else if (!nounsOnly && head.passive && (afterBe || reduced)) {
        const aux = auxBefore(tokens, i, sentence);
        // with no "be" the described noun itself ends the words the passive row may match
        const subjectEnd = reduced ? i : beforeRelativeClause(tokens, aux, sentence.tokenStart);
        const before = atHead.length;
        matchBackward(table, Math.max(sentence.tokenStart, subjectEnd - 6), subjectEnd, head.passive, path, atHead);
        // a reduced passive describes its noun (tree-actors.ts describesNoun): only goods given are told of as given
        if (reduced) keepGiving(atHead, before, tokens, i);
      } else if (!nounsOnly && head.passive && verbLike && !afterBe) {
        // "the town, which rebels seized": the noun an object relative clause describes holds the row's object words
        const relativeEnd = objectRelativeEnd(tokens, i, sentence);
        if ((relative = relativeEnd >= 0)) matchBackward(table, Math.max(sentence.tokenStart, relativeEnd - 6), relativeEnd, head.passive, path, atHead);
      }
      if (head.noun) matchForward(tokens, table, sentence.tokenEnd, head.noun, path, atHead);
      if (atHead.length === 0) continue;
      if (atHead.length > 1) sortInPlace(atHead, byRank);
      for (let m = 0; m < atHead.length; m++) {
        const match = atHead[m];
        const { pattern, tokens: consumed } = match;
        // a pattern indexed under two of this token's forms is tried once
        if (hasPattern(candidates, firstCandidate, pattern)) continue;
        if (pattern.kind === 'verb') {
          // the passive reading only when the active one fails
          if (match.passive && hasActive(atHead, pattern)) continue;
          // "Medicine was flown to the town": a row of the active voice ("fly to") has no passive form, which leaves the
          // word to the rows that have ("fly * medicine to")
          if (!match.passive && pattern.requiresActive && afterBe && !tokens[verbAt].lower.endsWith('ing')) continue;
          // "seized a Marshall Islands-flagged tanker": the object word of the row only modifies the real object
          if (consumed.length > 1 && isCompoundModifier(tokens, consumed[consumed.length - 1], sentence)) continue;
          const shares = !match.passive && consumed.length > 1 && consumed[1] > i + 2 && isCoordinatedVerbPair(tokens, i, sentence.tokenEnd);
          // only the object noun is shared: "deployed and forced to fire" is no "deploy * to"
          if (shares && !NOUN_POS.has(tokens[consumed[1]].pos)) continue;
          candidates.push({ pattern, start: i, end: match.passive ? verbAt + 1 : consumed[consumed.length - 1] + 1, head: verbAt, tokens: match.passive && verbAt !== i ? [i, verbAt, ...consumed.slice(1)] : consumed, ...(shares ? { sharesObject: true as const } : {}), ...(relative && match.passive ? { relativeObject: true as const } : {}), ...(reduced && match.passive ? { describedObject: true as const } : {}) });
          continue;
        }
        const last = consumed[consumed.length - 1];
        // "the fighting", "a stabbing": -ing nouns the tagger took for verbs
        // "the army's offensive against": an adjective with nothing to modify
        const nounLike = NOUN_POS.has(tokens[last].pos) || (tokens[last].lower.endsWith('ing') && NOUN_DETERMINERS.has(tokens[last - 1]?.pos ?? '')) || isAdjectiveAsNoun(tokens, last, sentence) || isParticleCompound(tokens, last, sentence);
        if (!nounLike || !isHead(tokens, last, sentence)) continue;
        // "police detained and beat dozens of protesters": a row's act word the tagger reads as a bare verb is no noun
        // ("the beating of protesters", "the killing of" have their determiner); the verb's own rows code it
        if (consumed.length > 1 && actWordIsVerb(tokens, i, sentence)) continue;
        candidates.push({ pattern, start: i, end: last + 1, head: last, tokens: consumed });
      }
    }
  }
  return candidates;
}

/**
 * Where matches overlap, the one covering more pattern words wins; in sentence order. A verb row that takes
 * the head word of an act of another kind as its object wins over it, however long: "repealed the foreign agents
 * law", "dismissed calls for early elections" — the act named as what the verb acts on is no event of its own (a
 * request or threat row wins with the act word alone: UNDONE_ACT_ROOTS).
 */
export function longestMatches(candidates: Trigger[], tokens?: readonly Token[]): Trigger[] {
  // one match or none (most sentences): nothing to weigh, no sets or sort
  if (candidates.length <= 1) return candidates.slice();
  if (tokens !== undefined) candidates = withoutLaterConjuncts(candidates, tokens);
  const actedOn = new Set<Trigger>();
  for (const v of candidates) {
    if (v.pattern.kind !== 'verb' || v.tokens.length < 2) continue;
    for (const n of candidates) {
      const takesAct = v.tokens.includes(n.head) || (n.pattern.kind === 'noun' && UNDONE_ACT_ROOTS.has(cameoRoot(v)) && v.tokens.includes(n.start));
      // of one kind too where the act noun is counted by a measure in the verb's gap ("hosted two rounds of talks")
      if (n !== v && n.head !== v.head && takesAct && !n.tokens.includes(v.head) && (cameoRoot(n) !== cameoRoot(v) || countedActTaken(v, n, tokens))) actedOn.add(n);
    }
  }
  if (actedOn.size) candidates = candidates.filter((c) => !actedOn.has(c));
  // on a tie of length the row whose object word comes first wins ("sent troops and tanks to": the troops are sent, the
  // tanks with them); on an exact tie the row that asks less wins: extra-verbs.tsv "counterattack" (no object needed) over the same word
  // in a verbs.tsv row that wants one ("the troops counterattacked"); two rows of one expansion share their code
  // a passive's object words outrank an active row's preposition ("diplomats were expelled from Prague": "expel * diplomat"
  // names who was sent away, "expel * from" only whence)
  sortInPlace(candidates, (a, b) => b.tokens.length - a.tokens.length || passiveObjectFirst(a, b, tokens) || (b.end - b.start) - (a.end - a.start) || a.start - b.start || (a.tokens[1] ?? 0) - (b.tokens[1] ?? 0) || verbReadingFirst(a, b, tokens) || Number(a.pattern.requiresObject) - Number(b.pattern.requiresObject));
  const taken = new Set<number>();
  const out: Trigger[] = [];
  for (const c of candidates) {
    // a row that took the coordinated verb's object holds only its own verb: the other verb keeps its trigger
    // a preposition serves the verb's row and the noun's after it: "chanted | demands for | the minister's resignation"
    const own = c.sharesObject || c.relativeObject || c.describedObject ? [c.head] : tokens === undefined ? c.tokens : c.tokens.filter((k) => k === c.head || tokens[k].pos !== 'ADP');
    if (own.some((k) => taken.has(k))) continue;
    own.forEach((k) => taken.add(k));
    out.push(c);
  }
  return sortInPlace(out, byStart);
}

const byStart = (a: Trigger, b: Trigger) => a.start - b.start;

/**
 * "seized the catch of Vietnamese fishermen": of two rows of one verb, the object word before an "of" phrase is what
 * the verb acts on, the later word its owner (so the catch is confiscated, no fishermen abducted).
 */
function ofPhraseBetween(tokens: readonly Token[], from: number, to: number): boolean {
  // (the later row's own word must follow the "of": "convicted a journalist of espionage" keeps its "convict * of" row)
  if (to <= from + 1 || tokens[from + 1]?.lower !== 'of' || isCollectiveNoun(tokens[from].lower)) return false; // ("dozens of protesters": a count, no object)
  for (let k = from + 2; k < to; k++) if (!LIST_POS.has(tokens[k].pos)) return false;
  return true;
}

/**
 * "cut off electricity and water to Gaza": two rows of one verb that differ by one object word, the two conjuncts of one
 * list ("cut off * electricity to", "cut off * water to"): the first conjunct names the act, as on a tie of length.
 */
function withoutLaterConjuncts(candidates: Trigger[], tokens: readonly Token[]): Trigger[] {
  const later = new Set<Trigger>();
  for (const a of candidates) {
    if (a.pattern.kind !== 'verb') continue;
    for (const b of candidates) {
      if (b === a || b.head !== a.head || b.pattern.kind !== 'verb') continue;
      // the one word each spells that the other does not: their object words
      const own = a.tokens.filter((k) => !b.tokens.includes(k));
      const other = b.tokens.filter((k) => !a.tokens.includes(k));
      if (own.length === 1 && other.length === 1 && own[0] < other[0] && (listBetween(tokens, own[0], other[0]) || ofPhraseBetween(tokens, own[0], other[0]))) later.add(b);
    }
  }
  return later.size === 0 ? candidates : candidates.filter((c) => !later.has(c));
}

// only a coordinator and nominal words between two objects: "electricity and water", "food, fuel and medicine"
const LIST_WORDS = new Set(['and', 'or', ',']);
const LIST_POS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN']);
function listBetween(tokens: readonly Token[], from: number, to: number): boolean {
  let joined = false;
  for (let k = from + 1; k < to; k++) {
    if (LIST_WORDS.has(tokens[k].lower)) joined = true;
    else if (!LIST_POS.has(tokens[k].pos)) return false;
  }
  return joined;
}

const cameoRoot = (t: Trigger) => t.pattern.cameo.slice(0, 2);
// a noun row of a measure "of" an act noun ("round of talks") whose act noun is the verb row's object word
const countedActTaken = (v: Trigger, n: Trigger, tokens: readonly Token[] | undefined) =>
  n.pattern.kind === 'noun' && n.start > v.head && v.tokens.includes(n.head) && tokens !== undefined && n.tokens.some((k) => tokens[k].lower === 'of');
// appeals, demands and threats: a request or threat row that takes the act word of a noun row ("called for the release
// of political prisoners", "urged the release of ...", "threatened to strike over unpaid wages") wins over it, as it
// wins over the noun's head: the act asked for or threatened is not done
const UNDONE_ACT_ROOTS = new Set(['02', '10', '13']);

// what opens a noun phrase before its act noun: "the", "their", "Monday's", "brutal", "two"
const OPENS_NOUN = new Set(['DET', 'ADJ', 'PRON', 'NUM', 'PART']);
/** The first word of a noun row is a finite verb in the tagger's reading, not an -ing form, with no noun opener before it. */
function actWordIsVerb(tokens: readonly Token[], i: number, sentence: Sentence): boolean {
  const t = tokens[i];
  return t.pos === 'VERB' && !t.lower.endsWith('ing') && i > sentence.tokenStart && !OPENS_NOUN.has(tokens[i - 1].pos);
}

function hasPattern(candidates: readonly Trigger[], from: number, pattern: EventPattern): boolean {
  for (let k = from; k < candidates.length; k++) if (candidates[k].pattern === pattern) return true;
  return false;
}

function hasActive(matches: readonly TrieMatch[], pattern: EventPattern): boolean {
  for (const m of matches) if (m.pattern === pattern && !m.passive) return true;
  return false;
}

/**
 * Events named inside a longer pattern after its "of"/"for": "accused India of killing two nationals",
 * "blamed Russia for the downing of a jet". The outer pattern codes the accusation; these code what is alleged.
 */
export function nestedTriggers(tokens: readonly Token[], sentence: Sentence, outer: Trigger, byFirst: ReadonlyMap<string, readonly EventPattern[]>): Trigger[] {
  // (the blame itself, "laid the blame", is the accusation's own word, no act laid; the act laid is inside its words,
  // or after the party's "for": "put the blame on the rebels for the attack", as "blamed X for")
  if (laysActOn(tokens, outer)) return [{ ...sentence, tokenStart: outer.head + 1, tokenEnd: outer.end }, chargeAfterParty(tokens, sentence, outer.end)].flatMap((part) => (part ? findTriggers(tokens, part, byFirst) : [])).filter((t) => !t.pattern.cameo.startsWith('11')).map((t) => ({ ...t, nestedIn: outer }));
  const link = outer.tokens.find((k, n) => n > 0 && (tokens[k].lower === 'of' || tokens[k].lower === 'for'));
  if (link === undefined) return [];
  return findTriggers(tokens, { ...sentence, tokenStart: link + 1 }, byFirst).map((t) => ({ ...t, nestedIn: outer }));
}

/**
 * "forcibly deported", "were publicly executed": a verb row that opens with an adverb (verbs.tsv "forcibly deport *
 * migrant") is read at the verb right after it, which is the trigger's head and whose form and voice decide; else `i`.
 */
export function adverbRowVerb(tokens: readonly Token[], i: number, sentence: Sentence): number {
  if (tokens[i].pos !== 'ADV' || i + 1 >= sentence.tokenEnd || isVerbLike(tokens, i, sentence)) return i;
  return isVerbLike(tokens, i + 1, sentence) ? i + 1 : i;
}

/** Keeps the matches of rows whose verb step is the word at `verb` (a passive's object words come before it). */
function keepAdverbRows(matches: TrieMatch[], verbForms: readonly string[], verb: number): void {
  let kept = 0;
  for (const m of matches) if (m.passive ? m.pattern.steps[1].lemmas.some((l) => verbForms.includes(l)) : m.tokens[1] === verb) matches[kept++] = m;
  matches.length = kept;
}

// CAMEO 07x: provide aid
const AID_CODE = /^07/;

/**
 * Drops the matches from `from` on that are no giving of aid (a reduced passive of any other act reports none), or
 * firing of a projectile by a named doer ("missiles fired by the Houthis at Riyadh": fired-munition.ts).
 */
function keepGiving(matches: TrieMatch[], from: number, tokens: readonly Token[], head: number): void {
  let kept = from;
  for (let m = from; m < matches.length; m++) {
    const { pattern, tokens: consumed } = matches[m];
    if (AID_CODE.test(pattern.cameo) || isFiredMunition(tokens, head, consumed, pattern.cameo)) matches[kept++] = matches[m];
  }
  matches.length = kept;
}
