import type { NormalizedText } from '../nlp/normalize.ts';
import { phraseKey, phraseWords } from './phrase-key.ts';
import type { KeyRange, PhraseEntry, PhraseTable } from './phrase-table.ts';

/** A gazetteer hit: `start`/`end` are offsets in the original text. */
export interface PhraseMatch<T> {
  readonly start: number;
  readonly end: number;
  readonly values: readonly T[];
}

interface TrieNode<T> {
  /** Children by next word; null on the many leaf nodes (a Map each would cost megabytes over 100,000 aliases). */
  next: Map<string, TrieNode<T>> | null;
  values: PhraseEntry<T>[];
}

interface Words {
  readonly starts: readonly number[];
  readonly ends: readonly number[];
  readonly words: readonly string[];
}

// The words of a normalised text, split once: every gazetteer (actors, roles, places) is matched
// against the same article.
const split = new WeakMap<NormalizedText, Words>();
function wordsOf(normalized: NormalizedText): Words {
  let found = split.get(normalized);
  if (found) return found;
  const { norm } = normalized;
  const starts: number[] = [];
  const ends: number[] = [];
  const words: string[] = [];
  // the runs of characters other than a space (a scan, not a regex: a match array per word was 4 % of what the coder allocates)
  for (let i = 0; i < norm.length; ) {
    if (norm.charCodeAt(i) === 32) {
      i++;
      continue;
    }
    let end = norm.indexOf(' ', i);
    if (end < 0) end = norm.length;
    starts.push(i);
    ends.push(end);
    words.push(norm.slice(i, end));
    i = end;
  }
  split.set(normalized, (found = { starts, ends, words }));
  return found;
}

/**
 * Word-level trie over normalised aliases: longest match wins, left to right.
 * Matching is diacritic-, case- and apostrophe-insensitive, and "al-Asad" = "Al Asad".
 * A frozen PhraseTable can sit beside the trie (`freeze`): its aliases count as added after the trie's.
 */
export class PhraseIndex<T> {
  private readonly root: TrieNode<T> = { next: new Map(), values: [] };
  private frozen: PhraseTable<T> | null = null;
  private added = 0;
  /** The first words of every alias, trie's and frozen table's: one lookup says a word starts none (made on first use). */
  private startWords: Set<string> | null = null;
  // the last text matched and its matches: the coder asks for the places of an article twice (sites, then places)
  private lastText: NormalizedText | null = null;
  private lastMatches: readonly PhraseMatch<T>[] = [];

  get size(): number {
    return this.added + this.frozenSize;
  }

  /** Aliases read from a frozen table (0 when everything sits in the trie). */
  get frozenSize(): number {
    return this.frozen?.size ?? 0;
  }

  add(alias: string, value: T): void {
    this.addUnless(alias, value, () => false);
  }

  /**
   * Adds the alias unless a value already under it passes `keep` (one walk of the trie: imported
   * dictionaries add tens of thousands of aliases under our own). Returns whether it was added.
   */
  addUnless(alias: string, value: T, keep: (existing: T) => boolean): boolean {
    if (this.frozen) throw new Error('a phrase index with a frozen table takes no more aliases');
    this.startWords = null;
    this.lastText = null;
    const { words, capitals, exactLetters } = phraseKey(alias);
    if (words.length === 0) return false;
    let node = this.root;
    for (const w of words) {
      node.next ??= new Map();
      let child = node.next.get(w);
      if (!child) node.next.set(w, (child = { next: null, values: [] }));
      node = child;
    }
    if (node.values.some((e) => keep(e.value))) return false;
    // a new array of one rather than push() on the empty one, which reserves room for 17 (5 MB over the trie)
    if (node.values.length === 0) node.values = [{ value, exactLetters, capitals }];
    else node.values.push({ value, exactLetters, capitals });
    this.added++;
    return true;
  }

  /** Adds a frozen table's aliases after all the trie's (the last aliases this index takes). */
  freeze(table: PhraseTable<T>): void {
    this.frozen = table;
    this.startWords = null;
    this.lastText = null;
  }

  /** True when some alias opens with `word` (lower case): "army" opens "army chief". */
  startsPhrase(word: string): boolean {
    return this.startWordSet().has(word);
  }

  private startWordSet(): Set<string> {
    if (this.startWords === null) {
      const set = new Set<string>(this.root.next?.keys() ?? []);
      this.frozen?.forEachFirstWord((w) => set.add(w));
      this.startWords = set;
    }
    return this.startWords;
  }

  /** Exact lookup of a whole name, e.g. for resolving a gold-file name. */
  lookup(name: string): readonly T[] {
    const words = phraseWords(name);
    let node: TrieNode<T> | undefined = this.root;
    for (const w of words) node = node?.next?.get(w);
    return [...(node?.values ?? []), ...(this.frozen?.lookup(words.join(' ')) ?? [])].map((e) => e.value);
  }

  /** Every alias in the text, longest first, left to right (`normalized` is `text` normalised). */
  findAll(text: string, normalized: NormalizedText): readonly PhraseMatch<T>[] {
    if (this.lastText !== normalized) {
      this.lastMatches = this.match(text, normalized);
      this.lastText = normalized;
    }
    return this.lastMatches;
  }

  private match(text: string, normalized: NormalizedText): PhraseMatch<T>[] {
    const { map } = normalized;
    const { starts, ends, words } = wordsOf(normalized);
    const { frozen } = this;
    const out: PhraseMatch<T>[] = [];
    const startWords = this.startWordSet();
    for (let i = 0; i < words.length; ) {
      // most words begin no alias: one lookup says so
      if (!startWords.has(words[i])) {
        i++;
        continue;
      }
      let node: TrieNode<T> | undefined = this.root;
      // the frozen table's keys that begin with words i..j (null once none does)
      let range: KeyRange | null = frozen?.everything() ?? null;
      let phrase = '';
      let best: { j: number; values: T[] } | null = null;
      for (let j = i; j < words.length && (node || range); j++) {
        node = node?.next?.get(words[j]);
        let entries: readonly PhraseEntry<T>[] = node?.values ?? [];
        if (frozen && range) {
          phrase = j === i ? words[j] : `${phrase} ${words[j]}`;
          const k = frozen.step(phrase, range);
          if (k >= 0) entries = entries.length ? [...entries, ...frozen.entries(k)] : frozen.entries(k);
          if (range.lo >= range.hi) range = null;
        }
        if (entries.length === 0) continue;
        // one pass, the surface letters read only for an alias that needs them: every candidate phrase of every article comes here
        let surface: string | null = null;
        const values: T[] = [];
        for (let k = 0; k < entries.length; k++) {
          const e = entries[k];
          if (e.exactLetters !== null && e.exactLetters !== (surface ??= text.slice(map[starts[i]], map[ends[j] - 1] + 1).replace(/[^A-Za-z]/g, ''))) continue;
          if (capitalsHeld(e.capitals, text, map, starts, i)) values.push(e.value);
        }
        if (values.length) best = { j, values };
      }
      if (best) {
        out.push({ start: map[starts[i]], end: map[ends[best.j] - 1] + 1, values: best.values });
        i = best.j + 1;
      } else i++;
    }
    return out;
  }
}

// Every word the alias capitalises starts without a lower-case letter in the text.
function capitalsHeld(capitals: number, text: string, map: ArrayLike<number>, starts: readonly number[], first: number): boolean {
  for (let k = 0; capitals >>> k !== 0; k++) if ((capitals >>> k) & 1 && LOWER.test(text[map[starts[first + k]]])) return false;
  return true;
}
const LOWER = /\p{Ll}/u;
