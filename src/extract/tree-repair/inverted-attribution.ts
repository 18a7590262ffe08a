import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';
import { CLOSING_REPORT_FORMS } from './clause-verbs.ts';

const CLOSING_QUOTES = new Set(['”', '"', '’', "'", '»']);
// verbs of voicing a quote beside the reporting ones: "chanted protesters", "shouted the crowd", "asked a resident"
export const VOICING_FORMS: ReadonlySet<string> = new Set([...CLOSING_REPORT_FORMS, 'asked', 'chanted', 'shouted', 'cried', 'yelled', 'replied', 'demanded', 'wondered', 'tweeted', 'posted']);
const NOMINAL = new Set(['NOUN', 'PROPN', 'PRON']);
// what the speaker's noun phrase may open with
const NOUN_PHRASE = new Set(['NOUN', 'PROPN', 'PRON', 'DET', 'ADJ', 'NUM']);

/**
 * "“Enough is enough,” chanted protesters as police fired tear gas", "“Why did they shoot?” asked a resident": a quote
 * whose attribution puts the verb before its speaker, read with the verb as a modifier of the speaker's noun
 * (`amod`/`acl`) and that noun hung on the quote's clause, so the quote had no speaker and the noun's phrase took the
 * quote's place in the tree. The verb of voicing right after the closing mark is the sentence's root, the noun its
 * subject, the quote's clause its `ccomp`.
 */
export function repairInvertedAttribution(tree: EditableTree, tokens: readonly Token[]): string | null {
  for (const verb of tree.nodes()) {
    if (tree.upos(verb) !== 'VERB' || !VOICING_FORMS.has(tokens[verb].lower) || !CLOSING_QUOTES.has(tokens[verb - 1]?.text ?? '')) continue;
    if (!NOUN_PHRASE.has(tree.upos(verb + 1)) || tree.children(verb).some((c) => tree.base(c) === 'nsubj')) continue;
    const head = tree.head(verb);
    // read as the speaker's modifier: the noun after the verb heads it, and hangs on the quote's clause (the root)
    if (head > verb && NOMINAL.has(tree.upos(head))) {
      const quoted = tree.head(head);
      if (quoted < 0 || quoted >= verb || tree.head(quoted) >= 0) continue;
      if (tree.nodes().some((k) => k > verb && k < head && tree.head(k) === head && tree.upos(k) === 'VERB')) continue;
      return inverted(tree, verb, quoted, head);
    }
    // read as the quote's second clause (or the root) with the speaker its object: "shouted the crowd", "asked a resident"
    const object = tree.children(verb).find((c) => c > verb && tree.base(c) === 'obj' && NOMINAL.has(tree.upos(c)));
    if (object === undefined || tree.children(verb).some((c) => c > object && tree.base(c) === 'obj')) continue;
    if (head < 0) {
      tree.attach(object, verb, 'nsubj');
      return RULE;
    }
    if (head < verb && tree.head(head) < 0 && (tree.base(verb) === 'conj' || tree.base(verb) === 'parataxis')) return inverted(tree, verb, head, object);
  }
  return null;
}

const RULE = 'tree-repair:inverted-attribution';

/** The verb the root, the speaker its subject, the quote's clause its `ccomp`; the marks after the verb go with it. */
function inverted(tree: EditableTree, verb: number, quoted: number, speaker: number): string {
  tree.attach(verb, -1, 'root');
  tree.attach(quoted, verb, 'ccomp');
  tree.attach(speaker, verb, 'nsubj');
  for (const c of tree.children(quoted)) if (c > verb && tree.base(c) === 'punct') tree.attach(c, verb, 'punct');
  return RULE;
}
