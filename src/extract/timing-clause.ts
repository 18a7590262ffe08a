import type { ActorPhrase } from '../resolve/types.ts';
import type { SentenceContext } from './context.ts';
import type { Trigger } from './triggers.ts';
import type { TreeView } from './tree-roles/tree-view.ts';
import { participantsAt } from './tree-roles/participants.ts';
import { subjectNode } from './tree-roles/subject-node.ts';

// Prepositions that time a clause by a meeting held before or during it.
export const TIMING = new Set(['after', 'following', 'during', 'before']);
// Types whose nouns name something the clause's subject took part in; an attack timing a clause
// ("after the attack on the base, the army deployed troops") is often done to the subject, so it is not here.
export const TIMED_BY_OWN_ACT = new Set(['CONSULT']);
// A fight between two sides names one of them ("with the gang"); the clause it times or sets ("killed three robbers
// after a gun battle with the gang", "lost four soldiers in a firefight with rebels") is the other side's, and so is
// the passive subject of a clause it is the setting of ("two protesters were killed in clashes with police").
// The parse may hang the fight on the verb's object ("freed two hostages | after a gun battle with"): it still times the
// verb (not so a meeting: "detained two activists before the summit" is no meeting of the police).
export interface Setting { readonly markers: ReadonlySet<string>; readonly passiveMarkers: ReadonlySet<string>; readonly onObject: boolean }
export const FIGHT_SETTING: Setting = { markers: new Set([...TIMING, 'in', 'amid']), passiveMarkers: new Set(['in']), onObject: true };
const MEETING_SETTING: Setting = { markers: TIMING, passiveMarkers: new Set(), onObject: false };

/**
 * The timing word of a nominal or clause: its `case`/`mark` ("after a meeting", "after meeting X"), or a
 * "following" the parser hung on it as a modifier ("following intense negotiation" read as `amod`), or the word
 * "following" itself read as a participle heading the timing clause.
 */
function timingWord(view: TreeView, node: number, markers: ReadonlySet<string>): string | null {
  if (view.tokens[node].lower === 'following' && view.base(node) === 'advcl') return 'following';
  const marker = view.marker(node);
  if (marker !== null) return markers.has(marker) ? marker : null;
  const modifier = view.childrenWith(node, 'amod', 'acl').find((c) => c < node && view.tokens[c].lower === 'following');
  return modifier === undefined ? null : 'following';
}

/**
 * A meeting noun that times a clause is the clause subject's own meeting when nothing else names who met:
 * "Following two days of talks with Kenyan officials, the Somali president agreed ...", "the minister told
 * reporters after meeting his Egyptian counterpart". On the tree: from the noun up through "of" heads ("two
 * days of talks"), a nominal (`obl`) or clause (`advcl`) marked after/following/during/before, to the verb it
 * times; that verb's subject (subject-node.ts) met. The subject never lies inside the timing phrase. The setting's
 * `markers` are the words that time or set the clause; after its `passiveMarkers` a passive subject counts (FIGHT_SETTING).
 */
export function timingClauseSubject(ctx: SentenceContext, tr: Trigger, setting: Setting = MEETING_SETTING): { actors: ActorPhrase[]; rules: string[] } {
  const { markers, passiveMarkers } = setting;
  const view = ctx.tree();
  let node = tr.head;
  // "two days of talks", "a second round of negotiations": the span word heads the meeting noun
  while (view.base(node) === 'nmod' && view.marker(node) === 'of') node = view.head(node);
  // "Following two days of talks, X agreed": the preposition read as a participle (`advcl`), the meeting its object
  if (view.base(node) === 'obj' && view.tokens[view.head(node)]?.lower === 'following') node = view.head(node);
  // "freed two hostages after a gun battle with": a timing phrase the parse hung on the verb's object times the verb
  const onObject = setting.onObject && view.base(node) === 'nmod' && TIMING.has(view.marker(node) ?? '') && view.base(view.head(node)) === 'obj';
  const marker = ['obl', 'advcl'].includes(view.base(node)) || onObject ? timingWord(view, node, markers) : null;
  if (marker === null) return { actors: [], rules: [] };
  const verb = onObject ? view.head(view.head(node)) : view.head(node);
  const subject = subjectNode(view, verb, passiveMarkers.has(marker), (v) => ctx.kb.lexicon.reporting.has(ctx.doc.tokens[v].lemma));
  if (!subject) return { actors: [], rules: [] };
  const [lo, hi] = view.span(node);
  if (subject.node >= lo && subject.node < hi) return { actors: [], rules: [] };
  const found = participantsAt(view, ctx, subject.node);
  return { actors: found.phrases, rules: [`roles:tree-timing-${onObject ? 'obl' : view.base(node)}`, ...subject.rules, ...found.rules] };
}
