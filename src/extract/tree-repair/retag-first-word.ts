import type { SentenceTree } from '../../nlp/syntax/index.ts';
import type { Token } from '../../nlp/types.ts';
import type { HeldTags } from '../../nlp/syntax/held-tags.ts';
import type { RetaggedTree } from './retag-verb.ts';

export const RETAG_FIRST_WORD = 'tree-repair:retag-first-word';

// The tagger's lead of NOUN over the other reading below which that reading is worth a second parse.
const MAX_MARGIN = 30_000;
// what a capitalised first word read as a noun may be instead: a modifier of the noun after it ("Riot police")
const OTHER_READINGS = ['PROPN', 'ADJ'];
const CLAUSE_HEAD = new Set(['root', 'ccomp', 'xcomp', 'advcl', 'acl', 'conj', 'parataxis', 'csubj']);

/** What the re-tagging asks of the tagger and parser (`HeldTags`; sentence-relative word indexes). */
export type FirstWordLook = Pick<HeldTags, 'margin' | 'parse'>;

/**
 * "Riot police fired tear gas at the campus": the sentence's capitalised first word, read as a noun, became the root,
 * and the verb after it (tagged VERB) a modifier ("fired" an amod of "gas"). The tag of the verb is right; the
 * first word's is what led the parse astray: a noun that modifies the next noun ("Riot police", "Border guards",
 * "Opposition lawmakers") reads like a root noun at the start of a sentence. The sign: the root is the first word,
 * a NOUN, and a word after it tagged VERB heads no clause. The first word is held to its closest other reading
 * (PROPN or ADJ, where the tagger's score came close) and the sentence parsed again; the new tree is kept if that
 * verb is now its root, with a subject or an object.
 */
export function firstWordRetaggedTree(tree: SentenceTree, tokens: readonly Token[], held: FirstWordLook): RetaggedTree | null {
  const n = tree.heads.length;
  if (n < 3 || tree.heads[0] >= 0 || tree.upos[0] !== 'NOUN' || !/^[A-Z][a-z]/.test(tokens[tree.offset].text)) return null;
  const verb = tree.upos.findIndex((u, k) => u === 'VERB' && !CLAUSE_HEAD.has(tree.labels[k].split(':')[0]));
  if (verb < 1) return null;
  const [reading] = OTHER_READINGS.map((tag) => ({ tag, margin: held.margin(0, tag) })).sort((a, b) => a.margin - b.margin);
  if (reading.margin <= 0 || reading.margin > MAX_MARGIN) return null;
  const again = held.parse(new Map([[0, reading.tag]]));
  if (again.heads[verb] >= 0 || again.heads.filter((h) => h < 0).length !== 1) return null;
  const root = tree.offset + verb;
  if (!again.labels.some((l, c) => again.heads[c] === root && (l.startsWith('nsubj') || l === 'obj'))) return null;
  const moved = new Set<number>([tree.offset]);
  for (let c = 0; c < n; c++) if (tree.heads[c] !== again.heads[c] || tree.labels[c] !== again.labels[c]) moved.add(tree.offset + c);
  return { tree: again, moved, id: RETAG_FIRST_WORD };
}
