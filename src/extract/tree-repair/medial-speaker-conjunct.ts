import type { Token } from '../../nlp/types.ts';
import { CLOSING_REPORT_FORMS, SPEAKERS_OWN_ACTS } from './clause-verbs.ts';
import type { EditableTree } from './editable-tree.ts';

// how the parse hangs the act told before the speaker on the verb of saying
const ACT_BEFORE = new Set(['advcl', 'ccomp', 'parataxis']);
// a verb that reports or promises takes a clause ("vowed to retaliate", "warned that ..."): the speaker's more likely
const CLAUSAL = new Set(['xcomp', 'ccomp', 'advcl']);

/**
 * "Gunmen looted a warehouse in Nyala, the agency said, and abducted two of its drivers": a speaker set off by commas
 * inside the sentence, its verb of saying read as the root with the act before it as its clause and the verb after
 * ", and" as the saying's conjunct (or clause), so the second act had no doer. With no subject of its own, and an
 * object but no clause of its own, it is the first act's conjunct: "Troops burned homes, witnesses said, and killed two
 * farmers". An appeal, a further saying or a verb with a clause after "and" stays the speaker's ("..., the ministry
 * said, and urged calm": SPEAKERS_OWN_ACTS, as reporter-second-act.ts reads; "..., the army said, and vowed to hit back").
 */
export function repairMedialSpeakerConjunct(tree: EditableTree, tokens: readonly Token[]): string | null {
  for (const say of tree.nodes()) {
    if (tree.upos(say) !== 'VERB' || !CLOSING_REPORT_FORMS.has(tokens[say].lower)) continue;
    // the rest in a function of its own: a callback in this loop would allocate a closure scope for every word
    if (repairedAt(tree, tokens, say)) return 'tree-repair:medial-speaker-conjunct';
  }
  return null;
}

function repairedAt(tree: EditableTree, tokens: readonly Token[], say: number): boolean {
  const kids = tree.children(say);
  const speaker = kids.find((k) => k < say && tree.base(k) === 'nsubj');
  if (speaker === undefined) return false;
  // the speaker's words open right after a comma, and the act before them has a subject of its own
  const first = Math.min(speaker, ...tree.children(speaker).filter((k) => k < speaker));
  if (tokens[first - 1]?.text !== ',') return false;
  // (the act the root, the saying its clause: "Troops burned homes, witnesses said, and killed" with "said" an advcl)
  const up = tree.head(say);
  const told = (k: number) => k < first && tree.upos(k) === 'VERB' && tree.children(k).some((c) => tree.base(c) === 'nsubj');
  const act = kids.find((k) => ACT_BEFORE.has(tree.base(k)) && told(k)) ?? (up >= 0 && ACT_BEFORE.has(tree.base(say)) && told(up) ? up : undefined);
  if (act === undefined) return false;
  // the verb after ", and" (its conjunct or clause): no subject of its own, no act of the speaker's
  const next = kids.find((k) => k > say && ['conj', 'ccomp'].includes(tree.base(k)) && tree.upos(k) === 'VERB' && !SPEAKERS_OWN_ACTS.has(tokens[k].lemma)
    && tree.children(k).some((c) => c < k && tree.base(c) === 'cc' && tokens[c].lower === 'and')
    && !tree.children(k).some((c) => ['nsubj', 'nsubj:pass', 'expl', 'mark'].includes(tree.label(c)) || CLAUSAL.has(tree.base(c)))
    && tree.children(k).some((c) => c > k && tree.base(c) === 'obj'));
  if (next === undefined) return false;
  tree.attach(next, act, 'conj');
  return true;
}
