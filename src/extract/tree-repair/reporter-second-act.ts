import type { Token } from '../../nlp/types.ts';
import { REPORT_FORMS, SPEAKERS_OWN_ACTS } from './clause-verbs.ts';
import type { EditableTree } from './editable-tree.ts';
import type { RepairWords } from './repair-words.ts';

const NO_STANCE_ACTS: ReadonlySet<string> = new Set();
// a denial opens a reported clause as a saying does: "denied that its fighters were involved and demanded an inquiry"
const DENYING_FORMS = new Set(['deny', 'denies', 'denied']);

/**
 * "Amnesty said a protester was shot dead by police, and urged the authorities to investigate": an appeal, a
 * condemnation or a further saying after "and" read as a conjunct of the reported clause's verb. Those acts are the
 * speaker's, told beside the report, not a second act of the reported clause's subject (the police did not urge):
 *   "The ministry said troops killed 12 militants and urged residents to stay indoors", "HRW said guards beat
 *   detainees, and called for an inquiry", "Officials said the storm killed nine people and added that ...", "The UN
 *   warned that millions faced hunger and urged both sides to allow access" (REPORT_FORMS).
 * The conjunct must have no subject of its own and share the reporting verb's tense ("said … and urged"); acts
 * the reported subject may well do itself ("said the gunmen stormed a bank and demanded a ransom") stay where
 * they are; after a reported clause that only describes (a copula), acts of stance too. The verbs: SPEAKERS_OWN_ACTS in
 * clause-verbs.ts and data/lexicon/speakers-stance-acts.tsv (a tree repaired without the lexicon skips the second kind).
 */
export function repairReporterSecondAct(tree: EditableTree, tokens: readonly Token[], words: RepairWords): string | null {
  const stanceActs = words.speakersStanceActs ?? NO_STANCE_ACTS;
  const states = words.describedStateVerbs ?? NO_STANCE_ACTS;
  for (const act of tree.nodes()) {
    if (tree.base(act) !== 'conj' || tree.upos(act) !== 'VERB') continue;
    // (the reported clause's own conjuncts before it: "said the woman was alive and would be freed, and accused ...")
    const reported = reportedClause(tree, tree.head(act));
    if (reported < 0 || reported >= act || hasSubject(tree, act)) continue;
    const commaAnd = tokens[act - 1]?.lower === 'and' && tokens[act - 2]?.text === ',';
    // ("said the vote had been rigged and demanded a recount": an act with an object shares no passive's auxiliaries,
    // so it is no conjunct of a passive clause, whatever its verb)
    // ("said the vote was illegitimate and demanded the release of ...": a described state's subject makes no demand)
    // (", and accused Israel of ...": a comma before the "and" closes the reported clause; a stance after it is the speaker's)
    // ("said the province needed more funds and criticized ...": a verb of state describes as a copula does; data/lexicon/described-state-verbs.tsv)
    // ("denied that its jets had struck the market and accused Kyiv ...": a denial's subject answers with a stance of its own)
    // ("said the state would not pay and criticised the bank": a past form shares no modal of the reported clause)
    const sayer = tree.head(reported);
    const stance = stanceActs.has(tokens[act].lemma) && (isCopular(tree, reported) || states.has(tokens[reported].lemma) || deniedHaving(tree, tokens, reported) || commaAnd
      || sayer >= 0 && DENYING_FORMS.has(tokens[sayer].lower) || modalClause(tree, tokens, reported) && isPastForm(tokens[act]));
    // ("said the plan could form a basis, but warned that ...": a second saying with its own that-clause is the speaker's)
    // ("said that the bloc stands with them and warned that violence would have consequences": the second saying's
    // that-clause, read as the first reported verb's second clause, starts right after it and is its own)
    const stranded = REPORT_FORMS.has(tokens[act].lower) ? strandedClause(tree, reported, act) : -1;
    const saying = REPORT_FORMS.has(tokens[act].lower) && (stranded >= 0 || tree.children(act).some((k) => tree.base(k) === 'ccomp'));
    if (!SPEAKERS_OWN_ACTS.has(tokens[act].lemma) && !(isPassive(tree, reported) && hasObject(tree, act)) && !stance && !saying) continue;
    const say = tree.head(reported);
    if (say < 0 || say >= reported || tree.upos(say) !== 'VERB' || !REPORT_FORMS.has(tokens[say].lower) && !DENYING_FORMS.has(tokens[say].lower)) continue;
    if (!sameTense(tokens[say], tokens[act])) continue;
    tree.attach(act, say, 'conj');
    if (stranded >= 0) tree.attach(stranded, act, 'ccomp');
    return 'tree-repair:reporter-second-act';
  }
  return null;
}

// a clause of the reported verb that opens right after the saying conjunct with none of its own, else -1
function strandedClause(tree: EditableTree, reported: number, act: number): number {
  if (tree.children(act).some((k) => tree.base(k) === 'ccomp' || tree.base(k) === 'obj')) return -1;
  for (const k of tree.children(reported)) {
    if (tree.base(k) === 'ccomp' && k > act && Math.min(k, ...tree.descendants(k, () => true)) === act + 1) return k;
  }
  return -1;
}

// the reported clause a conjunct hangs from, through the conjuncts before it; -1 when it hangs from no reported clause
function reportedClause(tree: EditableTree, node: number): number {
  let n = node;
  for (let step = 0; n >= 0 && tree.base(n) === 'conj' && step < 3; step++) n = tree.head(n);
  return n >= 0 && tree.base(n) === 'ccomp' ? n : -1;
}

// "said Islamabad had nothing to do with the attack", "said the army had no role in the killings": a having denied to
// the subject tells what it did not do; the stance after it ("and accused India of ...") is the speaker's
const NOTHING = new Set(['nothing', 'none']);
function deniedHaving(tree: EditableTree, tokens: readonly Token[], verb: number): boolean {
  if (tokens[verb].lemma !== 'have') return false;
  return tree.children(verb).some((o) => tree.base(o) === 'obj'
    && (NOTHING.has(tokens[o].lower) || tree.children(o).some((d) => tree.base(d) === 'det' && tokens[d].lower === 'no')));
}

// "would", "will", "could": a modal of the reported clause, which no past form after "and" can share
const MODALS = new Set(['would', 'will', 'could', 'can', 'may', 'might', 'must', 'should', 'shall']);
function modalClause(tree: EditableTree, tokens: readonly Token[], verb: number): boolean {
  for (const c of tree.children(verb)) if (tree.base(c) === 'aux' && c < verb && MODALS.has(tokens[c].lower)) return true;
  return false;
}
const isPastForm = (t: Token) => t.lower !== t.lemma && t.lower.endsWith('ed');

function isPassive(tree: EditableTree, verb: number): boolean {
  for (const c of tree.children(verb)) if (tree.base(c) === 'aux:pass' || tree.base(c) === 'nsubj:pass' || tree.label(c) === 'aux:pass' || tree.label(c) === 'nsubj:pass') return true;
  return false;
}

function isCopular(tree: EditableTree, predicate: number): boolean {
  for (const c of tree.children(predicate)) if (tree.base(c) === 'cop') return true;
  return false;
}

function hasObject(tree: EditableTree, verb: number): boolean {
  for (const c of tree.children(verb)) if (tree.base(c) === 'obj') return true;
  return false;
}

export function hasSubject(tree: EditableTree, verb: number): boolean {
  for (const c of tree.children(verb)) if (tree.base(c) === 'nsubj' || tree.base(c) === 'expl') return true;
  return false;
}

// "said … urged", "says … urges": both past forms, or both 3rd-person present forms
export function sameTense(say: Token, act: Token): boolean {
  const past = (t: Token) => t.lower !== t.lemma && !t.lower.endsWith('ing') && !t.lower.endsWith('s');
  const present = (t: Token) => t.lower !== t.lemma && t.lower.endsWith('s');
  return (past(say) && past(act)) || (present(say) && present(act));
}
