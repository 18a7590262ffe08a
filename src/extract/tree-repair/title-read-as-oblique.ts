import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';

const OBLIQUE = new Set(['obl', 'obl:unmarked', 'obl:npmod', 'obl:tmod']);
const SUBJECT = new Set(['nsubj', 'nsubj:pass']);

// Bare nouns that do stand on their own before a subject: "Last week rebels attacked", "Sunday Putin said"
const TIME_WORD = /^(january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|yesterday|overnight|night|morning|afternoon|evening|dawn|week|weekend|month|year|day|time)$/;

/**
 * "TPLF spokesperson Getachew Reda denied the allegations": the title before a name read as a bare oblique of the
 * verb (`obl`/`obl:unmarked` with no preposition), the group before the title as a first subject, so the subject is the
 * bare name and loses whose spokesperson it is. A common noun with no preposition or determiner, hung on the verb
 * right before the verb's named subject, is the name's title (`nmod:desc`, as the parser reads "President Jovenel
 * Moise"); a name or noun just before it, hung on the same verb, is the title's `compound`:
 *   "Taliban spokesman Zabihullah Mujahid denied the reports", "Army chief Min Aung Hlaing said", "Hamas
 *   spokesman Hazem Qassem rejected the accusations".
 */
export function repairTitleReadAsOblique(tree: EditableTree, tokens: readonly Token[]): string | null {
  let repaired = false;
  for (const title of tree.nodes()) {
    const verb = tree.head(title);
    // "Iran's foreign ministry spokesman, Nasser Kanaani, condemned ...": the name set off by commas (the title then also
    // read as dislocated before its subject: "Libya's army chief, Khaled al-Mahjoub, met")
    const apposed = tokens[title + 1]?.text === ',';
    const label = tree.label(title);
    if (!(tree.upos(title) === 'NOUN' || ownedAdjective(tree, title)) || !(OBLIQUE.has(label) || apposed && label === 'dislocated') || TIME_WORD.test(tokens[title].lower)) continue;
    const name = apposed ? title + 2 : title + 1;
    if (verb < 0 || tree.upos(name) !== 'PROPN' || tree.head(name) !== verb || !SUBJECT.has(tree.label(name)) || name > verb) continue;
    // the rest in a function of its own: a callback here would allocate a closure scope for every word
    if (apposed ? apposedAt(tree, tokens, title, name) : repairedAt(tree, tokens, title)) repaired = true;
  }
  return repaired ? 'tree-repair:title-read-as-oblique' : null;
}

/**
 * "Iran's foreign ministry spokesman, Nasser Kanaani, condemned the strike", "Hamas's political chief, Ismail
 * Haniyeh, met ...": a title with its owner, then the name between commas. The title is the subject and the name
 * its apposition, as the parser reads "The Russian defense minister, Sergei Shoigu, said".
 */
function apposedAt(tree: EditableTree, tokens: readonly Token[], title: number, name: number): boolean {
  if (tree.children(title).some((k) => !['compound', 'amod', 'punct', 'det', 'nmod:poss'].includes(tree.label(k)))) return false;
  // the name ends at a comma right before the verb (or its auxiliaries and adverbs)
  // ("Hamid al-Shatri": a hyphen's parts hang on the part after it, inside the name)
  let end = name;
  while (end + 1 < tokens.length && tokens[end + 1].text !== ',' && withinName(tree, end + 1, name)) end++;
  if (tokens[end + 1]?.text !== ',') return false;
  const verb = tree.head(title);
  const label = tree.label(name);
  tree.attach(title, verb, label);
  tree.attach(name, title, 'appos');
  return true;
}

function repairedAt(tree: EditableTree, tokens: readonly Token[], title: number): boolean {
  const name = title + 1, verb = tree.head(title);
  if (tree.children(title).some((k) => !['compound', 'amod', 'punct'].includes(tree.base(k)))) return false;
  tree.attach(title, name, 'nmod:desc');
  // "TPLF spokesperson": the owner read as a first subject or oblique of the same verb
  const owner = title - 1;
  if (tree.head(owner) === verb && ['NOUN', 'PROPN'].includes(tree.upos(owner)) && ['nsubj', 'nsubj:pass', 'obl', 'obl:unmarked'].includes(tree.label(owner)) && tree.children(owner).every((k) => k < owner && tree.base(k) !== 'case')) {
    tree.attach(owner, title, 'compound');
  }
  return true;
}

/**
 * "Iraq's intelligence chief, Hamid al-Shatri, held talks": a title the tagger read as an adjective ("chief") that has an
 * owner ("Iraq's") or a noun before it ("intelligence"): no adjective takes either, so it is the title noun.
 */
function ownedAdjective(tree: EditableTree, title: number): boolean {
  return tree.upos(title) === 'ADJ' && tree.children(title).some((k) => tree.label(k) === 'nmod:poss' || tree.label(k) === 'compound');
}

/** The word hangs on the name within two arcs ("al", "-", "Shatri" of "Hamid al-Shatri"). */
function withinName(tree: EditableTree, k: number, name: number): boolean {
  const up = tree.head(k);
  return up === name || up >= 0 && up > name && tree.head(up) === name;
}
