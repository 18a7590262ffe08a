import { FNV_OFFSET, hashAppend, hashRange, hashString } from './hash.ts';
import { NO_CLUSTER, type WordClusters } from './word-clusters.ts';
import { normalizeForm, wordShapeHash } from './word-form.ts';

// A token's values in a row of `FormCache.values`, in this order (`TokenTable` copies them).
export const LOWER = 0, CASED = 1, SUFFIX1 = 2, SUFFIX2 = 3, SUFFIX3 = 4, SUFFIX4 = 5, PREFIX1 = 6, PREFIX3 = 7, SHAPE = 8;
export const FINE = 9, MID = 10, COARSE = 11, LEXICON = 12;
export const FIELDS = 13;
/** Forms kept before the cache starts over (13 integers and a string each: a few MB). */
export const CAPACITY = 1 << 16;

/**
 * The values a token's spelling gives (its normalised form, its hashes, its word classes), by spelling,
 * for the word classes of one model. They depend on the spelling only, and news repeats its words ("the",
 * "said", "Iran"): a spelling seen before costs one Map lookup instead of normalising it and hashing it
 * nine times. Same values as computing them (`computeRow` is the one definition).
 */
export class FormCache {
  private readonly rowOf = new Map<string, number>();
  readonly forms: string[] = [];
  values = new Int32Array(1024 * FIELDS);
  /** How many times the cache started over: a row is one spelling within one generation only. */
  generation = 0;

  constructor(readonly clusters: WordClusters | null) {}

  /** The row of `raw`'s values, computed on its first sight. */
  row(raw: string): number {
    const known = this.rowOf.get(raw);
    if (known !== undefined) return known;
    if (this.forms.length === CAPACITY) { this.rowOf.clear(); this.forms.length = 0; this.generation++; }
    const row = this.forms.length;
    if ((row + 1) * FIELDS > this.values.length) {
      const grown = new Int32Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.forms.push(ownCopy(computeRow(raw, this.clusters, this.values, row * FIELDS)));
    this.rowOf.set(ownCopy(raw), row);
    return row;
  }
}

/**
 * A string that holds its own characters: V8 makes a substring of 13 or more characters a view into its
 * parent (a token's text into the whole article), and a kept view would keep the article.
 */
function ownCopy(s: string): string {
  return s.length < 13 ? s : s.split('').join('');
}

const caches = new WeakMap<object, FormCache>();
const WITHOUT_CLUSTERS = {};

/** The cache shared by every token table of these word classes. */
export function formCacheFor(clusters: WordClusters | null): FormCache {
  const key = clusters ?? WITHOUT_CLUSTERS;
  let cache = caches.get(key);
  if (!cache) caches.set(key, (cache = new FormCache(clusters)));
  return cache;
}

/** Writes the values of `raw` into out[at...] (`FIELDS` of them); returns its normalised form. */
function computeRow(raw: string, clusters: WordClusters | null, out: Int32Array, at: number): string {
  const w = normalizeForm(raw);
  const len = w.length;
  const lower = (out[at + LOWER] = hashString(w));
  // The cased form: the word itself when it has capitals, else the lowercase hash; a normalised form
  // that differs from the plain lowercase one ("1,200" → "0,000") is marked with a trailing "^".
  const rawLower = raw === w ? raw : raw.toLowerCase();
  out[at + CASED] = rawLower === raw ? lower : w === rawLower ? hashString(raw) : hashAppend(lower, 94);
  out[at + SUFFIX1] = hashRange(w, len > 1 ? len - 1 : 0, len);
  out[at + SUFFIX2] = hashRange(w, len > 2 ? len - 2 : 0, len);
  out[at + SUFFIX3] = hashRange(w, len > 3 ? len - 3 : 0, len);
  out[at + SUFFIX4] = hashRange(w, len > 4 ? len - 4 : 0, len);
  out[at + PREFIX1] = raw.length === 0 ? FNV_OFFSET : hashRange(raw, 0, 1);
  out[at + PREFIX3] = hashRange(w, 0, len < 3 ? len : 3);
  out[at + SHAPE] = wordShapeHash(raw);
  out[at + FINE] = out[at + MID] = out[at + COARSE] = NO_CLUSTER;
  out[at + LEXICON] = -1;
  if (!clusters) return w;
  let fine: number;
  if (clusters.classesOf) {
    const packed = clusters.classesOf.get(w) ?? 0;
    fine = (packed & 0xffff) - 1;
    out[at + LEXICON] = (packed >>> 16) - 1;
    if (packed >>> 16 === 0) out[at + LEXICON] = singularLexiconClass(w, clusters.classesOf);
  } else fine = clusters.fineOf.get(w) ?? NO_CLUSTER;
  if (fine >= 0) {
    out[at + FINE] = fine;
    out[at + MID] = clusters.midOfFine[fine];
    out[at + COARSE] = clusters.coarseOfFine[fine];
  }
  return w;
}

/**
 * The lexicon class of a compound's irregular plural the lexicon lacks, as its singular's: wink's lexicon lists
 * "gunman", "tribesman", "policewoman" but not "gunmen", "tribesmen", "policewomen", and the tagger, left with the
 * word's spelling alone, read some as verbs or adjectives ("Janjaweed horsemen torched", "arrest clansmen after").
 * -1 when the word is no such plural or its singular is unknown too.
 */
function singularLexiconClass(w: string, classesOf: NonNullable<WordClusters['classesOf']>): number {
  if (w.length < 6 || !w.endsWith('men')) return -1;
  const singular = (classesOf.get(`${w.slice(0, -3)}man`) ?? 0) >>> 16;
  return singular - 1;
}
