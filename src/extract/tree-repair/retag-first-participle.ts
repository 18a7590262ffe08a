import type { SentenceTree } from '../../nlp/syntax/index.ts';
import type { Token } from '../../nlp/types.ts';
import type { RetaggedTree } from './retag-verb.ts';
import type { FirstWordLook } from './retag-first-word.ts';

export const RETAG_FIRST_PARTICIPLE = 'tree-repair:retag-first-participle';

// The tagger's lead of VERB over ADJ below which the adjective reading is worth a second parse ("Masked" led by 30k to 34k).
// A first -ing word leads by more ("Acting" before a title by 35k to 70k) and is seldom a sentence's true root: an
// opening participle clause ("Citing concerns, the army …") hangs on the main verb, so the sign below does not hold.
const MAX_MARGIN = { ed: 45_000, ing: 100_000 };
// ... and below which it is, however sure the tagger was, where the participle opens a subject of plural nouns that a
// past verb follows at once ("Exiled opposition figures called on", "Jailed activists urged"): a verb in its past form
// right after a plural noun is that noun's predicate, and an opening past verb has no subject (roles-47)
const MAX_MARGIN_BEFORE_PLURAL_SUBJECT = 160_000;
const NOUN_RUN = new Set(['NOUN', 'PROPN', 'ADJ']);
const PARTICIPLE = /^[A-Z][a-z]+(ed|ing)$/;
const NOUN_AFTER = new Set(['NOUN', 'NUM', 'PROPN']);

/**
 * "Masked men looted shops", "Acting President Choi condemned", "Striking miners blocked roads": the sentence's capitalised first word, a past
 * form read as a verb, became the root (the noun after it its object, or a number), and the real verb a modifier.
 * A participle before its noun describes it. The sign: the root is the first word, a VERB in -ed or -ing, the next word a noun
 * (or read as a number), and a later word the tagger also read as a VERB. The first word is held to ADJ and that verb to VERB,
 * and the sentence parsed again; the new tree is kept when the first word now describes the noun and the verb is the
 * root with a subject, or hangs on the root noun with an object of its own (misread-main-clause.ts then makes it the
 * predicate, as for "Armed men looted shops").
 */
export function firstParticipleRetaggedTree(tree: SentenceTree, tokens: readonly Token[], held: FirstWordLook): RetaggedTree | null {
  const n = tree.heads.length;
  const o = tree.offset;
  // (the first word after a dateline opens the sentence too: "ANKARA, Turkey — Exiled opposition figures called …")
  const f = openingWord(tree, tokens);
  const form = PARTICIPLE.exec(tokens[o + f].text)?.[1] as 'ed' | 'ing' | undefined;
  if (n < f + 4 || tree.heads[f] >= 0 || tree.upos[f] !== 'VERB' || !form) return null;
  const verb = tree.upos.findIndex((u, k) => k > f + 1 && u === 'VERB');
  if (verb < 0) return null;
  // (or an adjective, where plural nouns and the past verb follow: "Exiled separatist figures accused")
  const plural = form === 'ed' && pluralSubjectBefore(tree, tokens, f, verb);
  if (!NOUN_AFTER.has(tree.upos[f + 1]) && !(plural && tree.upos[f + 1] === 'ADJ')) return null;
  const margin = held.margin(f, 'ADJ');
  if (margin <= 0 || margin > (plural ? MAX_MARGIN_BEFORE_PLURAL_SUBJECT : MAX_MARGIN[form])) return null;
  const again = held.parse(new Map([[f, 'ADJ'], [verb, 'VERB']]));
  const v = o + verb;
  const childOf = (h: number, label: string) => again.labels.some((l, c) => again.heads[c] === h && l.startsWith(label));
  if (again.heads[f] < o + f + 1 || again.labels[f] !== 'amod') return null;
  const predicate = again.heads[verb] < 0 && childOf(v, 'nsubj');
  const described = again.labels[verb] === 'acl' && again.heads[verb] >= o && again.heads[again.heads[verb] - o] < 0 && childOf(v, 'obj');
  if (!predicate && !described) return null;
  const moved = new Set<number>([o + f]);
  for (let c = 0; c < n; c++) if (tree.heads[c] !== again.heads[c] || tree.labels[c] !== again.labels[c]) moved.add(o + c);
  return { tree: again, moved, id: RETAG_FIRST_PARTICIPLE };
}

/** The sentence's first word, or the first after a dateline's dash ("CAIRO, Egypt — "): names and commas before it. */
function openingWord(tree: SentenceTree, tokens: readonly Token[]): number {
  for (let k = 0; k < Math.min(tree.heads.length - 1, 10); k++) {
    const t = tokens[tree.offset + k];
    if (/^(?:—|–|--|-)$/.test(t.text)) return k > 0 ? k + 1 : 0;
    if (tree.upos[k] !== 'PROPN' && tree.upos[k] !== 'PUNCT' && !/^[A-Z(]/.test(t.text)) return 0;
  }
  return 0;
}

/** Words f+1 … verb-1 are nouns and adjectives, the last a plural noun, and the verb a past form ("figures called"). */
function pluralSubjectBefore(tree: SentenceTree, tokens: readonly Token[], f: number, verb: number): boolean {
  for (let k = f + 1; k < verb; k++) if (!NOUN_RUN.has(tree.upos[k])) return false;
  const noun = tokens[tree.offset + verb - 1], past = tokens[tree.offset + verb];
  return tree.upos[verb - 1] === 'NOUN' && noun.lower.endsWith('s') && noun.lower !== noun.lemma && past.lower !== past.lemma && /ed$/.test(past.lower);
}
