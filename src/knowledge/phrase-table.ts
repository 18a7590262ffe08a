import { phraseKey } from './phrase-key.ts';
import { SortedKeys } from './sorted-keys.ts';

// The frozen part of a gazetteer: aliases filed once, saved in a cache (packed-file.ts) and read back
// as a few typed arrays, their values made only when the text names them. The 24,000 PETRARCH names
// live here instead of as trie nodes and entry objects (see load-dictionary.ts).

export interface PhraseEntry<T> {
  readonly value: T;
  readonly capitals: number;
  readonly exactLetters: string | null;
}

/**
 * Key k (sorted normalised words, space-separated) holds entries entryStarts[k]..entryStarts[k + 1]:
 * each a `ref` the owner turns into a value, the alias's capitals bits, and for the few acronyms
 * (entry indexes in `acronymEntries`) the letters they must match.
 */
export interface PackedPhrases {
  readonly keys: string;
  readonly keyStarts: Uint32Array;
  readonly entryStarts: Uint32Array;
  readonly refs: Int32Array;
  readonly capitals: Int32Array;
  readonly acronymEntries: Uint32Array;
  readonly acronyms: readonly string[];
}

/** Aliases with their refs, in the order they were added (entries under one key keep that order). */
export function packPhrases(added: ReadonlyArray<{ readonly alias: string; readonly ref: number }>): PackedPhrases {
  const byKey = new Map<string, Array<{ ref: number; capitals: number; exactLetters: string | null }>>();
  for (const { alias, ref } of added) {
    const { words, capitals, exactLetters } = phraseKey(alias);
    if (words.length === 0) continue;
    const key = words.join(' ');
    const list = byKey.get(key);
    if (list) list.push({ ref, capitals, exactLetters });
    else byKey.set(key, [{ ref, capitals, exactLetters }]);
  }
  const sorted = SortedKeys.fromSorted([...byKey.keys()].sort());
  const entryStarts = new Uint32Array(sorted.size + 1);
  const refs: number[] = [];
  const capitals: number[] = [];
  const acronymEntries: number[] = [];
  const acronyms: string[] = [];
  for (let k = 0; k < sorted.size; k++) {
    entryStarts[k] = refs.length;
    for (const e of byKey.get(sorted.at(k)) ?? []) {
      if (e.exactLetters !== null) {
        acronymEntries.push(refs.length);
        acronyms.push(e.exactLetters);
      }
      refs.push(e.ref);
      capitals.push(e.capitals);
    }
  }
  entryStarts[sorted.size] = refs.length;
  return {
    keys: sorted.text, keyStarts: sorted.starts, entryStarts, refs: Int32Array.from(refs), capitals: Int32Array.from(capitals),
    acronymEntries: Uint32Array.from(acronymEntries), acronyms,
  };
}

/** Keys [lo, hi) of a PhraseTable: those that continue the words walked so far. */
export interface KeyRange {
  lo: number;
  hi: number;
}

export class PhraseTable<T> {
  private readonly keys: SortedKeys;
  private readonly acronyms: Map<number, string>;
  private readonly values = new Map<number, T>();
  private readonly entriesOf = new Map<number, readonly PhraseEntry<T>[]>();
  /**
   * The keys each first word begins, as [firstKey[i], firstKey[i + 1]) for the word's number i: most words of a text
   * start none, and a Map says so (and where a walk goes on) faster than a search of the whole table.
   */
  private firstWords: Map<string, number> | null = null;
  private firstKey: Uint32Array | null = null;

  /** `valueOf(ref)` is called once per ref, the first time an alias with it is matched. */
  constructor(private readonly packed: PackedPhrases, private readonly valueOf: (ref: number) => T) {
    this.keys = new SortedKeys(packed.keys, packed.keyStarts);
    this.acronyms = new Map(Array.from(packed.acronymEntries, (e, i) => [e, packed.acronyms[i]]));
  }

  get size(): number {
    return this.packed.refs.length;
  }

  /** The whole table: where a walk starts. */
  everything(): KeyRange {
    return { lo: 0, hi: this.keys.size };
  }

  /**
   * One word further: `phrase` is the words walked so far, whose continuations `range` holds. Narrows
   * `range` to the keys that go on past `phrase` (empty: stop walking) and returns the key equal to it, or -1.
   */
  step(phrase: string, range: KeyRange): number {
    const { keys } = this;
    if (range.hi - range.lo === keys.size) {
      // the first word: its keys are one run, the word alone first if it is a key, then the words that go on after it
      const i = this.firstWordMap().get(phrase);
      if (i === undefined) {
        range.hi = range.lo;
        return -1;
      }
      const first = this.firstKey![i], end = this.firstKey![i + 1];
      const exact = keys.compare(first, phrase) === 0 ? first : -1;
      range.lo = exact >= 0 ? first + 1 : first;
      range.hi = end;
      return exact;
    }
    const k = keys.lowerBound(phrase, range.lo, range.hi);
    const exact = k < range.hi && keys.compare(k, phrase) === 0 ? k : -1;
    // keys that go on are exactly those in ["phrase ", "phrase!") (' ' separates words, '!' comes next),
    // and the first of them, if any, follows "phrase" itself: most words stop here after one search
    const lo = exact >= 0 ? k + 1 : k;
    const goesOn = `${phrase} `;
    range.hi = lo < range.hi && keys.startsWith(lo, goesOn) ? keys.lowerBound(`${phrase}!`, lo, range.hi) : lo;
    range.lo = lo;
    return exact;
  }

  /** Whether some key begins with the word `word`. */
  startsSomeKey(word: string): boolean {
    return this.firstWordMap().has(word);
  }

  /** Calls `see` with the first word of every key (once each). */
  forEachFirstWord(see: (word: string) => void): void {
    for (const word of this.firstWordMap().keys()) see(word);
  }

  // Keys sorted, the keys of one first word are one run: "word" < "word ..." < "word!..." < "worda ..." (' ' sorts before
  // every character of a normalised word), so a first word's run ends where the next first word's begins.
  private firstWordMap(): Map<string, number> {
    if (!this.firstWords) {
      const words = new Map<string, number>();
      const starts: number[] = [];
      let last: string | null = null;
      for (let k = 0; k < this.keys.size; k++) {
        const key = this.keys.at(k);
        const space = key.indexOf(' ');
        const word = space < 0 ? key : key.slice(0, space);
        if (word === last) continue;
        // a first word met again after another's run would mean the keys are not sorted as they must be
        if (words.has(word)) throw new Error(`phrase table: the keys of '${word}' are not one run`);
        words.set(word, starts.length);
        starts.push(k);
        last = word;
      }
      starts.push(this.keys.size);
      this.firstKey = Uint32Array.from(starts);
      this.firstWords = words;
    }
    return this.firstWords;
  }

  /** The entries of `phrase` (normalised words joined by spaces), [] when it is not a key. */
  lookup(phrase: string): readonly PhraseEntry<T>[] {
    const k = this.keys.indexOf(phrase);
    return k < 0 ? [] : this.entries(k);
  }

  /** Key k's entries, made once (the same few keys match article after article): read only. */
  entries(k: number): readonly PhraseEntry<T>[] {
    let out = this.entriesOf.get(k);
    if (out) return out;
    const { entryStarts, refs, capitals } = this.packed;
    const made: PhraseEntry<T>[] = [];
    for (let e = entryStarts[k]; e < entryStarts[k + 1]; e++) made.push({ value: this.value(refs[e]), capitals: capitals[e], exactLetters: this.acronyms.get(e) ?? null });
    this.entriesOf.set(k, made);
    return made;
  }

  private value(ref: number): T {
    let found = this.values.get(ref);
    if (found === undefined) this.values.set(ref, (found = this.valueOf(ref)));
    return found;
  }
}
