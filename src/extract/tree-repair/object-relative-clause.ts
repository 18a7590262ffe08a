import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';
import type { RepairWords } from './repair-words.ts';

// "the convoy that gunmen attacked", "the town, which rebels seized", "the journalist whom police arrested": the pronoun
// of an object relative whose subject is a bare noun (no determiner to open it) read as that noun's determiner,
// possessor or subject, and the clause's verb as the sentence's root with the real predicate hung below it
const OBJECT_RELATIVES = new Set(['that', 'which', 'whom']);
const NOMINAL = new Set(['NOUN', 'PROPN']);
// the words of the clause's subject ("gunmen", "Israeli troops", "the group's fighters")
const SUBJECT_WORDS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON']);
// how the parse may hang the sentence's predicate on the clause's verb
const HUNG_PREDICATE = new Set(['advcl', 'ccomp', 'conj', 'parataxis', 'xcomp', 'dep']);
const BE = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being']);

/**
 * "The convoy that gunmen attacked near Kandahar was carrying aid", "The hospital that airstrikes hit on Monday has
 * reopened", "The town, which rebels seized on Sunday, was retaken": the pronoun is the clause's `obj`, the bare noun its
 * `nsubj`, the clause an `acl:relcl` of the noun before the pronoun; where the parse made the clause's verb the root,
 * the first verb it hung below it with no subject of its own is the root again, that noun its subject.
 */
export function repairObjectRelativeClause(tree: EditableTree, tokens: readonly Token[], words: RepairWords): string | null {
  const nodes = tree.nodes();
  const has = (i: number) => nodes.length > 0 && i >= nodes[0] && i <= nodes[nodes.length - 1];
  for (const rel of nodes) {
    if (!OBJECT_RELATIVES.has(tokens[rel].lower)) continue;
    const comma = tokens[rel - 1]?.text === ',';
    // ("reports that rebels attacked": a "that" clause telling a noun's content is no relative clause)
    const antecedent = comma && tokens[rel].lower !== 'that' ? rel - 2 : rel - 1;
    // (a restrictive "which" only where it was read as its subject's determiner, below: "asked which officers fired" is a question)
    const restrictiveWhich = !comma && tokens[rel].lower === 'which' && tree.base(rel) === 'det';
    if (!has(antecedent) || !NOMINAL.has(tree.upos(antecedent)) || !comma && tokens[rel].lower !== 'that' && tokens[rel].lower !== 'whom' && !restrictiveWhich) continue;
    if (words.contentNouns?.has(tokens[antecedent].lemma) || words.claimNouns?.has(tokens[antecedent].lemma)) continue;
    let verb = rel + 1;
    while (verb < rel + 7 && has(verb) && SUBJECT_WORDS.has(tree.upos(verb)) && tokens[verb].pos !== 'VERB') verb++;
    let subject = verb - 1;
    if (subject <= rel || !['NOUN', 'PROPN', 'PRON'].includes(tree.upos(subject))) continue;
    // ("whom police had arrested", "which troops later retook"): auxiliaries of tense and adverbs, never "be" (a passive)
    while (has(verb) && (tree.upos(verb) === 'AUX' || tree.upos(verb) === 'ADV') && !BE.has(tokens[verb].lower)) verb++;
    if (!has(verb) || tree.upos(verb) !== 'VERB' || tokens[verb].pos !== 'VERB' || /ing$/.test(tokens[verb].lower)) continue;
    if (tree.head(rel) === verb && tree.label(rel) === 'obj') continue; // read right
    // a verb with an object of its own, or a complement right after it ("which police said killed"), has no object gap
    if (tree.children(verb).some((c) => c !== rel && tree.base(c) === 'obj')) continue;
    const next = tokens[verb + 1];
    if (next && (next.pos === 'VERB' || next.pos === 'AUX' || next.lower === 'that' || next.lower === 'to')) continue;
    while (tree.head(subject) > rel && tree.head(subject) < verb && tree.base(subject) === 'compound') subject = tree.head(subject);
    // (and never as a complement: "asked the police which officers fired" asks a question)
    if (restrictiveWhich && !(tree.head(rel) === subject && tree.base(verb) !== 'ccomp' && hungOnAntecedent(tree, verb, antecedent))) continue;
    if (tree.head(verb) < 0) {
      const main = tree.children(verb).find((c) => c > verb && HUNG_PREDICATE.has(tree.base(c)) && tree.upos(c) === 'VERB' && !tree.children(c).some((k) => tree.base(k) === 'nsubj'));
      if (main === undefined) continue;
      tree.attach(main, -1, 'root');
      for (const c of tree.children(verb)) if (c > main || c === antecedent) tree.attach(c, main, tree.label(c));
      tree.attach(antecedent, main, tree.children(main).some((k) => tree.label(k) === 'aux:pass') ? 'nsubj:pass' : 'nsubj');
      tree.attach(verb, antecedent, 'acl:relcl');
    // (a clause already hung on its noun is repaired only where the pronoun was read as its subject: otherwise its
    // object gap is read there, candidate.ts objectGap)
    } else if (tree.head(verb) === subject && tree.base(verb) === 'acl') {
      // "the men whom the drone strike killed", "the hospital that Russian troops struck": the verb read as a reduced
      // relative of its own subject ("strike killed on Sunday"); the clause is the antecedent's
      tree.attach(verb, antecedent, 'acl:relcl');
    } else if (tree.base(rel) === 'det' && tree.head(rel) === subject && hungOnAntecedent(tree, verb, antecedent)) {
      // "the hospital that government jets bombed", "the village which militants attacked": the pronoun read as the
      // determiner of the clause's subject ("that jets"), the clause on its noun or on the noun's own head
      tree.attach(verb, antecedent, 'acl:relcl');
    } else if (!(tree.head(verb) === antecedent && tree.base(verb) === 'acl' && tree.base(rel) === 'nsubj')) continue;
    tree.attach(rel, verb, 'obj');
    tree.attach(subject, verb, 'nsubj');
    return 'tree-repair:object-relative-clause';
  }
  return null;
}

// how the parse may hang a relative clause whose pronoun it read as a determiner: on its noun, or beside it on the
// noun's head ("returned to the village | which militants attacked" as an adverbial clause of "returned")
const BESIDE_NOUN = new Set(['advcl', 'ccomp', 'parataxis', 'conj']);
function hungOnAntecedent(tree: EditableTree, verb: number, antecedent: number): boolean {
  const head = tree.head(verb);
  return head === antecedent && tree.base(verb) === 'acl' || head >= 0 && head === tree.head(antecedent) && head < antecedent && BESIDE_NOUN.has(tree.base(verb));
}
