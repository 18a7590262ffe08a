import { WordLexicon } from './word-lexicon.ts';
import { cachedWordClasses, type WordClassLookup } from './word-class-cache.ts';

/**
 * Word classes learnt from far more text than the treebank's 200k words (k-means over GloVe vectors,
 * data/models/word-clusters.tsv.gz): words used alike share a class, so a word seen rarely or never in
 * training ("airstrikes", "Hezbollah") borrows the evidence of its class ("bombings", "Hamas"). Three
 * nested granularities, read like Brown-cluster prefixes: fine (~1000), mid (~128), coarse (~24).
 */
export class WordClusters {
  private fine: ReadonlyMap<string, number> | null;

  constructor(
    fineOf: ReadonlyMap<string, number> | null, // normalised lowercase form → fine class (null: read from `packed`)
    readonly midOfFine: Int32Array,
    readonly coarseOfFine: Int32Array,
    /** A lexicon's tag classes (`WordLexicon`), read by the tagger of models trained with it, or none. */
    readonly lexicon: WordLexicon | null = null,
    packed: WordClassLookup | null = null,
    /** The fine classes' word lists `fineOf` is read from when `fineOf` is null (a model file's, with `packed`). */
    private readonly fineLists: readonly string[] | null = null,
  ) {
    this.fine = fineOf;
    if (packed) this.classesOf = packed;
    else if (lexicon && fineOf) this.classesOf = packClasses(fineOf, lexicon.classOf);
  }

  /** With a lexicon: each word's fine class and lexicon class, packed (`TokenTable.fill` reads it). */
  readonly classesOf: WordClassLookup | null = null;

  /** Normalised lowercase form → fine class; of a model file's classes, unpacked on first use (the coder reads `classesOf`). */
  get fineOf(): ReadonlyMap<string, number> {
    if (this.fine === null) {
      // as the lists were read: a word in two lists is filed at its first, with its last list's class
      const fineOf = new Map<string, number>();
      if (this.fineLists) this.fineLists.forEach((list, fine) => { if (list) for (const w of list.split(' ')) fineOf.set(w, fine); });
      else for (const [word, packed] of this.classesOf!) if ((packed & 0xffff) !== 0) fineOf.set(word, (packed & 0xffff) - 1);
      this.fine = fineOf;
    }
    return this.fine;
  }

  /** These classes with a lexicon's tag classes beside them. */
  withLexicon(lexicon: WordLexicon | null): WordClusters {
    return new WordClusters(this.fineOf, this.midOfFine, this.coarseOfFine, lexicon);
  }

  /** Reads the TSV (`word\tfine\tmid\tcoarse`, `#` comments); `source` names it in errors. */
  static parse(text: string, source: string): WordClusters {
    const fineOf = new Map<string, number>();
    const mid: number[] = [];
    const coarse: number[] = [];
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      if (line === '' || line.startsWith('#')) continue;
      const [word, f, m, c] = line.split('\t');
      const fine = Number(f), midId = Number(m), coarseId = Number(c);
      if (!word || !Number.isInteger(fine) || !Number.isInteger(midId) || !Number.isInteger(coarseId) || fine < 0 || midId < 0 || coarseId < 0) {
        throw new Error(`${source}:${i + 1}: expected word<TAB>fine<TAB>mid<TAB>coarse class ids`);
      }
      if (!fineOf.has(word)) fineOf.set(word, fine);
      mid[fine] = midId;
      coarse[fine] = coarseId;
    }
    if (fineOf.size === 0) throw new Error(`${source}: no word classes`);
    return new WordClusters(fineOf, Int32Array.from(mid, (v) => v ?? -1), Int32Array.from(coarse, (v) => v ?? -1));
  }

  /** Compact form kept inside a model file: the words of each fine class, and each fine class's parents. */
  toJSON(): {
    readonly words: readonly string[]; readonly mid: readonly number[]; readonly coarse: readonly number[];
    readonly lexicon?: ReturnType<WordLexicon['toJSON']>;
  } {
    const words: string[][] = Array.from({ length: this.midOfFine.length }, () => []);
    for (const [word, fine] of this.fineOf) words[fine].push(word);
    return {
      words: words.map((w) => w.join(' ')), mid: [...this.midOfFine], coarse: [...this.coarseOfFine],
      ...(this.lexicon ? { lexicon: this.lexicon.toJSON() } : {}),
    };
  }

  /**
   * With a lexicon, the packed table is read straight from the lists: the two maps of words it packs (~2 × 100k
   * entries) were a tenth of a coder's start-up, and only training and tests read them (made when asked).
   */
  static fromJSON(json: ReturnType<WordClusters['toJSON']>): WordClusters {
    const mid = Int32Array.from(json.mid), coarse = Int32Array.from(json.coarse);
    if (!json.lexicon) {
      const fineOf = new Map<string, number>();
      json.words.forEach((list, fine) => { if (list) for (const w of list.split(' ')) fineOf.set(w, fine); });
      return new WordClusters(fineOf, mid, coarse);
    }
    // as `packClasses` packs them, a later list winning for a word in two (as the maps' `set` did); saved packed (word-class-cache.ts)
    const lexiconLists = json.lexicon.words;
    const packed = cachedWordClasses([String(json.words.length), ...json.words, ...lexiconLists], () => {
      const built = new Map<string, number>();
      json.words.forEach((list, fine) => { if (list) for (const w of list.split(' ')) built.set(w, fine + 1); });
      lexiconLists.forEach((list, id) => {
        if (list) for (const w of list.split(' ')) built.set(w, ((built.get(w) ?? 0) & 0xffff) + ((id + 1) << 16));
      });
      return built;
    });
    return new WordClusters(null, mid, coarse, WordLexicon.fromJSON(json.lexicon), packed, json.words);
  }
}

/** One lookup per word for both tables: (fine class + 1) in the low 16 bits, (lexicon class + 1) above. */
function packClasses(fineOf: ReadonlyMap<string, number>, classOf: ReadonlyMap<string, number>): Map<string, number> {
  const both = new Map<string, number>();
  for (const [word, fine] of fineOf) both.set(word, fine + 1);
  for (const [word, id] of classOf) both.set(word, (both.get(word) ?? 0) + ((id + 1) << 16));
  return both;
}

/** The class of a word the table does not have (its own class at each level). */
export const NO_CLUSTER = -1;
