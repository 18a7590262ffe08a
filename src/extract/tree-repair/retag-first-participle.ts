import type { SentenceTree } from '../../nlp/syntax/index.ts';
import type { Token } from '../../nlp/types.ts';
import type { RetaggedTree } from './retag-verb.ts';
import type { FirstWordLook } from './retag-first-word.ts';

export const RETAG_FIRST_PARTICIPLE = 'tree-repair:retag-first-participle';

// The tagger's lead of VERB over ADJ below which the adjective reading is worth a second parse ("Masked" led by 30k to 34k).
// A first -ing word leads by more ("Acting" before a title by 35k to 70k) and is seldom a sentence's true root: an
// opening participle clause ("Citing concerns, the army …") hangs on the main verb, so the sign below does not hold.
const MAX_MARGIN = { ed: 45_000, ing: 100_000 };
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
  const form = PARTICIPLE.exec(tokens[o].text)?.[1] as 'ed' | 'ing' | undefined;
  if (n < 4 || tree.heads[0] >= 0 || tree.upos[0] !== 'VERB' || !form) return null;
  if (!NOUN_AFTER.has(tree.upos[1])) return null;
  const verb = tree.upos.findIndex((u, k) => k > 1 && u === 'VERB');
  if (verb < 0) return null;
  const margin = held.margin(0, 'ADJ');
  if (margin <= 0 || margin > MAX_MARGIN[form]) return null;
  const again = held.parse(new Map([[0, 'ADJ'], [verb, 'VERB']]));
  const v = o + verb;
  const childOf = (h: number, label: string) => again.labels.some((l, c) => again.heads[c] === h && l.startsWith(label));
  if (again.heads[0] < o + 1 || again.labels[0] !== 'amod') return null;
  const predicate = again.heads[verb] < 0 && childOf(v, 'nsubj');
  const described = again.labels[verb] === 'acl' && again.heads[verb] >= o && again.heads[again.heads[verb] - o] < 0 && childOf(v, 'obj');
  if (!predicate && !described) return null;
  const moved = new Set<number>([o]);
  for (let c = 0; c < n; c++) if (tree.heads[c] !== again.heads[c] || tree.labels[c] !== again.labels[c]) moved.add(o + c);
  return { tree: again, moved, id: RETAG_FIRST_PARTICIPLE };
}
