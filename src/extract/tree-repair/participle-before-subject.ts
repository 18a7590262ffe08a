import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';
import { CLAUSE_VERBS } from './clause-verbs.ts';

// words between the participle and its noun that stay with the noun ("striking public employees")
const NOUN_WORDS = new Set(['NOUN', 'ADJ', 'PROPN']);

/**
 * "The union said striking workers would march", "Commanders said attacking forces had lost hundreds of men",
 * "Officials said protesting farmers had blocked the highway": an -ing word before a noun that an auxiliary follows
 * describes the noun, which is the subject of the clause the auxiliary opens. Parses read the -ing word as a verb
 * (the noun its object, or the clause's subject hung on it) and the clause as its complement, which makes "striking"
 * an attack on the workers. The clause's verb takes the -ing word's place, the noun is its `nsubj`, and the -ing word
 * its noun's `amod`. An auxiliary is the sign: "said attacking the convoy was a mistake" has none after its noun's
 * phrase ends ("was" follows "convoy", whose phrase the -ing word governs as an object with a determiner).
 */
export function repairParticipleBeforeSubject(tree: EditableTree, tokens: readonly Token[]): string | null {
  let repaired = false;
  for (const participle of tree.nodes()) {
    if (tree.upos(participle) !== 'VERB' || !tokens[participle].lower.endsWith('ing') || tree.moved.has(participle)) continue;
    if (repairedAt(tree, tokens, participle)) repaired = true;
  }
  return repaired ? 'tree-repair:participle-before-subject' : null;
}

function repairedAt(tree: EditableTree, tokens: readonly Token[], participle: number): boolean {
  // the -ing word opens the reported clause, right after its verb or "that" ("said striking workers"); after a comma it
  // opens a participle clause, and one that takes a clause is that clause's verb (", saying police had arrested …")
  const before = tokens[participle - 1];
  if (!before || before.sentence !== tokens[participle].sentence || !(tree.upos(participle - 1) === 'VERB' || before.lower === 'that')) return false;
  if (CLAUSE_VERBS.has(tokens[participle].lemma)) return false;
  // the noun right after it (adjectives and compound words between), no determiner: "striking public employees"
  let noun = participle + 1;
  while (noun < participle + 4 && tokens[noun] && NOUN_WORDS.has(tree.upos(noun)) && NOUN_WORDS.has(tree.upos(noun + 1)) && tokens[noun + 1].sentence === tokens[participle].sentence) noun++;
  if (tree.upos(noun) !== 'NOUN' || tokens[noun]?.sentence !== tokens[participle].sentence) return false;
  const aux = noun + 1;
  // (a copula is no sign: "said targeting civilians is a war crime" has a gerund subject)
  if (tree.upos(aux) !== 'AUX' || tree.base(aux) !== 'aux' || tokens[aux]?.sentence !== tokens[participle].sentence) return false;
  const verb = tree.head(aux);
  if (verb <= aux || !['VERB', 'PROPN', 'NOUN'].includes(tree.upos(verb))) return false;
  // the clause hangs on the -ing word (or beside it on the same head), and the noun on either
  const head = tree.head(participle);
  if (head < 0 || head > participle) return false;
  const underParticiple = (k: number) => tree.head(k) === participle || tree.head(k) === head;
  if (!underParticiple(verb) || !underParticiple(noun) && tree.head(noun) !== verb) return false;
  if (tree.children(verb).some((c) => tree.base(c) === 'nsubj' && c !== noun)) return false;
  const label = tree.label(participle) === 'xcomp' ? 'ccomp' : tree.label(participle);
  tree.attach(verb, head, label);
  tree.attach(noun, verb, tree.label(aux) === 'aux:pass' ? 'nsubj:pass' : 'nsubj');
  tree.attach(participle, noun, 'amod');
  return true;
}
