import type { Candidate } from '../extract/candidate.ts';
import type { TreeView } from '../extract/tree-roles/index.ts';
import { verbTime } from '../extract/tree-clauses/index.ts';

// material acts of conflict, whose simple present in a reported clause is a practice, not an occasion
const MATERIAL_CONFLICT = new Set(['ASSAULT', 'COERCE']);
// verbs that report or deny a practice, besides the verbs of saying: "denies that it targets civilians"
const DENYING = new Set(['deny', 'insist', 'maintain']);

/**
 * "The military says it only attacks terrorists", "Israel says it targets Hamas fighters", "Russia denies that it
 * targets civilian infrastructure": an act of force in the simple present (no auxiliary, not -ing) reported by a
 * verb of saying or denying, itself in the present, is the speaker's account of a practice, no act on a day. The perfect, the progressive,
 * the past and the future keep their own readings ("says it has attacked", "says it is attacking", "said it attacked").
 */
export function isHabitualPresent(view: TreeView, c: Candidate, reporting: ReadonlyMap<string, string>): boolean {
  if (!MATERIAL_CONFLICT.has(c.info.type) || c.trigger.pattern.kind !== 'verb' || !view.has(c.trigger.head)) return false;
  const verb = c.trigger.head;
  // a headline read on its lower-case forms (nlp/title-case.ts) tells the news in the present: "Ukraine Says Drones Hit Kyiv"
  if (view.tokens[verb].readAs === view.tokens[verb].lower) return false;
  if (view.tokens[verb].lower.endsWith('ing') || view.childrenWith(verb, 'aux', 'aux:pass', 'cop').length > 0 || verbTime(view, verb) !== 'present') return false;
  // the act's clause, or the clause it is joined to ("says it targets fighters and avoids civilians")
  const clause = view.base(verb) === 'conj' ? view.head(verb) : verb;
  if (view.base(clause) !== 'ccomp') return false;
  // (in the present itself: after "said" a present form may be a past one, "said their kidnappers beat them every day")
  const head = view.head(clause), saying = view.tokens[head];
  if (saying === undefined || !(reporting.has(saying.lemma) || DENYING.has(saying.lemma)) || verbTime(view, head) !== 'present') return false;
  // ("have kept up strikes, saying they target fighters": a saying participle reports in the time of the verb it hangs
  // on; after a present or a present perfect the act's present is one too, after a past it may be a past form)
  return !saying.lower.endsWith('ing') || presentMain(view, head);
}

/** The verb a saying participle hangs on is in the present (or the present perfect): "have continued ..., saying". */
function presentMain(view: TreeView, participle: number): boolean {
  const main = view.head(participle);
  return main >= 0 && view.upos(main) === 'VERB' && ['advcl', 'xcomp', 'conj'].includes(view.base(participle)) && verbTime(view, main) === 'present';
}
