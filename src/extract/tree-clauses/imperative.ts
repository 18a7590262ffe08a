import type { TreeView } from '../tree-roles/tree-view.ts';

// what may stand before an imperative verb: "Please call", "Just boycott", "So, fight", "And never give up",
// "Today, call your senator", "When they come, fight them"
const BEFORE_IMPERATIVE = new Set(['discourse', 'advmod', 'cc', 'punct', 'obl', 'advcl', 'aux']);
// "Do not attack", "Don't fight": the only auxiliary an imperative takes
const IMPERATIVE_AUX = new Set(['do', "n't", 'not']);
const SUBJECTS = new Set(['nsubj', 'csubj', 'expl']);
// (a headline quotes with single marks: "'Stop the bombing,' UN chief tells Israel")
const QUOTE = /["“”]|^\s*['‘]/;

/**
 * An act in an imperative sentence is asked of the reader, not done by anyone ("Call your senator and demand a
 * vote", "Fight for your rights", "Boycott their products"): the sentence's root verb is in its bare form, has
 * no subject and nothing but adverbs, a "please" or a fronted clause before it; a conjunct without its own
 * subject shares the mood, and so does an order told before its speaker ("Boycott their goods, the leaflet
 * urged"). A sentence with quotation marks is a speaker's: an order there is the speaker's appeal ("... and ask
 * them to lift their hands from the city," the statement said). Headlines are told apart before this.
 */
export function isImperative(view: TreeView, head: number, sentenceText: string): boolean {
  if (QUOTE.test(sentenceText)) return false; // "... and ask them to lift their hands from the city," the statement said
  let verb = head;
  while (view.label(verb) === 'conj' && view.head(verb) >= 0 && !hasSubject(view, verb)) verb = view.head(verb);
  // the sentence's own verb, or a quoted order before the verb that tells it ("Boycott their goods, the leaflet urged")
  const top = view.label(verb) === 'root' || ['ccomp', 'parataxis'].includes(view.base(verb)) && view.head(verb) > verb;
  if (!top || view.upos(verb) !== 'VERB' || hasSubject(view, verb)) return false;
  const word = view.tokens[verb];
  if (word.lower !== word.lemma) return false; // "Attacked by", "Killing": no bare form
  return view.children(verb).every((k) => k > verb || BEFORE_IMPERATIVE.has(view.base(k)) && (view.base(k) !== 'aux' || IMPERATIVE_AUX.has(view.tokens[k].lower)))
    && view.children(verb).some((k) => k > verb); // a bare verb with nothing after it is a fragment
}

const hasSubject = (view: TreeView, verb: number) => view.children(verb).some((k) => SUBJECTS.has(view.base(k)));

/**
 * An act in what the reader is asked to suppose is a hypothesis ("Suppose, for the sake of argument, that Iran
 * hosted a militant leader and financed his attacks", "Imagine that China invaded Taiwan tomorrow", "Let us assume
 * that Russia withdraws its troops"): a verb of `supposing` above the act is an imperative, or is let by "us".
 */
export function isSupposed(view: TreeView, head: number, supposing: ReadonlySet<string>, sentenceText: string): boolean {
  for (let node = view.head(head), steps = 0; node >= 0 && steps < 8; node = view.head(node), steps++) {
    if (!supposing.has(view.tokens[node].lemma)) continue;
    const letUs = view.children(node).some((k) => view.tokens[k].lower === 'us') && view.children(node).some((k) => view.tokens[k].lemma === 'let')
      || view.head(node) >= 0 && view.tokens[view.head(node)].lemma === 'let';
    return letUs || isImperative(view, node, sentenceText);
  }
  return false;
}
