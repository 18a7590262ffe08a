import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';

// nouns that name what the clause before the comma says, and verbs that answer it: "..., a claim Ukraine denied"
const CLAIM_NOUNS = new Set(['claim', 'claims', 'charge', 'charges', 'accusation', 'accusations', 'allegation', 'allegations', 'assertion', 'account', 'version']);
const ANSWERING = new Set(['deny', 'denies', 'denied', 'reject', 'rejects', 'rejected', 'dispute', 'disputes', 'disputed', 'dismiss', 'dismisses',
  'dismissed', 'contest', 'contests', 'contested', 'refute', 'refutes', 'refuted', 'reject', 'confirm', 'confirms', 'confirmed']);
const MAX_NAME_WORDS = 4;

/**
 * "Russia said its forces captured the village of Robotyne, a claim Ukraine denied", "..., a charge Abu Dhabi
 * denies": the closing apposition that names the clause a claim and who answers it. Parsers read the claim noun as a
 * verb or adjective and the answerer as a conjunct of the noun before the comma, so the object grows over the
 * apposition and the answerer becomes a second object. The claim noun hangs from the clause's verb (`parataxis`),
 * the answerer is the subject of the answering verb, which describes the claim (`acl:relcl`).
 */
export function repairAnsweredClaim(tree: EditableTree, tokens: readonly Token[]): string | null {
  const nodes = tree.nodes();
  const last = nodes[nodes.length - 1];
  for (const claim of nodes) {
    // the rest in a function of its own: a callback in this loop would allocate a closure scope for every word
    if (CLAIM_NOUNS.has(tokens[claim].lower) && repairedAt(tree, tokens, nodes, last, claim)) return 'tree-repair:answered-claim';
  }
  return null;
}

function repairedAt(tree: EditableTree, tokens: readonly Token[], nodes: readonly number[], last: number, claim: number): boolean {
  const det = claim - 1, comma = claim - 2;
  if (comma <= nodes[0] || tokens[comma].text !== ',' || !['a', 'an'].includes(tokens[det].lower)) return false;
  // the answering verb ends the sentence (only punctuation after it), a few name words after the claim noun
  let verb = claim + 2;
  while (verb <= last && verb - claim <= MAX_NAME_WORDS + 1 && !ANSWERING.has(tokens[verb].lower)) verb++;
  if (verb > last || !ANSWERING.has(tokens[verb].lower) || nodes.some((n) => n > verb && tree.upos(n) !== 'PUNCT')) return false;
  const name: number[] = [];
  for (let k = claim + 1; k < verb; k++) name.push(k);
  if (!name.every((k) => ['PROPN', 'NOUN', 'DET', 'AUX', 'ADV', 'PART'].includes(tree.upos(k)))) return false;
  const nouns = name.filter((k) => tree.upos(k) === 'PROPN' || tree.upos(k) === 'NOUN');
  if (nouns.length === 0) return false;
  const subject = nouns[nouns.length - 1];
  // the verb read as a clause of the sentence ("accused [the UAE ... denies]"): its subject before the comma is the
  // object of the verb it hung from, or of the verb right before that subject when that one has none ("accused
  // Kabul of sheltering [fighters, a charge the Taliban deny]")
  const readAsClause = tree.head(verb), misread = tree.children(verb).filter((k) => k < comma && tree.base(k) === 'nsubj');
  // (the answering verb itself read as that verb's object is no object of it: "accused [the authorities ... denied]")
  const objectless = (v: number) => v >= 0 && tree.upos(v) === 'VERB' && !tree.children(v).some((c) => tree.base(c) === 'obj' && c !== verb);
  for (const k of misread) {
    const host = objectless(readAsClause) ? readAsClause : verbBefore(tree, nodes, k);
    if (host !== null && objectless(host)) tree.attach(k, host, 'obj');
  }
  // the clause the apposition answers: the first verb above the word before the comma
  let clause = comma - 1;
  for (let step = 0; clause >= 0 && tree.upos(clause) !== 'VERB' && step < 12; step++) clause = tree.head(clause);
  if (clause < 0 || tree.upos(clause) !== 'VERB' || clause === verb) return false;
  // ... and its other words before the comma belong to that verb ("accused Kabul | of sheltering fighters, a charge
  // the Taliban deny": left on "deny", the clause would hang from the claim that hangs from it)
  if (readAsClause >= 0 && tree.upos(readAsClause) === 'VERB') {
    for (const k of tree.children(verb)) if (k < comma && tree.base(k) !== 'nsubj' && !misread.includes(k)) tree.attach(k, readAsClause, tree.label(k));
  }
  tree.attach(claim, clause, 'parataxis');
  tree.attach(det, claim, 'det');
  tree.attach(comma, claim, 'punct');
  tree.attach(verb, claim, 'acl:relcl');
  tree.attach(subject, verb, 'nsubj');
  for (const k of name) if (k !== subject) tree.attach(k, nouns.includes(k) ? subject : verb, nouns.includes(k) ? 'compound' : tree.upos(k) === 'AUX' ? 'aux' : tree.upos(k) === 'DET' ? 'det' : 'advmod');
  return true;
}

/** The nearest verb before token `k` (after the sentence's first word), or null. */
function verbBefore(tree: EditableTree, nodes: readonly number[], k: number): number | null {
  for (let v = k - 1; v > nodes[0]; v--) if (tree.upos(v) === 'VERB') return v;
  return null;
}
