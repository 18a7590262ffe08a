import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';
import { CLAUSE_OPENERS } from '../verb-reading.ts';

// the words that open a clause of time as well as a phrase ("after the talks" / "after a ransom was paid")
export const TIME_SUBORDINATORS = new Set(['after', 'before', 'until', 'once', 'since']);
const SUBJECT = new Set(['nsubj']);
/** The words the repair starts from (repair-cues.ts). */
export const SUBORDINATOR_CUES: ReadonlySet<string> = new Set([...TIME_SUBORDINATORS, ...CLAUSE_OPENERS]);

/**
 * "The kidnappers released the hostages after a ransom was paid", "Inmates escaped from the prison after gangs
 * attacked it": the parse read the clause's "after" as the preposition of its subject and hung the whole on a subject
 * before it, so the act's object, or the main clause's subject, became the subject of the clause of time (and the
 * release was dropped as no act on the hostages, the escape's subject taken for the attackers). A clause of time is
 * an adverbial clause of the main verb, "after" its marker, the noun after it its subject.
 */
export function repairSubordinatorReadAsCase(tree: EditableTree, tokens: readonly Token[]): string | null {
  let repaired = false;
  for (const marker of tree.nodes()) {
    if (tree.label(marker) !== 'case' || !TIME_SUBORDINATORS.has(tokens[marker].lower)) continue;
    const subject = tree.head(marker);
    if (subject !== marker + 1 && !isOpenedBy(tree, subject, marker)) continue;
    repaired = objectReadAsClauseSubject(tree, marker, subject) || mainSubjectBeforeClause(tree, marker, subject) || repaired;
  }
  for (const marker of tree.nodes()) {
    if (tree.label(marker) === 'case' && CLAUSE_OPENERS.has(tokens[marker].lower)) repaired = clauseReadAsDescription(tree, tokens, marker) || repaired;
  }
  return repaired ? 'tree-repair:subordinator-read-as-case' : null;
}

/**
 * "Two policemen killed as gunmen storm checkpoint": the clause's verb read as describing the noun after "as" (its
 * `acl`), though it has an object of its own right after it, and no participle after "as ..." does ("served as guards
 * protecting the camp" is an -ing form; "known as militants trained by Iran" has none). The verb heads the clause,
 * the noun is its subject, "as" its marker, the clause the adverbial of what the noun hung on.
 */
function clauseReadAsDescription(tree: EditableTree, tokens: readonly Token[], marker: number): boolean {
  const subject = tree.head(marker);
  if (subject <= marker || !isOpenedBy(tree, subject, marker) && subject !== marker + 1) return false;
  const verb = subject + 1, host = tree.head(subject);
  if (host < 0 || tree.head(verb) !== subject || tree.label(verb) !== 'acl' || tree.upos(verb) !== 'VERB' || tokens[verb].lower.endsWith('ing')) return false;
  const kids = tree.children(verb);
  if (!kids.some((c) => c > verb && tree.base(c) === 'obj') || kids.some((c) => tree.base(c) === 'nsubj' || tree.base(c) === 'mark')) return false;
  tree.attach(verb, host, 'advcl');
  tree.attach(subject, verb, 'nsubj');
  tree.attach(marker, verb, 'mark');
  return true;
}

// "after a ransom": only determiners and modifiers stand between the marker and its noun
const isOpenedBy = (tree: EditableTree, noun: number, marker: number) => marker < noun && noun - marker <= 3 && tree.children(noun).filter((c) => c > marker && c < noun).length === noun - marker - 1;

/** "released [the hostages [after a ransom]] was paid": the object, subject of a ccomp of the main verb, holds the clause's subject. */
function objectReadAsClauseSubject(tree: EditableTree, marker: number, subject: number): boolean {
  const object = tree.head(subject);
  if (object < 0 || object > marker || tree.base(subject) !== 'nmod' || !SUBJECT.has(tree.base(object))) return false;
  const clause = tree.head(object);
  if (clause < subject || tree.upos(clause) !== 'VERB' || tree.label(clause) !== 'ccomp') return false;
  const main = tree.head(clause);
  if (main < 0 || main > object || tree.upos(main) !== 'VERB') return false;
  const passive = tree.children(clause).some((c) => tree.label(c) === 'aux:pass');
  tree.attach(object, main, 'obj');
  tree.attach(subject, clause, passive ? 'nsubj:pass' : 'nsubj');
  tree.attach(marker, clause, 'mark');
  tree.attach(clause, main, 'advcl');
  return true;
}

/**
 * "[Hundreds of inmates escaped ...] [after gangs] attacked it", "[Scores of villagers fled ... on Sunday] [after
 * gunmen] raided it": the main clause read as a participle on its subject (or on the subject's "of" noun), that subject
 * hung on the clause of time's verb, and the noun after "after" its subject too or a modifier of a word before. The
 * participle is the main verb again, the noun the clause's subject.
 */
function mainSubjectBeforeClause(tree: EditableTree, marker: number, subject: number): boolean {
  const readAsSubject = tree.base(subject) === 'nsubj';
  const clause = readAsSubject ? tree.head(subject) : subject + 1;
  // (only at the sentence's root: a participle on a subject with a main verb of its own is a reduced relative)
  if (clause <= subject || tree.upos(clause) !== 'VERB' || tree.head(clause) >= 0) return false;
  const first = tree.children(clause).find((c) => c < marker && tree.base(c) === 'nsubj');
  if (first === undefined || !readAsSubject && tree.children(clause).some((c) => c > marker && tree.base(c) === 'nsubj')) return false;
  const holders = [first, ...tree.children(first).filter((c) => c > first && c < marker && tree.base(c) === 'nmod')];
  const main = holders.flatMap((n) => tree.children(n)).find((c) => c > first && c < marker && tree.label(c) === 'acl' && tree.upos(c) === 'VERB');
  if (main === undefined || tree.children(main).some((c) => tree.base(c) === 'nsubj')) return false;
  tree.attach(main, tree.head(clause), tree.label(clause));
  tree.attach(first, main, 'nsubj');
  tree.attach(clause, main, 'advcl');
  tree.attach(marker, clause, 'mark');
  if (!readAsSubject) tree.attach(subject, clause, 'nsubj');
  return true;
}
