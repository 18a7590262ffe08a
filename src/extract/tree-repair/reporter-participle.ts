import type { Token } from '../../nlp/types.ts';
import { REPORT_FORMS, SPEAKERS_OWN_ACTS } from './clause-verbs.ts';
import type { EditableTree } from './editable-tree.ts';
import { hasSubject } from './reporter-second-act.ts';

// The speaker's stance told in a participle: an accusation, a blame, a rejection, a characterisation, a citing of reasons.
const STANCE_PARTICIPLES: ReadonlySet<string> = new Set([...SPEAKERS_OWN_ACTS, 'accuse', 'blame', 'criticize', 'criticise', 'reject', 'deny', 'insist', 'cite', 'describe']);

/**
 * "Washington announced that no American official would attend, accusing Pretoria of hostile policies", "The ministry
 * said the ambassador would be expelled, accusing him of spying", "The government said the talks had collapsed,
 * blaming the rebels": an -ing participle of stance set off by a comma after a reported clause, read as an adverbial
 * clause of the reported verb. It is the speaker's own act told beside the report (the official who would not attend
 * accuses no one), so it hangs on the reporting verb; a participle of what the reported act did stays ("said police
 * fired tear gas, injuring dozens"), as does one with a subject or a marker of its own.
 */
export function repairReporterParticiple(tree: EditableTree, tokens: readonly Token[]): string | null {
  let repaired = false;
  for (const act of tree.nodes()) {
    if (tree.base(act) !== 'advcl' || tree.upos(act) !== 'VERB' || !tokens[act].lower.endsWith('ing') || tokens[act - 1]?.text !== ',') continue;
    if (!STANCE_PARTICIPLES.has(tokens[act].lemma) || hasSubject(tree, act) || tree.children(act).some((c) => tree.base(c) === 'mark')) continue;
    const reported = reportedClause(tree, tree.head(act));
    const say = reported < 0 ? -1 : tree.head(reported);
    if (say < 0 || say >= reported || reported >= act || tree.upos(say) !== 'VERB' || !REPORT_FORMS.has(tokens[say].lower)) continue;
    tree.attach(act, say, 'advcl');
    repaired = true;
  }
  return repaired ? 'tree-repair:reporter-participle' : null;
}

// the reported clause a verb is, or hangs from through its conjuncts; -1 when none
function reportedClause(tree: EditableTree, node: number): number {
  let n = node;
  for (let step = 0; n >= 0 && tree.base(n) === 'conj' && step < 3; step++) n = tree.head(n);
  return n >= 0 && tree.base(n) === 'ccomp' ? n : -1;
}
