import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';
import type { RepairWords } from './repair-words.ts';

// one object for every word asked (a literal in the loop made a new RegExp each time)
const GERUND = /[a-z]ing$/;

// verbs of phase whose -ing complement is a verb: "kept shelling", "resumed bombing", "began attacking"
export const PHASE_VERBS = new Set(['keep', 'continue', 'start', 'begin', 'stop', 'resume', 'quit', 'cease', 'finish']);

/**
 * "The army kept shelling rebel positions", "jets resumed bombing targets": the -ing word after a verb of phase read
 * as a modifier of the noun after it ("shelling rebel positions" as "firing squad"), so the act loses its subject and
 * the phase verb takes its object. With no determiner of its own, the -ing word is the phase verb's `xcomp` and the
 * noun it modified its object; "kept the shelling going" (a determiner) is left alone. So after a verb that takes an
 * -ing complement ("denied targeting civilians", "admitted firing the missile": gerund-verbs.tsv), unless the -ing word
 * describes nouns (adjectival-participles.tsv: "denied visiting journalists access").
 */
export function repairPhaseVerbGerund(tree: EditableTree, tokens: readonly Token[], words: RepairWords): string | null {
  for (const gerund of tree.nodes()) {
    const phase = gerund - 1;
    if (!GERUND.test(tokens[gerund].lower) || tree.upos(phase) !== 'VERB' || !takesGerund(tokens[phase]?.lemma ?? '', tokens[gerund].lower, words)) continue;
    // the noun phrase it was read into: up through compounds ("shelling | rebel | positions") to the phase verb's object
    let noun = tree.head(gerund);
    while (noun > gerund && tree.base(noun) === 'compound' && tree.head(noun) > noun) noun = tree.head(noun);
    if (noun <= gerund || !['amod', 'compound'].includes(tree.base(gerund)) || tree.head(noun) !== phase || tree.base(noun) !== 'obj') continue;
    if (tree.children(gerund).length > 0) continue;
    tree.attach(gerund, phase, 'xcomp');
    tree.attach(noun, gerund, 'obj');
    return 'tree-repair:phase-verb-gerund';
  }
  return null;
}

const takesGerund = (verb: string, ing: string, words: RepairWords) => PHASE_VERBS.has(verb) || words.gerundVerbs.has(verb) && (!words.adjectivalParticiples.has(ing) || (words.gerundParticiples?.has(ing) ?? false));
