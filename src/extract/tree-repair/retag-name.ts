import type { SentenceTree } from '../../nlp/syntax/index.ts';
import type { Token } from '../../nlp/types.ts';
import type { HeldTags } from '../../nlp/syntax/held-tags.ts';
import type { ActorPhrase } from '../../resolve/types.ts';
import type { RetaggedTree } from './retag-verb.ts';

export const RETAG_NAME = 'tree-repair:retag-name';

const NAME_KINDS = new Set(['organization', 'group', 'person']);
const CLAUSE_TAGS = new Set(['VERB', 'AUX']);

/** A known name of two words or more (an organization, an armed group, a person), as character spans; `whole` when
 *  every word of it may be the misread one, the first too (a place's one-word name: "travelled to Beijing"). */
export type NameSpan = { readonly start: number; readonly end: number; readonly whole?: boolean };

/** The names the gazetteer knew in the text: "Human Rights Watch", "Rapid Support Forces", "Will Smith". */
export function knownNameSpans(phrases: readonly ActorPhrase[]): NameSpan[] {
  return phrases.filter((p) => NAME_KINDS.has(p.kind) && /\s/.test(p.text.trim()) && /^\p{Lu}/u.test(p.text)).map((p) => ({ start: p.start, end: p.end }));
}

/**
 * "The minister travelled to Beijing on Tuesday": after "to" the tagger read a town's name ending like a participle
 * ("Beijing", "Shanghai") as an infinitive, and the parse made the place a clause of its own, so it hung on no act.
 * A place the gazetteer found, not opening its sentence (where a capital says nothing) and capitalised, is held to
 * PROPN like the words of a known name.
 */
export function knownPlaceSpans(places: readonly { start: number; end: number; text: string; rule?: string }[]): NameSpan[] {
  return places.filter((p) => p.rule === undefined && /^\p{Lu}/u.test(p.text)).map((p) => ({ start: p.start, end: p.end, whole: true }));
}

/**
 * "Witnesses told Human Rights Watch that soldiers dragged men ...": the tagger read a capitalised word of a name the
 * gazetteer knows as a verb ("Watch"), and the parse made the name a clause whose subject was the rest of it, so the
 * acts reported to the organisation became its own. The sign: a word of such a name, after its first, tagged VERB or
 * AUX. The name's words are held to PROPN and the sentence parsed again; the new tree is kept when none of them is a
 * verb any more and the sentence keeps one root.
 */
export function nameRetaggedTree(tree: SentenceTree, tokens: readonly Token[], held: Pick<HeldTags, 'parse'>, names: readonly NameSpan[]): RetaggedTree | null {
  const n = tree.heads.length;
  if (names.length === 0 || n === 0) return null;
  const first = tokens[tree.offset].start, last = tokens[tree.offset + n - 1].end;
  const hold = new Map<number, string>();
  for (const name of names) {
    if (name.start < first || name.end > last) continue;
    const words: number[] = [];
    for (let k = 0; k < n; k++) if (tokens[tree.offset + k].start >= name.start && tokens[tree.offset + k].end <= name.end) words.push(k);
    const suspects = name.whole ? words.filter((k) => k > 0) : words.slice(1);
    if (!suspects.some((k) => CLAUSE_TAGS.has(tree.upos[k]))) continue;
    for (const k of words) if (/^\p{Lu}/u.test(tokens[tree.offset + k].text)) hold.set(k, 'PROPN');
  }
  if (hold.size === 0) return null;
  const again = held.parse(hold);
  if ([...hold.keys()].some((k) => CLAUSE_TAGS.has(again.upos[k])) || again.heads.filter((h) => h < 0).length !== 1) return null;
  const moved = new Set<number>();
  for (let c = 0; c < n; c++) if (tree.heads[c] !== again.heads[c] || tree.labels[c] !== again.labels[c] || hold.has(c)) moved.add(tree.offset + c);
  return { tree: again, moved, id: RETAG_NAME };
}
