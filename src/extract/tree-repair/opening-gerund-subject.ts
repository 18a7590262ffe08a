import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';

/**
 * "Fighting between Hamas and Israeli troops left 20 dead", "Shelling across the front killed three civilians": a
 * sentence that opens with an -ing act noun, read as the root verb with the sentence's finite verb its `conj`. The
 * finite verb (a past form with no subject of its own, no "and" before it) heads the sentence, and the -ing word is
 * its subject; the words after the finite verb are its own.
 */
const FINITE_READ_AS = new Set(['conj', 'xcomp', 'parataxis']);
export function repairOpeningGerundSubject(tree: EditableTree, tokens: readonly Token[]): string | null {
  const first = tree.nodes()[0];
  if (first === undefined || tree.head(first) !== -1 || tree.upos(first) !== 'VERB' || !tokens[first].lower.endsWith('ing')) return null;
  const kids = tree.children(first);
  if (kids.some((c) => ['nsubj', 'obj', 'mark', 'aux'].includes(tree.base(c)))) return null;
  // (or its `xcomp` or `parataxis`: "Fighting between the army and separatist rebels resumed in August")
  const verb = kids.find((c) => FINITE_READ_AS.has(tree.label(c)) && tree.upos(c) === 'VERB' && isPastForm(tokens[c].lower));
  if (verb === undefined || tree.children(verb).some((c) => ['nsubj', 'cc', 'mark'].includes(tree.base(c)))) return null;
  // the words between the two are the act noun's own ("between Hamas and Israeli troops"), nothing the verb would take
  if (kids.some((c) => c < verb && c > first && tree.base(c) !== 'obl' && tree.base(c) !== 'nmod')) return null;
  tree.attach(verb, -1, 'root');
  for (const c of kids) if (c > verb) tree.attach(c, verb, tree.label(c));
  tree.attach(first, verb, 'nsubj');
  return 'tree-repair:opening-gerund-subject';
}

const IRREGULAR_PAST = new Set(['left', 'spread', 'hit', 'broke', 'took', 'forced', 'drove', 'caught', 'struck', 'shook', 'cut']);
const isPastForm = (form: string) => form.endsWith('ed') || IRREGULAR_PAST.has(form);
