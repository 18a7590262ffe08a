import type { Token } from '../../nlp/types.ts';
import { CLOSING_REPORT_FORMS, SPEAKERS_OWN_ACTS } from './clause-verbs.ts';
import type { EditableTree } from './editable-tree.ts';
import { hasSubject, sameTense } from './reporter-second-act.ts';

// an acl of a noun of the report, or the conjunct of such an acl ("a statement that a plot ... had been foiled, and called")
const MISREAD = new Set(['acl', 'conj']);

/**
 * "The presidency said in a statement that an attempt to seize power was under way, and called for dialogue": the
 * speaker's own second act after "and" (an appeal, a condemnation: SPEAKERS_OWN_ACTS) read as a clause modifying a
 * noun of the report ("an attempt ... called"), the report itself misread. A finite verb after "and" with no subject,
 * in the tense of the verb of saying above it, is that verb's conjunct, as reporter-second-act.ts makes it where the
 * parse read it as the reported verb's conjunct: "The ministry said in a statement that the curfew would stay, and
 * urged residents to remain indoors". The verb above may be the speaker's first appeal: "Rights groups urged the
 * AU to support an inquiry and called on the junta to suspend the commanders" ("an inquiry called on").
 */
export function repairReporterActReadAsAcl(tree: EditableTree, tokens: readonly Token[]): string | null {
  for (const act of tree.nodes()) {
    if (!MISREAD.has(tree.base(act)) || tree.upos(act) !== 'VERB' || !SPEAKERS_OWN_ACTS.has(tokens[act].lemma) || hasSubject(tree, act)) continue;
    if (!tree.children(act).some((c) => c < act && tree.base(c) === 'cc' && tokens[c].lower === 'and')) continue;
    const say = sayingAbove(tree, tokens, act);
    if (say < 0 || !hasSubject(tree, say) || !sameTense(tokens[say], tokens[act])) continue;
    tree.attach(act, say, 'conj');
    return 'tree-repair:reporter-act-read-as-acl';
  }
  return null;
}

// the nearest verb of saying or appeal above the act and before it ("said ... and called", "urged ... and called")
function sayingAbove(tree: EditableTree, tokens: readonly Token[], act: number): number {
  for (let n = tree.head(act), steps = 0; n >= 0 && steps < 8; n = tree.head(n), steps++) {
    // (or the speaker's first appeal: "urged the AU to support an inquiry and called on the junta to ...")
    if (n < act && tree.upos(n) === 'VERB' && (CLOSING_REPORT_FORMS.has(tokens[n].lower) || SPEAKERS_OWN_ACTS.has(tokens[n].lemma))) return n;
  }
  return -1;
}

