import type { SentenceContext } from '../context.ts';
import type { TreeView } from './tree-view.ts';
import type { SubjectNode } from './subject-node.ts';

// where an act lands ("fired tear gas at workers", "opened fire on villagers"): the party right before the participle
const LANDING_MARKERS = new Set(['at', 'on', 'upon', 'against', 'into', 'toward', 'towards']);
// "fired on protesters using live rounds", "dispersed the crowd firing tear gas": the means stays the shooter's
const MEANS_PARTICIPLES = new Set(['use', 'employ', 'wield', 'brandish', 'fire', 'shoot', 'lob', 'deploy']);

/**
 * "Police fired tear gas at workers demanding higher wages", "Soldiers shot villagers fleeing the town": an -ing
 * participle the parse hung on the main verb (`advcl`, no comma, no marker) right after that verb's object or
 * landing oblique (or the landing of its light verb's object, "opened fire on"), when that nominal names a party, describes that party (a reduced relative): the party does it,
 * not the main verb's subject. A participle after a comma ("attacked the village, killing 12") stays the subject's.
 * Null when the reading does not apply.
 */
export function participleAfterParty(view: TreeView, ctx: SentenceContext, head: number, read: SubjectNode): number | null {
  if (read.rules[0] !== 'roles:tree-advcl' || read.verbs[0] !== head || view.label(head) !== 'advcl' || view.marker(head) !== null) return null;
  const verb = view.tokens[head];
  if (!verb.lower.endsWith('ing') || MEANS_PARTICIPLES.has(verb.lemma)) return null;
  const up = view.head(head);
  const before = head - 1;
  if (up < 0 || up > head || view.tokens[before]?.text === ',') return null;
  const ends = (c: number) => c < head && view.span(c)[1] === before + 1 && ['NOUN', 'PRON'].includes(view.upos(c));
  // "opened fire on young protesters demanding an end to the ban", "fired rubber bullets at students demanding": the
  // landing may hang on the verb's object, whose span then ends where the landing does (the landing is the party)
  const landing = view.childrenWith(up, 'obj').flatMap((o) => view.childrenWith(o, 'nmod')).find((c) => ends(c) && LANDING_MARKERS.has(view.marker(c) ?? ''));
  if (landing !== undefined) return landing;
  const nominal = view.children(up).find((c) => ends(c) && (view.label(c) === 'obj' || view.label(c) === 'obl' && LANDING_MARKERS.has(view.marker(c) ?? '')));
  return nominal === undefined ? null : nominal;
}
