import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';

// words for a part of a group ("one of its frigates", "some of the protesters", "several of the militia's fighters")
export const SUBJECT_PARTS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'some', 'many', 'several', 'most', 'few',
  'all', 'both', 'none', 'each', 'dozens', 'hundreds', 'thousands', 'scores', 'half']);
// what the "of" phrase of a part may hold before its verb: "of Russia's newest warships", "of its frigates"
const OF_PHRASE = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PART', 'PRON', 'NUM']);
const NOUNS = new Set(['NOUN', 'PROPN']);

/**
 * "One of Russia's warships fired missiles at Odesa", "Some of the protesters threw stones at police", "Several of the
 * militia's fighters fired rockets": a part of a group opening its clause, and the verb after the "of" phrase. Parses
 * read the verb as a describer of its object ("fired missiles", amod, the object the root or the said clause), hang
 * it on the part word itself, or take part and whole for two subjects; the clause then had no subject, or the act an
 * actor with no owner. The verb heads the clause, the
 * part is its `nsubj` (the "of" noun the part's `nmod`, as the role readers take a part's whole), the noun it described
 * its object, with that noun's prepositional phrases (its `obl`: "at Odesa").
 */
export function repairPartitiveSubjectVerb(tree: EditableTree, tokens: readonly Token[]): string | null {
  let repaired = false;
  for (const part of tree.nodes()) {
    if (SUBJECT_PARTS.has(tokens[part].lower) && tokens[part + 1]?.lower === 'of' && opensClause(tokens, part) && repairedAt(tree, tokens, part)) repaired = true;
  }
  return repaired ? 'tree-repair:partitive-subject-verb' : null;
}

// the sentence's first word, or after "that" or a comma ("Russia said that one of its frigates fired")
const opensClause = (tokens: readonly Token[], part: number) => tokens[part - 1]?.sentence !== tokens[part].sentence || ['that', ','].includes(tokens[part - 1].lower);

function repairedAt(tree: EditableTree, tokens: readonly Token[], part: number): boolean {
  let verb = part + 2;
  while (tokens[verb]?.sentence === tokens[part].sentence && OF_PHRASE.has(tree.upos(verb)) && tokens[verb].pos !== 'VERB') verb++;
  // (an -ing word after the group describes it: "some of the protesters wearing masks")
  if (tokens[verb]?.sentence !== tokens[part].sentence || tree.upos(verb) !== 'VERB' || tokens[verb].pos !== 'VERB' || /ing$/.test(tokens[verb].lower) || !NOUNS.has(tree.upos(verb - 1))) return false;
  const whole = tree.head(part + 1); // the "of" noun
  if (whole <= part || whole >= verb) return false;
  const described = tree.head(verb);
  // "One | of its submarines fired": both read as the verb's subjects; the "of" noun is the part's whole (a verb with
  // an object: "one of the soldiers killed in the attack was ..." describes them)
  const object = tree.children(verb).some((c) => c > verb && tree.label(c) === 'obj');
  if (tree.head(part) === verb && tree.base(part) === 'nsubj') {
    if (tree.head(whole) !== verb || tree.base(whole) !== 'nsubj' || !object) return false;
    tree.attach(whole, part, 'nmod');
    return true;
  }
  if (tree.label(verb) === 'amod' && described > verb && NOUNS.has(tree.upos(described)) && reaches(tree, part, described)) {
    tree.attach(verb, tree.head(described), tree.head(described) < 0 ? 'root' : tree.label(described));
    tree.attach(described, verb, 'obj');
    for (const c of tree.children(described)) if (c > described) tree.attach(c, verb, tree.base(c) === 'nmod' ? 'obl' : tree.label(c));
  } else if (described === part && tree.head(part) < 0 && object && ['advcl', 'acl', 'conj', 'parataxis', 'dep'].includes(tree.base(verb))) {
    // "Many of the protesters | burned tyres": the part word read as the root, the verb hung on it
    tree.attach(verb, -1, 'root');
    for (const c of tree.children(part)) if (c > verb) tree.attach(c, verb, tree.label(c));
  } else return false;
  if (tokens[part - 1]?.lower === 'that' && tokens[part - 1].sentence === tokens[part].sentence) tree.attach(part - 1, verb, 'mark');
  tree.attach(part, verb, 'nsubj');
  if (tree.head(whole) !== part) tree.attach(whole, part, 'nmod');
  return true;
}

/** `node` is `top` or below it. */
function reaches(tree: EditableTree, node: number, top: number): boolean {
  for (let k = node, steps = 0; k >= 0 && steps < 50; k = tree.head(k), steps++) if (k === top) return true;
  return false;
}
