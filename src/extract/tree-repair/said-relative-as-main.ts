import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';
import { SAYING_FORMS } from './clause-verbs.ts';

// what the parse made of the relative clause when not the root: an aside, or an adverbial clause of the verb
const MISREAD_AS = new Set(['parataxis', 'advcl', 'advcl:relcl']);
const CLAUSE_AUXILIARIES = new Set(['was', 'were', 'is', 'are', 'had', 'has', 'have', 'would', 'will', 'could']);

/**
 * "The US imposed sanctions on a company they said was a front for the group": a relative clause of saying with no
 * relative word ("a company [that] they said __ was a front") read as the sentence's reporting clause (the verb of
 * saying made the root, everything before it its complement) or as an aside or adverbial clause of the verb before it. A reporting
 * clause stands behind a comma or a quote; this one follows a noun directly and goes on with an auxiliary or copula
 * whose subject is missing (the noun is it). The verb of saying describes the noun and takes what follows as its
 * complement; the clause it was read as reporting is the main one again, and so is a conjunct after a comma
 * ("…, and froze its accounts"):
 *   "arrested a man police said was armed", "sanctioned a firm it says is owned by the army",
 *   "struck a depot officials believe was used to store drones".
 */
export function repairSaidRelativeAsMain(tree: EditableTree, tokens: readonly Token[]): string | null {
  let repaired = false;
  for (const say of tree.nodes()) {
    if (!SAYING_FORMS.has(tokens[say]?.lower ?? '')) continue;
    if ((tree.head(say) < 0 || MISREAD_AS.has(tree.label(say))) && repairedAt(tree, tokens, say)) repaired = true;
    if (tree.label(say) === 'acl:relcl' && laterActsRaised(tree, tokens, say)) repaired = true;
  }
  return repaired ? 'tree-repair:said-relative-as-main' : null;
}

/**
 * "Egypt detained three journalists it says were working without permits, and deported a fourth": the finite verb
 * after ", and" read as a conjunct inside the relative clause of saying is the main clause's next act (the relative
 * clause tells what someone says of the noun; a past act of the main verb's subject follows it).
 */
function laterActsRaised(tree: EditableTree, tokens: readonly Token[], say: number): boolean {
  // the verb the described noun's phrase belongs to ("imposed sanctions on a company it says …")
  let main = tree.head(tree.head(say));
  while (main >= 0 && tree.upos(main) !== 'VERB') main = tree.head(main);
  if (main < 0 || main > say) return false;
  const acts = tree.descendants(say, () => true).filter((c) => tree.label(c) === 'conj' && tree.upos(c) === 'VERB' && tokens[c - 1]?.lower === 'and'
    && tokens[c - 2]?.text === ',' && isPastForm(tokens[c]) && !tree.children(c).some((k) => ['nsubj', 'nsubj:pass', 'aux'].includes(tree.label(k))));
  for (const act of acts) tree.attach(act, main, 'conj');
  return acts.length > 0;
}

const isPastForm = (t: Token) => t.lower !== t.lemma && !t.lower.endsWith('ing') && !t.lower.endsWith('s');

function repairedAt(tree: EditableTree, tokens: readonly Token[], say: number): boolean {
  const subject = tree.children(say).find((c) => tree.base(c) === 'nsubj' && c < say);
  // the clause the parse took for the report (the root's complement before it) or the one the aside hangs on
  const main = tree.head(say) < 0 ? tree.children(say).find((c) => tree.label(c) === 'ccomp' && c < say) : tree.head(say);
  if (subject === undefined || main === undefined || main > say || !CLAUSE_AUXILIARIES.has(tokens[say + 1]?.lower ?? '')) return false;
  // the subject's phrase starts right after a noun of the main clause ("company | they", "man | police")
  const noun = Math.min(subject, ...tree.descendants(subject, () => true)) - 1;
  if (!['NOUN', 'PROPN'].includes(tree.upos(noun)) || noun <= main) return false;
  let n = noun;
  while (n >= 0 && n !== main) n = tree.head(n);
  if (n !== main) return false;
  // what the auxiliary belongs to: the described clause's verb or predicate, after the verb of saying
  const predicate = ['cop', 'aux'].includes(tree.base(say + 1)) ? tree.head(say + 1) : -1;
  if (predicate <= say + 1 || tree.children(predicate).some((c) => tree.base(c) === 'nsubj')) return false;
  const laterActs = tree.children(say).filter((c) => tree.label(c) === 'conj' && c > predicate && tokens[c - 2]?.text === ',');
  if (tree.head(say) < 0) tree.attach(main, -1, 'root');
  tree.attach(say, noun, 'acl:relcl');
  tree.attach(predicate, say, 'ccomp');
  for (const act of laterActs) tree.attach(act, main, 'conj');
  return true;
}
