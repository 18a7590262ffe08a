import type { Token } from '../nlp/types.ts';
import type { EventPattern, PatternStep } from '../knowledge/types.ts';
import type { FormTable } from './morphology.ts';
import { isCountHedgeWord } from './quantifier.ts';
import { gapStops, IMPLICIT_GAP_POS, joinsGapNominals, joinsNominals, measureEnd } from './pattern-window.ts';
import { coordinatedVerbAt } from './coordinated-verb.ts';
import { groupEnd, insideCompound } from './gap-groups.ts';
import { prenominalParticiple } from './gap-participle.ts';
export { prenominalParticiple, joinsGapNominals, joinsNominals, measureEnd };

// The patterns compiled into one trie per head word, so matching at a token costs the same with
// 2,000 patterns as with 20,000. Every pattern step after the head is an edge; at a trie node the
// next words are looked up by the forms of the tokens in the window, not tried pattern by pattern.
// Matching is the same greedy search the patterns had one by one: each step takes the FIRST token
// in its window that has one of its words, and the window ends at the first token that may not sit
// inside the pattern ("fired two rockets at": DET/ADJ/NUM... between words; `*` up to four tokens
// that open no other phrase). Passive readings ("two diplomats were expelled" for `expel * diplomat`)
// have a trie of their own, over the object words, searched in the subject before the auxiliary.

export interface TrieNode {
  /** Patterns whose last step is this node, with their position in the head's pattern list. */
  readonly ends: Array<{ readonly pattern: EventPattern; readonly rank: number }>;
  /** Next steps without `*` before them, then with it: their windows and stops differ. */
  readonly tight: EdgeGroup;
  readonly gapped: EdgeGroup;
}

interface EdgeGroup {
  /** word → the edges whose step accepts it */
  readonly byWord: Map<string, Edge[]>;
  /** the step's words, sorted and joined → its edge (compiling only) */
  readonly byKey: Map<string, Edge>;
}

interface Edge {
  readonly node: TrieNode;
  /** the matching pass that last found this edge's word (see walk) */
  seen: number;
}

export interface HeadTries {
  readonly verb: TrieNode | null;
  readonly noun: TrieNode | null;
  /** verb patterns that name their object, keyed by object words: the passive reading */
  readonly passive: TrieNode | null;
  /** the same after the first of those steps, for a row that opens with its verb's adverb ("were forcibly deported") */
  readonly passiveAfterVerb: TrieNode | null;
}

const newNode = (): TrieNode => ({ ends: [], tight: newGroup(), gapped: newGroup() });
const newGroup = (): EdgeGroup => ({ byWord: new Map(), byKey: new Map() });

function addPath(root: TrieNode, steps: readonly PatternStep[], pattern: EventPattern, rank: number, ignoreGaps: boolean): void {
  let node = root;
  for (const step of steps) {
    const group = !ignoreGaps && step.gapBefore ? node.gapped : node.tight;
    node = childFor(group, step.lemmas);
  }
  node.ends.push({ pattern, rank });
}

// Steps with the same words share an edge (and so everything matched after it).
function childFor(group: EdgeGroup, lemmas: readonly string[]): TrieNode {
  const words = [...new Set(lemmas)].sort();
  const key = words.join('|');
  const existing = group.byKey.get(key);
  if (existing) return existing.node;
  const edge: Edge = { node: newNode(), seen: -1 };
  group.byKey.set(key, edge);
  for (const word of words) {
    const list = group.byWord.get(word);
    if (list) list.push(edge);
    else group.byWord.set(word, [edge]);
  }
  return edge.node;
}

// Words a pattern may end on that name where or to whom, not what: a passive reading needs none of them before
// its verb. Places count as much as receivers: "troops were sent near the border" reads `send * troop to|near`.
export const PATTERN_PREPOSITIONS: ReadonlySet<string> = new Set(['to', 'on', 'at', 'with', 'from', 'for', 'against', 'into', 'over', 'of', 'in', 'by', 'about', 'toward', 'towards', 'across', 'upon', 'off', 'out', 'up',
  'near', 'along', 'around', 'through', 'behind', 'outside', 'inside', 'onto', 'past', 'between', 'under', 'atop', 'beyond', 'within', 'alongside']);
const isPrepositions = (s: PatternStep) => s.lemmas.every((l) => PATTERN_PREPOSITIONS.has(l));

/**
 * The object words a passive reading looks for, or null when the pattern has none, or has words
 * other than trailing prepositions that are not objects ("accuse * of").
 */
function passiveSteps(pattern: EventPattern): PatternStep[] | null {
  if (pattern.particleMoved) return null; // ("were pushed back": the row's own reading has none either)
  const objectSteps = pattern.steps.slice(1).filter((s) => !isPrepositions(s));
  let trailing = 0;
  for (let k = pattern.steps.length - 1; k > 0 && isPrepositions(pattern.steps[k]); k--) trailing++;
  if (objectSteps.length === 0 || objectSteps.length !== pattern.steps.length - 1 - trailing) return null;
  return objectSteps;
}

/**
 * The tries of every head word, each compiled the first time a text has that word: compiling all
 * of them costs about a second of CPU for 9,000 patterns (each pattern is filed under every word of
 * its first step), and most heads are rare.
 */
export class PatternTries {
  // every head word from the start (null until its tries are compiled): one lookup answers most words, which
  // head nothing, and the map holds head words only, not every word a long ingest has seen
  private readonly heads = new Map<string, HeadTries | null>();

  constructor(private readonly byFirst: ReadonlyMap<string, readonly EventPattern[]>) {
    for (const word of byFirst.keys()) this.heads.set(word, null);
  }

  // a token's forms array is shared by every token of the same word and lemma (morphology.ts): its head tries
  // are looked up once per word, not once per token
  private readonly byForms = new WeakMap<readonly string[], readonly HeadTries[]>();

  /** The tries of each of a word's forms that heads patterns, in the forms' order. */
  headsOf(forms: readonly string[]): readonly HeadTries[] {
    let heads = this.byForms.get(forms);
    if (heads === undefined) {
      const found: HeadTries[] = [];
      for (let f = 0; f < forms.length; f++) {
        const tries = this.head(forms[f]);
        if (tries !== null) found.push(tries);
      }
      this.byForms.set(forms, (heads = found.length === 0 ? NO_HEADS : found));
    }
    return heads;
  }

  /** The tries for patterns whose first step accepts `word`, or null when none does. */
  head(word: string): HeadTries | null {
    const tries = this.heads.get(word);
    if (tries !== null) return tries ?? null;
    const compiled = compileHead(this.byFirst.get(word)!);
    this.heads.set(word, compiled);
    return compiled;
  }
}

const NO_HEADS: readonly HeadTries[] = [];

function compileHead(patterns: readonly EventPattern[]): HeadTries {
  let verb: TrieNode | null = null;
  let noun: TrieNode | null = null;
  let passive: TrieNode | null = null;
  let passiveAfterVerb: TrieNode | null = null;
  patterns.forEach((pattern, rank) => {
    if (pattern.kind === 'verb') {
      addPath((verb ??= newNode()), pattern.steps.slice(1), pattern, rank, false);
      const objects = passiveSteps(pattern);
      if (objects) addPath((passive ??= newNode()), objects, pattern, rank, true);
      if (objects && objects.length > 1 && objects[0] === pattern.steps[1] && !pattern.steps[1].gapBefore) addPath((passiveAfterVerb ??= newNode()), objects.slice(1), pattern, rank, true);
    } else {
      addPath((noun ??= newNode()), pattern.steps.slice(1), pattern, rank, false);
    }
  });
  return { verb, noun, passive, passiveAfterVerb };
}

/** A pattern matched at a head: the tokens its steps consumed, head first. */
export interface TrieMatch {
  readonly pattern: EventPattern;
  readonly rank: number;
  readonly tokens: number[];
  /** found by matchBackward: the object words before a passive verb */
  readonly passive: boolean;
}

export const MAX_GAP = 4;
const NO_WORDS: readonly string[] = [];
let pass = 0;

/**
 * Every pattern of the trie that matches with its head at `head`: later steps in order in the
 * tokens [head + 1, end). `consumed` is scratch space (the path so far); matches get copies.
 */
export function matchForward(tokens: readonly Token[], forms: FormTable, end: number, node: TrieNode, consumed: number[], out: TrieMatch[]): void {
  const { ends } = node;
  for (let k = 0; k < ends.length; k++) out.push({ pattern: ends[k].pattern, rank: ends[k].rank, tokens: consumed.slice(), passive: false });
  const pos = consumed[consumed.length - 1] + 1;
  if (node.tight.byWord.size > 0) scan(tokens, forms, pos, Math.min(end, pos + 3), node.tight, false, end, consumed, out);
  if (node.gapped.byWord.size > 0) scan(tokens, forms, pos, Math.min(end, pos + MAX_GAP + 1), node.gapped, true, end, consumed, out);
}

/** The passive reading: object words in order in [from, aux), anywhere (no window, no stops). */
export function matchBackward(forms: FormTable, from: number, aux: number, node: TrieNode, consumed: number[], out: TrieMatch[]): void {
  const { ends } = node;
  for (let k = 0; k < ends.length; k++) out.push({ pattern: ends[k].pattern, rank: ends[k].rank, tokens: consumed.slice(), passive: true });
  if (node.tight.byWord.size === 0) return;
  const stamp = ++pass;
  for (let j = from; j < aux; j++) {
    const words = forms.at(j);
    for (let f = 0; f < words.length; f++) {
      const edges = node.tight.byWord.get(words[f]);
      if (edges === undefined) continue;
      for (let e = 0; e < edges.length; e++) {
        const edge = edges[e];
        if (edge.seen === stamp) continue;
        edge.seen = stamp;
        consumed.push(j);
        matchBackward(forms, j + 1, aux, edge.node, consumed, out);
        consumed.pop();
      }
    }
  }
}

// Each edge takes the first token in [pos, stop) that has one of its words; the window closes
// early at a token that may not sit inside the pattern (after that token is tried as a word).
function scan(tokens: readonly Token[], forms: FormTable, pos: number, stop: number, group: EdgeGroup, gap: boolean, end: number, consumed: number[], out: TrieMatch[]): void {
  const stamp = ++pass;
  let measure = -1; // the end of an amount inside a gap, which counts as one word
  let compound = -1; // the end of a collective or hyphenated compound
  for (let j = pos; j < stop; j++) {
    const amount = gap && (tokens[j].pos === 'NUM' || tokens[j].pos === 'SYM');
    if (j >= measure && (amount || groupEnd(tokens, j, end, gap) > j)) {
      measure = amount ? measureEnd(tokens, j, end) : groupEnd(tokens, j, end, gap);
      stop = Math.min(end, stop + measure - j - 1);
      compound = amount ? -1 : measure;
    }
    // "seized and burned the village": the coordinator and the second verb are passed over, neither word nor stop
    if (gap && coordinatedVerbAt(tokens, consumed, j, end)) continue;
    const t = tokens[j];
    // ("made what he called a historic visit": the verb of a free relative opened by "what" in the gap is no word of the row)
    const words = insideCompound(tokens, j, compound) || gap && freeRelativeVerb(tokens, pos, j) ? NO_WORDS : forms.at(j);
    for (let f = 0; f < words.length; f++) {
      const edges = group.byWord.get(words[f]);
      if (edges === undefined) continue;
      for (let e = 0; e < edges.length; e++) {
        const edge = edges[e];
        if (edge.seen === stamp) continue;
        edge.seen = stamp;
        consumed.push(j);
        matchForward(tokens, forms, end, edge.node, consumed, out);
        consumed.pop();
      }
    }
    const joins = gap ? joinsGapNominals(tokens, j, end) || joinsPatternWord(tokens, forms, group, j, end) : joinsNominals(tokens, j, end);
    if (j < measure ? false : gap ? gapStops(tokens, j, end) && !joins : !IMPLICIT_GAP_POS.has(t.pos) && !isCountHedgeWord(tokens, j, end) && !joins) break;
    // "sent troops and tanks to", "delivered food, water and medicine to", "sending experts and vaccine doses to": each
    // conjunct widens the window, inside a gap as after the pattern's last word
    if (joins) stop = Math.min(end, stop + 2);
  }
}

// "used batons and tear gas on": a conjunct that is the pattern's own next word, before a noun, is a nominal whatever its
// tag ("tear" as a verb); "arrests made last week and called for": a verb of its own opens a clause
const joinsPatternWord = (tokens: readonly Token[], forms: FormTable, group: EdgeGroup, j: number, end: number) =>
  (tokens[j].lower === 'and' || tokens[j].lower === 'or') && tokens[j - 1]?.pos === 'NOUN' && j + 3 < end && tokens[j + 2].pos === 'NOUN' && !VERB_OR_AUX.has(tokens[j + 3].pos) && !tokens[j + 1].lower.endsWith('ed') && forms.at(j + 1).some((w) => group.byWord.has(w));
const VERB_OR_AUX = new Set(['VERB', 'AUX']); // "a report and food prices rose": the conjunct opens a clause

/** A verb at `j` after a "what" inside the gap that began at `from` ("what he called", "what officials described"). */
function freeRelativeVerb(tokens: readonly Token[], from: number, j: number): boolean {
  if (tokens[j].pos !== 'VERB') return false;
  for (let k = j - 1; k >= from; k--) if (tokens[k].lower === 'what') return true;
  return false;
}
