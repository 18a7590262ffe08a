import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';
import { REPORT_FORMS } from './clause-verbs.ts';
import { VOICING_FORMS } from './inverted-attribution.ts';

export const QUOTE_FIRST_ATTRIBUTION_RULE = 'tree-repair:quote-first-attribution';

const OPENING = new Set(['"', "'", '“', '‘']);
const CLOSING = new Set(['"', "'", '”', '’']);
// verbs that attribute a quote to its speaker, telling it to someone or urging it on them
export const ATTRIBUTING_FORMS: ReadonlySet<string> = new Set([...REPORT_FORMS, ...VOICING_FORMS, 'urge', 'urges', 'urged', 'ask', 'asks', 'order',
  'orders', 'ordered', 'vow', 'vows', 'vowed', 'demand', 'demands', 'beg', 'begs', 'begged', 'plead', 'pleads', 'pleaded', 'remind', 'reminds',
  'reminded', 'implore', 'implores', 'implored', 'threaten', 'threatens', 'threatened', 'appeal', 'appeals', 'appealed']);
// the speaker's noun phrase between the closing mark and the verb
const SPEAKER_WORD = new Set(['NOUN', 'PROPN', 'PRON', 'DET', 'ADJ', 'NUM']);
const NOMINAL = new Set(['NOUN', 'PROPN', 'PRON']);

/**
 * "'Stop the bombing,' UN chief tells Israel", "'Leave now,' army warns residents of border towns", "'We will not
 * surrender,' rebels tell government": a sentence that opens with a quote and closes with its speaker, a verb of telling
 * or urging and whom it was told. The parse (the straight quotes of a headline above all) hung the attribution on the
 * quote's verb (a `conj`, an `advcl`, a `parataxis`), so the quote's act had no speaker and the telling verb no content.
 * The attributing verb is the root, its subject the phrase before it, the quote's clause its `ccomp`, as with an
 * attribution before the quote ("the UN chief told Israel: ...").
 */
export function repairQuoteFirstAttribution(tree: EditableTree, tokens: readonly Token[]): string | null {
  const nodes = tree.nodes();
  const open = nodes[0];
  if (nodes.length < 6 || !OPENING.has(tokens[open].text)) return null;
  // the closing mark: a closing quote after the quote's last word or its comma, a phrase and a verb of attribution after it
  for (let close = open + 2; close < nodes[nodes.length - 1]; close++) {
    if (!CLOSING.has(tokens[close].text)) continue;
    let verb = close + 1;
    while (verb <= nodes[nodes.length - 1] && SPEAKER_WORD.has(tree.upos(verb)) && !ATTRIBUTING_FORMS.has(tokens[verb].lower)) verb++;
    if (verb === close + 1 || verb > nodes[nodes.length - 1] || !ATTRIBUTING_FORMS.has(tokens[verb].lower) || tree.upos(verb) !== 'VERB') return null;
    const quoted = headOf(tree, open + 1, close - 1), speaker = headOf(tree, close + 1, verb - 1);
    if (quoted < 0 || speaker < 0 || !NOMINAL.has(tree.upos(speaker))) return null;
    if (tree.head(verb) < 0 && tree.head(quoted) === verb && tree.base(quoted) === 'ccomp' && tree.head(speaker) === verb) return null;
    tree.attach(verb, -1, 'root');
    tree.attach(quoted, verb, 'ccomp');
    tree.attach(speaker, verb, 'nsubj');
    // the marks of the quote and the attribution's dependents that hung on the quote's verb go with the verb
    for (const c of tree.children(quoted)) if (c > close && c !== verb) tree.attach(c, verb, tree.upos(c) === 'PUNCT' ? 'punct' : tree.label(c));
    for (const k of nodes) if (k !== verb && tree.head(k) < 0) tree.attach(k, verb, tree.upos(k) === 'PUNCT' ? 'punct' : 'dep');
    return QUOTE_FIRST_ATTRIBUTION_RULE;
  }
  return null;
}

/** The one word of tokens first..last (punctuation aside) whose head lies outside them; -1 when there is none or several. */
function headOf(tree: EditableTree, first: number, last: number): number {
  let head = -1;
  for (let k = first; k <= last; k++) {
    if (tree.upos(k) === 'PUNCT' || tree.head(k) >= first && tree.head(k) <= last) continue;
    if (head >= 0) return -1;
    head = k;
  }
  return head;
}
