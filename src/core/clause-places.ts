import type { TreeView } from '../extract/tree-roles/index.ts';

// A place belongs to the clause it is stated in. A sentence often tells two acts, each in its own clause:
// "Israeli jets struck targets on Monday, as Hezbollah fired rockets at northern Israel", "Police arrested 12
// activists, while thousands marched in Abuja", "Troops captured two villages, and drones hit a depot in Belgorod".
// A clause below the trigger's with its own subject is another act's: its places are not stated for the trigger.
// What a clause shares: a participle ("struck a market, killing 12 in Kabul"), a shared subject ("stormed a hotel
// and killed 12 in Mogadishu"); and any clause takes the setting of the clause it hangs on ("In Kabul, police said
// gunmen killed three"; "Fighting intensified in northern Burma as troops continued an offensive").

// relations that open a clause of its own predicate
const CLAUSE = new Set(['advcl', 'ccomp', 'xcomp', 'acl', 'csubj', 'parataxis', 'conj', 'root']);
// clauses that stand apart from the one they hang on when they have their own subject (not a report's complement)
const APART = new Set(['advcl', 'conj', 'parataxis']);
const SUBJECTS = ['nsubj', 'csubj', 'expl'];
const SUBJECTS_OR_COPULA = [...SUBJECTS, 'cop'];

/** The head of the clause token `i` is in: itself when it opens one, else the first ancestor that does. */
export function clauseHead(tree: TreeView, i: number): number {
  for (let k = i, steps = 0; k >= 0 && steps < 40; k = tree.head(k), steps++) {
    if (tree.head(k) < 0) return k;
    if (CLAUSE.has(tree.base(k)) && isPredicate(tree, k)) return k;
  }
  return -1;
}

const PREDICATES = new Set(['VERB', 'AUX']);
function isPredicate(tree: TreeView, k: number): boolean {
  return PREDICATES.has(tree.upos(k)) || tree.childrenWithAny(k, SUBJECTS_OR_COPULA).length > 0;
}

export const hasOwnSubject = (tree: TreeView, c: number) => tree.childrenWithAny(c, SUBJECTS).length > 0;

/** A complement, or a noun's clause opened by a marker ("accused Tehran of supplying"), not a bare participle on a noun. */
const statesContent = (tree: TreeView, k: number) => tree.base(k) !== 'acl' || tree.childrenWith(k, 'mark').length > 0;

// "While visiting Kyiv, ...", "When speaking in Brussels, ...": markers of a setting, not of what is said
const SETTING_MARKS = new Set(['while', 'when', 'during', 'after']);

/**
 * "Speaking in Brussels, the NATO chief condemned the attack", "Addressing reporters in Ankara, Erdogan warned ...": an
 * adverbial clause before the statement, with no subject of its own, tells what its speaker was doing where it spoke.
 */
function speakersSetting(tree: TreeView, k: number, own: number): boolean {
  if (tree.base(k) !== 'advcl' || k > own || hasOwnSubject(tree, k)) return false;
  return tree.childrenWith(k, 'mark').every((m) => SETTING_MARKS.has(tree.tokens[m].lower));
}

/** The clause `k` hangs inside the subject of the clause headed by `own`. */
function inSubject(tree: TreeView, k: number, own: number): boolean {
  for (let i = tree.head(k), steps = 0; i >= 0 && i !== own && steps < 40; i = tree.head(i), steps++) if (SUBJECTS.includes(tree.base(i))) return true;
  return false;
}

/** "shot down the drones, with those actions taking place over Kyiv": an absolute "with" clause tells the act's circumstances. */
const restatesAct = (tree: TreeView, c: number) => tree.childrenWith(c, 'mark', 'case').some((m) => tree.tokens[m].lower === 'with');

/** `a` is `b` or one of its ancestors. */
function dominates(tree: TreeView, a: number, b: number): boolean {
  for (let k = b, steps = 0; k >= 0 && steps < 40; k = tree.head(k), steps++) if (k === a) return true;
  return false;
}

/** The clause stands apart from the one it hangs on: its own subject, set off as an adverbial, coordinated or paratactic clause. */
const standsApart = (tree: TreeView, c: number) => APART.has(tree.base(c)) && hasOwnSubject(tree, c);

/**
 * True when the place at token `place` is stated in another clause than the trigger's, one that tells another act:
 * a clause below the trigger's with its own subject (for a statement any clause below it: "accused Tehran of
 * supplying drones to Russia" places the supplying, not the accusation), or a clause the trigger's own clause
 * stands apart from ("as Hezbollah fired rockets": the clause it is set off from is another act's).
 */
export function inOtherClause(tree: TreeView, place: number, triggerHead: number, verbal: boolean, retells: (k: number) => boolean = () => false): boolean {
  if (!tree.has(place) || !tree.has(triggerHead)) return false;
  const own = clauseHead(tree, triggerHead);
  const other = clauseHead(tree, place);
  if (own < 0 || other < 0 || own === other) return false;
  if (dominates(tree, own, other)) {
    // below the trigger's clause: a statement's complement is what it speaks of; a material act's subordinate
    // clause with its own subject is another act
    for (let k = other, steps = 0; k >= 0 && k !== own && steps < 40; k = clauseHead(tree, tree.head(k)), steps++) {
      // ... not "in an attack that took place in X": a clause of happening on the act's noun retells it (occurrence-relative.ts)
      if (!verbal && retells(k)) continue;
      if (!restatesAct(tree, k) && (standsApart(tree, k) || (tree.base(k) !== 'conj' && hasOwnSubject(tree, k)))) return true;
      // "accused Tehran of supplying drones to Russia", not "Ministers meeting in Brussels agreed": a clause in the
      // statement's subject says where its speakers are
      // ... nor "Speaking in Brussels, the NATO chief condemned": a fronted clause of the speaker's own doing is its setting
      if (verbal && clauseHead(tree, tree.head(k)) === own && !inSubject(tree, k, own) && statesContent(tree, k) && !speakersSetting(tree, k, own)) return true;
    }
    return false;
  }
  // above: inherited, even by a clause set off with its own subject ("Fighting has intensified in northern Burma as
  // government troops continue an offensive", "troops were making their rounds in the city of X when they came under
  // gunfire"): the setting of the sentence
  // ... but not by a relative clause set off by commas before its noun's predicate ("Blinken, who visited Kyiv in March,
  // criticized Moscow"): the noun's own past act, told aside, is no part of the predicate after it
  if (dominates(tree, other, own)) return tree.label(own) === 'acl:relcl' && setOff(tree, own) && place > clauseEnd(tree, own);
  // a sibling clause: another act when it has its own subject ("officials said troops killed five in Kunduz and rebels
  // ambushed a convoy"), not one that hangs on a participant ("insurgents participated in the assault in X and they overran")
  return hasOwnSubject(tree, other);
}

/** The relative clause headed at `head` opens with a comma (", who ...", ", which ..."). */
function setOff(tree: TreeView, head: number): boolean {
  let first = head;
  for (const k of tree.children(head)) if (k < first) first = k;
  return tree.tokens[first - 1]?.text === ',' || tree.tokens[first]?.text === ',';
}

/** The last token of the clause headed at `head` (its words and all below them). */
function clauseEnd(tree: TreeView, head: number): number {
  let end = head;
  for (const k of tree.children(head)) end = Math.max(end, clauseEnd(tree, k));
  return end;
}

/** True when the place at token `place` lies in an "according to" phrase: the source's, not the act's. */
export function inSourcePhrase(tree: TreeView, place: number): boolean {
  for (let i = place, steps = 0; i >= 0 && steps < 12; i = tree.head(i), steps++) {
    if (tree.childrenWith(i, 'case').some((k) => tree.tokens[k].lower === 'according')) return true;
    if (CLAUSE.has(tree.base(i)) && isPredicate(tree, i) && tree.base(i) !== 'acl') return false;
  }
  return false;
}
