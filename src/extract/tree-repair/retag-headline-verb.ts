import type { SentenceTree } from '../../nlp/syntax/index.ts';
import type { Token } from '../../nlp/types.ts';
import type { HeldTags } from '../../nlp/syntax/held-tags.ts';
import type { RetaggedTree } from './retag-verb.ts';
import { PLURAL_COLLECTIVES } from '../verb-reading.ts';

export const RETAG_HEADLINE_VERB = 'tree-repair:retag-headline-verb';

// a headline's verb sits between its subject and its object: after a noun, before what an object or a phrase opens with
const BEFORE = new Set(['NOUN', 'PROPN']);
// (X: a foreign word opening a name, "El Fasher", "Al Shifa")
const AFTER = new Set(['NOUN', 'PROPN', 'DET', 'NUM', 'ADJ', 'ADP', 'PRON', 'X']);
const THIRD_PERSON = /[^s]s$/;
// at most this many words are tried in one headline, the closest readings first
const MAX_TRIES = 3;

/** What the re-tagging asks of the tagger and parser (`HeldTags`; sentence-relative word indexes). */
export type HeadlineLook = Pick<HeldTags, 'canBe' | 'canBeVerb' | 'margin' | 'parse'>;

/**
 * "Bangladesh Court Sentences Hasina To Death", "Police Arrest Dozens Of Protesters": a title-cased headline, read on its
 * lower-case forms (nlp/title-case.ts), still has no finite verb when its verb is a word that is also a plural noun
 * ("sentences", "strikes", "shells") or a bare noun ("arrest"): headlines drop the articles that tell them apart, and
 * the tagger made one noun phrase of it all. The sign: a title-cased sentence with no verb that has a subject, and a
 * word read as a noun that the lexicon lists as a verb, between a noun and an object's or a phrase's first word. The
 * word that agrees with the noun before it is tried first, then the first one; it is held to VERB and the sentence parsed again; the new tree is kept if that word is its root, with a subject
 * (the noun before it, when the parse kept that noun its `compound`).
 */
export function headlineVerbRetaggedTree(tree: SentenceTree, tokens: readonly Token[], held: HeadlineLook): RetaggedTree | null {
  const n = tree.heads.length;
  const at = (k: number) => tokens[tree.offset + k];
  if (!at(0) || !Array.from({ length: n }, (_, k) => at(k)).some((t) => t.readAs !== undefined && t.readAs === t.lower)) return null;
  // (a participle's clause after it is no headline's verb: "Army Shells Market, Killing Nine")
  for (let k = 0; k < n; k++) if (tree.upos[k] === 'VERB' && !at(k).lower.endsWith('ing') && hasSubject(tree, k)) return null;
  const candidates: Array<{ k: number; agrees: boolean }> = [];
  for (let k = 1; k + 1 < n; k++) {
    const t = at(k);
    if (tree.upos[k] !== 'NOUN' || t.readAs !== t.lower || !subjectBefore(tree, k, held) || !AFTER.has(tree.upos[k + 1])) continue;
    if (held.canBeVerb(k)) candidates.push({ k, agrees: agreesWithSubject(at(k - 1), t) });
  }
  // the verb agrees with the noun before it, and comes first ("Sudan Army Shells Market": not "market")
  candidates.sort((a, b) => Number(b.agrees) - Number(a.agrees) || a.k - b.k);
  for (const { k } of candidates.slice(0, MAX_TRIES)) {
    // (an adjective that is also a noun before it is held to the noun it is as the subject: "Military Jails Activists")
    const parsed = held.parse(new Map([[k, 'VERB'], ...(tree.upos[k - 1] === 'ADJ' ? [[k - 1, 'NOUN'] as const] : [])]));
    if (parsed.heads[k] >= 0 || parsed.heads.filter((h) => h < 0).length !== 1) continue;
    const again = hasSubject(parsed, k) ? parsed : withCompoundSubject(parsed, k);
    if (again === null) continue;
    const moved = new Set<number>([tree.offset + k]);
    for (let c = 0; c < n; c++) if (tree.heads[c] !== again.heads[c] || tree.labels[c] !== again.labels[c]) moved.add(tree.offset + c);
    return { tree: again, moved, id: RETAG_HEADLINE_VERB };
  }
  return null;
}

/**
 * A noun before the word, or an adjective that is also a noun ("Military Jails Activists", "Military Shells Town"):
 * read as the adjective of the noun after it, a subject noun a headline opens with has lost its head.
 */
function subjectBefore(tree: SentenceTree, k: number, held: HeadlineLook): boolean {
  return BEFORE.has(tree.upos[k - 1]) || tree.upos[k - 1] === 'ADJ' && held.canBe(k - 1, 'NOUN');
}

/** "Court Sentences", "Rebels Seize": an -s form after a singular noun, a bare form after a plural one. */
function agreesWithSubject(subject: Token, verb: Token): boolean {
  const plural = subject.lower.endsWith('s') && subject.lemma !== subject.lower || PLURAL_COLLECTIVES.has(subject.lower);
  return THIRD_PERSON.test(verb.lower) ? !plural : plural;
}

/**
 * "Sudan Army Shells Market", "Rebel Fighters Storm Base": held to a verb, the word still has the noun before it as a
 * `compound`, a noun modifier it no longer has as a verb: that noun heads the subject (`nsubj`). Else null.
 */
function withCompoundSubject(tree: SentenceTree, k: number): SentenceTree | null {
  const before = k - 1;
  if (tree.heads[before] !== tree.offset + k || !(tree.labels[before] === 'compound' && BEFORE.has(tree.upos[before]) || tree.labels[before] === 'amod' && tree.upos[before] === 'ADJ')) return null;
  const labels = tree.labels.slice(), upos = tree.upos.slice();
  labels[before] = 'nsubj';
  if (upos[before] === 'ADJ') upos[before] = 'NOUN'; // (a subject is a noun: "Military" of "Military Jails")
  return { ...tree, labels, upos };
}

function hasSubject(tree: SentenceTree, k: number): boolean {
  for (let c = 0; c < tree.labels.length; c++) if (tree.heads[c] === tree.offset + k && tree.labels[c].startsWith('nsubj')) return true;
  return false;
}
