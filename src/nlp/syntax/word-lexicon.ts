import { normalizeForm } from './word-form.ts';

/**
 * What a lexicon made from far more text than the treebank says a word can be: its most likely UPOS tag
 * and the set of tags it takes ("attack" → NOUN of NOUN VERB, "unprecedented" → ADJ of ADJ). The tagger
 * reads the pair as one class per word, so a word the treebank saw rarely or never ("airstrikes",
 * "reinstated") still tells the tagger which tags it can have. Words are keyed by their normalised form
 * (`normalizeForm`); the spellings of one form ("US", "us") share the union of their tag sets.
 */
export class WordLexicon {
  constructor(
    private map: ReadonlyMap<string, number> | (() => ReadonlyMap<string, number>), // normalised form → class id, or how to make it
    readonly classNames: readonly string[], // "NOUN:NOUN VERB" (the likely tag, then the set)
  ) {}

  /** Normalised form → class id (of a model file's lexicon, made on first use: the coder reads `WordClusters.classesOf`). */
  get classOf(): ReadonlyMap<string, number> {
    if (typeof this.map === 'function') this.map = this.map();
    return this.map;
  }

  /** From (spelling, likely tag, tag set) entries, e.g. the wink English model's lexicon. */
  static fromEntries(entries: Iterable<readonly [word: string, likely: string, tags: readonly string[]]>): WordLexicon {
    const merged = new Map<string, { likely: string; tags: Set<string>; lower: boolean }>();
    for (const [word, likely, tags] of entries) {
      const form = normalizeForm(word);
      const lower = word === word.toLowerCase();
      const entry = merged.get(form);
      if (!entry) { merged.set(form, { likely, tags: new Set(tags), lower }); continue; }
      for (const t of tags) entry.tags.add(t);
      // The lowercase spelling's likely tag wins: "us" is PRON, "US" adds PROPN to its set.
      if (lower && !entry.lower) { entry.likely = likely; entry.lower = true; }
    }
    const classNames: string[] = [];
    const classId = new Map<string, number>();
    const classOf = new Map<string, number>();
    for (const [form, { likely, tags }] of [...merged].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
      const name = `${likely}:${[...tags].sort().join(' ')}`;
      let id = classId.get(name);
      if (id === undefined) { id = classNames.length; classId.set(name, id); classNames.push(name); }
      classOf.set(form, id);
    }
    return new WordLexicon(classOf, classNames);
  }

  /** Compact form kept inside a model file: the words of each class. */
  toJSON(): { readonly classes: readonly string[]; readonly words: readonly string[] } {
    const words: string[][] = this.classNames.map(() => []);
    for (const [word, id] of this.classOf) words[id].push(word);
    return { classes: this.classNames, words: words.map((w) => w.join(' ')) };
  }

  static fromJSON(json: ReturnType<WordLexicon['toJSON']>): WordLexicon {
    return new WordLexicon(() => {
      const classOf = new Map<string, number>();
      json.words.forEach((list, id) => { if (list) for (const w of list.split(' ')) classOf.set(w, id); });
      return classOf;
    }, json.classes);
  }
}

/** The class of a word the lexicon does not have. */
export const NO_LEXICON_CLASS = -1;
