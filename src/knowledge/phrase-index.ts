import { normalizeName, type NormalizedText } from '../nlp/normalize.ts';

/** A gazetteer hit: `start`/`end` are offsets in the original text. */
export interface PhraseMatch<T> {
  readonly start: number;
  readonly end: number;
  readonly values: readonly T[];
}

interface TrieNode<T> {
  /** Children by next word; null on the many leaf nodes (a Map each would cost megabytes over 100,000 aliases). */
  next: Map<string, TrieNode<T>> | null;
  values: Entry<T>[];
}
interface Entry<T> {
  value: T;
  /**
   * Bit k set: alias word k is capitalised, so the text must capitalise it too ("Lebanese Forces" the
   * party, not "Lebanese forces"). A number, not an array per alias (there are 200,000 aliases).
   */
  capitals: number;
  /** Acronyms such as "US" or "KH" only match in capitals: "us" and "Kh" are other words. */
  exactLetters: string | null;
}

const ACRONYM = /^[A-Z][A-Z.]{0,5}$/;

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
  const re = /[^ ]+/g;
  for (let m = re.exec(norm); m; m = re.exec(norm)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
    words.push(m[0]);
  }
  split.set(normalized, (found = { starts, ends, words }));
  return found;
}

/**
 * Word-level trie over normalised aliases: longest match wins, left to right.
 * Matching is diacritic-, case- and apostrophe-insensitive, and "al-Asad" = "Al Asad".
 */
export class PhraseIndex<T> {
  private readonly root: TrieNode<T> = { next: new Map(), values: [] };
  size = 0;

  add(alias: string, value: T): void {
    this.addUnless(alias, value, () => false);
  }

  /**
   * Adds the alias unless a value already under it passes `keep` (one walk of the trie: imported
   * dictionaries add tens of thousands of aliases under our own). Returns whether it was added.
   */
  addUnless(alias: string, value: T, keep: (existing: T) => boolean): boolean {
    const words = normalizeName(alias).replace(/^the /, '').split(' ').filter(Boolean);
    if (words.length === 0) return false;
    let node = this.root;
    for (const w of words) {
      node.next ??= new Map();
      let child = node.next.get(w);
      if (!child) node.next.set(w, (child = { next: null, values: [] }));
      node = child;
    }
    if (node.values.some((e) => keep(e.value))) return false;
    const exactLetters = ACRONYM.test(alias.trim()) ? alias.replace(/[^A-Za-z]/g, '') : null;
    const aliasWords = alias.replace(/^the\s+/i, '').replace(/['’ʼ‘`´]/g, '').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    let capitals = 0;
    if (aliasWords.length === words.length) aliasWords.forEach((w, k) => { if (k < 31 && /^\p{Lu}/u.test(w)) capitals |= 1 << k; });
    node.values.push({ value, exactLetters, capitals });
    this.size++;
    return true;
  }

  /** Exact lookup of a whole name, e.g. for resolving a gold-file name. */
  lookup(name: string): readonly T[] {
    let node: TrieNode<T> | undefined = this.root;
    for (const w of normalizeName(name).replace(/^the /, '').split(' ')) {
      node = node.next?.get(w);
      if (!node) return [];
    }
    return node.values.map((e) => e.value);
  }

  findAll(text: string, normalized: NormalizedText): PhraseMatch<T>[] {
    const { map } = normalized;
    const { starts, ends, words } = wordsOf(normalized);
    const out: PhraseMatch<T>[] = [];
    for (let i = 0; i < words.length; ) {
      let node: TrieNode<T> | undefined = this.root;
      let best: { j: number; values: T[] } | null = null;
      for (let j = i; j < words.length && node; j++) {
        node = node.next?.get(words[j]);
        if (!node || node.values.length === 0) continue;
        const start = map[starts[i]];
        const end = map[ends[j] - 1] + 1;
        const surface = text.slice(start, end).replace(/[^A-Za-z]/g, '');
        const values = node.values
          .filter((e) => e.exactLetters === null || e.exactLetters === surface)
          .filter((e) => capitalsHeld(e.capitals, (k) => text[map[starts[i + k]]]))
          .map((e) => e.value);
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
function capitalsHeld(capitals: number, firstLetter: (k: number) => string): boolean {
  for (let k = 0; capitals >>> k !== 0; k++) if ((capitals >>> k) & 1 && /\p{Ll}/u.test(firstLetter(k))) return false;
  return true;
}
