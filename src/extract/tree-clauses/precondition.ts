import type { CueEntry } from '../../knowledge/types.ts';
import type { TreeView } from '../tree-roles/tree-view.ts';
import { clauseMarkers } from './clause-path.ts';
import { cuePhrases } from '../cue-groups.ts';

// an act noun names its clause's act: "before signing a cease-fire agreement" (agreement —obl→ signing)
// (or its apposition: "signing a cease-fire agreement" read as "agreement" —appos→ "cease")
const INSIDE_CLAUSE = new Set(['obj', 'obl', 'nmod', 'compound', 'amod', 'nsubj', 'appos']);
// what a limiting clause limits when it has not come yet: a future, an obligation or a possibility
const UNREALISED_AUX = new Set(['will', 'would', 'shall', 'must', 'should', 'can', 'could', 'may', 'might', 'wo', "'ll"]);
// words the parse may put between the marker and its clause ("until Russia has withdrawn", "until" on Russia)
const BETWEEN = new Set(['DET', 'ADJ', 'PROPN', 'NOUN', 'PRON', 'NUM']);

/**
 * An act in a clause that names what must come first, under a clause that has not happened, is a
 * precondition, not an event (PLOVER manual, auxiliary modes: future; coding guide rule 1):
 *  - "Ukraine will not take part in talks until Russia has withdrawn its troops" (the withdrawal is asked for);
 *  - "the rebels need to rebuild trust before signing a cease-fire agreement" (the signing lies ahead);
 *  - "the army must disarm the militias before the government signs a peace deal";
 *  - "Hamas will free the hostages once Israel withdraws its troops", "was ready to hold talks once Pristina withdrew
 *    its police" (a readiness: its infinitive is still ahead, as a need's).
 * "Fighting continued until the rebels withdrew" and "the troops left before the truce was signed" state both
 * acts: the limited clause has no future, obligation or need. Markers and needs: clause-cues.tsv, effects
 * "precondition" and "need".
 */
export function isPrecondition(view: TreeView, head: number, clauseCues: readonly CueEntry[]): boolean {
  const markers = cuePhrases(clauseCues, 'precondition');
  const clause = clauseOf(view, head);
  if (clause < 0 || !opensWith(view, clause, markers) || crossesClauseEnd(view, clause, head)) return false;
  const needs = cuePhrases(clauseCues, 'need');
  return unrealised(view, view.head(clause), needs);
}

// the relations a parse gives a clause of time: advcl, or acl/obl where it hangs the clause on a noun before it
// ("until the rebels withdraw": withdraw —acl→ rebels)
const CLAUSE = new Set(['advcl', 'acl', 'obl']);

/** The verb of the clause the trigger heads or names the act of, else -1. */
function clauseOf(view: TreeView, head: number): number {
  for (let n = head, steps = 0; n >= 0 && view.has(n) && steps < 6; n = view.head(n), steps++) {
    // the trigger's own verb counts where only the word tagger reads it as one ("until the rebels withdraw", "withdraw" a NOUN to the parser)
    const verb = view.upos(n) === 'VERB' || n === head && view.tokens[n].pos === 'VERB';
    if (verb && CLAUSE.has(view.base(n)) && view.label(n) !== 'acl:relcl') return n;
    if (!INSIDE_CLAUSE.has(view.base(n))) return -1;
  }
  return -1;
}

// "... before signing an agreement; however, the army deploys more troops": a parse may hang the next clause on the
// limiting one, but a semicolon or colon ends it
function crossesClauseEnd(view: TreeView, a: number, b: number): boolean {
  for (let i = Math.min(a, b) + 1; i < Math.max(a, b); i++) if (view.tokens[i].text === ';' || view.tokens[i].text === ':') return true;
  return false;
}

function opensWith(view: TreeView, clause: number, markers: ReadonlySet<string>): boolean {
  if (clauseMarkers(view, clause).some((m) => markers.has(m))) return true;
  const own = view.marker(clause);
  if (own !== null && markers.has(own)) return true;
  // "once Israel withdraws its troops": the parse may read the clause's first word as its adverb, not its marker
  const [first] = view.span(clause);
  if (view.head(first) === clause && markers.has(view.tokens[first].lower)) return true;
  // "until Russia has withdrawn": a parse may hang the marker on the subject before the clause
  for (let i = first - 1, n = 0; i >= 0 && n < 4 && view.has(i); i--, n++) {
    if (markers.has(view.tokens[i].lower)) return true;
    if (!BETWEEN.has(view.upos(i))) return false;
  }
  return false;
}

/** The limited clause (or the clause its infinitive or conjunct hangs on) is a future, an obligation or a need. */
function unrealised(view: TreeView, above: number, needs: ReadonlySet<string>): boolean {
  // "stay in Gedo until the rebels withdraw": the parse may hang the clause on a noun of the limited clause
  let verb = above;
  for (let steps = 0; verb >= 0 && view.has(verb) && view.upos(verb) !== 'VERB' && INSIDE_CLAUSE.has(view.base(verb)) && steps < 4; steps++) verb = view.head(verb);
  for (let n = verb, steps = 0; n >= 0 && view.has(n) && steps < 4; n = view.head(n), steps++) {
    if (view.childrenWith(n, 'aux').some((a) => UNREALISED_AUX.has(view.tokens[a].lower))) return true;
    if (needs.has(view.tokens[n].lemma) && view.childrenWith(n, 'xcomp').length > 0) return true;
    if (view.base(n) !== 'xcomp' && view.base(n) !== 'conj') return false;
  }
  return false;
}
